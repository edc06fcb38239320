#include "models/browser/ProjectListModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/RetryNotice.h"
#include "models/browser/ProjectColumns.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(lcProjectList, "dxc.models.projectlist")

ProjectListModel::ProjectListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    setMaxCalls(defaultMaxCalls);
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ProjectColumns::Count);
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProjectRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return ProjectColumns::displayText(row, column, now());
    case Qt::ToolTipRole: {
        // Long names and tag lists are cut off in narrow columns.
        const QString text = ProjectColumns::displayText(row, column, now());
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        if (ProjectColumns::isNumeric(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case IdRole:
        return row.id;
    case RowRole:
        return QVariant::fromValue(row);
    case SortKeyRole:
        return ProjectColumns::sortKey(row, column, now());
    case HasValueRole:
        return ProjectColumns::hasValue(row, column, now());
    case ColumnKeyRole:
        return ProjectColumns::key(column);
    default:
        return QVariant();
    }
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ProjectColumns::Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return ProjectColumns::title(section);
    case Qt::ToolTipRole:
        return ProjectColumns::toolTip(section);
    case ColumnKeyRole:
        return ProjectColumns::key(section);
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "projectId");
    names.insert(RowRole, "row");
    names.insert(SortKeyRole, "sortKey");
    names.insert(HasValueRole, "hasValue");
    names.insert(ColumnKeyRole, "columnKey");
    return names;
}

bool ProjectListModel::canFetchMore(const QModelIndex &parent) const
{
    // After an error only retry() asks again: views call fetchMore() on every layout pass and
    // would otherwise hammer a failing server.
    // Nothing is asked before the first reload(): there is no query (nor a signed-in user).
    return !parent.isValid() && m_started && !m_done && !isCalling() && m_state != State::Error;
}

void ProjectListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPages();
}

void ProjectListModel::reload(const ProjectQuery &query)
{
    clear();
    startListing(query);
    m_loadAll = m_loadsAll; // one part so far: its first page comes first either way
    startPages();
}

void ProjectListModel::startListing(const ProjectQuery &query)
{
    m_query = query;
    m_input = toFindProjectsInput(query);
    m_plan.reset(query.createdAfter, query.createdBefore);
    m_started = true;
    m_done = false;
    m_listedAt = QDateTime::currentDateTimeUtc();
}

void ProjectListModel::showCached(const ProjectQuery &query, QVector<ProjectRow> rows,
                                  const QDateTime &asOf)
{
    clear();
    m_query = query;
    m_input = toFindProjectsInput(query);
    beginResetModel();
    m_rows = std::move(rows);
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        ProjectRow &row = m_rows[i];
        // One copy of each region, billTo and tag, as rows from the server have.
        row.region = m_pool.intern(row.region);
        row.billTo = m_pool.intern(row.billTo);
        row.pendingTransfer = m_pool.intern(row.pendingTransfer);
        for (QString &tag : row.tags)
            tag = m_pool.intern(tag);
        m_index.insert(row.id, i);
    }
    endResetModel();
    setAsOf(asOf);
}

void ProjectListModel::refresh(const ProjectQuery &query)
{
    if (query != m_query || (m_rows.isEmpty() && !m_asOf.isValid())) {
        reload(query);
        return;
    }
    dropCalls();
    m_error = ApiError();
    startListing(query);
    // The rows shown say how the listing is spread over time: it is cut by them at once,
    // rather than part by part as the first pages arrive.
    QVector<qint64> created;
    created.reserve(m_rows.size());
    for (const ProjectRow &row : std::as_const(m_rows)) {
        if (row.has(ProjectRow::HasCreated))
            created.append(row.created);
    }
    if (created.size() == m_rows.size())
        m_plan.reset(query.createdAfter, query.createdBefore, std::move(created), maxCalls());
    m_refreshing = true;
    m_listed.fill(false, m_rows.size());
    m_loadAll = true; // only a complete listing says which rows went
    startPages();
}

void ProjectListModel::clear()
{
    dropCalls();
    // Before the reset: a view asks for more from its modelReset handler, and nothing may
    // start for the old query; nor is the empty list complete.
    m_started = false;
    m_done = false;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_index.clear();
    m_pool.clear();
    endResetModel();
    m_plan.reset(std::nullopt, std::nullopt);
    m_loadAll = false;
    m_refreshing = false;
    m_listed.clear();
    m_error = ApiError();
    m_started = false;
    setState(State::Idle);
    setAsOf(QDateTime());
}

void ProjectListModel::retry()
{
    if (m_state != State::Error || !m_started || m_done)
        return;
    m_error = ApiError();
    m_loadAll = m_loadAll || m_loadsAll || m_refreshing;
    setState(State::Loading);
    startPages();
    if (!isCalling())
        setState(State::Loaded);
}

void ProjectListModel::loadAll()
{
    if (m_done) {
        Q_EMIT allLoaded();
        return;
    }
    if (!m_started) {
        reload(m_query);
        m_loadAll = true;
        return;
    }
    m_loadAll = true;
    if (m_state != State::Error)
        startPages();
}

void ProjectListModel::setMaxCalls(int calls)
{
    calls = qBound(1, calls, 32);
    while (int(m_calls.size()) > calls) {
        if (m_calls.back()->isActive()) {
            m_calls.back()->abort();
            m_plan.release(m_callParts.back());
        }
        m_calls.pop_back();
        m_callParts.pop_back();
    }
    while (int(m_calls.size()) < calls) {
        m_calls.push_back(std::make_unique<LatestCall>(this));
        m_callParts.push_back(0);
    }
    if (m_loadAll && m_started && m_state != State::Error)
        startPages();
}

QString ProjectListModel::errorText() const
{
    return m_error.isError() ? m_error.userMessage() : QString();
}

QStringList ProjectListModel::allTags() const
{
    QSet<QString> tags;
    for (const ProjectRow &row : m_rows) {
        for (const QString &tag : row.tags)
            tags.insert(tag);
    }
    QStringList list(tags.begin(), tags.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool ProjectListModel::updateRow(const QString &id, const QJsonObject &describe)
{
    const int r = rowOfId(id);
    if (r < 0)
        return false;
    m_rows[r].applyDescribe(describe, &m_pool);
    m_rows[r].id = id; // the key of m_index never changes
    Q_EMIT dataChanged(index(r, 0), index(r, ProjectColumns::Count - 1));
    return true;
}

bool ProjectListModel::removeProject(const QString &id)
{
    const int r = rowOfId(id);
    if (r < 0)
        return false;
    beginRemoveRows(QModelIndex(), r, r);
    m_rows.removeAt(r);
    if (m_refreshing)
        m_listed.removeAt(r);
    m_index.remove(id);
    for (int i = r; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).id] = i;
    endRemoveRows();
    return true;
}

void ProjectListModel::startPages()
{
    int room = 0;
    if (m_loadAll) {
        for (const std::unique_ptr<LatestCall> &call : m_calls)
            room += call->isActive() ? 0 : 1;
    } else {
        room = isCalling() ? 0 : 1;
    }
    const QList<int> parts = room > 0 ? m_plan.take(room) : QList<int>();
    for (int part : parts)
        startPage(part);
    if (!parts.isEmpty())
        setState(State::Loading);
}

void ProjectListModel::startPage(int part)
{
    const int index = idleCall();
    Q_ASSERT(index >= 0);
    m_callParts[size_t(index)] = part;
    LatestCall *slot = m_calls[size_t(index)].get();
    const QJsonObject input = m_plan.inputFor(part, m_input);
    ApiCall *call = m_client->call(m_query.searchSubject(), QStringLiteral("findProjects"), input);
    connect(call, &ApiCall::retrying, this,
            [this](int retry, qint64 waitMs, const ApiError &reason) {
                setRetryNotice(::retryNotice(retry, waitMs, reason));
            });
    slot->start(
        call, [this, part](const QJsonObject &result) { onPage(part, result); },
        [this, part](const ApiError &error) { onPageFailed(part, error); });
}

bool ProjectListModel::isCalling() const
{
    return std::any_of(m_calls.cbegin(), m_calls.cend(),
                       [](const std::unique_ptr<LatestCall> &call) { return call->isActive(); });
}

int ProjectListModel::idleCall() const
{
    for (size_t i = 0; i < m_calls.size(); ++i) {
        if (!m_calls[i]->isActive())
            return int(i);
    }
    return -1;
}

void ProjectListModel::onPage(int part, const QJsonObject &result)
{
    setRetryNotice(QString());
    const QJsonArray results = result.value(QLatin1String("results")).toArray();
    QVector<ProjectRow> fresh;
    fresh.reserve(results.size());
    QVector<qint64> created;
    created.reserve(results.size());
    QSet<QString> seen;
    QVector<int> changed;
    for (const QJsonValue &value : results) {
        ProjectRow row = ProjectRow::fromFindResult(value.toObject(), &m_pool);
        created.append(row.has(ProjectRow::HasCreated) ? row.created : 0);
        if (row.id.isEmpty() || !m_query.acceptsRow(row))
            continue;
        // A project that moved between pages, or that two parts both hold, may come twice;
        // the list shows it once.
        const int existing = m_index.value(row.id, -1);
        if (existing >= 0) {
            if (m_refreshing)
                refreshRow(existing, std::move(row), &changed);
            continue;
        }
        if (seen.contains(row.id))
            continue;
        seen.insert(row.id);
        fresh.append(std::move(row));
    }
    // The paging state moves on before the rows go in: a view may call fetchMore() from its
    // rowsInserted handler, and that call must ask for the page after this one.
    const int others = int(m_plan.parts().size()) - 1;
    const int freeCalls = m_loadAll ? qMax(0, maxCalls() - others - 1) : 0;
    m_plan.pageArrived(part, created, result.value(QLatin1String("next")), freeCalls);
    m_done = m_plan.isDone();

    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        for (ProjectRow &row : fresh) {
            m_index.insert(row.id, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        if (m_refreshing)
            m_listed.resize(m_rows.size(), true);
        endInsertRows();
    }
    signalChanged(std::move(changed));
    if (m_done && m_refreshing)
        dropUnlisted();

    // Pages that the client-side region filter emptied would leave a view with nothing to
    // scroll, so it would never ask for more: continue on our own.
    if (!m_done && m_state != State::Error && (m_loadAll || fresh.isEmpty()))
        startPages();
    if (m_state != State::Error)
        setState(isCalling() ? State::Loading : State::Loaded);
    Q_EMIT pageLoaded(int(fresh.size()));
    if (m_done) {
        m_loadAll = false;
        setAsOf(QDateTime());
        Q_EMIT allLoaded();
    }
}

void ProjectListModel::refreshRow(int row, ProjectRow &&fresh, QVector<int> *changed)
{
    if (m_listed.at(row))
        return; // already listed by another part or page: the first answer stands
    m_listed[row] = true;
    if (m_rows.at(row) == fresh)
        return;
    m_rows[row] = std::move(fresh);
    changed->append(row);
}

void ProjectListModel::signalChanged(QVector<int> changed)
{
    // One signal per run of neighbouring rows: a proxy re-sorts what each signal names.
    std::sort(changed.begin(), changed.end());
    for (int i = 0; i < changed.size();) {
        int j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), 0),
                           index(changed.at(j), ProjectColumns::Count - 1));
        i = j + 1;
    }
}

void ProjectListModel::dropUnlisted()
{
    m_refreshing = false;
    // From the end, a run of neighbouring rows at a time, so that the rows before a run keep
    // their place and the index is mended only behind it.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (m_listed.at(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !m_listed.at(first - 1))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        for (int i = first; i <= last; ++i)
            m_index.remove(m_rows.at(i).id);
        m_rows.remove(first, last - first + 1);
        m_listed.remove(first, last - first + 1);
        for (int i = first; i < m_rows.size(); ++i)
            m_index[m_rows.at(i).id] = i;
        endRemoveRows();
        last = first - 1;
    }
    m_listed.clear();
}

void ProjectListModel::setAsOf(const QDateTime &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    Q_EMIT asOfChanged(asOf);
}

void ProjectListModel::onPageFailed(int part, const ApiError &error)
{
    setRetryNotice(QString());
    m_plan.release(part);
    m_error = error;
    qCInfo(lcProjectList) << "findProjects failed:" << error.typeName << error.requestId;
    setState(State::Error);
}

void ProjectListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProjectListModel::dropCalls()
{
    for (const std::unique_ptr<LatestCall> &call : m_calls)
        call->abort();
    m_plan.releaseAll();
    setRetryNotice(QString());
}

void ProjectListModel::cancelLoading()
{
    if (!isCalling())
        return;
    dropCalls();
    m_loadAll = false;
    m_error = ApiError::make(ApiError::Type::Aborted,
                             tr("loading the projects was cancelled; retry to go on"));
    setState(State::Error);
}

void ProjectListModel::setRetryNotice(const QString &notice)
{
    if (notice == m_retryNotice)
        return;
    m_retryNotice = notice;
    Q_EMIT retryNoticeChanged(notice);
}

qint64 ProjectListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}
