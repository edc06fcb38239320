#include "models/archive/AllCopiesPermission.h"
#include "models/archive/ArchiveJob.h"
#include "tests/archive/ArchiveWorld.h"

#include <QSignalSpy>

using namespace ArchiveWorld;

class TestArchiveJob : public QObject
{
    Q_OBJECT

    static bool run(ArchiveJob &job, const ArchiveSelection &s, bool allCopies = false)
    {
        QSignalSpy finished(&job, &ArchiveJob::finished);
        if (!job.start(s, allCopies))
            return false;
        return finished.count() == 1 || finished.wait(15000);
    }

private Q_SLOTS:
    void archive_byFiles_marksThoseFilesArchival()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        ArchiveSelection s;
        s.files = { fileId(2), fileId(3) };
        QVERIFY(run(job, s));
        QCOMPARE(job.results().size(), 1);
        QCOMPARE(job.results().first().count, 2);
        const QHash<QString, QString> states = f.states(QLatin1String(BigId));
        // No other copies under org-lab: requesting the last copy archives the file.
        QCOMPARE(states.value(fileId(2)), QStringLiteral("archived"));
        QCOMPARE(states.value(fileId(4)), QStringLiteral("live"));
    }
    void archive_byFolderWithoutSubfolders_onlyThatFolder()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        ArchiveSelection s;
        s.folder = QStringLiteral("/b");
        s.recurse = false;
        QVERIFY(run(job, s));
        QCOMPARE(job.results().first().count, 0);
        s.recurse = true;
        QVERIFY(run(job, s));
        QCOMPARE(job.results().first().count, 1000);
        QCOMPARE(f.countIn(QLatin1String(BigId), QStringLiteral("archived")), 1003);
    }
    void archive_2500files_threeBatchesInOrder()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        QSignalSpy progress(&job, &ArchiveJob::progress);
        ArchiveSelection s;
        for (int i = 1; i <= 2500; ++i)
            s.files.append(fileId(i));
        QVERIFY(run(job, s));
        QCOMPARE(job.batchCount(), 3);
        const QList<ArchiveBatchResult> r = job.results();
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).requested, 1000);
        QCOMPARE(r.at(2).requested, 500);
        QCOMPARE(r.at(0).count + r.at(1).count + r.at(2).count, 2500);
        QCOMPARE(job.archivedCount(), 2500);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        // file 1 has a live copy in "Shared" (same billTo): it stays archival, the rest archived.
        const QHash<QString, QString> states = f.states(QLatin1String(BigId));
        QCOMPARE(states.value(fileId(1)), QStringLiteral("archival"));
        QCOMPARE(f.countIn(QLatin1String(BigId), QStringLiteral("archived")), 2499 + 3);
    }
    void archive_cancel_skipsRemainingBatches()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        connect(&job, &ArchiveJob::batchFinished, &job, [&job](const ArchiveBatchResult &r) {
            if (r.index == 0)
                job.cancel();
        });
        ArchiveSelection s;
        for (int i = 1; i <= 2500; ++i)
            s.files.append(fileId(i));
        QVERIFY(run(job, s));
        QCOMPARE(job.results().size(), 3);
        QVERIFY(job.results().at(0).ok());
        QVERIFY(job.results().at(1).skipped);
        QVERIFY(job.results().at(2).skipped);
        QCOMPARE(f.countIn(QLatin1String(BigId), QStringLiteral("live")), 1500);
    }
    void archive_filesAndFolder_refusedBeforeSending()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        ArchiveSelection s;
        s.files = { fileId(1) };
        s.folder = QStringLiteral("/a");
        QString problem;
        QVERIFY(!job.start(s, false, &problem));
        QVERIFY(problem.contains(QStringLiteral("not both")));
        QVERIFY(!job.isRunning());
    }
    void archive_unknownFile_batchFailsWithResourceNotFound()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        ArchiveSelection s;
        s.files = { fileId(2), fileId(7777) };
        QVERIFY(run(job, s));
        QCOMPARE(job.results().first().error.type, ApiError::Type::ResourceNotFound);
        QCOMPARE(job.failedBatches(), 1);
        QCOMPARE(f.states(QLatin1String(BigId)).value(fileId(2)), QStringLiteral("live"));
    }
    void archive_withoutLicence_permissionDenied()
    {
        Fixture f;
        QVERIFY(f.start());
        ArchiveJob job(f.client.get(), QLatin1String(UnlicensedId));
        ArchiveSelection s;
        s.folder = QStringLiteral("/");
        QVERIFY(run(job, s));
        const ApiError e = job.results().first().error;
        QCOMPARE(e.type, ApiError::Type::PermissionDenied);
        QVERIFY(ArchiveRules::failureMessage(e).contains(QStringLiteral("licence")));
    }
    void allCopies_asOrgAdmin_allowedAndArchivesOtherCopies()
    {
        Fixture f;
        QVERIFY(f.start());
        AllCopiesPermission permission(f.client.get());
        QSignalSpy checked(&permission, &AllCopiesPermission::checked);
        permission.check(QStringLiteral("org-lab"));
        QVERIFY(checked.wait(5000));
        QVERIFY(permission.result().allowed);
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        ArchiveSelection s;
        s.files = { fileId(1) };
        QVERIFY(run(job, s, true));
        QVERIFY(job.results().first().ok());
        QCOMPARE(f.states(QLatin1String(SharedId)).value(fileId(1)), QStringLiteral("archived"));
    }
    void allCopies_asOrgMember_refusedByRuleAndServer()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("token-bob")));
        AllCopiesPermission permission(f.client.get());
        QSignalSpy checked(&permission, &AllCopiesPermission::checked);
        permission.check(QStringLiteral("org-lab"));
        QVERIFY(checked.wait(5000));
        QVERIFY(!permission.result().allowed);
        QVERIFY(permission.result().reason.contains(QStringLiteral("ADMIN of org-lab")));
        // The server refuses it as well when a client sends it anyway.
        ArchiveJob job(f.client.get(), QLatin1String(BigId));
        ArchiveSelection s;
        s.files = { fileId(1) };
        QVERIFY(run(job, s, true));
        QCOMPARE(job.results().first().error.type, ApiError::Type::PermissionDenied);
        QCOMPARE(f.states(QLatin1String(SharedId)).value(fileId(1)), QStringLiteral("live"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveJob)
#include "tst_archivejob.moc"
