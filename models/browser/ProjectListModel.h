#pragma once

#include "api/ApiError.h"
#include "models/browser/ListingPlan.h"
#include "models/browser/ProjectQuery.h"
#include "models/browser/ProjectRow.h"
#include "models/browser/StringPool.h"
#include "models/common/LatestCall.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QVector>
#include <functional>
#include <memory>
#include <vector>

class ApiClient;

// The project table: pages through /system/findProjects, or /org-xxxx/findProjects for an
// org's projects (ProjectQuery::org). fetchMore() only starts a call; the
// rows are appended when its reply arrives, so views and QAbstractItemModelTester never see
// rows appear inside fetchMore(). Rows are compact ProjectRow values, not JSON.
// Paged on demand (fetchMore), one call at a time; loadAll() fetches the rest with up to
// maxCalls() calls at once, cutting the listing into `created` ranges (ListingPlan). A row
// that two parts or two pages return is shown once.
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

    static constexpr int firstPageLimit = ListingPlan::firstLimit;
    static constexpr int maxPageLimit = ListingPlan::maxLimit;
    static constexpr int defaultMaxCalls = 6;

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
    // Shows `rows`, a cached listing of `query` fetched at `asOf`, without asking the server;
    // refresh() brings them up to date.
    void showCached(const ProjectQuery &query, QVector<ProjectRow> rows, const QDateTime &asOf);
    // Lists `query` again while the rows shown stay: a row the server changed is updated in
    // place, a new one is appended, and a row the listing no longer has goes once the listing
    // is complete, so views keep their selection, sort and scroll. Always loads all. Rows of
    // another query, or none: the same as reload().
    void refresh(const ProjectQuery &query);
    void refresh() { refresh(m_query); }
    // Valid while the rows shown are a cached listing that no refresh has completed yet.
    QDateTime asOf() const { return m_asOf; }
    bool isRefreshing() const { return m_refreshing; }
    // When the calls of the current listing began: what a complete listing is as of.
    QDateTime listedAt() const { return m_listedAt; }
    const QVector<ProjectRow> &rows() const { return m_rows; }
    // After an error: asks again for the page that failed.
    void retry();
    // Stops a page in flight or waiting to be retried; the list keeps its rows and says it
    // was cancelled (State::Error with an Aborted error), and retry() resumes it.
    void cancelLoading();
    // While a page waits to be sent again: "server busy, retry 5 in 1 s"; empty otherwise.
    QString retryNotice() const { return m_retryNotice; }
    // Keeps fetching until the last page, up to maxCalls() calls at once. It pauses at an
    // error (the calls in flight still land); retry() resumes it.
    void loadAll();
    bool isLoadingAll() const { return m_loadAll; }
    // Every reload() (and retry()) loads all, the first page first: the console's table,
    // where sorting, counts and the quick filter need every row. Off by default.
    void setLoadsAll(bool on) { m_loadsAll = on; }
    // Calls in flight at most while loading all (1..32; default 6). The platform allows an
    // account about 200 calls a second, and 429 is waited out by the client.
    void setMaxCalls(int calls);
    int maxCalls() const { return int(m_calls.size()); }

    State state() const { return m_state; }
    ApiError lastError() const { return m_error; }
    QString errorText() const;
    bool isComplete() const { return m_done; }
    int pagesLoaded() const { return m_plan.pagesArrived(); }
    // The listing's parts: done so far, and known (done + in flight or waiting).
    int partsDone() const { return m_plan.partsDone(); }
    int partsKnown() const { return m_plan.partsKnown(); }
    int callsInFlight() const { return m_plan.inFlight(); }

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
    void asOfChanged(const QDateTime &asOf); // cached rows shown, or brought up to date

private:
    // Starts the next pages: one call at a time on demand, up to maxCalls() when loading all.
    void startPages();
    void startPage(int part);
    void onPage(int part, const QJsonObject &result);
    void onPageFailed(int part, const ApiError &error);
    bool isCalling() const;
    int idleCall() const; // the index of a slot with no call, -1 when all are busy
    void setState(State state);
    void dropCalls();
    void setRetryNotice(const QString &notice);
    void setAsOf(const QDateTime &asOf);
    void startListing(const ProjectQuery &query);
    // A page's row that the list already has: counted as listed, updated if it changed.
    void refreshRow(int row, ProjectRow &&fresh, QVector<int> *changed);
    void signalChanged(QVector<int> changed);
    // At the end of a refresh: the rows that the listing no longer has.
    void dropUnlisted();
    qint64 now() const;

    ApiClient *m_client;
    ProjectQuery m_query;
    QVector<ProjectRow> m_rows;
    QHash<QString, int> m_index; // id -> row: no duplicates, quick updateRow
    StringPool m_pool;
    ListingPlan m_plan;
    QJsonObject m_input; // toFindProjectsInput(m_query)
    std::vector<std::unique_ptr<LatestCall>> m_calls; // maxCalls() slots, idle or in flight
    std::vector<int> m_callParts; // the plan's part of each slot's call
    bool m_done = false;
    bool m_started = false; // reload() was called since construction or clear()
    bool m_loadAll = false;
    bool m_loadsAll = false;
    bool m_refreshing = false;
    QVector<bool> m_listed; // while refreshing: which rows the listing returned so far
    QDateTime m_asOf;
    QDateTime m_listedAt;
    State m_state = State::Idle;
    ApiError m_error;
    QString m_retryNotice;
    std::function<qint64()> m_clock;
};
