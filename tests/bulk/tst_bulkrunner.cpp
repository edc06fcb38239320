#include "api/ApiCall.h"
#include "models/bulk/BulkResultModel.h"
#include "models/bulk/BulkRunner.h"
#include "tests/bulk/BulkSandbox.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// Bulk actions over 200 generated sandbox projects, run as user-bob: alice (who administers
// them all) grants bob CONTRIBUTE, then lowers him to VIEW on every tenth project after bob's
// list was read, so the server refuses those.
class TestBulkRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addTags_withViewOnlyProjects_failsThoseAndTagsTheRest();
    void retryFailed_touchesOnlyTheFailedOnes();
    void cancel_stopsNewCalls_andLeavesConsistentResults();
    void concurrency_neverExceedsTheBound();
    void resultsCsv_hasOneRowPerProject();

private:
    bool runToEnd(BulkRunner &runner, int timeoutMs = 30000);
    QSet<QString> startedTargets(const QSignalSpy &spy) const;

    BulkSandbox m_sandbox;
    QList<BulkTarget> m_targets; // as bob sees them before the downgrade: CONTRIBUTE
    QSet<QString> m_viewOnly;
};

static const QString Bob = QStringLiteral("user-bob");

void TestBulkRunner::initTestCase()
{
    QVERIFY(m_sandbox.start(200));
    m_targets = m_sandbox.generatedTargets();
    QCOMPARE(m_targets.size(), 200);
    for (int i = 0; i < m_targets.size(); ++i) {
        BulkTarget &t = m_targets[i];
        const CallOutcome invited = m_sandbox.call(
            t.id, QStringLiteral("invite"),
            QJsonObject { { QStringLiteral("invitee"), Bob },
                          { QStringLiteral("level"), QStringLiteral("CONTRIBUTE") } });
        QVERIFY2(invited.succeeded(), qPrintable(invited.error.userMessage()));
        t.level = Level::Contribute;
        if (i % 10 == 3) {
            const CallOutcome lowered
                = m_sandbox.call(t.id, QStringLiteral("decreasePermissions"),
                                 QJsonObject { { Bob, QStringLiteral("VIEW") } });
            QVERIFY2(lowered.succeeded(), qPrintable(lowered.error.userMessage()));
            m_viewOnly.insert(t.id);
        }
    }
    QCOMPARE(m_viewOnly.size(), 20);
}

bool TestBulkRunner::runToEnd(BulkRunner &runner, int timeoutMs)
{
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.start();
    return finished.count() > 0 || finished.wait(timeoutMs);
}

QSet<QString> TestBulkRunner::startedTargets(const QSignalSpy &spy) const
{
    QSet<QString> targets;
    for (const QList<QVariant> &args : spy)
        targets.insert(args.at(0).value<ApiAttempt>().target);
    return targets;
}

void TestBulkRunner::addTags_withViewOnlyProjects_failsThoseAndTagsTheRest()
{
    BulkRunner runner(m_sandbox.as(Bob));
    BulkResultModel model(&runner);
    QAbstractItemModelTester tester(&model);
    const BulkAction action = BulkAction::addTags({ QStringLiteral("bulk-a") });
    runner.setSteps(action.preview(m_targets), action.description(200));
    QCOMPARE(runner.countIn(BulkResult::State::Pending), 200);
    QSignalSpy progress(&runner, &BulkRunner::progress);

    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.countIn(BulkResult::State::Done), 180);
    QCOMPARE(runner.countIn(BulkResult::State::Failed), 20);
    QCOMPARE(progress.last().at(0).toInt(), 200);
    for (int i = 0; i < runner.count(); ++i) {
        const BulkResult &r = runner.resultAt(i);
        const bool refused = m_viewOnly.contains(r.step.projectId);
        QCOMPARE(r.state, refused ? BulkResult::State::Failed : BulkResult::State::Done);
        if (refused) {
            QVERIFY2(r.message.contains(QLatin1String("ermission")), qPrintable(r.message));
            QVERIFY(!r.requestId.isEmpty());
        }
        // The end state on the server, read back by the administrator.
        QCOMPARE(m_sandbox.tagsOf(r.step.projectId).contains(QStringLiteral("bulk-a")), !refused);
    }
}

void TestBulkRunner::retryFailed_touchesOnlyTheFailedOnes()
{
    BulkRunner runner(m_sandbox.as(Bob));
    const BulkAction action = BulkAction::addTags({ QStringLiteral("bulk-b") });
    runner.setSteps(action.preview(m_targets.mid(0, 50)));
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.countIn(BulkResult::State::Failed), 5);

    // Give bob CONTRIBUTE back on one of the five, then retry.
    QString fixed;
    QSet<QString> failed;
    for (const BulkResult &r : runner.results())
        if (r.state == BulkResult::State::Failed)
            failed.insert(r.step.projectId);
    fixed = *failed.begin();
    QVERIFY(m_sandbox
                .call(fixed, QStringLiteral("invite"),
                      QJsonObject { { QStringLiteral("invitee"), Bob },
                                    { QStringLiteral("level"), QStringLiteral("CONTRIBUTE") } })
                .succeeded());

    QSignalSpy attempts(m_sandbox.as(Bob), &ApiClient::attempt);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.retryFailed();
    QVERIFY(finished.wait(10000));
    QCOMPARE(attempts.count(), 5);
    QCOMPARE(startedTargets(attempts), failed);
    QCOMPARE(runner.countIn(BulkResult::State::Done), 46);
    QCOMPARE(runner.countIn(BulkResult::State::Failed), 4);
    for (const BulkResult &r : runner.results())
        QCOMPARE(r.attempts, failed.contains(r.step.projectId) ? 2 : 1);
    QCOMPARE(m_sandbox.tagsOf(fixed).contains(QStringLiteral("bulk-b")), true);

    // Put the world back as the other tests expect it.
    QVERIFY(m_sandbox
                .call(fixed, QStringLiteral("decreasePermissions"),
                      QJsonObject { { Bob, QStringLiteral("VIEW") } })
                .succeeded());
}

void TestBulkRunner::cancel_stopsNewCalls_andLeavesConsistentResults()
{
    BulkRunner runner(m_sandbox.as(Bob));
    BulkResultModel model(&runner);
    QAbstractItemModelTester tester(&model);
    const BulkAction action = BulkAction::addTags({ QStringLiteral("bulk-c") });
    runner.setSteps(action.preview(m_targets));
    QSignalSpy attempts(m_sandbox.as(Bob), &ApiClient::attempt);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    connect(&runner, &BulkRunner::progress, &runner, [&runner](int done, int) {
        if (done == 10)
            runner.cancel();
    });
    runner.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!runner.isRunning());

    const int done = runner.countIn(BulkResult::State::Done);
    const int failed = runner.countIn(BulkResult::State::Failed);
    const int cancelled = runner.countIn(BulkResult::State::Cancelled);
    QCOMPARE(done + failed + cancelled, 200);
    QVERIFY2(cancelled >= 200 - 10 - runner.concurrency(), qPrintable(QString::number(cancelled)));
    // Every call that started ended in the table, and no cancelled project was touched.
    QCOMPARE(attempts.count(), done + failed);
    const QSet<QString> started = startedTargets(attempts);
    for (const BulkResult &r : runner.results()) {
        const bool ran = r.state != BulkResult::State::Cancelled;
        QCOMPARE(started.contains(r.step.projectId), ran);
        QCOMPARE(m_sandbox.tagsOf(r.step.projectId).contains(QStringLiteral("bulk-c")),
                 r.state == BulkResult::State::Done);
    }
    // Calls cancelled are not retried by "retry failed".
    runner.retryFailed();
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.countIn(BulkResult::State::Cancelled), cancelled);
}

void TestBulkRunner::concurrency_neverExceedsTheBound()
{
    BulkRunner runner(m_sandbox.admin());
    runner.setConcurrency(3);
    const BulkAction action = BulkAction::addTags({ QStringLiteral("bulk-d") });
    runner.setSteps(action.preview(m_targets.mid(0, 30)));
    int running = 0;
    int peak = 0;
    connect(&runner, &BulkRunner::resultChanged, &runner, [&](int) {
        running = runner.countIn(BulkResult::State::Running);
        peak = qMax(peak, running);
    });
    QVERIFY(runToEnd(runner));
    QCOMPARE(peak, 3);
    QCOMPARE(runner.countIn(BulkResult::State::Done), 30);
}

void TestBulkRunner::resultsCsv_hasOneRowPerProject()
{
    BulkRunner runner(m_sandbox.as(Bob));
    const BulkAction action = BulkAction::addTags({ QStringLiteral("bulk-a") });
    BulkTarget viewer = m_targets.at(3);
    viewer.level = Level::View; // known VIEW: skipped in the preview
    runner.setSteps(action.preview({ m_targets.at(0), viewer }));
    const QString csv = QString::fromUtf8(runner.resultsCsv());
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Project,Name,Change,Result")));
    QVERIFY(lines.at(2).contains(QLatin1String("skipped")));
    QVERIFY(lines.at(2).contains(QLatin1String("needs CONTRIBUTE")));
}

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
