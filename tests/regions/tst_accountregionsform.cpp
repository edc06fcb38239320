// AccountRegionsForm against the in-process sandbox: the default region changes on the
// server, a region that is not permitted is refused by the form and, when forced, by the
// server with InvalidInput, whose message the form then shows.
#include "models/regions/AccountDirectory.h"
#include "models/regions/AccountRegionsForm.h"
#include "tests/support/TestSandbox.h"

#include <QSignalSpy>
#include <QTest>

class TestAccountRegionsForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void setAccount_startsFromTheCurrentDefault();
    void request_isOneUpdateOfTheAccount();
    void submit_permittedRegion_changesTheUsersDefaultOnTheServer();
    void submit_orgAdmin_changesTheOrgsDefaultAndPatchesTheDirectory();
    void notPermittedRegion_isRefusedWithoutACall();
    void memberOrg_isRefusedByTheForm();
    void forced_notPermittedRegion_serverRefusesWithInvalidInput();
    void staleAccount_serverRefusal_isShownAndTheChoiceKept();

private:
    QString serverDefault(const QString &accountId, const QString &user = {});
    BillToOption optionOf(const QString &id) const;

    std::unique_ptr<TestSandbox> m_sandbox;
    AccountDirectory *m_directory = nullptr;
    AccountRegionsForm *m_form = nullptr;
    int m_attempts = 0;
};

void TestAccountRegionsForm::init()
{
    // A fresh demo world for each test: updates change server state.
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY(m_sandbox->start());
    m_directory = new AccountDirectory(m_sandbox->admin(), this);
    m_directory->load(QStringLiteral("user-alice"));
    QTRY_COMPARE(m_directory->state(), AccountDirectory::State::Loaded);
    m_form = new AccountRegionsForm(m_sandbox->admin(), m_directory, this);
    m_attempts = 0;
    connect(m_sandbox->admin(), &ApiClient::attempt, this, [this] { ++m_attempts; });
}

void TestAccountRegionsForm::cleanup()
{
    delete m_form;
    delete m_directory;
    m_sandbox.reset();
}

QString TestAccountRegionsForm::serverDefault(const QString &accountId, const QString &user)
{
    const CallOutcome out = m_sandbox->call(accountId, QStringLiteral("describe"), {},
                                            user.isEmpty() ? QStringLiteral("user-alice") : user);
    return out.result.value(QLatin1String("defaultRegion")).toString();
}

BillToOption TestAccountRegionsForm::optionOf(const QString &id) const
{
    for (const BillToOption &o : m_directory->options()) {
        if (o.id == id)
            return o;
    }
    return {};
}

void TestAccountRegionsForm::setAccount_startsFromTheCurrentDefault()
{
    QVERIFY(m_form->setAccount(optionOf(QStringLiteral("org-genomics"))));
    QCOMPARE(m_form->region(), QStringLiteral("aws:us-east-1"));
    QVERIFY(m_form->isUnchanged());
    QVERIFY(m_form->problem().isEmpty());
    QVERIFY(!m_form->canSubmit()); // nothing to send yet
    QCOMPARE(m_form->state(), AccountRegionsForm::State::Editing);
}

void TestAccountRegionsForm::request_isOneUpdateOfTheAccount()
{
    m_form->setAccount(optionOf(QStringLiteral("org-clinical")));
    m_form->setRegion(QStringLiteral("aws:eu-west-2"));
    QVERIFY(m_form->canSubmit());
    QCOMPARE(m_form->route(), QStringLiteral("/org-clinical/update"));
    QCOMPARE(
        m_form->requestInput(),
        (QJsonObject { { QStringLiteral("defaultRegion"), QStringLiteral("aws:eu-west-2") } }));
}

void TestAccountRegionsForm::submit_permittedRegion_changesTheUsersDefaultOnTheServer()
{
    m_form->setAccount(optionOf(QStringLiteral("user-alice")));
    m_form->setRegion(QStringLiteral("azure:westeurope"));
    QSignalSpy succeeded(m_form, &AccountRegionsForm::succeeded);
    m_form->submit();
    QVERIFY(m_form->isBusy());
    QVERIFY(!m_form->canSubmit()); // no second call while one is in flight
    QVERIFY(succeeded.wait());
    QCOMPARE(m_attempts, 1);
    QCOMPARE(m_form->state(), AccountRegionsForm::State::Succeeded);
    QVERIFY(m_form->statusMessage().contains(QLatin1String("azure:westeurope")));
    QCOMPARE(serverDefault(QStringLiteral("user-alice")), QStringLiteral("azure:westeurope"));
    QCOMPARE(m_form->account().defaultRegion, QStringLiteral("azure:westeurope"));
    QVERIFY(m_form->isUnchanged());
}

void TestAccountRegionsForm::submit_orgAdmin_changesTheOrgsDefaultAndPatchesTheDirectory()
{
    m_form->setAccount(optionOf(QStringLiteral("org-genomics")));
    m_form->setRegion(QStringLiteral("aws:ap-southeast-2"));
    QSignalSpy succeeded(m_form, &AccountRegionsForm::succeeded);
    QSignalSpy patched(m_directory, &AccountDirectory::accountChanged);
    m_form->submit();
    QVERIFY(succeeded.wait());
    QCOMPARE(succeeded.at(0).at(0).toString(), QStringLiteral("org-genomics"));
    QCOMPARE(succeeded.at(0).at(1).toString(), QStringLiteral("aws:ap-southeast-2"));
    QCOMPARE(serverDefault(QStringLiteral("org-genomics")), QStringLiteral("aws:ap-southeast-2"));
    // Another member sees it too: it is the org's, not the caller's.
    QCOMPARE(serverDefault(QStringLiteral("org-genomics"), QStringLiteral("user-bob")),
             QStringLiteral("aws:ap-southeast-2"));
    // New project reads the directory: it now preselects the new default.
    QCOMPARE(patched.count(), 1);
    QCOMPARE(BillToRules::defaultRegion(optionOf(QStringLiteral("org-genomics"))),
             QStringLiteral("aws:ap-southeast-2"));
}

void TestAccountRegionsForm::notPermittedRegion_isRefusedWithoutACall()
{
    m_form->setAccount(optionOf(QStringLiteral("org-eurolab")));
    m_form->setRegion(QStringLiteral("azure:westus"));
    QVERIFY(m_form->problem().contains(QLatin1String("azure:westus")));
    QVERIFY(!m_form->canSubmit());
    m_form->submit();
    QVERIFY(!m_form->isBusy());
    QTest::qWait(50);
    QCOMPARE(m_attempts, 0);
    QCOMPARE(serverDefault(QStringLiteral("org-eurolab")), QStringLiteral("azure:westeurope"));
}

void TestAccountRegionsForm::memberOrg_isRefusedByTheForm()
{
    m_form->setAccount(optionOf(QStringLiteral("org-partners"))); // alice is a MEMBER
    m_form->setRegion(QStringLiteral("aws:us-east-1"));
    QVERIFY2(m_form->problem().contains(QLatin1String("ADMIN")), qPrintable(m_form->problem()));
    m_form->submit();
    QCOMPARE(m_attempts, 0);
}

void TestAccountRegionsForm::forced_notPermittedRegion_serverRefusesWithInvalidInput()
{
    const CallOutcome out
        = m_sandbox->call(QStringLiteral("org-eurolab"), QStringLiteral("update"),
                          { { QStringLiteral("defaultRegion"), QStringLiteral("azure:westus") } });
    QVERIFY(out.failedOnce());
    QCOMPARE(out.error.type, ApiError::Type::InvalidInput);
    QCOMPARE(out.error.httpStatus, 422);
    QVERIFY(out.error.message.contains(QLatin1String("azure:westus")));
    QCOMPARE(serverDefault(QStringLiteral("org-eurolab")), QStringLiteral("azure:westeurope"));
    // A MEMBER may not update the org at all, even to a permitted region.
    const CallOutcome member
        = m_sandbox->call(QStringLiteral("org-partners"), QStringLiteral("update"),
                          { { QStringLiteral("defaultRegion"), QStringLiteral("aws:us-east-1") } });
    QCOMPARE(member.error.type, ApiError::Type::PermissionDenied);
}

void TestAccountRegionsForm::staleAccount_serverRefusal_isShownAndTheChoiceKept()
{
    // The console's copy says the region is permitted; the server knows better.
    BillToOption stale = optionOf(QStringLiteral("org-eurolab"));
    stale.permittedRegions << QStringLiteral("azure:westus");
    m_form->setAccount(stale);
    m_form->setRegion(QStringLiteral("azure:westus"));
    QVERIFY(m_form->canSubmit());
    QSignalSpy failed(m_form, &AccountRegionsForm::failed);
    m_form->submit();
    QVERIFY(failed.wait());
    QCOMPARE(m_form->state(), AccountRegionsForm::State::Failed);
    const QString status = m_form->statusMessage();
    QVERIFY2(status.contains(QLatin1String("not among the permittedRegions of org-eurolab")),
             qPrintable(status));
    QCOMPARE(m_form->serverError().field, QStringLiteral("defaultRegion"));
    QCOMPARE(m_form->region(), QStringLiteral("azure:westus")); // nothing lost
    QCOMPARE(m_form->account().defaultRegion, QStringLiteral("azure:westeurope"));
    QCOMPARE(optionOf(QStringLiteral("org-eurolab")).defaultRegion,
             QStringLiteral("azure:westeurope"));
    // The next edit clears the refusal.
    m_form->setRegion(QStringLiteral("aws:eu-central-1"));
    QCOMPARE(m_form->state(), AccountRegionsForm::State::Editing);
    QVERIFY(m_form->statusMessage().isEmpty());
}

QTEST_MAIN(TestAccountRegionsForm)
#include "tst_accountregionsform.moc"
