#include "models/browser/ProjectFilterProxy.h"

#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectListModel.h"

#include <QDateTime>

ProjectFilterProxy::ProjectFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sortTimer.setSingleShot(true);
    m_sortTimer.setInterval(sortIntervalMs);
    connect(&m_sortTimer, &QTimer::timeout, this, &ProjectFilterProxy::sortPendingRows);
}

void ProjectFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    sortPendingRows();
    m_model = qobject_cast<ProjectListModel *>(model);
    Q_ASSERT(model == nullptr || m_model != nullptr);
    invalidateKeys();
    // Connected before the base class connects its own handlers, so that the keys are marked
    // stale before it re-sorts changed rows, and a page is known to be appended before the
    // base class places its rows. Appended rows need nothing: ensureKeys() extends.
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
            invalidateKeys();
            m_changedWhilePending = m_changedWhilePending || m_sortPending;
        });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { invalidateKeys(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { invalidateKeys(); });
        connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { invalidateKeys(); });
        connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { invalidateKeys(); });
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    onSourceRowsAboutToBeInserted(first, last);
                });
    }
    QSortFilterProxyModel::setSourceModel(m_model);
    if (m_model) {
        // After the base class: the list has stopped loading (its last page is in), or was
        // emptied, and the rows appended meanwhile are sorted now.
        connect(m_model, &ProjectListModel::stateChanged, this,
                [this](ProjectListModel::State state) {
                    if (state != ProjectListModel::State::Loading)
                        sortPendingRows();
                });
        connect(m_model, &QAbstractItemModel::modelReset, this,
                &ProjectFilterProxy::sortPendingRows);
    }
}

void ProjectFilterProxy::onSourceRowsAboutToBeInserted(int first, int last)
{
    if (m_sortPending || last - first + 1 < appendBatchRows || sortColumn() < 0
        || !dynamicSortFilter())
        return;
    // Without dynamic sorting the base class appends the new rows as one run.
    m_sortPending = true;
    m_changedWhilePending = false;
    setDynamicSortFilter(false);
    if (!m_sortTimer.isActive())
        m_sortTimer.start();
}

void ProjectFilterProxy::sortPendingRows()
{
    m_sortTimer.stop();
    if (!m_sortPending)
        return;
    m_sortPending = false;
    QElapsedTimer timer;
    timer.start();
    // Turning dynamic sorting back on sorts every row (one layout change). A row that changed
    // meanwhile was not filtered again: then everything is (rare: a describe during loading).
    setDynamicSortFilter(true);
    if (m_changedWhilePending)
        invalidate();
    m_changedWhilePending = false;
    // A sort that takes long is not repeated as often: loading goes on meanwhile.
    m_sortTimer.setInterval(int(qMax<qint64>(sortIntervalMs, 4 * timer.elapsed())));
}

void ProjectFilterProxy::setQuickFilter(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.isEmpty() ? QStringList() : trimmed.split(QLatin1Char(' '));
    // Not invalidateFilter(): on Qt 6.4 it removes and inserts the changed rows range by
    // range, which at 100,000 rows with a scattered result takes seconds. invalidate() rebuilds
    // the mapping in one pass behind one layoutChanged, and persistent indexes (the
    // selection) follow their rows or become invalid when filtered out.
    invalidate();
}

bool ProjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || !m_model || sourceParent.isValid())
        return true;
    const ProjectRow &row = m_model->rowAt(sourceRow);
    for (const QString &word : m_words) {
        bool found = row.name.contains(word, Qt::CaseInsensitive)
            || row.id.contains(word, Qt::CaseInsensitive)
            || row.billTo.contains(word, Qt::CaseInsensitive)
            || row.region.contains(word, Qt::CaseInsensitive);
        for (int i = 0; !found && i < row.tags.size(); ++i)
            found = row.tags.at(i).contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool ProjectFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    const int a = left.row();
    const int b = right.row();
    ensureKeys(column, qMax(a, b));
    const bool hasA = m_keys.present.at(a);
    const bool hasB = m_keys.present.at(b);
    if (hasA != hasB) {
        // Descending order asks lessThan(right, left); flip so that absent stays last.
        const bool absentLast = !hasA;
        return sortOrder() == Qt::AscendingOrder ? !absentLast : absentLast;
    }
    if (hasA) {
        int order = 0;
        if (column == ProjectColumns::Name)
            order = 0; // compared below as the tie-break
        else if (!m_keys.numbers.isEmpty())
            order = m_keys.numbers.at(a) < m_keys.numbers.at(b)
                ? -1
                : (m_keys.numbers.at(b) < m_keys.numbers.at(a) ? 1 : 0);
        else
            order = m_keys.texts.at(a).compare(m_keys.texts.at(b));
        if (order != 0)
            return order < 0;
    }
    // Equal keys: by name, then by ID, so the order is stable and predictable.
    const int byName = m_keys.names.at(a).compare(m_keys.names.at(b));
    if (byName != 0)
        return byName < 0;
    return m_model->rowAt(a).id < m_model->rowAt(b).id;
}

void ProjectFilterProxy::ensureKeys(int column, int sourceRow) const
{
    if (m_keys.dirty || m_keys.column != column) {
        m_keys = SortKeys();
        m_keys.column = column;
        m_keys.dirty = false;
        m_keys.now = now();
    }
    if (sourceRow >= m_keys.present.size())
        fillKeys(int(m_keys.present.size()), m_model->rowCount());
}

void ProjectFilterProxy::fillKeys(int from, int to) const
{
    const int column = m_keys.column;
    const bool numeric = column == ProjectColumns::Level || column == ProjectColumns::Created
        || column == ProjectColumns::Modified || column == ProjectColumns::DataUsage
        || column == ProjectColumns::StorageCost || column == ProjectColumns::Protected
        || column == ProjectColumns::Restricted || column == ProjectColumns::DownloadRestricted
        || column == ProjectColumns::ContainsPHI || column == ProjectColumns::Sponsored;
    const bool text = !numeric && column != ProjectColumns::Name;
    m_keys.present.reserve(to);
    m_keys.names.reserve(to);
    if (numeric)
        m_keys.numbers.reserve(to);
    if (text)
        m_keys.texts.reserve(to);
    for (int r = from; r < to; ++r) {
        const ProjectRow &row = m_model->rowAt(r);
        m_keys.present.append(ProjectColumns::hasValue(row, column, m_keys.now));
        m_keys.names.append(row.name.toLower());
        if (numeric)
            m_keys.numbers.append(ProjectColumns::sortKey(row, column, m_keys.now).toDouble());
        else if (text)
            m_keys.texts.append(column == ProjectColumns::Id
                                    ? row.id
                                    : ProjectColumns::sortKey(row, column, m_keys.now).toString());
    }
}

qint64 ProjectFilterProxy::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}
