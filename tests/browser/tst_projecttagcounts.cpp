#include "models/browser/ProjectTagCounts.h"
#include "tests/archive/ArchiveWorld.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ArchiveWorld;

class TestProjectTagCounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sandbox_tagWithProjectCount()
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
    void demoWorld_countsMatchServer()
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
    void routeMissing_unsupported()
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

QTEST_GUILESS_MAIN(TestProjectTagCounts)
#include "tst_projecttagcounts.moc"
