// DefaultBillToForm against the in-process sandbox: the user's own default billTo changes on
// the server (/user-xxxx/update {"billTo"}), New project's preselection follows at once, and an
// org the user may not bill to is refused by the form without a call.
#include "models/regions/AccountDirectory.h"
#include "models/regions/BillToRules.h"
#include "models/regions/DefaultBillToForm.h"
#include "tests/support/TestSandbox.h"

#include <QSignalSpy>
#include <QTest>

class TestDefaultBillToForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startsFromTheUsersBillTo_choicesAreTheBillableAccounts();
    void submit_changesTheServerAndNewProjectsPreselection();
    void notBillableOrg_isRefusedWithoutACall();
    void cancel_saysTheOutcomeIsUnknown();

private:
    QString serverBillTo();

    std::unique_ptr<TestSandbox> m_sandbox;
    AccountDirectory *m_directory = nullptr;
    DefaultBillToForm *m_form = nullptr;
    int m_attempts = 0;
};

void TestDefaultBillToForm::init()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->start());
    m_directory = new AccountDirectory(m_sandbox->admin(), this);
    m_directory->load(QStringLiteral("user-alice"));
    QTRY_COMPARE(m_directory->state(), AccountDirectory::State::Loaded);
    m_form = new DefaultBillToForm(m_sandbox->admin(), m_directory, this);
    m_attempts = 0;
    connect(m_sandbox->admin(), &ApiClient::attempt, this, [this] { ++m_attempts; });
}

void TestDefaultBillToForm::cleanup()
{
    delete m_form;
    delete m_directory;
    m_sandbox.reset();
}

QString TestDefaultBillToForm::serverBillTo()
{
    return m_sandbox->call(QStringLiteral("user-alice"), QStringLiteral("describe"), {})
        .result.value(QLatin1String("billTo"))
        .toString();
}

void TestDefaultBillToForm::startsFromTheUsersBillTo_choicesAreTheBillableAccounts()
{
    QCOMPARE(m_form->current(), QStringLiteral("user-alice"));
    QCOMPARE(m_form->billTo(), QStringLiteral("user-alice"));
    QVERIFY(m_form->isUnchanged());
    QVERIFY(!m_form->canSubmit());
    QStringList ids;
    for (const BillToOption &o : m_form->choices())
        ids << o.id;
    // org-partners: alice is a MEMBER without allowBillableActivities.
    QVERIFY2(!ids.contains(QLatin1String("org-partners")), qPrintable(ids.join(u',')));
    QVERIFY(ids.contains(QLatin1String("org-genomics")));
    QCOMPARE(ids.first(), QStringLiteral("user-alice"));
}

void TestDefaultBillToForm::submit_changesTheServerAndNewProjectsPreselection()
{
    m_form->setBillTo(QStringLiteral("org-genomics"));
    QVERIFY(m_form->canSubmit());
    QCOMPARE(m_form->route(), QStringLiteral("/user-alice/update"));
    QCOMPARE(m_form->requestInput(),
             QJsonObject({ { QStringLiteral("billTo"), QStringLiteral("org-genomics") } }));
    QSignalSpy succeeded(m_form, &DefaultBillToForm::succeeded);
    m_form->submit();
    QVERIFY(m_form->isBusy());
    QVERIFY(succeeded.wait());
    QCOMPARE(m_form->state(), DefaultBillToForm::State::Succeeded);
    QVERIFY(m_form->statusMessage().contains(QLatin1String("org-genomics")));
    QCOMPARE(m_attempts, 1); // one update, no describes after it
    QCOMPARE(serverBillTo(), QStringLiteral("org-genomics"));
    // Patched into the directory: New project preselects it without another describe.
    QCOMPARE(m_form->current(), QStringLiteral("org-genomics"));
    QCOMPARE(BillToRules::preselectedBillTo(m_directory->options()),
             QStringLiteral("org-genomics"));
}

void TestDefaultBillToForm::notBillableOrg_isRefusedWithoutACall()
{
    m_form->setBillTo(QStringLiteral("org-partners"));
    QVERIFY(!m_form->canSubmit());
    QVERIFY2(m_form->problem().startsWith(QLatin1String("Default billTo: org-partners cannot")),
             qPrintable(m_form->problem()));
    m_form->submit();
    QCOMPARE(m_form->state(), DefaultBillToForm::State::Editing);
    QCOMPARE(m_attempts, 0);
    QCOMPARE(m_form->billTo(), QStringLiteral("org-partners")); // the choice is kept
}

void TestDefaultBillToForm::cancel_saysTheOutcomeIsUnknown()
{
    m_form->setBillTo(QStringLiteral("org-clinical"));
    m_form->submit();
    QVERIFY(m_form->isBusy());
    m_form->cancel();
    QCOMPARE(m_form->state(), DefaultBillToForm::State::Failed);
    QVERIFY(m_form->statusMessage().contains(QLatin1String("may or may not")));
    QCOMPARE(m_form->billTo(), QStringLiteral("org-clinical"));
    QVERIFY(m_form->reset()); // starts again from the directory
    QCOMPARE(m_form->billTo(), QStringLiteral("user-alice"));
}

QTEST_GUILESS_MAIN(TestDefaultBillToForm)
#include "tst_defaultbilltoform.moc"
