#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QVector>
#include <optional>

// How one findProjects listing is cut into parts that can be fetched at the same time. Pure:
// no network, no clock; ProjectListModel sends the calls and reports each page here.
//
// A part is a range of `created` (inclusive bounds, either may be open) with a paging cursor.
// The listing starts as one part, the query's own range. When a part's page says there is
// more and calls are free, the rest of the part is cut by `created`: the server lists in one
// order of `created` (the sandbox newest first), so the rows not seen yet lie between the
// last row of the page and the far end of the part. The page's own rows per millisecond say
// how wide a piece of about targetRows rows is. When the page shows no order of `created` (or
// none is sent), the part just goes on with its cursor, as a sequential listing would: the
// plan is never wrong, only less parallel.
//
// Bounds that the plan makes are sent one millisecond wider on each side, so that a row on a
// boundary is found whether the server reads `after` and `before` as inclusive or exclusive;
// the rows that two parts both return are dropped by id where they are collected. The
// query's own bounds are sent as the query has them.
class ListingPlan
{
public:
    enum class Order { Unknown, Ascending, Descending };

    struct Part
    {
        int id = 0;
        std::optional<qint64> low; // created >= low
        std::optional<qint64> high; // created <= high
        QJsonValue cursor; // the previous page's `next`; null before the first page
        int pages = 0;
        bool inFlight = false;
        bool root = false; // the query's whole range: its first pages grow from firstLimit
    };

    static constexpr int firstLimit = 100;
    static constexpr int maxLimit = 1000;
    // Rows a new piece is sized for: below maxLimit, so that most pieces end in one call.
    static constexpr int targetRows = 800;

    // One part, the query's range (`created` of the findProjects input, if any).
    void reset(std::optional<qint64> createdAfter, std::optional<qint64> createdBefore);
    // The query's range cut at once by the `created` of the rows an earlier listing returned
    // (e.g. the cached one): equal counts, not equal times, so that a burst of projects
    // created in one week does not land in one part. Each part fits one page with room to
    // grow (knownRows; the newest part half as many, as new projects land there), and the
    // parts are a multiple of `calls`, so that every round of calls is full. The first and last
    // parts stay open to the query's bounds, so that projects created since (or missing from
    // `known`) are still found. Empty `known`: reset().
    void reset(std::optional<qint64> createdAfter, std::optional<qint64> createdBefore,
               QVector<qint64> known, int calls);
    static constexpr int knownRows = 950;

    // Up to `count` parts that wait for a call, marked in flight; their ids.
    QList<int> take(int count);
    // The findProjects input for the next page of part `id`: `base` (the query's input) with
    // this part's `created`, `limit` and `starting`.
    QJsonObject inputFor(int id, const QJsonObject &base) const;
    // A page of part `id` arrived: the `created` of its rows in the order the server sent them
    // (0 where absent) and its `next`. `freeCalls`: how many more calls could start now, that
    // is how many pieces the rest may become besides the one that replaces this call.
    void pageArrived(int id, const QVector<qint64> &created, const QJsonValue &next, int freeCalls);
    // The call of part `id` failed or was stopped: the part waits again, cursor unchanged.
    void release(int id);
    void releaseAll();

    bool isDone() const { return m_parts.isEmpty(); }
    bool hasWaiting() const;
    int inFlight() const;
    int partsDone() const { return m_done; }
    int partsKnown() const { return m_done + int(m_parts.size()); }
    int pagesArrived() const { return m_pages; }
    Order order() const { return m_order; }
    const QList<Part> &parts() const { return m_parts; }

    static Order orderOf(const QVector<qint64> &created);

private:
    Part *find(int id);
    const Part *find(int id) const;
    void addPart(std::optional<qint64> low, std::optional<qint64> high);
    // Replaces `part` by pieces of the created range it has left; false when it goes on.
    bool split(const Part &part, const QVector<qint64> &created, int freeCalls);

    QList<Part> m_parts;
    std::optional<qint64> m_queryLow;
    std::optional<qint64> m_queryHigh;
    Order m_order = Order::Unknown;
    int m_nextId = 1;
    int m_done = 0;
    int m_pages = 0;
};
