#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectFilterProxy.h"
#include "tests/browser/ProjectListRig.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

// Cached rows brought up to date in place: what changed updates, what went goes, what is new
// comes, and a view's selection and sort stay as they were.
class TestListRefresh : public QObject
{
    Q_OBJECT

    struct Fixture : ProjectListRig
    {
        ProjectFilterProxy proxy;
        QItemSelectionModel selection { &proxy };

        explicit Fixture(int projects)
        {
            server.fillDated(projects);
            serve();
            model.setLoadsAll(true);
            proxy.setSourceModel(&model);
        }

        bool listAll()
        {
            QSignalSpy done(&model, &ProjectListModel::allLoaded);
            model.reload(ProjectQuery());
            return done.wait(10000);
        }
        QVector<ProjectRow> rows() const { return model.rows(); }
        QString selectedId() const
        {
            const QModelIndexList rows = selection.selectedRows();
            return rows.size() == 1 ? rows.first().data(ProjectListModel::IdRole).toString()
                                    : QString();
        }
        void select(const QString &id)
        {
            const QModelIndex source = model.index(model.rowOfId(id), 0);
            selection.select(proxy.mapFromSource(source),
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        QStringList viewOrder() const
        {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(ProjectListModel::IdRole).toString());
            return ids;
        }
    };

    static int indexOf(const QList<QJsonObject> &projects, const QString &id)
    {
        for (int i = 0; i < projects.size(); ++i) {
            if (projects.at(i).value(QLatin1String("id")).toString() == id)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void showCached_showsTheRowsAsOfTheirTime_withoutACall()
    {
        Fixture f(30);
        QVERIFY(f.listAll());
        const QVector<ProjectRow> rows = f.rows();
        f.server.inputs.clear();
        const QDateTime asOf = QDateTime::fromMSecsSinceEpoch(1760000000000, Qt::UTC);
        QSignalSpy asOfSpy(&f.model, &ProjectListModel::asOfChanged);
        f.model.showCached(ProjectQuery(), rows, asOf);
        QCOMPARE(f.model.rowCount(), 30);
        QCOMPARE(f.model.asOf(), asOf);
        QCOMPARE(asOfSpy.count(), 1);
        QVERIFY(!f.model.isComplete());
        QTest::qWait(50);
        QVERIFY(f.server.inputs.isEmpty());
    }

    // The server changed one project, destroyed two and has three new ones (one created while
    // the refresh runs): the list ends exactly as a fresh listing would, without a reset, and
    // the selected project stays selected.
    void refresh_updatesInPlace_keepsSelectionAndSort()
    {
        Fixture f(600);
        QVERIFY(f.listAll());
        const QVector<ProjectRow> cached = f.rows();
        f.model.showCached(ProjectQuery(), cached, QDateTime::currentDateTimeUtc().addDays(-1));
        f.proxy.sort(ProjectColumns::Name, Qt::DescendingOrder);
        const QString selected = FakeProjectServer::idFor(123);
        f.select(selected);
        QCOMPARE(f.selectedId(), selected);

        QList<QJsonObject> &projects = f.server.projects;
        projects[indexOf(projects, FakeProjectServer::idFor(7))].insert(
            QLatin1String("name"), QLatin1String("Zz renamed"));
        projects.removeAt(indexOf(projects, FakeProjectServer::idFor(300)));
        projects.removeAt(indexOf(projects, FakeProjectServer::idFor(599)));
        for (int i : { 1000, 1001 }) {
            QJsonObject p = FakeProjectServer::project(i);
            p.insert(QLatin1String("created"), 1700000000000.0 + i);
            projects.prepend(p);
        }
        // One more appears while the listing is under way, after its first page: the oldest
        // (the fake pages by offset, newest first; a row added at its end moves no other).
        bool added = false;
        f.server.onInput = [&](int served) {
            if (served != 1 || added)
                return;
            added = true;
            QJsonObject p = FakeProjectServer::project(1002);
            p.insert(QLatin1String("created"), 1700000000000.0 - 601 * 60000.0);
            f.server.projects.append(p);
        };

        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy done(&f.model, &ProjectListModel::allLoaded);
        f.model.refresh(ProjectQuery());
        QVERIFY(f.model.isRefreshing());
        QCOMPARE(f.model.rowCount(), 600); // the cached rows stay while it runs
        QVERIFY(done.wait(10000));

        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() >= 1);
        QVERIFY(!f.model.asOf().isValid());
        QVERIFY(!f.model.isRefreshing());
        QVERIFY(f.server.inputs.size() > 1); // partitioned: several calls
        QSet<QString> expected;
        for (const QJsonObject &p : std::as_const(f.server.projects))
            expected.insert(p.value(QLatin1String("id")).toString());
        QSet<QString> shown;
        for (const ProjectRow &row : f.model.rows())
            shown.insert(row.id);
        QCOMPARE(int(f.model.rows().size()), int(expected.size()));
        QCOMPARE(shown, expected);
        for (int i = 0; i < f.model.rowCount(); ++i)
            QCOMPARE(f.model.rowOfId(f.model.rowAt(i).id), i);
        QCOMPARE(f.model.rowAt(f.model.rowOfId(FakeProjectServer::idFor(7))).name,
                 QStringLiteral("Zz renamed"));
        QCOMPARE(f.selectedId(), selected);
        // Still sorted by name, descending: the renamed project leads.
        const QStringList order = f.viewOrder();
        QCOMPARE(order.first(), FakeProjectServer::idFor(7));
    }

    void refresh_failing_keepsTheCachedRows_andRetryFinishesIt()
    {
        Fixture f(50);
        QVERIFY(f.listAll());
        const QVector<ProjectRow> cached = f.rows();
        const QDateTime asOf = QDateTime::currentDateTimeUtc().addSecs(-3600);
        f.model.showCached(ProjectQuery(), cached, asOf);
        const int served = int(f.server.inputs.size());
        f.server.overrides.insert(
            served,
            FakeReply::apiError(403, QStringLiteral("PermissionDenied"), QStringLiteral("no")));
        f.model.refresh(ProjectQuery());
        QVERIFY(QTest::qWaitFor([&] { return f.model.state() == ProjectListModel::State::Error; },
                                5000));
        QCOMPARE(f.model.rowCount(), 50);
        QCOMPARE(f.model.asOf(), asOf);
        QSignalSpy done(&f.model, &ProjectListModel::allLoaded);
        f.model.retry();
        QVERIFY(done.wait(5000));
        QCOMPARE(f.model.rowCount(), 50);
        QVERIFY(!f.model.asOf().isValid());
    }

    void refresh_ofAnotherQuery_startsOver()
    {
        Fixture f(20);
        QVERIFY(f.listAll());
        f.model.showCached(ProjectQuery(), f.rows(), QDateTime::currentDateTimeUtc());
        ProjectQuery other;
        other.name = QStringLiteral("Project 1");
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy done(&f.model, &ProjectListModel::allLoaded);
        f.model.refresh(other);
        QCOMPARE(reset.count(), 1);
        QVERIFY(!f.model.asOf().isValid());
        QVERIFY(done.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestListRefresh)
#include "tst_listrefresh.moc"
