#pragma once

#include "api/ApiError.h"
#include "models/browser/ProjectQuery.h"
#include "models/browser/ProjectRow.h"
#include "models/browser/StringPool.h"
#include "models/common/LatestCall.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <functional>

class ApiClient;

// The project table: pages through /system/findProjects, or /org-xxxx/findProjects for an
// org's projects (ProjectQuery::org). fetchMore() only starts a call; the
// rows are appended when its reply arrives, so views and QAbstractItemModelTester never see
// rows appear inside fetchMore(). Rows are compact ProjectRow values, not JSON.
class ProjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the project ID of the row
        RowRole, // ProjectRow: the whole row
        SortKeyRole, // QVariant: the column's sort key, invalid when absent
        HasValueRole, // bool: false when the server did not send the field
        ColumnKeyRole, // QString: the column's stable key (header data too)
    };
    Q_ENUM(Role)

    enum class State { Idle, Loading, Loaded, Error };
    Q_ENUM(State)

    static constexpr int firstPageLimit = 100;
    static constexpr int maxPageLimit = 1000;

    explicit ProjectListModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    ProjectQuery query() const { return m_query; }
    // Drops every row, aborts a call in flight and starts the first page of `query`.
    void reload(const ProjectQuery &query);
    void reload() { reload(m_query); }
    // Drops every row and stops paging until the next reload() (e.g. when signing out).
    void clear();
    // After an error: asks again for the page that failed.
    void retry();
    // Stops a page in flight or waiting to be retried; the list keeps its rows and says it
    // was cancelled (State::Error with an Aborted error), and retry() resumes it.
    void cancelLoading();
    // While a page waits to be sent again: "server busy, retry 5 in 1 s"; empty otherwise.
    QString retryNotice() const { return m_retryNotice; }
    // Keeps fetching until the last page (export, benchmarks). It pauses at an error; retry()
    // resumes it.
    void loadAll();

    State state() const { return m_state; }
    ApiError lastError() const { return m_error; }
    QString errorText() const;
    bool isComplete() const { return m_done; }
    int pagesLoaded() const { return m_pages; }
    int nextPageLimit() const { return m_nextLimit; }

    const ProjectRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const { return m_index.value(id, -1); }
    QStringList allTags() const; // distinct tags of the loaded rows

    // Refreshes one row from a describe result (after a change made in the app). Returns false
    // when the project is not in the list.
    bool updateRow(const QString &id, const QJsonObject &describe);
    bool removeProject(const QString &id); // e.g. after destroy or leave

    // The clock that decides "sponsored"; tests pin it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void stateChanged(ProjectListModel::State state);
    void pageLoaded(int rowsAdded);
    void allLoaded(); // the last page arrived
    void retryNoticeChanged(const QString &notice);

private:
    void startPage();
    void onPage(const QJsonObject &result);
    void onPageFailed(const ApiError &error);
    void setState(State state);
    void dropCall();
    void setRetryNotice(const QString &notice);
    qint64 now() const;

    ApiClient *m_client;
    ProjectQuery m_query;
    QVector<ProjectRow> m_rows;
    QHash<QString, int> m_index; // id -> row: no duplicates, quick updateRow
    StringPool m_pool;
    LatestCall m_call { this };
    QJsonValue m_cursor; // the `next` of the last page; null before the first page
    int m_nextLimit = firstPageLimit;
    int m_pages = 0;
    bool m_done = false;
    bool m_started = false; // reload() was called since construction or clear()
    bool m_loadAll = false;
    State m_state = State::Idle;
    ApiError m_error;
    QString m_retryNotice;
    std::function<qint64()> m_clock;
};
