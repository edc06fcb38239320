#pragma once

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>
#include <QVector>
#include <functional>

class ProjectListModel;

// The quick filter and the sorting of the project table, over the rows already loaded.
// Filtering and sorting read the compact rows directly instead of going through data():
// at 100,000 rows a keystroke and a sort must stay within tens of milliseconds.
// While sorted, a page of rows (appendBatchRows or more) is not sorted in row by row: Qt's
// proxy then places each row by itself and announces each run of rows apart, hundreds of
// inserts per page for the view to follow (at 10,000 rows sorted by name, 40-70 ms of the
// listing). Such a page is appended below, and all rows are sorted together soon after (at
// most every sortIntervalMs, or longer when sorting takes long) and as soon as the list stops
// loading.
class ProjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProjectFilterProxy(QObject *parent = nullptr);

    // Only a ProjectListModel is accepted as the source.
    void setSourceModel(QAbstractItemModel *model) override;
    ProjectListModel *projectModel() const { return m_model; }

    // Case-insensitive words, all of which must occur in the name, ID, a tag, the billTo or
    // the region of a row.
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_text; }

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    static constexpr int appendBatchRows = 50;
    static constexpr int sortIntervalMs = 100;
    // Rows were appended unsorted and wait for the next sort.
    bool isSortPending() const { return m_sortPending; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // By the column's sort key (numbers as numbers); rows without a value come last in both
    // directions.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Sort keys of the sort column, computed once per row instead of once per comparison:
    // lowercasing names inside lessThan() made a 100,000-row sort take seconds.
    struct SortKeys
    {
        int column = -1;
        bool dirty = true;
        qint64 now = 0;
        QVector<double> numbers; // numeric columns
        QVector<QString> texts; // text columns other than the name
        QVector<QString> names; // lowercase names: the Name column and the tie-break
        QVector<bool> present;
    };
    void ensureKeys(int column, int sourceRow) const;
    void fillKeys(int from, int to) const;
    void invalidateKeys() { m_keys.dirty = true; }
    void onSourceRowsAboutToBeInserted(int first, int last);
    void sortPendingRows();
    qint64 now() const;

    ProjectListModel *m_model = nullptr;
    QString m_text;
    QStringList m_words;
    std::function<qint64()> m_clock;
    mutable SortKeys m_keys;
    QTimer m_sortTimer;
    bool m_sortPending = false; // dynamicSortFilter is off until the rows are sorted
    bool m_changedWhilePending = false; // rows changed meanwhile: filter them again too
};
