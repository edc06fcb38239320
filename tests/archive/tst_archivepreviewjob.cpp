#include "models/archive/ArchivePreviewJob.h"
#include "tests/archive/ArchiveWorld.h"

#include <QSignalSpy>

using namespace ArchiveWorld;

// The lookup behind the archive dialog's preview, against the sandbox of ArchiveWorld.h: Big's
// first file has a live copy in Shared (same billTo, org-lab).
class TestArchivePreviewJob : public QObject
{
    Q_OBJECT

    static bool run(ArchivePreviewJob &job, const ArchiveSelection &s)
    {
        QSignalSpy finished(&job, &ArchivePreviewJob::finished);
        job.start(s);
        return finished.count() == 1 || finished.wait(15000);
    }

private Q_SLOTS:
    void preview_fileWithLiveCopyElsewhere_staysLiveTheOtherMoves()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchivePreviewJob job(f.client.get(), QLatin1String(BigId), QStringLiteral("org-lab"));
        ArchiveSelection s;
        s.files = { fileId(1), fileId(2), fileId(9001) };
        QVERIFY(run(job, s));
        const ArchivePreview p = job.result();
        QVERIFY2(p.ok(), qPrintable(p.error.userMessage()));
        QCOMPARE(p.selected.size(), 3);
        QCOMPARE(p.region, QStringLiteral("aws:us-east-1"));
        // Only the selected file with a copy elsewhere, named by its project.
        QCOMPARE(p.liveCopies.size(), 1);
        QCOMPARE(p.liveCopies.value(fileId(1)), QStringList { QStringLiteral("Shared") });
        // alice administers org-lab: she sees the price sheet (the world's default prices).
        QVERIFY(p.prices.known());
        QCOMPARE(p.prices.livePerGBMonth, 0.023);
        QCOMPARE(p.prices.archivedPerGBMonth, 0.004);
        const ArchivePlan plan = p.plan(false);
        QCOMPARE(plan.tagged, 2);
        QCOMPARE(plan.archived, 1);
        QCOMPARE(plan.staysLive, 1);
        QCOMPARE(plan.untouched, 1);
        QCOMPARE(plan.liveElsewhere, QStringList { QStringLiteral("Shared") });
        QCOMPARE(p.plan(true).archived, 2);
        // A preview sends nothing that changes a file.
        QCOMPARE(f.states(QLatin1String(BigId)).value(fileId(1)), QStringLiteral("live"));
        QCOMPARE(f.states(QLatin1String(SharedId)).value(fileId(1)), QStringLiteral("live"));
    }
    void preview_folder_pagesThroughItsFiles()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchivePreviewJob job(f.client.get(), QLatin1String(BigId), QStringLiteral("org-lab"));
        ArchiveSelection s;
        s.folder = QStringLiteral("/a");
        QVERIFY(run(job, s));
        const ArchivePreview p = job.result();
        QVERIFY(p.ok());
        QCOMPARE(p.selected.size(), 1500);
        const ArchivePlan plan = p.plan(false);
        QCOMPARE(plan.archived, 1499);
        QCOMPARE(plan.staysLive, 1);
        QCOMPARE(plan.archivedBytes, 1499 * 1024.0 * 1024.0);
    }
    void preview_copyArchivedElsewhere_doesNotKeepItLive()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveSelection shared;
        shared.files = { fileId(1) };
        QVERIFY(runCall(f.client->call(QLatin1String(SharedId), QStringLiteral("archive"),
                                       ArchiveRules::archiveInput(shared, false)))
                    .finishedCount
                == 1);
        ArchivePreviewJob job(f.client.get(), QLatin1String(BigId), QStringLiteral("org-lab"));
        ArchiveSelection s;
        s.files = { fileId(1) };
        QVERIFY(run(job, s));
        QVERIFY(job.result().ok());
        QVERIFY(job.result().liveCopies.isEmpty());
        QCOMPARE(job.result().plan(false).archived, 1);
    }
    void preview_withoutPriceSheet_pricesUnknownPreviewStillThere()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("token-bob"))); // a MEMBER of org-lab: no prices
        ArchivePreviewJob job(f.client.get(), QLatin1String(BigId), QStringLiteral("org-lab"));
        ArchiveSelection s;
        s.files = { fileId(1), fileId(2) };
        QVERIFY(run(job, s));
        const ArchivePreview p = job.result();
        QVERIFY(p.ok());
        QVERIFY(!p.prices.known());
        QCOMPARE(p.plan(false).staysLive, 1);
    }
    void preview_unknownProject_fails()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchivePreviewJob job(f.client.get(), QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBB9"),
                              QStringLiteral("org-lab"));
        ArchiveSelection s;
        s.files = { fileId(1) };
        QVERIFY(run(job, s));
        QVERIFY(!job.result().ok());
        QVERIFY(job.result().selected.isEmpty());
        QVERIFY(!job.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestArchivePreviewJob)
#include "tst_archivepreviewjob.moc"
