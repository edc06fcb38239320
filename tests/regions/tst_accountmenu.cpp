// The account page as the console wires it: the Account menu opens it once signed in, and a
// default region changed there is what New project preselects next.
#include "models/regions/AccountDirectory.h"
#include "models/regions/AccountRegionsForm.h"
#include "models/signin/Session.h"
#include "tests/console/SandboxConsole.h"
#include "ui/browser/MainWindow.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/ProjectActions.h"
#include "ui/regions/AccountDialog.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/RegionPicker.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestAccountMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accountAction_opensOneNonModalAccountPage();
    void changedDefault_isPreselectedByNewProject();

private:
    std::unique_ptr<ConsoleApp> m_app;
};

void TestAccountMenu::initTestCase()
{
    m_app = startSandboxConsole();
    QVERIFY(m_app);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::SignedIn, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->accounts()->state(), AccountDirectory::State::Loaded, 20000);
}

void TestAccountMenu::accountAction_opensOneNonModalAccountPage()
{
    auto *action = m_app->window()->findChild<QAction *>(QStringLiteral("openAccountDialog"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(!m_app->accountDialog());
    action->trigger();
    AccountDialog *dialog = m_app->accountDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->accountIds().value(0), m_app->session()->userId());
    action->trigger(); // raised again, not a second page
    QCOMPARE(m_app->accountDialog(), dialog);
    QCOMPARE(m_app->window()->findChildren<AccountDialog *>().size(), 1);
}

void TestAccountMenu::changedDefault_isPreselectedByNewProject()
{
    AccountDialog *dialog = m_app->openAccountDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectAccount(QStringLiteral("org-genomics")));
    QVERIFY(dialog->chooseRegion(QStringLiteral("aws:eu-central-1")));
    QSignalSpy succeeded(dialog->form(), &AccountRegionsForm::succeeded);
    dialog->setDefaultButton()->click();
    QVERIFY(succeeded.wait(10000));
    dialog->close();

    auto *project = qobject_cast<NewProjectDialog *>(
        m_app->projectActions()->open(ProjectActions::Form::NewProject));
    QVERIFY(project);
    QVERIFY(project->billToPicker()->setCurrentBillTo(QStringLiteral("org-genomics")));
    QCOMPARE(project->regionPicker()->currentRegion(), QStringLiteral("aws:eu-central-1"));
    project->close();
}

QTEST_MAIN(TestAccountMenu)
#include "tst_accountmenu.moc"
