#include "api/ApiClient.h"
#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectListModel.h"
#include "tests/browser/ProjectListRig.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

class TestProjectListModel : public QObject
{
    Q_OBJECT

    // The tester is attached last. Nothing is fetched before the first reload().
    struct Fixture : ProjectListRig
    {
        explicit Fixture(int projects, const std::function<void(FakeProjectServer &)> &setup = {})
        {
            server.fill(projects);
            if (setup)
                setup(server);
            serve();
            model.reload(model.query());
        }

        bool waitUntilSettled(int timeoutMs = 5000)
        {
            return QTest::qWaitFor(
                [&] { return model.state() != ProjectListModel::State::Loading; }, timeoutMs);
        }
        bool loadAll()
        {
            QSignalSpy done(&model, &ProjectListModel::allLoaded);
            model.loadAll();
            return done.count() > 0 || done.wait(10000);
        }
        QStringList ids() const
        {
            QStringList list;
            for (int r = 0; r < model.rowCount(); ++r)
                list.append(model.index(r, 0).data(ProjectListModel::IdRole).toString());
            return list;
        }
    };

    static QStringList expectedIds(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(FakeProjectServer::idFor(i));
        return list;
    }

private Q_SLOTS:
    void roles_startAfterUserRole_andAreNotColumns()
    {
        QCOMPARE(int(ProjectListModel::IdRole), Qt::UserRole + 1);
        QVERIFY(int(ProjectListModel::IdRole) > int(ProjectColumns::Count));
    }

    void beforeFirstReload_nothingIsFetched()
    {
        FakeNetworkAccessManager nam;
        FakeProjectServer server;
        server.fill(10);
        server.install(&nam);
        ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
        ProjectListModel model(&client);
        QAbstractItemModelTester tester(&model);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QTest::qWait(20);
        QCOMPARE(server.inputs.size(), 0);
        QCOMPARE(model.state(), ProjectListModel::State::Idle);
    }

    void clear_dropsRowsAndStopsPaging()
    {
        Fixture f(150);
        QVERIFY(f.waitUntilSettled());
        QVERIFY(f.model.rowCount() > 0);
        f.model.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.state(), ProjectListModel::State::Idle);
        QVERIFY(!f.model.canFetchMore(QModelIndex()));
    }

    void fetchMore_onlyStartsTheCall_rowsArriveWithTheReply()
    {
        Fixture f(150);
        // The tester called fetchMore(): a call is in flight, and no row came from it yet.
        QCOMPARE(f.model.state(), ProjectListModel::State::Loading);
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.canFetchMore(QModelIndex())); // one call in flight at most
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QVERIFY(QTest::qWaitFor([&] { return f.model.isComplete(); }, 5000));
        QCOMPARE(f.model.rowCount(), 150);
        QCOMPARE(inserted.count(), 2); // one insertion per page
        QCOMPARE(f.model.state(), ProjectListModel::State::Loaded);
        QVERIFY(!f.model.canFetchMore(QModelIndex()));
        QCOMPARE(f.server.inputs.size(), 2);
        QVERIFY(!f.server.inputs.at(0).contains(QLatin1String("starting")));
        QCOMPARE(f.server.inputs.at(1).value(QLatin1String("starting")).toObject(),
                 (QJsonObject { { QLatin1String("offset"), 100 } }));
    }

    void paging_withoutGapOrDuplicate_limitDoublingTo1000()
    {
        Fixture f(3500);
        QVERIFY(f.loadAll());
        QCOMPARE(f.ids(), expectedIds(3500));
        QCOMPARE(f.server.limits(), (QList<int> { 100, 200, 400, 800, 1000, 1000 }));
        QCOMPARE(f.model.pagesLoaded(), 6);
        QCOMPARE(f.model.state(), ProjectListModel::State::Loaded);
    }

    // Projects with a `created`, listed newest first: after the first page the rest is fetched
    // by `created` ranges, several calls at once, each row once.
    void loadAll_datedProjects_severalCallsAtOnce_everyRowOnce()
    {
        Fixture f(0, [](FakeProjectServer &server) {
            server.fillDated(5000);
            server.delayMs = 5;
        });
        QSignalSpy done(&f.model, &ProjectListModel::allLoaded);
        f.model.loadAll();
        int most = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                most = qMax(most, f.model.callsInFlight());
                return done.count() > 0;
            },
            20000));
        QCOMPARE(most, ProjectListModel::defaultMaxCalls);
        const QStringList ids = f.ids();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 5000);
        QCOMPARE(ids.size(), 5000);
        QCOMPARE(f.model.state(), ProjectListModel::State::Loaded);
        QVERIFY(f.model.partsDone() > 6);
        QCOMPARE(f.model.partsDone(), f.model.partsKnown());
        int ranged = 0;
        for (const QJsonObject &input : f.server.inputs)
            ranged += input.contains(QLatin1String("created")) ? 1 : 0;
        QCOMPARE(ranged, int(f.server.inputs.size()) - 1); // all but the first page
    }

    void setMaxCalls_boundsTheCallsInFlight()
    {
        Fixture f(0, [](FakeProjectServer &server) {
            server.fillDated(4000);
            server.delayMs = 5;
        });
        f.model.setMaxCalls(2);
        QSignalSpy done(&f.model, &ProjectListModel::allLoaded);
        f.model.loadAll();
        int most = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                most = qMax(most, f.model.callsInFlight());
                return done.count() > 0;
            },
            20000));
        QCOMPARE(most, 2);
        QCOMPARE(f.model.rowCount(), 4000);
    }

    // 429 on a part's call: the client waits Retry-After and asks again; nothing is lost.
    void busyServer_duringAPartitionedListing_isWaitedOut()
    {
        Fixture f(0, [](FakeProjectServer &server) {
            server.fillDated(3000);
            for (int request : { 1, 3 })
                server.overrides.insert(request,
                                        FakeReply::apiError(429,
                                                            QStringLiteral("RateLimitConditional"),
                                                            QStringLiteral("slow down"))
                                            .withHeader("Retry-After", "0"));
        });
        QVERIFY(f.loadAll());
        QCOMPARE(f.model.state(), ProjectListModel::State::Loaded);
        QCOMPARE(f.model.rowCount(), 3000);
        QVERIFY(f.model.lastError().type == ApiError::Type::None);
    }

    // A part that fails for good stops the listing with an error; retry() goes on from the
    // parts left, and the rows already listed stay.
    void aFailedPart_pausesTheListing_retryFinishesIt()
    {
        Fixture f(0, [](FakeProjectServer &server) {
            server.fillDated(3000);
            server.overrides.insert(
                2, FakeReply::apiError(400, QStringLiteral("InvalidInput"), QStringLiteral("no")));
        });
        QSignalSpy done(&f.model, &ProjectListModel::allLoaded);
        f.model.loadAll();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return f.model.state() == ProjectListModel::State::Error
                    && f.model.callsInFlight() == 0;
            },
            20000));
        const int listed = f.model.rowCount();
        QVERIFY(listed > 100 && listed < 3000);
        QVERIFY(!f.model.isComplete());
        f.model.loadAll();
        f.model.retry();
        QVERIFY(done.count() > 0 || done.wait(20000));
        QCOMPARE(f.model.rowCount(), 3000);
    }

    void duplicateAcrossPages_isShownOnce()
    {
        Fixture f(0, [](FakeProjectServer &server) {
            for (int i = 0; i < 150; ++i)
                server.projects.append(FakeProjectServer::project(i));
            server.projects.insert(120, FakeProjectServer::project(5)); // moved during paging
            server.projects.insert(60, FakeProjectServer::project(7)); // twice in one page
        });
        QVERIFY(f.loadAll());
        QCOMPARE(f.ids(), expectedIds(150));
    }

    void error_thenRetry_asksTheSamePageAgain()
    {
        Fixture f(500, [](FakeProjectServer &server) {
            server.overrides.insert(1,
                                    FakeReply::apiError(422, QStringLiteral("InvalidInput"),
                                                        QStringLiteral("bad cursor")));
        });
        QVERIFY(QTest::qWaitFor([&] { return f.model.state() == ProjectListModel::State::Error; },
                                5000));
        QVERIFY2(f.model.errorText().contains(QStringLiteral("bad cursor")),
                 qPrintable(f.model.errorText()));
        QCOMPARE(f.model.lastError().type, ApiError::Type::InvalidInput);
        QVERIFY(!f.model.canFetchMore(QModelIndex())); // views must not hammer a failing server
        QCOMPARE(f.model.rowCount(), 100);
        QTest::qWait(50);
        QCOMPARE(f.server.inputs.size(), 2);

        f.model.retry();
        QVERIFY(QTest::qWaitFor([&] { return f.model.isComplete(); }, 5000));
        QCOMPARE(f.server.inputs.at(2).value(QLatin1String("starting")),
                 f.server.inputs.at(1).value(QLatin1String("starting")));
        QCOMPARE(f.server.inputs.at(2).value(QLatin1String("limit")).toInt(), 200);
        QCOMPARE(f.ids(), expectedIds(500));
        QCOMPARE(f.model.errorText(), QString());
    }

    void loadAll_pausesAtError_retryResumes()
    {
        Fixture f(700, [](FakeProjectServer &server) {
            server.overrides.insert(
                2,
                FakeReply::apiError(401, QStringLiteral("PermissionDenied"), QStringLiteral("no")));
        });
        QSignalSpy done(&f.model, &ProjectListModel::allLoaded);
        f.model.loadAll();
        QVERIFY(QTest::qWaitFor([&] { return f.model.state() == ProjectListModel::State::Error; },
                                5000));
        QCOMPARE(done.count(), 0);
        QCOMPARE(f.model.rowCount(), 300);
        f.model.retry();
        QVERIFY(done.wait(5000));
        QCOMPARE(f.ids(), expectedIds(700));
    }

    void reload_abortsTheCallInFlight_andStartsOver()
    {
        Fixture f(300, [](FakeProjectServer &server) { server.delayMs = 300; });
        QCOMPARE(f.model.state(), ProjectListModel::State::Loading);
        QTest::qWait(10); // the delayed request is now with the server
        QCOMPARE(f.server.inputs.size(), 1);
        f.server.delayMs = 0;
        ProjectQuery query;
        query.regions = QStringList { QStringLiteral("azure:westus") };
        f.model.reload(query);
        QVERIFY(QTest::qWaitFor([&] { return f.model.isComplete(); }, 5000));
        QCOMPARE(f.model.rowCount(), 150);
        QTest::qWait(400); // the first, aborted reply would have arrived by now
        QCOMPARE(f.model.rowCount(), 150);
        for (int r = 0; r < f.model.rowCount(); ++r)
            QCOMPARE(f.model.rowAt(r).region, QStringLiteral("azure:westus"));
        QCOMPARE(f.server.inputs.last().value(QLatin1String("region")).toString(),
                 QStringLiteral("azure:westus"));
        QCOMPARE(f.server.inputs.at(1).value(QLatin1String("limit")).toInt(), 100);
        QVERIFY(!f.server.inputs.at(1).contains(QLatin1String("starting")));
    }

    void severalRegions_filteredClientSide_andEmptyPagesContinue()
    {
        Fixture f(0);
        for (int i = 0; i < 250; ++i) {
            QJsonObject p = FakeProjectServer::project(i);
            p.insert(QLatin1String("region"),
                     i < 200 ? QLatin1String("aws:eu-central-1") : QLatin1String("aws:us-east-1"));
            f.server.projects.append(p);
        }
        ProjectQuery query;
        query.regions
            = QStringList { QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westus") };
        f.model.reload(query);
        // Page one (100) and most of page two hold only other regions: the model must go on
        // until rows arrive, or a view would show nothing and never ask for more.
        QVERIFY(QTest::qWaitFor([&] { return f.model.isComplete(); }, 5000));
        QCOMPARE(f.model.rowCount(), 50);
        QVERIFY(!f.server.inputs.first().contains(QLatin1String("region")));
    }

    void updateRow_refreshesOneRow()
    {
        Fixture f(10);
        QVERIFY(f.loadAll());
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        const QString id = FakeProjectServer::idFor(4);
        QVERIFY(f.model.updateRow(id,
                                  QJsonObject { { QLatin1String("name"), QLatin1String("Renamed") },
                                                { QLatin1String("storageCost"), 1.25 } }));
        QCOMPARE(changed.count(), 1);
        const int row = f.model.rowOfId(id);
        QCOMPARE(f.model.index(row, ProjectColumns::Name).data().toString(),
                 QStringLiteral("Renamed"));
        QCOMPARE(f.model.index(row, ProjectColumns::StorageCost).data().toString(),
                 QStringLiteral("$1.25"));
        QVERIFY(!f.model.updateRow(QStringLiteral("project-unknown"), QJsonObject()));
    }

    void removeProject_keepsIndexConsistent()
    {
        Fixture f(10);
        QVERIFY(f.loadAll());
        QVERIFY(f.model.removeProject(FakeProjectServer::idFor(2)));
        QCOMPARE(f.model.rowCount(), 9);
        QCOMPARE(f.model.rowOfId(FakeProjectServer::idFor(9)), 8);
        QCOMPARE(f.model.rowOfId(FakeProjectServer::idFor(2)), -1);
    }

    void data_absentStorageCost_isBlankAndHasNoValue()
    {
        Fixture f(1);
        QVERIFY(f.loadAll());
        const QModelIndex cost = f.model.index(0, ProjectColumns::StorageCost);
        QCOMPARE(cost.data().toString(), QString());
        QCOMPARE(cost.data(ProjectListModel::HasValueRole).toBool(), false);
        QVERIFY(!cost.data(ProjectListModel::SortKeyRole).isValid());
        const QModelIndex usage = f.model.index(0, ProjectColumns::DataUsage);
        QCOMPARE(usage.data(ProjectListModel::HasValueRole).toBool(), true);
        QCOMPARE(f.model.headerData(ProjectColumns::DataUsage, Qt::Horizontal).toString(),
                 QStringLiteral("Data usage"));
        QVERIFY(!f.model.headerData(ProjectColumns::DataUsage, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }
    void busyServer_showsTheRetry_andCancelStopsTheListing()
    {
        FakeNetworkAccessManager nam;
        nam.onRoute(QStringLiteral("/system/findProjects"), [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                .withHeader("Retry-After", "1");
        });
        ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
        ProjectListModel model(&client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy notices(&model, &ProjectListModel::retryNoticeChanged);
        model.reload(model.query());
        QTRY_COMPARE(model.retryNotice(), QStringLiteral("server busy, retry 1 in 1 s"));
        QCOMPARE(model.state(), ProjectListModel::State::Loading);
        model.cancelLoading();
        QCOMPARE(model.state(), ProjectListModel::State::Error);
        QCOMPARE(model.lastError().type, ApiError::Type::Aborted);
        QVERIFY(model.retryNotice().isEmpty());
        QTest::qWait(1200); // past the Retry-After: nothing more is sent
        QCOMPARE(nam.count(QStringLiteral("/system/findProjects")), 1);
        // Retry goes on from where it stopped.
        nam.onRoute(QStringLiteral("/system/findProjects"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("results"), QJsonArray() },
                                     { QStringLiteral("next"), QJsonValue::Null } });
        });
        model.retry();
        QTRY_COMPARE(model.state(), ProjectListModel::State::Loaded);
    }

    void quitDuringAListing_callsBackNobody_data()
    {
        QTest::addColumn<bool>("waitingToRetry");
        QTest::newRow("in flight") << false;
        QTest::newRow("waiting to retry") << true;
    }
    void quitDuringAListing_callsBackNobody()
    {
        QFETCH(bool, waitingToRetry);
        FakeNetworkAccessManager nam;
        nam.onRoute(QStringLiteral("/system/findProjects"), [waitingToRetry](const QJsonObject &) {
            return waitingToRetry
                ? FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                      .withHeader("Retry-After", "5")
                : FakeReply::hang();
        });
        // The app's order: the client is the first child of the root, so it goes first.
        auto *root = new QObject;
        auto *client = new ApiClient(&nam, QUrl(QStringLiteral("http://fake")), root);
        auto *model = new ProjectListModel(client, root);
        QSignalSpy states(model, &ProjectListModel::stateChanged);
        model->reload(model->query());
        if (waitingToRetry)
            QTRY_VERIFY(!model->retryNotice().isEmpty());
        else
            QTRY_COMPARE(nam.count(QStringLiteral("/system/findProjects")), 1);
        states.clear();
        delete root;
        QCOMPARE(states.size(), 0);
        QTest::qWait(20);
    }
};

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
