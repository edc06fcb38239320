#include "models/browser/ListingPlan.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <numeric>

// The listing plan against a simulated findProjects: projects with a `created`, listed in one
// order, filtered by `created` with inclusive or exclusive bounds, paged by an offset cursor.
class TestListingPlan : public QObject
{
    Q_OBJECT

    struct Server
    {
        QVector<qint64> created; // project i was created at created[i]
        bool descending = true;
        bool exclusive = false; // `after` and `before` leave their own millisecond out
        QVector<int> order; // the listing order, indexes into created

        void sort()
        {
            order.resize(created.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
                return descending ? created[a] > created[b] : created[a] < created[b];
            });
        }
        bool inside(qint64 at, const QJsonObject &range) const
        {
            if (range.contains(QLatin1String("after"))) {
                const qint64 after = qint64(range.value(QLatin1String("after")).toDouble());
                if (exclusive ? at <= after : at < after)
                    return false;
            }
            if (range.contains(QLatin1String("before"))) {
                const qint64 before = qint64(range.value(QLatin1String("before")).toDouble());
                if (exclusive ? at >= before : at > before)
                    return false;
            }
            return true;
        }
        // One page: the indexes of its projects and its `next`.
        QVector<int> page(const QJsonObject &input, QJsonValue *next) const
        {
            const QJsonObject range = input.value(QLatin1String("created")).toObject();
            const int limit = input.value(QLatin1String("limit")).toInt();
            int i = input.value(QLatin1String("starting")).toInt(0);
            QVector<int> rows;
            for (; i < order.size(); ++i) {
                if (!inside(created[order[i]], range))
                    continue;
                if (rows.size() == limit)
                    break;
                rows.append(order[i]);
            }
            *next = i < order.size() ? QJsonValue(i) : QJsonValue(QJsonValue::Null);
            return rows;
        }
    };

    struct Run
    {
        QMultiHash<int, int> seen; // project -> times returned
        int calls = 0;
        int rounds = 0; // calls that had to wait for another call's reply first
        int maxInFlight = 0;
    };

    // Runs the plan to the end with up to `maxCalls` calls at once, answering the calls in
    // flight in a random order (seed 0: in order), one at a time, as replies come back over a
    // network.
    // `known`: the `created` of an earlier listing's rows, to cut the listing by at once.
    static Run run(const Server &server, int maxCalls, quint32 seed, QJsonObject base = {},
                   const QVector<qint64> &known = {})
    {
        ListingPlan plan;
        const QJsonObject range = base.value(QLatin1String("created")).toObject();
        plan.reset(range.contains(QLatin1String("after"))
                       ? std::optional<qint64>(range.value(QLatin1String("after")).toDouble())
                       : std::nullopt,
                   range.contains(QLatin1String("before"))
                       ? std::optional<qint64>(range.value(QLatin1String("before")).toDouble())
                       : std::nullopt,
                   known, maxCalls);
        QRandomGenerator random(seed);
        Run result;
        QList<int> flying = plan.take(maxCalls);
        // The depth of each call: 0 for the first, 1 + the depth of the reply that started it.
        QHash<int, int> depth;
        for (int part : std::as_const(flying))
            depth.insert(part, 0);
        while (!flying.isEmpty() && result.calls < 10000) {
            result.maxInFlight = qMax(result.maxInFlight, int(flying.size()));
            // Seed 0: the replies come back in the order the calls went out (equal round trips).
            const int part = seed == 0 ? flying.takeFirst()
                                       : flying.takeAt(int(random.bounded(quint32(flying.size()))));
            const QJsonObject input = plan.inputFor(part, base);
            ++result.calls;
            QJsonValue next;
            const QVector<int> rows = server.page(input, &next);
            QVector<qint64> created;
            for (int row : rows) {
                result.seen.insert(row, 1);
                created.append(server.created[row]);
            }
            const int d = depth.value(part);
            result.rounds = qMax(result.rounds, d + 1);
            plan.pageArrived(part, created, next, maxCalls - int(flying.size()) - 1);
            for (int started : plan.take(maxCalls - int(flying.size()))) {
                flying.append(started);
                depth.insert(started, d + 1);
            }
        }
        return result;
    }

    static Server uniform(int count, qint64 spanMs, quint32 seed)
    {
        Server server;
        QRandomGenerator random(seed);
        const qint64 now = 1790000000000;
        for (int i = 0; i < count; ++i)
            server.created.append(now - qint64(random.generateDouble() * double(spanMs)));
        server.sort();
        return server;
    }

    static QJsonObject createdRange(qint64 after, qint64 before)
    {
        return { { QLatin1String("created"),
                   QJsonObject { { QLatin1String("after"), double(after) },
                                 { QLatin1String("before"), double(before) } } } };
    }

    // Every project the run saw was created within [after, before].
    static bool allWithin(const Server &server, const Run &run, qint64 after, qint64 before)
    {
        const QList<int> keys = run.seen.uniqueKeys();
        return std::all_of(keys.cbegin(), keys.cend(), [&](int row) {
            return server.created[row] >= after && server.created[row] <= before;
        });
    }

    static void verifyEveryProjectOnce(const Server &server, const Run &run)
    {
        QCOMPARE(int(QSet<int>(run.seen.keyBegin(), run.seen.keyEnd()).size()),
                 int(server.created.size()));
    }

private Q_SLOTS:
    void orderOf_readsTheDirectionOfCreated()
    {
        using O = ListingPlan::Order;
        QCOMPARE(ListingPlan::orderOf({ 5, 4, 4, 1 }), O::Descending);
        QCOMPARE(ListingPlan::orderOf({ 1, 2, 2, 9 }), O::Ascending);
        QCOMPARE(ListingPlan::orderOf({ 3, 3, 3 }), O::Unknown);
        QCOMPARE(ListingPlan::orderOf({ 1, 5, 2 }), O::Unknown);
        QCOMPARE(ListingPlan::orderOf({ 7 }), O::Unknown);
        QCOMPARE(ListingPlan::orderOf({}), O::Unknown);
    }

    // The first part pages as a sequential listing does: 100, 200, 400, 800, 1000.
    void withoutAnOrder_theListingGoesOnWithItsCursor_limitsDoubling()
    {
        ListingPlan plan;
        plan.reset(std::nullopt, std::nullopt);
        QList<int> limits;
        for (int page = 0; page < 6; ++page) {
            const QList<int> taken = plan.take(6);
            QCOMPARE(taken.size(), 1);
            const QJsonObject input = plan.inputFor(taken.constFirst(), {});
            limits.append(input.value(QLatin1String("limit")).toInt());
            QCOMPARE(input.contains(QLatin1String("starting")), page > 0);
            QVERIFY(!input.contains(QLatin1String("created")));
            plan.pageArrived(taken.constFirst(), QVector<qint64>(10, 0), QJsonValue(page), 5);
        }
        QCOMPARE(limits, (QList<int> { 100, 200, 400, 800, 1000, 1000 }));
        QCOMPARE(plan.partsKnown(), 1);
        QVERIFY(!plan.isDone());
        plan.take(1);
        plan.pageArrived(plan.parts().constFirst().id, {}, QJsonValue(), 5);
        QVERIFY(plan.isDone());
        QCOMPARE(plan.partsDone(), 1);
    }

    // Newest first, more to come, five calls free: the rest becomes six parts that join end to
    // end from the last row seen down to the open end, sent a millisecond wider each side.
    void aPageWithMore_cutsTheRestIntoParts_endToEnd()
    {
        ListingPlan plan;
        plan.reset(std::nullopt, std::nullopt);
        const int first = plan.take(6).constFirst();
        QVector<qint64> created;
        for (int i = 0; i < 100; ++i)
            created.append(100000 - i * 10); // 100 rows over 990 ms
        plan.pageArrived(first, created, QJsonValue(100), 5);
        QCOMPARE(plan.order(), ListingPlan::Order::Descending);
        const QList<ListingPlan::Part> parts = plan.parts();
        QCOMPARE(parts.size(), 6);
        QCOMPARE(*parts.at(0).high, created.constLast());
        for (int i = 1; i < parts.size(); ++i)
            QCOMPARE(*parts.at(i).high, *parts.at(i - 1).low);
        QVERIFY(!parts.constLast().low);
        // About targetRows each at the page's density: 800 rows = 7,920 ms.
        QCOMPARE(*parts.at(0).high - *parts.at(0).low, qint64(7920));
        const QJsonObject input = plan.inputFor(parts.at(0).id, {});
        QCOMPARE(input.value(QLatin1String("created")).toObject(),
                 (QJsonObject { { QLatin1String("after"), double(*parts.at(0).low - 1) },
                                { QLatin1String("before"), double(created.constLast() + 1) } }));
        QCOMPARE(input.value(QLatin1String("limit")).toInt(), ListingPlan::maxLimit);
        QVERIFY(!input.contains(QLatin1String("starting")));
        QCOMPARE(plan.take(10).size(), 6);
        QCOMPARE(plan.partsDone(), 1);
    }

    void noFreeCall_orOneRowsWorth_goesOnWithTheCursor()
    {
        ListingPlan plan;
        plan.reset(std::nullopt, std::nullopt);
        const int first = plan.take(1).constFirst();
        plan.pageArrived(first, { 30, 20, 10 }, QJsonValue(3), 0);
        QCOMPARE(plan.partsKnown(), 1);
        QCOMPARE(plan.parts().constFirst().cursor, QJsonValue(3));
        // A bounded rest that holds about one page's worth is not cut either.
        ListingPlan bounded;
        bounded.reset(qint64(0), std::nullopt);
        const int only = bounded.take(1).constFirst();
        bounded.pageArrived(only, { 300, 200, 100 }, QJsonValue(3), 5);
        QCOMPARE(bounded.partsKnown(), 1);
    }

    // The query's own `created` range is sent as it is, never widened past it.
    void theQuerysBounds_areKept()
    {
        ListingPlan plan;
        plan.reset(qint64(1000), qint64(900000));
        const int first = plan.take(1).constFirst();
        QCOMPARE(plan.inputFor(first, {}).value(QLatin1String("created")).toObject(),
                 (QJsonObject { { QLatin1String("after"), 1000.0 },
                                { QLatin1String("before"), 900000.0 } }));
        QVector<qint64> created;
        for (int i = 0; i < 100; ++i)
            created.append(900000 - i);
        plan.pageArrived(first, created, QJsonValue(100), 5);
        QCOMPARE(plan.partsKnown(), 7); // the first part done, six in its place
        const ListingPlan::Part last = plan.parts().constLast();
        QCOMPARE(*last.low, qint64(1000));
        QCOMPARE(plan.inputFor(last.id, {})
                     .value(QLatin1String("created"))
                     .toObject()
                     .value(QLatin1String("after"))
                     .toDouble(),
                 1000.0);
    }

    void everyProjectOnce_inEveryOrderAndBoundReading_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("exclusive");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxCalls");
        QTest::newRow("newest first, inclusive") << true << false << 10000 << 6;
        QTest::newRow("newest first, exclusive") << true << true << 10000 << 6;
        QTest::newRow("oldest first, inclusive") << false << false << 10000 << 6;
        QTest::newRow("oldest first, exclusive") << false << true << 10000 << 6;
        QTest::newRow("one call at a time") << true << false << 3000 << 1;
        QTest::newRow("few projects") << true << false << 150 << 6;
    }
    void everyProjectOnce_inEveryOrderAndBoundReading()
    {
        QFETCH(bool, descending);
        QFETCH(bool, exclusive);
        QFETCH(int, count);
        QFETCH(int, maxCalls);
        for (quint32 seed = 1; seed <= 5; ++seed) {
            Server server = uniform(count, qint64(2) * 365 * 86400000, seed);
            server.descending = descending;
            server.exclusive = exclusive;
            server.sort();
            const Run result = run(server, maxCalls, seed);
            verifyEveryProjectOnce(server, result);
            QVERIFY(result.maxInFlight <= maxCalls);
        }
    }

    // Rows on part boundaries, many in one millisecond: still each found.
    void manyInOneMillisecond_areAllFound()
    {
        Server server;
        for (int i = 0; i < 4000; ++i)
            server.created.append(1790000000000 - (i / 50) * 1000); // 50 per second
        server.sort();
        for (bool exclusive : { false, true }) {
            server.exclusive = exclusive;
            verifyEveryProjectOnce(server, run(server, 6, 7));
        }
    }

    // Most projects recent, a few years of old ones: the parts adapt to the density.
    void skewedDates_everyProjectOnce_inFewRounds()
    {
        Server server;
        QRandomGenerator random(3);
        const qint64 now = 1790000000000;
        for (int i = 0; i < 9000; ++i)
            server.created.append(now - qint64(random.generateDouble() * 30 * 86400000.0));
        for (int i = 0; i < 1000; ++i)
            server.created.append(now - qint64(random.generateDouble() * 5 * 365 * 86400000.0));
        server.sort();
        const Run result = run(server, 6, 3);
        verifyEveryProjectOnce(server, result);
        // A sequential listing of 10,000 takes 14 calls one after the other.
        QVERIFY2(result.rounds <= 8, qPrintable(QString::number(result.rounds)));
    }

    // Uniform dates: the parallel listing needs far fewer rounds than calls.
    void uniformDates_fewRounds()
    {
        const Server server = uniform(10000, qint64(2) * 365 * 86400000, 11);
        const Run result = run(server, 6, 11);
        verifyEveryProjectOnce(server, result);
        QVERIFY2(result.rounds <= 6, qPrintable(QString::number(result.rounds)));
        QVERIFY(result.maxInFlight == 6);
    }

    // A cached listing's dates cut the next listing at once: every call of the first round
    // is a part of its own, and projects created or destroyed since are handled.
    void knownDates_cutTheListingAtOnce_everyProjectOnce()
    {
        Server before;
        QRandomGenerator random(21);
        const qint64 now = 1790000000000;
        for (int i = 0; i < 9000; ++i)
            before.created.append(now - qint64(random.generateDouble() * 30 * 86400000.0));
        for (int i = 0; i < 1000; ++i)
            before.created.append(now - qint64(random.generateDouble() * 5 * 365 * 86400000.0));
        const QVector<qint64> known = before.created;
        // Since: 300 destroyed, 250 created (newer than all), 50 older than any known.
        Server server;
        server.created = before.created.mid(300);
        for (int i = 0; i < 250; ++i)
            server.created.append(now + 1 + i * 1000);
        for (int i = 0; i < 50; ++i)
            server.created.append(now - qint64(6) * 365 * 86400000 - i);
        for (bool exclusive : { false, true }) {
            for (bool descending : { true, false }) {
                server.exclusive = exclusive;
                server.descending = descending;
                server.sort();
                const Run result = run(server, 6, 21, {}, known);
                verifyEveryProjectOnce(server, result);
                QCOMPARE(result.maxInFlight, 6);
                // 10,000 known rows make 12 parts of about 830, each one page: two rounds of
                // six calls when the replies come back in the order the calls went out; in a
                // random order a new call may be answered first and chain a few more. Without
                // the known dates the listing first learns them from its pages.
                const Run inOrder = run(server, 6, 0, {}, known);
                verifyEveryProjectOnce(server, inOrder);
                QVERIFY2(inOrder.rounds == 2, qPrintable(QString::number(inOrder.rounds)));
                QVERIFY2(inOrder.calls <= 13, qPrintable(QString::number(inOrder.calls)));
                const Run cold = run(server, 6, 0);
                const Run coldRandom = run(server, 6, 21);
                QVERIFY2(inOrder.rounds < cold.rounds && result.rounds < coldRandom.rounds,
                         qPrintable(QStringLiteral("in order %1 (cold %2), random %3 (cold %4)")
                                        .arg(inOrder.rounds)
                                        .arg(cold.rounds)
                                        .arg(result.rounds)
                                        .arg(coldRandom.rounds)));
            }
        }
    }

    void knownDates_keepTheQuerysRange()
    {
        const Server server = uniform(5000, qint64(2) * 365 * 86400000, 8);
        QVector<qint64> sorted = server.created;
        std::sort(sorted.begin(), sorted.end());
        const qint64 after = sorted.at(1000);
        const qint64 before = sorted.at(3999);
        const Run result = run(server, 6, 8, createdRange(after, before), sorted.mid(1000, 3000));
        QCOMPARE(int(result.seen.uniqueKeys().size()), 3000);
        QVERIFY(allWithin(server, result, after, before));
    }

    void theQuerysRange_limitsTheListing()
    {
        const Server server = uniform(5000, qint64(2) * 365 * 86400000, 5);
        QVector<qint64> sorted = server.created;
        std::sort(sorted.begin(), sorted.end());
        const qint64 after = sorted.at(1000);
        const qint64 before = sorted.at(3999);
        const Run result = run(server, 6, 5, createdRange(after, before));
        QCOMPARE(int(result.seen.uniqueKeys().size()), 3000);
        QVERIFY(allWithin(server, result, after, before));
    }
};

QTEST_GUILESS_MAIN(TestListingPlan)
#include "tst_listingplan.moc"
