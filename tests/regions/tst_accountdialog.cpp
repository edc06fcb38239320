// AccountDialog against the in-process sandbox: the accounts it lists, greyed regions, and a
// default-region change made with the keyboard only.
#include "models/regions/AccountDirectory.h"
#include "models/regions/AccountRegionsForm.h"
#include "models/regions/DefaultBillToForm.h"
#include "models/regions/RegionListModel.h"
#include "tests/support/TestSandbox.h"
#include "ui/regions/AccountDialog.h"
#include "ui/regions/WorldMapWidget.h"
#include "ui/widgets/RequestPreview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestAccountDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void accountList_holdsTheUserAndExactlyTheAdministeredOrgs();
    void accountList_otherOrgsAreNamedReadOnlyWithTheReason();
    void notPermittedRegions_areDisabledWithTheReason();
    void keyboardOnly_changesAnOrgsDefaultRegion();
    void serverRefusal_isShownInTheDialogAndNothingIsLost();
    void reload_showsAChangeMadeElsewhereAndKeepsTheChoice();
    void keyboardOnly_changesTheUsersDefaultBillTo();

private:
    QString serverDefault(const QString &accountId);

    std::unique_ptr<TestSandbox> m_sandbox;
    AccountDirectory *m_directory = nullptr;
    AccountDialog *m_dialog = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAccountDialog::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->start());
    m_directory = new AccountDirectory(m_sandbox->admin(), this);
    // Opened before the accounts arrive, as from the menu right after sign-in.
    m_dialog = new AccountDialog(m_sandbox->admin(), m_directory);
    m_directory->load(QStringLiteral("user-alice"));
    QTRY_COMPARE(m_directory->state(), AccountDirectory::State::Loaded);
    m_tester = new QAbstractItemModelTester(m_dialog->regionList()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAccountDialog::cleanup()
{
    delete m_tester;
    delete m_dialog;
    delete m_directory;
    m_sandbox.reset();
}

QString TestAccountDialog::serverDefault(const QString &accountId)
{
    return m_sandbox->call(accountId, QStringLiteral("describe"), {})
        .result.value(QLatin1String("defaultRegion"))
        .toString();
}

void TestAccountDialog::accountList_holdsTheUserAndExactlyTheAdministeredOrgs()
{
    const CallOutcome admin
        = m_sandbox->call(QStringLiteral("system"), QStringLiteral("findOrgs"),
                          { { QStringLiteral("level"), QStringLiteral("ADMIN") } });
    QStringList expected { QStringLiteral("user-alice") };
    for (const QJsonValue &r : admin.result.value(QLatin1String("results")).toArray())
        expected << r.toObject().value(QLatin1String("id")).toString();
    QCOMPARE(expected.size(), 4); // the demo world: genomics, clinical, eurolab
    QCOMPARE(m_dialog->accountIds(), expected);
    QCOMPARE(m_dialog->accountList()->count(), expected.size());
    QCOMPARE(m_dialog->accountList()->currentRow(), 0);
    QCOMPARE(m_dialog->form()->account().id, QStringLiteral("user-alice"));
    QVERIFY(!m_dialog->selectAccount(QStringLiteral("org-partners")));
}

void TestAccountDialog::accountList_otherOrgsAreNamedReadOnlyWithTheReason()
{
    auto *note = m_dialog->findChild<QLabel *>(QStringLiteral("readOnlyAccounts"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QLatin1String("org-partners"))
                 && note->text().contains(QLatin1String("MEMBER")),
             qPrintable(note->text()));
    QVERIFY(!note->text().contains(QLatin1String("org-genomics")));
}

void TestAccountDialog::notPermittedRegions_areDisabledWithTheReason()
{
    QVERIFY(m_dialog->selectAccount(QStringLiteral("org-eurolab")));
    const QAbstractItemModel *model = m_dialog->regionList()->model();
    const QStringList permitted { QStringLiteral("azure:westeurope"),
                                  QStringLiteral("aws:eu-west-2-g"),
                                  QStringLiteral("aws:eu-central-1") };
    QCOMPARE(model->rowCount(), 8);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString id = index.data(RegionListModel::RegionIdRole).toString();
        const bool enabled = model->flags(index).testFlag(Qt::ItemIsEnabled);
        QCOMPARE(enabled, permitted.contains(id));
        if (!enabled)
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("org-eurolab")),
                     qPrintable(id));
    }
    // The map greys the same regions.
    for (const RegionChoice &c : m_dialog->map()->regions())
        QCOMPARE(c.enabled, permitted.contains(c.info.id));
    QVERIFY(!m_dialog->chooseRegion(QStringLiteral("azure:westus")));
    QVERIFY(!m_dialog->map()->setCurrentRegion(QStringLiteral("azure:westus")));
    QCOMPARE(m_dialog->form()->region(), QStringLiteral("azure:westeurope"));
    QVERIFY(!m_dialog->setDefaultButton()->isEnabled()); // unchanged: nothing to send
}

void TestAccountDialog::keyboardOnly_changesAnOrgsDefaultRegion()
{
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    // Alt+A: the accounts; Down twice: user-alice -> org-clinical -> org-eurolab.
    QTest::keyClick(m_dialog, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_dialog->accountList());
    QTest::keyClick(m_dialog->accountList(), Qt::Key_Down);
    QTest::keyClick(m_dialog->accountList(), Qt::Key_Down);
    QCOMPARE(m_dialog->form()->account().id, QStringLiteral("org-eurolab"));
    // Alt+R: the regions; Up moves over greyed rows (azure:westus) to the next permitted one.
    QTest::keyClick(m_dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_dialog->regionList());
    const QString before = m_dialog->form()->region();
    QTest::keyClick(m_dialog->regionList(), Qt::Key_Up);
    const QString chosen = m_dialog->form()->region();
    QCOMPARE(before, QStringLiteral("azure:westeurope"));
    QCOMPARE(chosen, QStringLiteral("aws:eu-west-2-g"));
    QVERIFY(BillToRules::isPermitted(m_dialog->form()->account(), chosen));
    QVERIFY(m_dialog->setDefaultButton()->isEnabled());
    QVERIFY(m_dialog->preview()->text().contains(chosen));
    // Return presses the default button: "Set as default region".
    QSignalSpy succeeded(m_dialog->form(), &AccountRegionsForm::succeeded);
    QTest::keyClick(m_dialog->regionList(), Qt::Key_Return);
    QVERIFY(succeeded.wait());
    QCOMPARE(serverDefault(QStringLiteral("org-eurolab")), chosen);
    auto *status = m_dialog->findChild<QLabel *>(QStringLiteral("accountStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY(status->text().contains(chosen));
    auto *shown = m_dialog->findChild<QLabel *>(QStringLiteral("defaultRegion"));
    QVERIFY(shown->text().contains(chosen));
}

void TestAccountDialog::serverRefusal_isShownInTheDialogAndNothingIsLost()
{
    QVERIFY(m_dialog->selectAccount(QStringLiteral("org-genomics")));
    // A stale copy of the org: the console believes azure:westus is permitted.
    BillToOption stale = m_dialog->form()->account();
    stale.permittedRegions << QStringLiteral("azure:westus");
    QVERIFY(m_dialog->form()->setAccount(stale));
    QVERIFY(m_dialog->chooseRegion(QStringLiteral("azure:westus")));
    QSignalSpy failed(m_dialog->form(), &AccountRegionsForm::failed);
    m_dialog->setDefaultButton()->click();
    QVERIFY(failed.wait());
    auto *status = m_dialog->findChild<QLabel *>(QStringLiteral("accountStatus"));
    QVERIFY(status && !status->isHidden());
    QVERIFY2(status->text().contains(QLatin1String("not among the permittedRegions")),
             qPrintable(status->text()));
    QCOMPARE(m_dialog->form()->region(), QStringLiteral("azure:westus"));
    QVERIFY(m_dialog->regionList()->isEnabled());
    QVERIFY(m_dialog->accountList()->isEnabled());
    QCOMPARE(serverDefault(QStringLiteral("org-genomics")), QStringLiteral("aws:us-east-1"));
}

void TestAccountDialog::reload_showsAChangeMadeElsewhereAndKeepsTheChoice()
{
    QVERIFY(m_dialog->selectAccount(QStringLiteral("org-eurolab")));
    QVERIFY(m_dialog->chooseRegion(QStringLiteral("aws:eu-west-2-g")));
    // Bob, another ADMIN of org-eurolab, changes its default meanwhile.
    QVERIFY(m_sandbox
                ->call(QStringLiteral("org-eurolab"), QStringLiteral("update"),
                       { { QStringLiteral("defaultRegion"), QStringLiteral("aws:eu-central-1") } },
                       QStringLiteral("user-bob"))
                .succeeded());
    auto *reload = m_dialog->findChild<QPushButton *>(QStringLiteral("reloadAccounts"));
    QVERIFY(reload && reload->isEnabled());
    reload->click();
    QCOMPARE(m_directory->state(), AccountDirectory::State::Loading);
    QVERIFY(!m_dialog->accountList()->isEnabled());
    QCOMPARE(m_dialog->form()->region(), QStringLiteral("aws:eu-west-2-g")); // kept meanwhile
    QTRY_COMPARE(m_directory->state(), AccountDirectory::State::Loaded);
    QCOMPARE(m_dialog->form()->account().id, QStringLiteral("org-eurolab"));
    QCOMPARE(m_dialog->form()->account().defaultRegion, QStringLiteral("aws:eu-central-1"));
    QCOMPARE(m_dialog->form()->region(), QStringLiteral("aws:eu-west-2-g"));
    QVERIFY(m_dialog->accountList()->isEnabled());
    auto *shown = m_dialog->findChild<QLabel *>(QStringLiteral("defaultRegion"));
    QVERIFY2(shown->text().contains(QLatin1String("aws:eu-central-1")), qPrintable(shown->text()));
}

void TestAccountDialog::keyboardOnly_changesTheUsersDefaultBillTo()
{
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    QComboBox *combo = m_dialog->defaultBillToCombo();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("user-alice"));
    QVERIFY(combo->currentText().contains(QLatin1String("(current)")));
    QVERIFY(!m_dialog->saveBillToButton()->isEnabled()); // nothing to save yet
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemData(i).toString();
    QVERIFY(!offered.contains(QLatin1String("org-partners"))); // a MEMBER who may not bill

    // Alt+B: the default billTo; Down: the next account (the first org); Alt+V saves.
    QTest::keyClick(m_dialog, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), combo);
    QTest::keyClick(combo, Qt::Key_Down);
    const QString chosen = combo->currentData().toString();
    QCOMPARE(chosen, offered.at(1));
    QCOMPARE(m_dialog->billToForm()->billTo(), chosen);
    QVERIFY(m_dialog->saveBillToButton()->isEnabled());
    QSignalSpy succeeded(m_dialog->billToForm(), &DefaultBillToForm::succeeded);
    QTest::keyClick(m_dialog, Qt::Key_V, Qt::AltModifier);
    QVERIFY(succeeded.wait());
    QCOMPARE(m_sandbox->call(QStringLiteral("user-alice"), QStringLiteral("describe"), {})
                 .result.value(QLatin1String("billTo"))
                 .toString(),
             chosen);
    auto *note = m_dialog->findChild<QLabel *>(QStringLiteral("defaultBillToNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(chosen), qPrintable(note->text()));
    QVERIFY(combo->currentText().contains(QLatin1String("(current)")));
    QVERIFY(!m_dialog->saveBillToButton()->isEnabled());
}

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
