#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// The list model against a real sandbox over loopback HTTP: 2,500 generated projects plus the
// demo world, paged with the real client.
class TestProjectListSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    // The IDs findProjects reports when paged the plain way, at the largest page size.
    QStringList referenceIds(const QJsonObject &filter)
    {
        QStringList ids;
        QJsonValue cursor;
        for (int page = 0; page < 100; ++page) {
            QJsonObject input = filter;
            input.insert(QLatin1String("limit"), 1000);
            if (!cursor.isNull() && !cursor.isUndefined())
                input.insert(QLatin1String("starting"), cursor);
            ApiCall *call
                = m_client->call(QStringLiteral("system"), QStringLiteral("findProjects"), input);
            QJsonObject result;
            bool failed = false;
            bool done = false;
            connect(call, &ApiCall::finished, this, [&](const QJsonObject &r) {
                result = r;
                done = true;
            });
            connect(call, &ApiCall::failed, this, [&](const ApiError &) {
                failed = true;
                done = true;
            });
            call->start();
            if (!QTest::qWaitFor([&] { return done; }, 20000) || failed)
                return {};
            for (const QJsonValue &v : result.value(QLatin1String("results")).toArray())
                ids.append(v.toObject().value(QLatin1String("id")).toString());
            cursor = result.value(QLatin1String("next"));
            if (cursor.isNull())
                return ids;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.memory = true;
        options.generate = 2500;
        m_host = std::make_unique<SandboxHost>(options);
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
        QVERIFY(!m_host->users().isEmpty());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_host->url());
        m_client->setToken(m_host->users().constFirst().token);
    }

    void loadAll_pagesEveryProject_noGapNoDuplicate()
    {
        ProjectListModel model(m_client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&model, &ProjectListModel::allLoaded);
        model.loadAll();
        QVERIFY(done.count() > 0 || done.wait(60000));
        QCOMPARE(model.state(), ProjectListModel::State::Loaded);

        const QStringList reference = referenceIds(toFindProjectsInput(ProjectQuery()));
        QVERIFY(reference.size() >= 2500);

        QSet<QString> ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            const ProjectRow &row = model.rowAt(r);
            QVERIFY2(!ids.contains(row.id), qPrintable(row.id));
            ids.insert(row.id);
            QVERIFY2(!row.name.isEmpty() && !row.region.isEmpty(), qPrintable(row.id));
        }
        QCOMPARE(model.rowCount(), int(reference.size()));
        QCOMPARE(ids, QSet<QString>(reference.begin(), reference.end()));
        // The sandbox lists newest first with `created`: the rest was cut into parts.
        QVERIFY(model.partsDone() > 1);
        QCOMPARE(model.partsDone(), model.partsKnown());
    }

    QJsonObject callAndWait(const QString &subject, const QString &method, const QJsonObject &input)
    {
        ApiCall *call = m_client->call(subject, method, input);
        QJsonObject result;
        bool done = false;
        connect(call, &ApiCall::finished, this, [&](const QJsonObject &r) {
            result = r;
            done = true;
        });
        connect(call, &ApiCall::failed, this, [&](const ApiError &) { done = true; });
        call->start();
        return QTest::qWaitFor([&] { return done; }, 20000) ? result : QJsonObject();
    }

    // Projects created and destroyed while the parts are fetched: every project that lived
    // through the whole listing is there exactly once, and nothing is there twice.
    void loadAll_whileProjectsComeAndGo_everySurvivorOnce()
    {
        const QStringList before = referenceIds(toFindProjectsInput(ProjectQuery()));
        QVERIFY(before.size() >= 2500);
        const QStringList doomed { before.at(10), before.at(1200), before.at(2400) };
        ProjectListModel model(m_client.get());
        QSignalSpy done(&model, &ProjectListModel::allLoaded);
        bool changed = false;
        connect(&model, &ProjectListModel::pageLoaded, this, [&] {
            if (changed)
                return;
            changed = true;
            for (const QString &id : doomed)
                callAndWait(id, QStringLiteral("destroy"), {});
            for (int i = 0; i < 3; ++i)
                callAndWait(QStringLiteral("project"), QStringLiteral("new"),
                            { { QStringLiteral("name"),
                                QStringLiteral("Came during listing %1").arg(i) } });
        });
        model.loadAll();
        QVERIFY(done.count() > 0 || done.wait(60000));
        QCOMPARE(model.state(), ProjectListModel::State::Loaded);
        QSet<QString> ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY2(!ids.contains(model.rowAt(r).id), qPrintable(model.rowAt(r).id));
            ids.insert(model.rowAt(r).id);
        }
        for (const QString &id : before)
            QVERIFY2(doomed.contains(id) || ids.contains(id), qPrintable(id));
        QVERIFY(model.partsDone() > 1);
    }

    // The default name filter finds a word anywhere in the name, whatever its case.
    void nameContains_anyCase_findsTheProject()
    {
        ProjectListModel model(m_client.get());
        ProjectQuery query;
        query.name = QStringLiteral("wgs");
        QSignalSpy done(&model, &ProjectListModel::allLoaded);
        model.reload(query);
        model.loadAll();
        QVERIFY(done.wait(20000));
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.rowAt(r).name;
        QVERIFY2(names.contains(QStringLiteral("Tumour WGS cohort")), qPrintable(names.join(", ")));
        for (const QString &name : names)
            QVERIFY2(name.contains(QStringLiteral("wgs"), Qt::CaseInsensitive), qPrintable(name));
    }

    // An org's projects: every project billed to it, those without the admin as a member
    // marked, through /org-xxxx/findProjects.
    void orgScope_listsEveryProjectBilledToTheOrg_markingNonMembership()
    {
        ProjectListModel model(m_client.get());
        ProjectQuery query;
        query.org = QStringLiteral("org-genomics");
        QSignalSpy done(&model, &ProjectListModel::allLoaded);
        model.reload(query);
        model.loadAll();
        QVERIFY(done.count() > 0 || done.wait(60000));
        QCOMPARE(model.state(), ProjectListModel::State::Loaded);
        int notMember = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const ProjectRow &row = model.rowAt(r);
            QCOMPARE(row.billTo, QStringLiteral("org-genomics"));
            if (row.name == QLatin1String("Genomics QC runs"))
                notMember = r;
        }
        QVERIFY(notMember >= 0);
        QVERIFY(model.rowAt(notMember).has(ProjectRow::NotAMember));
        QCOMPARE(model.index(notMember, ProjectColumns::Level).data().toString(),
                 QStringLiteral("not a member"));
        // The user's own list does not have it.
        const QString id = model.rowAt(notMember).id;
        ProjectQuery own;
        own.name = QStringLiteral("Genomics QC runs");
        QVERIFY(!referenceIds(toFindProjectsInput(own)).contains(id));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_nam.reset();
        m_host.reset();
    }
};

QTEST_GUILESS_MAIN(TestProjectListSandbox)
#include "tst_projectlist_sandbox.moc"
