// AccountDirectory: the signed-in user's describe and orgs, against the sandbox and a fake
// server, and the patch after a default-region update.
#include "models/regions/AccountDirectory.h"
#include "models/regions/BillToRules.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "tests/support/TestSandbox.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestAccountDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void load_demoAdmin_readsUserAndEveryOrgWithLevelAndRegions();
    void load_membershipBesideTheDescribe_isTakenIntoTheOption();
    void load_failure_isReported();
    void setDefaultRegion_patchesDescribeAndOptions();
    void setDefaultRegion_unknownAccountOrNotLoaded_isRefused();
    void regionCatalog_demoAdmin_knowsPhiSupportFromPricing();
    void regionCatalogFor_keepsUnknownRegionsAndLeavesPhiUnknownWithoutPricing();

private:
    static bool loadAndWait(AccountDirectory *directory, const QString &userId);
    static BillToOption optionOf(const AccountDirectory &directory, const QString &id);
    TestSandbox m_sandbox;
};

void TestAccountDirectory::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

bool TestAccountDirectory::loadAndWait(AccountDirectory *directory, const QString &userId)
{
    directory->load(userId);
    return QTest::qWaitFor([directory] {
        return directory->state() == AccountDirectory::State::Loaded
            || directory->state() == AccountDirectory::State::Error;
    });
}

BillToOption TestAccountDirectory::optionOf(const AccountDirectory &directory, const QString &id)
{
    for (const BillToOption &o : directory.options()) {
        if (o.id == id)
            return o;
    }
    return {};
}

void TestAccountDirectory::load_demoAdmin_readsUserAndEveryOrgWithLevelAndRegions()
{
    AccountDirectory directory(m_sandbox.admin());
    QVERIFY(loadAndWait(&directory, QStringLiteral("user-alice")));
    QCOMPARE(directory.state(), AccountDirectory::State::Loaded);
    QCOMPARE(directory.userId(), QStringLiteral("user-alice"));
    QStringList ids;
    for (const BillToOption &o : directory.options())
        ids << o.id;
    QCOMPARE(ids,
             (QStringList { QStringLiteral("user-alice"), QStringLiteral("org-clinical"),
                            QStringLiteral("org-eurolab"), QStringLiteral("org-genomics"),
                            QStringLiteral("org-partners") }));
    const BillToOption genomics = optionOf(directory, QStringLiteral("org-genomics"));
    QCOMPARE(genomics.level, QStringLiteral("ADMIN"));
    QCOMPARE(genomics.defaultRegion, QStringLiteral("aws:us-east-1"));
    QCOMPARE(genomics.permittedRegions.size(), 4);
    QCOMPARE(optionOf(directory, QStringLiteral("org-partners")).level, QStringLiteral("MEMBER"));
}

void TestAccountDirectory::load_membershipBesideTheDescribe_isTakenIntoTheOption()
{
    // A server that reports the caller's membership on the result, not in the describe.
    FakeNetworkAccessManager nam;
    nam.onRoute(QStringLiteral("/user-ann/describe"), [](const QJsonObject &) {
        return FakeReply::json({ { QStringLiteral("id"), QStringLiteral("user-ann") },
                                 { QStringLiteral("class"), QStringLiteral("user") } });
    });
    nam.onRoute(QStringLiteral("/system/findOrgs"), [](const QJsonObject &) {
        const QJsonObject describe { { QStringLiteral("id"), QStringLiteral("org-lab") },
                                     { QStringLiteral("permittedRegions"),
                                       QJsonArray { QStringLiteral("aws:us-east-1") } } };
        const QJsonObject result { { QStringLiteral("id"), QStringLiteral("org-lab") },
                                   { QStringLiteral("level"), QStringLiteral("ADMIN") },
                                   { QStringLiteral("allowBillableActivities"), true },
                                   { QStringLiteral("describe"), describe } };
        return FakeReply::json({ { QStringLiteral("results"), QJsonArray { result } },
                                 { QStringLiteral("next"), QJsonValue::Null } });
    });
    ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
    AccountDirectory directory(&client);
    QVERIFY(loadAndWait(&directory, QStringLiteral("user-ann")));
    QCOMPARE(directory.state(), AccountDirectory::State::Loaded);
    const BillToOption lab = optionOf(directory, QStringLiteral("org-lab"));
    QCOMPARE(lab.level, QStringLiteral("ADMIN"));
    QVERIFY(lab.allowBillableActivities);
    QVERIFY(lab.enabled);
}

void TestAccountDirectory::load_failure_isReported()
{
    FakeNetworkAccessManager nam; // every route: 404 ResourceNotFound
    ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
    AccountDirectory directory(&client);
    QVERIFY(loadAndWait(&directory, QStringLiteral("user-ann")));
    QCOMPARE(directory.state(), AccountDirectory::State::Error);
    QVERIFY(!directory.errorText().isEmpty());
}

void TestAccountDirectory::setDefaultRegion_patchesDescribeAndOptions()
{
    AccountDirectory directory(m_sandbox.admin());
    QVERIFY(loadAndWait(&directory, QStringLiteral("user-alice")));
    QSignalSpy changed(&directory, &AccountDirectory::accountChanged);
    QSignalSpy state(&directory, &AccountDirectory::stateChanged);
    QVERIFY(directory.setDefaultRegion(QStringLiteral("org-genomics"),
                                       QStringLiteral("aws:eu-central-1")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("org-genomics"));
    QCOMPARE(state.count(), 0); // still loaded: nothing to reload
    const BillToOption genomics = optionOf(directory, QStringLiteral("org-genomics"));
    QCOMPARE(genomics.defaultRegion, QStringLiteral("aws:eu-central-1"));
    QCOMPARE(BillToRules::defaultRegion(genomics), QStringLiteral("aws:eu-central-1"));
    QVERIFY(
        directory.setDefaultRegion(QStringLiteral("user-alice"), QStringLiteral("azure:westus")));
    QCOMPARE(directory.userDescribe().value(QLatin1String("defaultRegion")).toString(),
             QStringLiteral("azure:westus"));
    QCOMPARE(directory.options().constFirst().defaultRegion, QStringLiteral("azure:westus"));
}

void TestAccountDirectory::setDefaultRegion_unknownAccountOrNotLoaded_isRefused()
{
    AccountDirectory directory(m_sandbox.admin());
    QVERIFY(
        !directory.setDefaultRegion(QStringLiteral("user-alice"), QStringLiteral("aws:us-east-1")));
    QVERIFY(loadAndWait(&directory, QStringLiteral("user-alice")));
    QSignalSpy changed(&directory, &AccountDirectory::accountChanged);
    QVERIFY(!directory.setDefaultRegion(QStringLiteral("org-nowhere"),
                                        QStringLiteral("aws:us-east-1")));
    QCOMPARE(changed.count(), 0);
}

void TestAccountDirectory::regionCatalog_demoAdmin_knowsPhiSupportFromPricing()
{
    AccountDirectory directory(m_sandbox.admin());
    QVERIFY(loadAndWait(&directory, QStringLiteral("user-alice")));
    const RegionCatalog catalog = directory.regionCatalog();
    // The demo world: Sydney does not support PHI, N. Virginia does (app/sandbox/DemoWorld.cpp).
    QCOMPARE(catalog.region(QStringLiteral("aws:us-east-1")).phi, RegionInfo::Phi::Supported);
    QCOMPARE(catalog.region(QStringLiteral("aws:ap-southeast-2")).phi,
             RegionInfo::Phi::Unsupported);
}

void TestAccountDirectory::regionCatalogFor_keepsUnknownRegionsAndLeavesPhiUnknownWithoutPricing()
{
    BillToOption user;
    user.id = QStringLiteral("user-ann");
    user.permittedRegions = { QStringLiteral("aws:me-south-1"), QStringLiteral("aws:us-east-1") };
    BillToOption org;
    org.id = QStringLiteral("org-lab");
    org.permittedRegions = { QStringLiteral("azure:westus") };
    org.pricingModelsByRegion
        = QJsonObject { { QStringLiteral("azure:westus"),
                          QJsonObject { { QStringLiteral("phi"), false } } } };
    const RegionCatalog catalog = AccountDirectory::regionCatalogFor({ user, org });
    QVERIFY(catalog.contains(QStringLiteral("aws:me-south-1")));
    QCOMPARE(catalog.displayName(QStringLiteral("aws:me-south-1")),
             QStringLiteral("aws:me-south-1"));
    QCOMPARE(catalog.region(QStringLiteral("aws:us-east-1")).phi, RegionInfo::Phi::Unknown);
    QCOMPARE(catalog.region(QStringLiteral("azure:westus")).phi, RegionInfo::Phi::Unsupported);
}

QTEST_MAIN(TestAccountDirectory)
#include "tst_accountdirectory.moc"
