#include "ArchiveWorld.h"
#include "ExecutionCounts.h"
#include "FakeNetworkAccessManager.h"
#include "ProjectTagCounts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ArchiveWorld;

class TestExecutionCounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_sandbox_countsByState()
    {
        Fixture f;
        QVERIFY(f.start());
        ExecutionCounts counts(f.client.get());
        QSignalSpy changed(&counts, &ExecutionCounts::changed);
        counts.load(QLatin1String(BigId));
        QTRY_COMPARE_WITH_TIMEOUT(counts.status(), ExecutionCounts::Status::Loaded, 5000);
        QCOMPARE(counts.counts().value(QStringLiteral("done")), 2);
        QCOMPARE(counts.counts().value(QStringLiteral("running")), 1);
        QCOMPARE(counts.total(), 4);
        QCOMPARE(ExecutionCounts::orderedStates(counts.counts()),
                 (QStringList { QStringLiteral("running"), QStringLiteral("done"),
                                QStringLiteral("failed") }));
    }
    void load_routeMissing_unsupported()
    {
        FakeNetworkAccessManager nam; // answers every route with 404 ResourceNotFound
        ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
        ExecutionCounts counts(&client);
        counts.load(QLatin1String(BigId));
        QTRY_COMPARE_WITH_TIMEOUT(counts.status(), ExecutionCounts::Status::Unsupported, 5000);
    }
    void load_otherError_isErrorNotUnsupported()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("wrong-token")));
        ExecutionCounts counts(f.client.get());
        counts.load(QLatin1String(BigId));
        QTRY_COMPARE_WITH_TIMEOUT(counts.status(), ExecutionCounts::Status::Error, 5000);
    }
    void tagCounts_sandbox_tagWithProjectCount()
    {
        Fixture f;
        QVERIFY(f.start());
        ProjectTagCounts tags(f.client.get());
        QAbstractItemModelTester tester(&tags);
        QSignalSpy loaded(&tags, &ProjectTagCounts::loaded);
        tags.load();
        QVERIFY(loaded.wait(5000));
        // listProjectTags counts public projects only (seeds/002): this world has none.
        for (int row = 0; row < tags.rowCount(); ++row)
            QVERIFY(tags.index(row, ProjectTagCounts::CountColumn).data().toInt() > 0);
    }
    void tagCounts_demoWorld_countsMatchServer()
    {
        SandboxOptions options;
        options.memory = true;
        SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        QNetworkAccessManager nam;
        ApiClient client(&nam, host.url());
        client.setToken(host.users().first().token);
        const CallOutcome raw
            = runCall(client.call(QStringLiteral("system"), QStringLiteral("listProjectTags")));
        QVERIFY(raw.succeeded());
        ProjectTagCounts tags(&client);
        QAbstractItemModelTester tester(&tags);
        QSignalSpy loaded(&tags, &ProjectTagCounts::loaded);
        tags.load();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(tags.rowCount(), raw.result.size());
        for (int row = 0; row < tags.rowCount(); ++row) {
            const QString tag = tags.index(row, 0).data(ProjectTagCounts::TagRole).toString();
            QCOMPARE(tags.index(row, 1).data(ProjectTagCounts::CountRole).toInt(),
                     raw.result.value(tag).toInt());
        }
    }
    void tagCounts_routeMissing_unsupported()
    {
        FakeNetworkAccessManager nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
        ProjectTagCounts tags(&client);
        QSignalSpy failed(&tags, &ProjectTagCounts::failed);
        tags.load();
        QVERIFY(failed.wait(5000));
        QVERIFY(tags.isUnsupported());
    }
};

QTEST_GUILESS_MAIN(TestExecutionCounts)
#include "tst_executioncounts.moc"
