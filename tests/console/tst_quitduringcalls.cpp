// Quit (the composition root goes, its ApiClient first, as in ConsoleApp) and cancel while
// calls are in flight or waiting to be resent: a bulk run and an archive batch. A call whose
// client is destroyed reports to no one, so nothing runs inside ~ApiClient.
#include "api/ApiClient.h"
#include "models/archive/ArchiveJob.h"
#include "models/bulk/BulkResultModel.h"
#include "models/bulk/BulkRunner.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {
QString fileId(int i)
{
    return QStringLiteral("file-%1").arg(i, 24, 10, QLatin1Char('0'));
}
QString projectId(int i)
{
    return QStringLiteral("project-%1").arg(i, 24, 10, QLatin1Char('0'));
}
QList<BulkStep> steps(int n)
{
    QList<BulkStep> out;
    for (int i = 0; i < n; ++i) {
        BulkStep s;
        s.projectId = projectId(i);
        s.projectName = QStringLiteral("P%1").arg(i);
        s.change = QStringLiteral("add tag 'q'");
        s.subject = s.projectId;
        s.method = QStringLiteral("addTags");
        s.input = { { QStringLiteral("tags"), QJsonArray { QStringLiteral("q") } } };
        out << s;
    }
    return out;
}
FakeReply answer(bool waitingToRetry)
{
    return waitingToRetry ? FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                                .withHeader("Retry-After", "5")
                          : FakeReply::hang();
}
} // namespace

class TestQuitDuringCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<bool>("waitingToRetry");
        QTest::newRow("in flight") << false;
        QTest::newRow("waiting to retry") << true;
    }

    void quitDuringABulkRun_callsBackNobody_data() { cases_data(); }
    void quitDuringABulkRun_callsBackNobody()
    {
        QFETCH(bool, waitingToRetry);
        FakeNetworkAccessManager nam;
        nam.setHandler([waitingToRetry](const QNetworkRequest &, const QByteArray &) {
            return answer(waitingToRetry);
        });
        auto *root = new QObject;
        auto *client = new ApiClient(&nam, QUrl(QStringLiteral("http://fake")), root);
        client->setToken(QStringLiteral("t"));
        auto *runner = new BulkRunner(client, root);
        auto *model = new BulkResultModel(runner, root);
        QAbstractItemModelTester tester(model);
        runner->setSteps(steps(12));
        QSignalSpy changed(runner, &BulkRunner::resultChanged);
        runner->start();
        QTRY_COMPARE(nam.requests().size(), runner->concurrency());
        QTest::qWait(20);
        changed.clear();
        delete root;
        QCOMPARE(changed.size(), 0);
        QTest::qWait(20);
    }

    void cancelDuringABulkRun_thenQuit_leavesNoCallBehind()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const QNetworkRequest &, const QByteArray &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                .withHeader("Retry-After", "1");
        });
        auto *root = new QObject;
        auto *client = new ApiClient(&nam, QUrl(QStringLiteral("http://fake")), root);
        RetryPolicy policy;
        policy.overallDeadlineMs = 1500; // one retry, then the calls in flight end as failed
        client->setRetryPolicy(policy);
        auto *runner = new BulkRunner(client, root);
        runner->setSteps(steps(12));
        QSignalSpy finished(runner, &BulkRunner::finished);
        runner->start();
        QTRY_COMPARE(nam.requests().size(), runner->concurrency());
        runner->cancel(); // while they wait to be resent
        QVERIFY(finished.wait(3000));
        QCOMPARE(runner->countIn(BulkResult::State::Cancelled), 12 - runner->concurrency());
        QCOMPARE(runner->countIn(BulkResult::State::Failed), runner->concurrency());
        delete root;
        QTest::qWait(20);
    }

    void quitDuringAnArchiveBatch_callsBackNobody_data() { cases_data(); }
    void quitDuringAnArchiveBatch_callsBackNobody()
    {
        QFETCH(bool, waitingToRetry);
        FakeNetworkAccessManager nam;
        nam.setHandler([waitingToRetry](const QNetworkRequest &, const QByteArray &) {
            return answer(waitingToRetry);
        });
        auto *root = new QObject;
        auto *client = new ApiClient(&nam, QUrl(QStringLiteral("http://fake")), root);
        client->setToken(QStringLiteral("t"));
        auto *job = new ArchiveJob(client, projectId(1), root);
        ArchiveSelection selection;
        for (int i = 0; i < 1500; ++i) // two batches
            selection.files << fileId(i);
        QString problem;
        QVERIFY2(job->start(selection, false, &problem), qPrintable(problem));
        QSignalSpy batches(job, &ArchiveJob::batchFinished);
        QSignalSpy finished(job, &ArchiveJob::finished);
        QTRY_COMPARE(nam.requests().size(), 1);
        QTest::qWait(20);
        delete root;
        QCOMPARE(batches.size(), 0);
        QCOMPARE(finished.size(), 0);
        QTest::qWait(20);
    }

    void cancelDuringAnArchiveBatch_thenQuit_sendsNoMoreBatches()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const QNetworkRequest &, const QByteArray &) { return answer(false); });
        auto *root = new QObject;
        auto *client = new ApiClient(&nam, QUrl(QStringLiteral("http://fake")), root);
        auto *job = new ArchiveJob(client, projectId(1), root);
        ArchiveSelection selection;
        for (int i = 0; i < 1500; ++i)
            selection.files << fileId(i);
        QVERIFY(job->start(selection, false));
        QTRY_COMPARE(nam.requests().size(), 1);
        job->cancel(); // the batch in flight is left to finish; the next is not sent
        QTest::qWait(50);
        QCOMPARE(nam.requests().size(), 1);
        QVERIFY(job->isRunning());
        delete root; // quit with the first batch still in flight
        QTest::qWait(20);
        QCOMPARE(nam.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuitDuringCalls)
#include "tst_quitduringcalls.moc"
