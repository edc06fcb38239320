#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectFilterProxy.h"
#include "tests/browser/ProjectListRig.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <memory>

namespace {
QJsonObject project(int i, const QString &name, const QJsonObject &extra = {})
{
    QJsonObject p {
        { QLatin1String("id"), FakeProjectServer::idFor(i) },
        { QLatin1String("name"), name },
        { QLatin1String("level"), QLatin1String("VIEW") },
        { QLatin1String("region"), QLatin1String("aws:us-east-1") },
        { QLatin1String("billTo"), QLatin1String("user-alice") },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}
} // namespace

class TestProjectFilterProxy : public QObject
{
    Q_OBJECT

    struct Fixture : ProjectListRig
    {
        ProjectFilterProxy proxy;
        std::unique_ptr<QAbstractItemModelTester> proxyTester;

        explicit Fixture(const QList<QJsonObject> &projects)
        {
            server.projects = projects;
            serve();
            proxy.setSourceModel(&model);
            proxyTester = std::make_unique<QAbstractItemModelTester>(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        bool load()
        {
            model.reload(model.query());
            return QTest::qWaitFor([&] { return model.isComplete(); }, 5000);
        }
        QStringList names() const
        {
            QStringList list;
            for (int r = 0; r < proxy.rowCount(); ++r)
                list.append(proxy.index(r, ProjectColumns::Name).data().toString());
            return list;
        }
    };

private Q_SLOTS:
    void quickFilter_matchesNameIdTagsBillToRegion_caseInsensitive_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty shows all") << "" << QStringList { "Alpha", "beta", "Gamma" };
        QTest::newRow("name, other case") << "ALP" << QStringList { "Alpha" };
        QTest::newRow("id") << FakeProjectServer::idFor(2) << QStringList { "Gamma" };
        QTest::newRow("tag") << "Cancer" << QStringList { "beta" };
        QTest::newRow("billTo") << "org-lab" << QStringList { "Gamma" };
        QTest::newRow("region") << "EU-central" << QStringList { "beta" };
        QTest::newRow("all words must match") << "beta cancer" << QStringList { "beta" };
        QTest::newRow("one word missing") << "beta gamma" << QStringList {};
        QTest::newRow("extra spaces") << "  alpha  " << QStringList { "Alpha" };
    }
    void quickFilter_matchesNameIdTagsBillToRegion_caseInsensitive()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        Fixture f({
            project(0, QStringLiteral("Alpha")),
            project(1, QStringLiteral("beta"),
                    { { QLatin1String("tags"), QJsonArray { QStringLiteral("cancer-study") } },
                      { QLatin1String("region"), QLatin1String("aws:eu-central-1") } }),
            project(2, QStringLiteral("Gamma"),
                    { { QLatin1String("billTo"), QLatin1String("org-lab") } }),
        });
        QVERIFY(f.load());
        f.proxy.setQuickFilter(text);
        QCOMPARE(f.names(), names);
    }

    void sort_byDataUsage_numbersAsNumbers_absentLastBothWays()
    {
        Fixture f({
            project(0, QStringLiteral("ten"), { { QLatin1String("dataUsage"), 10 } }),
            project(1, QStringLiteral("none")),
            project(2, QStringLiteral("nine"), { { QLatin1String("dataUsage"), 9 } }),
            project(3, QStringLiteral("hundred"), { { QLatin1String("dataUsage"), 100 } }),
            project(4, QStringLiteral("zero"), { { QLatin1String("dataUsage"), 0 } }),
        });
        QVERIFY(f.load());
        f.proxy.sort(ProjectColumns::DataUsage, Qt::AscendingOrder);
        QCOMPARE(f.names(), (QStringList { "zero", "nine", "ten", "hundred", "none" }));
        f.proxy.sort(ProjectColumns::DataUsage, Qt::DescendingOrder);
        QCOMPARE(f.names(), (QStringList { "hundred", "ten", "nine", "zero", "none" }));
    }

    void sort_byStorageCost_absentIsNotZero()
    {
        Fixture f({
            project(0, QStringLiteral("free"), { { QLatin1String("storageCost"), 0 } }),
            project(1, QStringLiteral("hidden")),
            project(2, QStringLiteral("paid"), { { QLatin1String("storageCost"), 2.5 } }),
        });
        QVERIFY(f.load());
        f.proxy.sort(ProjectColumns::StorageCost, Qt::AscendingOrder);
        QCOMPARE(f.names(), (QStringList { "free", "paid", "hidden" }));
    }

    void sort_byName_caseInsensitive_andRowsArrivingLaterAreSorted()
    {
        Fixture f({ project(0, QStringLiteral("b")), project(1, QStringLiteral("C")),
                    project(2, QStringLiteral("a")) });
        QVERIFY(f.load());
        f.proxy.sort(ProjectColumns::Name, Qt::AscendingOrder);
        QCOMPARE(f.names(), (QStringList { "a", "b", "C" }));
        f.model.updateRow(FakeProjectServer::idFor(2),
                          QJsonObject { { QLatin1String("name"), QLatin1String("D") } });
        QCOMPARE(f.names(), (QStringList { "b", "C", "D" }));
    }

    void sortedWhileLoading_pagesAreAppendedAsOneRun_andAllRowsSortedWhenLoaded()
    {
        // Qt's dynamic sort places each row of a page by itself and announces every run of
        // rows apart: hundreds of inserts per page for a view. A page is appended as one run
        // instead, and the whole list is sorted once the loading stops.
        QList<QJsonObject> projects;
        for (int i = 0; i < 3000; ++i)
            projects.append(
                project(i, QStringLiteral("p%1").arg((i * 7919) % 3000, 4, 10, QLatin1Char('0'))));
        Fixture f(projects);
        f.model.setLoadsAll(true);
        f.proxy.sort(ProjectColumns::Name, Qt::AscendingOrder);
        QSignalSpy inserts(&f.proxy, &QAbstractItemModel::rowsInserted);
        QVERIFY(f.load());
        QCOMPARE(f.proxy.rowCount(), 3000);
        QVERIFY(!f.proxy.isSortPending());
        QVERIFY(f.proxy.dynamicSortFilter());
        QStringList sorted = f.names();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(f.names(), sorted);
        // One run per page at most (the first page of 100 is appended too); placed one by one,
        // 3,000 scattered rows make about as many inserts.
        QVERIFY2(inserts.size() <= f.model.pagesLoaded(),
                 qPrintable(QStringLiteral("%1 inserts for %2 pages")
                                .arg(inserts.size())
                                .arg(f.model.pagesLoaded())));
        // Sorting is dynamic again: a changed row moves at once.
        f.model.updateRow(FakeProjectServer::idFor(0),
                          QJsonObject { { QLatin1String("name"), QLatin1String("zzz") } });
        QCOMPARE(f.names().constLast(), QStringLiteral("zzz"));
    }

    void sortedWhileLoading_rowChangedMeanwhile_isFilteredAgain()
    {
        QList<QJsonObject> projects;
        for (int i = 0; i < 200; ++i)
            projects.append(project(i, QStringLiteral("keep %1").arg(i)));
        Fixture f(projects);
        f.proxy.sort(ProjectColumns::Name, Qt::AscendingOrder);
        f.proxy.setQuickFilter(QStringLiteral("keep"));
        f.model.reload(f.model.query()); // the first page: 100 rows, appended
        QTRY_COMPARE(f.model.rowCount(), 100);
        QVERIFY(f.proxy.isSortPending());
        f.model.updateRow(FakeProjectServer::idFor(0),
                          QJsonObject { { QLatin1String("name"), QLatin1String("gone") } });
        // The tester asks for more after every change, as a view would: the list loads on.
        QTRY_VERIFY(f.model.isComplete());
        QTRY_VERIFY(!f.proxy.isSortPending());
        QCOMPARE(f.proxy.rowCount(), 199);
        QVERIFY(!f.names().contains(QStringLiteral("gone")));
    }

    void sort_byCreated_usesTimestampNotText()
    {
        Fixture f({
            project(0, QStringLiteral("late"), { { QLatin1String("created"), 1700000000000.0 } }),
            project(1, QStringLiteral("early"), { { QLatin1String("created"), 999999999999.0 } }),
        });
        QVERIFY(f.load());
        f.proxy.sort(ProjectColumns::Created, Qt::AscendingOrder);
        QCOMPARE(f.names(), (QStringList { "early", "late" }));
    }
};

QTEST_GUILESS_MAIN(TestProjectFilterProxy)
#include "tst_projectfilterproxy.moc"
