#include "models/archive/UnarchiveJob.h"
#include "tests/archive/ArchiveWorld.h"

#include <QSignalSpy>

using namespace ArchiveWorld;

class TestUnarchiveJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unarchive_folder_followsUntilEveryFileIsLive()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("token-alice"), 400));
        UnarchiveJob job(f.client.get(), QLatin1String(BigId));
        job.setPollInterval(100);
        QSignalSpy accepted(&job, &UnarchiveJob::accepted);
        QSignalSpy progress(&job, &UnarchiveJob::progress);
        QSignalSpy finished(&job, &UnarchiveJob::finished);
        ArchiveSelection s;
        s.folder = QStringLiteral("/cold");
        QVERIFY(job.start(s, QStringLiteral("Bulk")));
        QVERIFY(accepted.wait(5000));
        QCOMPARE(job.requested(), 3);
        QCOMPARE(job.acceptedQuote().costMillidollars, 6 * 2.5);
        QVERIFY(finished.wait(5000));
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QVERIFY(progress.size() >= 2); // at least one poll while still unarchiving
        QCOMPARE(f.countIn(QLatin1String(BigId), QStringLiteral("archived")), 0);
        QCOMPARE(f.countIn(QLatin1String(BigId), QStringLiteral("live")), 2503);
    }
    void unarchive_files_onlyThoseFollowed()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("token-alice"), 200));
        UnarchiveJob job(f.client.get(), QLatin1String(BigId));
        job.setPollInterval(50);
        QSignalSpy finished(&job, &UnarchiveJob::finished);
        ArchiveSelection s;
        s.files = { fileId(9001) };
        QVERIFY(job.start(s, QStringLiteral("Standard")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.live(), 1);
        const QHash<QString, QString> states = f.states(QLatin1String(BigId));
        QCOMPARE(states.value(fileId(9001)), QStringLiteral("live"));
        QCOMPARE(states.value(fileId(9002)), QStringLiteral("archived"));
    }
    void unarchive_withoutLicence_failsWithPermissionDenied()
    {
        Fixture f;
        QVERIFY(f.start());
        UnarchiveJob job(f.client.get(), QLatin1String(UnlicensedId));
        QSignalSpy failed(&job, &UnarchiveJob::failed);
        ArchiveSelection s;
        s.folder = QStringLiteral("/");
        QVERIFY(job.start(s, QStringLiteral("Standard")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().type, ApiError::Type::PermissionDenied);
        QVERIFY(!job.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestUnarchiveJob)
#include "tst_unarchivejob.moc"
