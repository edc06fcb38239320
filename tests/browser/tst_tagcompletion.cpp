#include "models/browser/TagCompletion.h"
#include "tests/browser/ProjectListRig.h"

#include <QSignalSpy>
#include <QTest>

class TestTagCompletion : public QObject
{
    Q_OBJECT

    struct Fixture : ProjectListRig
    {
        TagCompletion tags { &client, &model };

        explicit Fixture(int projects)
        {
            server.fill(projects);
            serve();
        }
    };

private Q_SLOTS:
    void refresh_serverCounts_mostUsedFirst()
    {
        Fixture f(0);
        f.nam.onRoute(QStringLiteral("/system/listProjectTags"), [](const QJsonObject &) {
            return FakeReply::json({ { QLatin1String("rare"), 1 },
                                     { QLatin1String("common"), 40 },
                                     { QLatin1String("Beta"), 5 },
                                     { QLatin1String("alpha"), 5 } });
        });
        QSignalSpy changed(&f.tags, &TagCompletion::changed);
        f.tags.refresh();
        QVERIFY(changed.wait(5000));
        QCOMPARE(f.tags.source(), TagCompletion::Source::Server);
        const QStringList expected { "common", "alpha", "Beta", "rare" };
        QCOMPARE(f.tags.tags(), expected);
        QCOMPARE(f.tags.model()->stringList(), expected);
        QCOMPARE(f.tags.counts().value(QStringLiteral("common")), 40);
    }

    void refresh_routeMissing_fallsBackToLoadedRowsAndFollowsThem()
    {
        Fixture f(30); // tags t0, t1, t2: 10 projects each
        // No route handler: the fake answers 404 ResourceNotFound, like a server without it.
        f.model.reload();
        QVERIFY(QTest::qWaitFor([&] { return f.model.isComplete(); }, 5000));
        QSignalSpy changed(&f.tags, &TagCompletion::changed);
        f.tags.refresh();
        QVERIFY(changed.wait(5000));
        QCOMPARE(f.tags.source(), TagCompletion::Source::LoadedRows);
        QCOMPARE(f.tags.counts().value(QStringLiteral("t1")), 10);
        QCOMPARE(f.tags.tags().size(), 3);

        f.server.projects.clear();
        f.server.fill(250); // a reload brings more rows: the counts follow
        f.model.reload();
        QVERIFY(QTest::qWaitFor([&] { return f.model.isComplete(); }, 5000));
        QCOMPARE(f.tags.counts().value(QStringLiteral("t0")), 84);
        QCOMPARE(f.tags.counts().value(QStringLiteral("t1")), 83);
    }
};

QTEST_GUILESS_MAIN(TestTagCompletion)
#include "tst_tagcompletion.moc"
