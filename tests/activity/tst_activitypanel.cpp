#include "api/AttemptInput.h"
#include "models/activity/ActivityModel.h"
#include "ui/activity/ActivityPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

// "Copy as command" in the activity panel: the selected calls as dx commands, or a reason.
class TestActivityPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void copyCommand_noSelection_isDisabledWithAReason();
    void copyCommand_keptInput_copiesTheCommand();
    void copyCommand_inputNotKept_isDisabledWithTheReason();
    void copyCommand_userAction_isDisabled();
    void copyCommand_retriesOfOneCall_copyItOnce();
    void copyCommand_shortcutAndContextMenu();

private:
    void select(ActivityPanel &panel, const QList<int> &rows);
    ActivityModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

static const QString P = QStringLiteral("project-B0000000000000000000001Q");

static ApiAttempt call(const QString &method, quint64 callId, InputKept kept,
                       const QString &input = {})
{
    ApiAttempt a;
    a.time = QDateTime::currentDateTimeUtc();
    a.route = QStringLiteral("/project-xxxx/") + method;
    a.target = P;
    a.method = method;
    a.httpStatus = 200;
    a.callId = callId;
    a.inputKept = kept;
    a.input = input;
    return a;
}

void TestActivityPanel::init()
{
    delete m_tester;
    delete m_model;
    m_model = new ActivityModel(100);
    m_tester = new QAbstractItemModelTester(m_model);
    ActivityEntry action;
    action.isAction = true;
    action.action = QStringLiteral("Edit project");
    action.attempt.time = QDateTime::currentDateTimeUtc();
    m_model->appendEntry(action); // row 0
    m_model->append(call(QStringLiteral("addTags"), 1, InputKept::Kept,
                         QStringLiteral("{\"tags\":[\"qc\"]}"))); // row 1
    m_model->append(call(QStringLiteral("setProperties"), 2, InputKept::HeldToken)); // row 2
    ApiAttempt first = call(QStringLiteral("leave"), 3, InputKept::Kept, QStringLiteral("{}"));
    first.httpStatus = 503;
    first.errorType = QStringLiteral("ServiceUnavailable");
    first.willRetry = true;
    m_model->append(first); // row 3
    ApiAttempt second = call(QStringLiteral("leave"), 3, InputKept::Kept, QStringLiteral("{}"));
    second.retry = 1;
    m_model->append(second); // row 4
    QGuiApplication::clipboard()->clear();
}

void TestActivityPanel::select(ActivityPanel &panel, const QList<int> &rows)
{
    QTableView *view = panel.view();
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestActivityPanel::copyCommand_noSelection_isDisabledWithAReason()
{
    ActivityPanel panel(m_model);
    QToolButton *button = panel.findChild<QToolButton *>(QStringLiteral("activityCopyCommand"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    QVERIFY(!panel.copyCommandAction()->isEnabled());
}

void TestActivityPanel::copyCommand_keptInput_copiesTheCommand()
{
    ActivityPanel panel(m_model);
    panel.show();
    select(panel, { 1 });
    QVERIFY(panel.copyCommandButton()->isEnabled());
    QTest::mouseClick(panel.copyCommandButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("dx tag ") + P + QStringLiteral(" qc"));
}

void TestActivityPanel::copyCommand_inputNotKept_isDisabledWithTheReason()
{
    ActivityPanel panel(m_model);
    panel.show();
    select(panel, { 2 });
    QVERIFY(!panel.copyCommandButton()->isEnabled());
    QCOMPARE(panel.copyCommandButton()->toolTip(),
             AttemptInput::unavailableReason(InputKept::HeldToken));
    // One row that cannot be copied spoils a mixed selection: no half lists.
    select(panel, { 1, 2 });
    QVERIFY(!panel.copyCommandButton()->isEnabled());
    panel.copyCommands();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
}

void TestActivityPanel::copyCommand_userAction_isDisabled()
{
    ActivityPanel panel(m_model);
    select(panel, { 0 });
    QVERIFY(!panel.copyCommandButton()->isEnabled());
    QVERIFY(panel.copyCommandButton()->toolTip().contains(QLatin1String("user action")));
}

void TestActivityPanel::copyCommand_retriesOfOneCall_copyItOnce()
{
    ActivityPanel panel(m_model);
    select(panel, { 1, 3, 4 });
    QCOMPARE(panel.selectedCommands(),
             QStringLiteral("dx tag ") + P + QStringLiteral(" qc\ndx api ") + P
                 + QStringLiteral(" leave"));
}

void TestActivityPanel::copyCommand_shortcutAndContextMenu()
{
    ActivityPanel panel(m_model);
    QVERIFY(panel.view()->actions().contains(panel.copyCommandAction()));
    QCOMPARE(panel.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(panel.copyCommandAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    select(panel, { 4 });
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("dx api ") + P + QStringLiteral(" leave"));
    // The filter may filter the list: the command is of the selected visible row.
    auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("activityFilter"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("addTags"));
    select(panel, { 0 });
    QVERIFY(panel.copyCommandButton()->isEnabled());
    QCOMPARE(panel.selectedCommands(), QStringLiteral("dx tag ") + P + QStringLiteral(" qc"));
}

QTEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
