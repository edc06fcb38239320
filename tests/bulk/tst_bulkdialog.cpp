#include "api/ApiClient.h"
#include "models/activity/ActivityModel.h"
#include "models/bulk/BulkResultModel.h"
#include "models/bulk/BulkRunner.h"
#include "tests/bulk/BulkSandbox.h"
#include "tests/support/WidgetLookup.h"
#include "ui/activity/ActivityPanel.h"
#include "ui/bulk/BulkDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestBulkDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyEditor_runIsDisabled();
    void typedTags_previewSkipsViewOnlyProjects();
    void run_showsResults_retryAndExport();
    void changeBillTo_previewNamesRegionsNotPermitted();
    void run_progressCountsTheCallsAndActivityListsThem();

private:
    QList<BulkTarget> targets() const;
    BulkSandbox m_sandbox;
    QList<BulkTarget> m_targets;
};

void TestBulkDialog::initTestCase()
{
    QVERIFY(m_sandbox.start(24));
    m_targets = m_sandbox.generatedTargets();
    QCOMPARE(m_targets.size(), 24);
}

// Two projects shown as VIEW only: the preview skips them.
QList<BulkTarget> TestBulkDialog::targets() const
{
    QList<BulkTarget> t = m_targets;
    t[2].level = Level::View;
    t[5].level = Level::View;
    return t;
}

void TestBulkDialog::emptyEditor_runIsDisabled()
{
    BulkRunner runner(m_sandbox.admin());
    BulkDialog dialog(&runner, targets());
    auto *run = dialog.findChild<QPushButton *>(QStringLiteral("bulkRun"));
    QVERIFY(run);
    QVERIFY(!run->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("bulkError"))->text().isEmpty());
}

void TestBulkDialog::typedTags_previewSkipsViewOnlyProjects()
{
    BulkRunner runner(m_sandbox.admin());
    BulkDialog dialog(&runner, targets());
    QAbstractItemModelTester tester(dialog.resultModel());
    auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("bulkValue"));
    QTest::keyClicks(value, QStringLiteral("qc, shots"));
    QCOMPARE(dialog.resultModel()->rowCount(), 24);
    QCOMPARE(runner.countIn(BulkResult::State::Skipped), 2);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("bulkRun"))->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("bulkSummary"))->text(),
             QStringLiteral("Preview: 22 of 24 projects will change; 2 skipped."));
    QCOMPARE(dialog.resultModel()->index(2, BulkResultModel::MessageColumn).data().toString(),
             QStringLiteral("You have VIEW access; this needs CONTRIBUTE."));
    saveShot(&dialog, QStringLiteral("bulk-preview"));

    // Flags are checked as they are typed.
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("bulkKind"));
    kind->setCurrentIndex(kind->findData(int(BulkAction::Kind::SetFlags)));
    value->clear();
    QTest::keyClicks(value, QStringLiteral("protected=yes"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("bulkRun"))->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("bulkError"))->text(),
             QStringLiteral("protected is true or false."));
}

void TestBulkDialog::run_showsResults_retryAndExport()
{
    BulkRunner runner(m_sandbox.as(QStringLiteral("user-bob")));
    BulkDialog dialog(&runner, m_targets);
    QSignalSpy started(&dialog, &BulkDialog::actionStarted);
    dialog.preset(BulkAction::Kind::AddTags, QStringLiteral("dialog-run"));
    QSignalSpy finished(&runner, &BulkRunner::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("bulkRun")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(),
             QStringLiteral("Bulk: add tag 'dialog-run' on 24 projects"));
    // Bob is a member of only some generated projects: the others fail on the server.
    const int done = runner.countIn(BulkResult::State::Done);
    const int failed = runner.countIn(BulkResult::State::Failed);
    QCOMPARE(done + failed, 24);
    QVERIFY(failed > 0);
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("bulkRetryFailed"));
    QVERIFY(retry->isVisible() || !dialog.isVisible());
    QVERIFY(retry->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("bulkValue"))->isEnabled());
    QCOMPARE(
        dialog.findChild<QLabel *>(QStringLiteral("bulkSummary"))->text(),
        QStringLiteral("Done: %1, failed: %2, skipped: 0, cancelled: 0.").arg(done).arg(failed));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("bulkTable"));
    table->selectRow(0);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("bulkCopyCommand"))->isEnabled());
    saveShot(&dialog, QStringLiteral("bulk-results"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(dialog.exportResults(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 25);

    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.countIn(BulkResult::State::Failed), failed);
}

void TestBulkDialog::changeBillTo_previewNamesRegionsNotPermitted()
{
    BillToOption partners;
    partners.id = QStringLiteral("org-partners");
    partners.name = QStringLiteral("Partners");
    partners.kind = BillToOption::Kind::Org;
    partners.permittedRegions = { QStringLiteral("aws:us-east-1") };
    BulkRunner runner(m_sandbox.admin());
    BulkDialog dialog(&runner, m_targets, { partners });
    dialog.preset(BulkAction::Kind::ChangeBillTo, QStringLiteral("org-partners"));
    int notPermitted = 0;
    for (const BulkTarget &t : m_targets)
        notPermitted += t.region != QLatin1String("aws:us-east-1") ? 1 : 0;
    QVERIFY(notPermitted > 0);
    int skippedForRegion = 0;
    for (const BulkResult &r : runner.results())
        skippedForRegion += r.message.contains(QLatin1String("does not permit the region")) ? 1 : 0;
    QCOMPARE(skippedForRegion, notPermitted);
}

// A real run over projects of which two are VIEW only: the progress bar counts the calls made
// (not the skipped projects) and the activity panel lists every attempt.
void TestBulkDialog::run_progressCountsTheCallsAndActivityListsThem()
{
    ApiClient *client = m_sandbox.admin();
    ActivityModel activity;
    QAbstractItemModelTester tester(&activity);
    connect(client, &ApiClient::attempt, &activity, &ActivityModel::append);
    BulkRunner runner(client);
    BulkDialog dialog(&runner, targets());
    dialog.preset(BulkAction::Kind::AddTags, QStringLiteral("qc, release-2"));
    QCOMPARE(runner.countIn(BulkResult::State::Pending), 22);
    QCOMPARE(runner.countIn(BulkResult::State::Skipped), 2);
    saveShot(&dialog, QStringLiteral("bulk-preview"));

    QSignalSpy finished(&runner, &BulkRunner::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("bulkRun")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.countIn(BulkResult::State::Done), 22);
    QCOMPARE(runner.countIn(BulkResult::State::Skipped), 2);
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("bulkProgress"));
    QCOMPARE(progress->maximum(), 22);
    QCOMPARE(progress->value(), 22);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("bulkRetryFailed"))->isEnabled());
    saveShot(&dialog, QStringLiteral("bulk-results"));

    QTRY_VERIFY(activity.rowCount() >= 22);
    disconnect(client, &ApiClient::attempt, &activity, &ActivityModel::append);
    ActivityPanel panel(&activity);
    panel.resize(1200, 420);
    saveShot(&panel, QStringLiteral("activity"));
}

QTEST_MAIN(TestBulkDialog)
#include "tst_bulkdialog.moc"
