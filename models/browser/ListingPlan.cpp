#include "models/browser/ListingPlan.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <limits>

void ListingPlan::reset(std::optional<qint64> createdAfter, std::optional<qint64> createdBefore)
{
    m_parts.clear();
    m_queryLow = createdAfter;
    m_queryHigh = createdBefore;
    m_order = Order::Unknown;
    m_done = 0;
    m_pages = 0;
    addPart(createdAfter, createdBefore);
    m_parts.last().root = true;
}

void ListingPlan::reset(std::optional<qint64> createdAfter, std::optional<qint64> createdBefore,
                        QVector<qint64> known, int calls)
{
    reset(createdAfter, createdBefore);
    calls = qMax(1, calls);
    const qint64 pages = (qint64(known.size()) + knownRows - 1) / knownRows;
    const qint64 rounds = (pages + calls - 1) / calls;
    const int parts = int(std::clamp<qint64>(rounds * calls, 1, 256));
    if (parts < 2)
        return;
    std::sort(known.begin(), known.end());
    m_parts.clear();
    std::optional<qint64> low = createdAfter;
    // The newest part gets half a share: the projects created since the known listing land in
    // it, and it should still end in one page.
    const double share = double(known.size()) / (parts - 0.5);
    for (int i = 1; i < parts; ++i) {
        const qint64 cut = known.at(qMin(qsizetype(i * share), known.size() - 1));
        // Equal times on both sides of a cut: the cut moves on rather than make an empty part.
        if (low && cut <= *low)
            continue;
        if (createdBefore && cut > *createdBefore)
            break;
        addPart(low, cut - 1);
        low = cut;
    }
    addPart(low, createdBefore);
}

QList<int> ListingPlan::take(int count)
{
    QList<int> ids;
    for (Part &part : m_parts) {
        if (ids.size() >= count)
            break;
        if (!part.inFlight) {
            part.inFlight = true;
            ids.append(part.id);
        }
    }
    return ids;
}

QJsonObject ListingPlan::inputFor(int id, const QJsonObject &base) const
{
    const Part *part = find(id);
    QJsonObject input = base;
    if (!part)
        return input;
    QJsonObject created;
    if (part->low) {
        const bool query = m_queryLow && *part->low <= *m_queryLow;
        created.insert(QLatin1String("after"), double(query ? *m_queryLow : *part->low - 1));
    }
    if (part->high) {
        const bool query = m_queryHigh && *part->high >= *m_queryHigh;
        created.insert(QLatin1String("before"), double(query ? *m_queryHigh : *part->high + 1));
    }
    if (created.isEmpty())
        input.remove(QLatin1String("created"));
    else
        input.insert(QLatin1String("created"), created);
    int limit = maxLimit;
    if (part->root)
        limit = qMin(maxLimit, firstLimit << qMin(part->pages, 4));
    input.insert(QLatin1String("limit"), limit);
    if (!part->cursor.isNull() && !part->cursor.isUndefined())
        input.insert(QLatin1String("starting"), part->cursor);
    else
        input.remove(QLatin1String("starting"));
    return input;
}

void ListingPlan::pageArrived(int id, const QVector<qint64> &created, const QJsonValue &next,
                              int freeCalls)
{
    Part *part = find(id);
    if (!part)
        return;
    ++m_pages;
    part->inFlight = false;
    ++part->pages;
    // A missing or repeated cursor would page forever: the part ends there.
    const bool end = next.isNull() || next.isUndefined() || next == part->cursor;
    if (end) {
        m_parts.removeIf([id](const Part &p) { return p.id == id; });
        ++m_done;
        return;
    }
    part->cursor = next;
    const Order order = orderOf(created);
    if (m_order == Order::Unknown)
        m_order = order;
    if (order == Order::Unknown || order != m_order || freeCalls <= 0)
        return;
    const Part copy = *part;
    if (split(copy, created, freeCalls)) {
        m_parts.removeIf([id](const Part &p) { return p.id == id; });
        ++m_done;
    }
}

void ListingPlan::release(int id)
{
    if (Part *part = find(id))
        part->inFlight = false;
}

void ListingPlan::releaseAll()
{
    for (Part &part : m_parts)
        part.inFlight = false;
}

bool ListingPlan::hasWaiting() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(), [](const Part &p) { return !p.inFlight; });
}

int ListingPlan::inFlight() const
{
    return int(
        std::count_if(m_parts.cbegin(), m_parts.cend(), [](const Part &p) { return p.inFlight; }));
}

ListingPlan::Order ListingPlan::orderOf(const QVector<qint64> &created)
{
    bool up = false;
    bool down = false;
    for (int i = 1; i < created.size(); ++i) {
        if (created.at(i) > created.at(i - 1))
            up = true;
        else if (created.at(i) < created.at(i - 1))
            down = true;
    }
    if (up == down) // no step either way, or both ways
        return Order::Unknown;
    return up ? Order::Ascending : Order::Descending;
}

ListingPlan::Part *ListingPlan::find(int id)
{
    for (Part &part : m_parts) {
        if (part.id == id)
            return &part;
    }
    return nullptr;
}

const ListingPlan::Part *ListingPlan::find(int id) const
{
    return const_cast<ListingPlan *>(this)->find(id);
}

void ListingPlan::addPart(std::optional<qint64> low, std::optional<qint64> high)
{
    Part part;
    part.id = m_nextId++;
    part.low = low;
    part.high = high;
    part.cursor = QJsonValue(QJsonValue::Null);
    m_parts.append(part);
}

bool ListingPlan::split(const Part &part, const QVector<qint64> &created, int freeCalls)
{
    const qint64 first = created.constFirst();
    const qint64 last = created.constLast();
    const qint64 span = qAbs(last - first);
    if (span == 0)
        return false;
    const double perMs = double(created.size()) / double(span);
    const bool descending = m_order == Order::Descending;
    // The far end of what is left: the low bound when the server lists newest first.
    const std::optional<qint64> farEnd = descending ? part.low : part.high;
    // Pieces as distances from `last`, away from the rows already seen: [near, far].
    struct Piece
    {
        qint64 nearMs;
        std::optional<qint64> farMs; // open: to the end of the part
    };
    QList<Piece> pieces;
    if (farEnd) {
        const qint64 width = qAbs(*farEnd - last);
        const double expected = perMs * double(width);
        const int count = int(qBound(1.0, std::ceil(expected / targetRows), double(freeCalls + 1)));
        if (count < 2)
            return false;
        for (int i = 0; i < count; ++i) {
            const qint64 nearMs = width * i / count;
            pieces.append({ nearMs, width * (i + 1) / count });
        }
    } else {
        const int count = freeCalls + 1;
        const double wide = std::ceil(targetRows / perMs);
        const qint64 width = wide > double(std::numeric_limits<qint64>::max() / 64)
            ? std::numeric_limits<qint64>::max() / 64
            : qMax<qint64>(1, qint64(wide));
        for (int i = 0; i + 1 < count; ++i)
            pieces.append({ width * i, width * (i + 1) });
        pieces.append({ width * (count - 1), std::nullopt });
    }
    for (const Piece &piece : pieces) {
        std::optional<qint64> low;
        std::optional<qint64> high;
        if (descending) {
            high = last - piece.nearMs;
            low = piece.farMs ? std::optional<qint64>(last - *piece.farMs) : part.low;
        } else {
            low = last + piece.nearMs;
            high = piece.farMs ? std::optional<qint64>(last + *piece.farMs) : part.high;
        }
        addPart(low, high);
    }
    return true;
}
