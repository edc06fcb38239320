#include "models/browser/ProjectListModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/RetryNotice.h"
#include "models/browser/ProjectColumns.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcProjectList, "dxc.models.projectlist")

ProjectListModel::ProjectListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

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
    return !parent.isValid() && m_started && !m_done && !m_call.isActive()
        && m_state != State::Error;
}

void ProjectListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage();
}

void ProjectListModel::reload(const ProjectQuery &query)
{
    clear();
    m_query = query;
    m_started = true;
    startPage();
}

void ProjectListModel::clear()
{
    dropCall();
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_index.clear();
    m_pool.clear();
    endResetModel();
    m_cursor = QJsonValue();
    m_nextLimit = firstPageLimit;
    m_pages = 0;
    m_done = false;
    m_loadAll = false;
    m_error = ApiError();
    m_started = false;
    setState(State::Idle);
}

void ProjectListModel::retry()
{
    if (m_state == State::Error && !m_call.isActive())
        startPage();
}

void ProjectListModel::loadAll()
{
    if (m_done) {
        Q_EMIT allLoaded();
        return;
    }
    m_loadAll = true;
    if (!m_call.isActive() && m_state != State::Error)
        startPage();
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
    m_index.remove(id);
    for (int i = r; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).id] = i;
    endRemoveRows();
    return true;
}

void ProjectListModel::startPage()
{
    QJsonObject input = toFindProjectsInput(m_query);
    input.insert(QLatin1String("limit"), m_nextLimit);
    if (!m_cursor.isNull() && !m_cursor.isUndefined())
        input.insert(QLatin1String("starting"), m_cursor);
    ApiCall *call = m_client->call(m_query.searchSubject(), QStringLiteral("findProjects"), input);
    connect(call, &ApiCall::retrying, this,
            [this](int retry, qint64 waitMs, const ApiError &reason) {
                setRetryNotice(::retryNotice(retry, waitMs, reason));
            });
    setState(State::Loading);
    m_call.start(
        call, [this](const QJsonObject &result) { onPage(result); },
        [this](const ApiError &error) { onPageFailed(error); });
}

void ProjectListModel::onPage(const QJsonObject &result)
{
    setRetryNotice(QString());
    m_error = ApiError();
    const QJsonArray results = result.value(QLatin1String("results")).toArray();
    QVector<ProjectRow> fresh;
    fresh.reserve(results.size());
    QSet<QString> seen;
    for (const QJsonValue &value : results) {
        ProjectRow row = ProjectRow::fromFindResult(value.toObject(), &m_pool);
        // A project that moved between pages may come twice; the list shows it once.
        if (row.id.isEmpty() || m_index.contains(row.id) || seen.contains(row.id))
            continue;
        if (!m_query.acceptsRow(row))
            continue;
        seen.insert(row.id);
        fresh.append(std::move(row));
    }
    // The paging state moves on before the rows go in: a view may call fetchMore() from its
    // rowsInserted handler, and that call must ask for the page after this one.
    const QJsonValue next = result.value(QLatin1String("next"));
    // A missing or repeated cursor would page forever: treat it as the end.
    const bool stuck = !next.isNull() && !next.isUndefined() && next == m_cursor;
    if (stuck)
        qCWarning(lcProjectList) << "findProjects returned the same cursor twice; stopping";
    m_done = next.isNull() || next.isUndefined() || stuck;
    m_cursor = next;
    ++m_pages;
    m_nextLimit = qMin(m_nextLimit * 2, maxPageLimit);

    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        for (ProjectRow &row : fresh) {
            m_index.insert(row.id, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }

    // Pages that the client-side region filter emptied would leave a view with nothing to
    // scroll, so it would never ask for more: continue on our own.
    const bool continueNow = !m_done && !m_call.isActive() && (m_loadAll || fresh.isEmpty());
    if (!m_call.isActive())
        setState(continueNow ? State::Loading : State::Loaded);
    Q_EMIT pageLoaded(int(fresh.size()));
    if (m_done) {
        m_loadAll = false;
        Q_EMIT allLoaded();
    } else if (continueNow && !m_call.isActive()) {
        startPage();
    }
}

void ProjectListModel::onPageFailed(const ApiError &error)
{
    setRetryNotice(QString());
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

void ProjectListModel::dropCall()
{
    m_call.abort();
    setRetryNotice(QString());
}

void ProjectListModel::cancelLoading()
{
    if (!m_call.isActive())
        return;
    dropCall();
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
