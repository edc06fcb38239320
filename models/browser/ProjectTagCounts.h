#pragma once

#include "api/ApiError.h"

#include <QAbstractTableModel>
#include <QPointer>

class ApiCall;
class ApiClient;

// Tags on the visible projects with how many projects carry each, from
// /system/listProjectTags. Sorting is left to a proxy (SortRole gives numbers as numbers).
class ProjectTagCounts : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, CountColumn, ColumnCount };
    enum Role { TagRole = Qt::UserRole + 1, CountRole, SortRole };

    explicit ProjectTagCounts(ApiClient *client, QObject *parent = nullptr);

    void load();
    bool isUnsupported() const { return m_unsupported; }
    ApiError lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);

private:
    void setCounts(const QList<QPair<QString, int>> &counts);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QList<QPair<QString, int>> m_rows;
    ApiError m_error;
    bool m_unsupported = false;
};
