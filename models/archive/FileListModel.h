#pragma once

#include "api/ApiError.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QStringList>

class ApiCall;
class ApiClient;

// One file copy of a project, as /system/findDataObjects describes it.
struct FileRow
{
    QString id;
    QString name;
    QString folder;
    double size = 0; // bytes
    QString archivalState; // live, archival, archived, unarchiving (or what the server says)

    // One result of findDataObjects with describe: {"id", "describe": {"name", ...}}.
    static FileRow fromFindResult(const QJsonObject &item);
};

// Files per archival state.
struct StateTotal
{
    int count = 0;
    double bytes = 0;
};

// The files of one project (optionally one folder), paged from /system/findDataObjects with
// describe. Rows are appended when each page arrives; the whole list is read (a project's
// files are the unit of archival, and the chart needs every one of them).
class FileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FolderColumn, SizeColumn, StateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SizeBytesRole, ArchivalStateRole, FolderRole, SortRole };

    explicit FileListModel(ApiClient *client, QObject *parent = nullptr);

    // The five states in the order they are shown; unknown states come after them.
    static QStringList knownStates();

    // Loads the files of `projectId` under `folder` (recursively). Aborts a load in flight.
    void load(const QString &projectId, const QString &folder = QStringLiteral("/"));
    void reload() { load(m_projectId, m_folder); }

    QString projectId() const { return m_projectId; }
    bool isLoading() const { return !m_call.isNull(); }
    ApiError lastError() const { return m_error; }
    const FileRow &row(int index) const { return m_rows.at(index); }
    QList<FileRow> rows() const { return m_rows; }
    // Per state, in knownStates() order first.
    QMap<QString, StateTotal> stateTotals() const;
    // Every folder holding a file, and their parents, sorted ("/" first).
    QStringList folders() const;
    QStringList idsOf(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded(); // the last page arrived
    void failed(const ApiError &error);

private:
    void fetchPage(const QJsonValue &starting);
    void onPage(const QJsonObject &result);

    ApiClient *m_client;
    QString m_projectId;
    QString m_folder = QStringLiteral("/");
    QList<FileRow> m_rows;
    QPointer<ApiCall> m_call;
    ApiError m_error;
};
