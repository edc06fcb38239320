#include "models/regions/BillToRules.h"
#include "tests/regions/TestWorld.h"

#include <QTest>

class TestBillToRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void options_listUserFirstThenEveryOrg();
    void administeredOrgs_areTheOrgsWithAdminMembership();
    void options_enabledExactlyWhereTheUserMayBill_data();
    void options_enabledExactlyWhereTheUserMayBill();
    void options_orgAdminWithoutBillableFlag_mayBill();
    void options_orgWithoutMembership_isDisabledWithReason();
    void options_readDescribeFields();
    void regionsFor_enablesExactlyThePermittedRegions_data();
    void regionsFor_enablesExactlyThePermittedRegions();
    void regionsFor_notPermitted_saysWhy();
    void regionsFor_unknownPermittedRegion_isKeptAndEnabled();
    void regionsFor_requirePhi_disablesRegionsWithoutPhi();
    void defaultRegion_notPermitted_fallsBackToFirstPermitted();
    void preselectedBillTo_prefersTheUsersOwnBillTo();
    void preselectedBillTo_ownBillToDisabled_fallsBackToUser();
    void checkPhi_namesWhatIsMissing();
    void pricingSummary_flattensNestedPrices();
    void pricingTable_oneRowPerRegion_shortHeadersAndRoundedPrices();
    void forProjectRegion_enablesBillableOptionsThatPermitTheRegion_data();
    void forProjectRegion_enablesBillableOptionsThatPermitTheRegion();
    void forProjectRegion_notPermitted_namesTheRegion();
    void forProjectRegion_currentBillTo_comesFirstAndStaysEnabled();
    void forProjectRegion_currentNotAnOption_isAddedFirst();
};

using TestWorld::optionOf;
using TestWorld::worldOptions;

void TestBillToRules::options_listUserFirstThenEveryOrg()
{
    const QList<BillToOption> options = worldOptions();
    QStringList ids;
    for (const BillToOption &o : options)
        ids << o.id;
    QCOMPARE(ids,
             (QStringList { "user-alice", "org-billing", "org-member", "org-limit", "org-phi" }));
    QVERIFY(!options.first().isOrg());
    QVERIFY(options.last().isOrg());
}

void TestBillToRules::options_enabledExactlyWhereTheUserMayBill_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("the user") << "user-alice" << true << "";
    QTest::newRow("org with allowBillableActivities") << "org-billing" << true << "";
    QTest::newRow("MEMBER without billing")
        << "org-member" << false << "without permission to bill";
    QTest::newRow("at spending limit") << "org-limit" << false << "spending limit";
    QTest::newRow("with PHI features") << "org-phi" << true << "";
}

void TestBillToRules::options_enabledExactlyWhereTheUserMayBill()
{
    QFETCH(QString, id);
    QFETCH(bool, enabled);
    QFETCH(QString, reasonContains);
    const BillToOption o = optionOf(id);
    QCOMPARE(o.id, id);
    QCOMPARE(o.enabled, enabled);
    if (enabled) {
        QVERIFY(o.disabledReason.isEmpty());
    } else {
        QVERIFY2(o.disabledReason.contains(reasonContains), qPrintable(o.disabledReason));
        QVERIFY2(o.disabledReason.contains(id), qPrintable(o.disabledReason));
    }
}

void TestBillToRules::options_orgAdminWithoutBillableFlag_mayBill()
{
    const auto options = BillToRules::options(
        TestWorld::user(),
        { TestWorld::org("org-admin", "ADMIN", false, TestWorld::regions({ "aws:us-east-1" }),
                         "aws:us-east-1") });
    QVERIFY(options.at(1).enabled);
}

void TestBillToRules::options_orgWithoutMembership_isDisabledWithReason()
{
    QJsonObject stranger = TestWorld::org("org-far", "", true,
                                          TestWorld::regions({ "aws:us-east-1" }), "aws:us-east-1");
    stranger.remove(QStringLiteral("level"));
    const auto options = BillToRules::options(TestWorld::user(), { stranger });
    QVERIFY(!options.at(1).enabled);
    QCOMPARE(options.at(1).disabledReason, QStringLiteral("You are not a member of org-far."));
}

void TestBillToRules::options_readDescribeFields()
{
    const BillToOption user = optionOf(QStringLiteral("user-alice"));
    QCOMPARE(user.name, QStringLiteral("Alice Smith"));
    QCOMPARE(user.label(), QStringLiteral("Alice Smith (user-alice)"));
    QCOMPARE(user.userBillTo, QStringLiteral("user-alice"));
    const BillToOption phi = optionOf(QStringLiteral("org-phi"));
    QVERIFY(phi.phiFeatures);
    QVERIFY(phi.hasPricing());
    QCOMPARE(phi.level, QStringLiteral("MEMBER"));
    QVERIFY(optionOf(QStringLiteral("org-limit")).atSpendingLimit);
    QVERIFY(!optionOf(QStringLiteral("org-billing")).hasPricing());
}

void TestBillToRules::regionsFor_enablesExactlyThePermittedRegions_data()
{
    QTest::addColumn<QString>("billTo");
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QString>("preselected");
    QTest::newRow("user") << "user-alice" << QStringList { "aws:us-east-1", "azure:westus" }
                          << "azure:westus";
    QTest::newRow("billing org") << "org-billing"
                                 << QStringList { "aws:us-east-1", "aws:eu-central-1",
                                                  "aws:ap-southeast-2" }
                                 << "aws:eu-central-1";
    QTest::newRow("member org") << "org-member" << QStringList { "azure:westeurope" }
                                << "azure:westeurope";
    QTest::newRow("spending limit org")
        << "org-limit" << QStringList { "aws:eu-central-1" } << "aws:eu-central-1";
    QTest::newRow("PHI org") << "org-phi"
                             << QStringList { "aws:us-east-1", "aws:eu-west-2-g",
                                              "azure:uksouth-ofh" }
                             << "aws:eu-west-2-g";
}

void TestBillToRules::regionsFor_enablesExactlyThePermittedRegions()
{
    QFETCH(QString, billTo);
    QFETCH(QStringList, enabled);
    QFETCH(QString, preselected);
    const RegionCatalog catalog;
    const QList<RegionChoice> choices = BillToRules::regionsFor(optionOf(billTo), catalog);
    QCOMPARE(choices.size(), 8); // every region is shown, permitted or not
    QStringList actualEnabled, defaults;
    for (const RegionChoice &c : choices) {
        if (c.enabled)
            actualEnabled << c.info.id;
        if (c.isDefault)
            defaults << c.info.id;
    }
    QCOMPARE(actualEnabled, enabled);
    QCOMPARE(defaults, QStringList { preselected });
    QCOMPARE(BillToRules::defaultRegion(optionOf(billTo)), preselected);
}

void TestBillToRules::regionsFor_notPermitted_saysWhy()
{
    const auto choices
        = BillToRules::regionsFor(optionOf(QStringLiteral("org-billing")), RegionCatalog());
    for (const RegionChoice &c : choices) {
        if (c.info.id == QLatin1String("azure:westus"))
            QCOMPARE(c.reason, QStringLiteral("Not among the permitted regions of org-billing."));
        if (c.enabled)
            QVERIFY(c.reason.isEmpty());
    }
}

void TestBillToRules::regionsFor_unknownPermittedRegion_isKeptAndEnabled()
{
    BillToOption o = optionOf(QStringLiteral("user-alice"));
    o.permittedRegions << QStringLiteral("aws:me-south-1");
    const auto choices = BillToRules::regionsFor(o, RegionCatalog());
    QCOMPARE(choices.size(), 9);
    QCOMPARE(choices.last().info.id, QStringLiteral("aws:me-south-1"));
    QCOMPARE(choices.last().info.displayName, QStringLiteral("aws:me-south-1"));
    QVERIFY(choices.last().enabled);
}

void TestBillToRules::regionsFor_requirePhi_disablesRegionsWithoutPhi()
{
    RegionCatalog catalog;
    catalog.setPhiSupport(QStringLiteral("aws:us-east-1"), true);
    catalog.setPhiSupport(QStringLiteral("azure:uksouth-ofh"), false);
    const auto choices
        = BillToRules::regionsFor(optionOf(QStringLiteral("org-phi")), catalog, true);
    QStringList enabled;
    for (const RegionChoice &c : choices) {
        if (c.enabled)
            enabled << c.info.id;
        if (c.info.id == QLatin1String("azure:uksouth-ofh"))
            QVERIFY2(c.reason.contains(QLatin1String("PHI")), qPrintable(c.reason));
    }
    // eu-west-2-g's PHI support is unknown: the server decides, the picker does not guess.
    QCOMPARE(enabled, (QStringList { "aws:us-east-1", "aws:eu-west-2-g" }));
}

void TestBillToRules::defaultRegion_notPermitted_fallsBackToFirstPermitted()
{
    BillToOption o = optionOf(QStringLiteral("org-billing"));
    o.defaultRegion = QStringLiteral("azure:westus");
    QCOMPARE(BillToRules::defaultRegion(o), QStringLiteral("aws:us-east-1"));
    o.permittedRegions.clear();
    QCOMPARE(BillToRules::defaultRegion(o), QString());
    QVERIFY(!BillToRules::isPermitted(o, QStringLiteral("azure:westus")));
}

void TestBillToRules::preselectedBillTo_prefersTheUsersOwnBillTo()
{
    QJsonObject user = TestWorld::user();
    user.insert(QStringLiteral("billTo"), QStringLiteral("org-billing"));
    const auto options = BillToRules::options(user, TestWorld::orgs());
    QCOMPARE(BillToRules::preselectedBillTo(options), QStringLiteral("org-billing"));
}

void TestBillToRules::preselectedBillTo_ownBillToDisabled_fallsBackToUser()
{
    QJsonObject user = TestWorld::user();
    user.insert(QStringLiteral("billTo"), QStringLiteral("org-member"));
    const auto options = BillToRules::options(user, TestWorld::orgs());
    QCOMPARE(BillToRules::preselectedBillTo(options), QStringLiteral("user-alice"));
}

void TestBillToRules::checkPhi_namesWhatIsMissing()
{
    RegionCatalog catalog;
    catalog.setPhiSupport(QStringLiteral("aws:us-east-1"), true);
    catalog.setPhiSupport(QStringLiteral("azure:westus"), false);
    const BillToOption phiOrg = optionOf(QStringLiteral("org-phi"));
    const BillToOption user = optionOf(QStringLiteral("user-alice"));

    const PhiCheck fine
        = BillToRules::checkPhi(phiOrg, catalog.region(QStringLiteral("aws:us-east-1")));
    QVERIFY(fine.ok());
    QVERIFY(fine.reason.isEmpty());

    const PhiCheck noFeature
        = BillToRules::checkPhi(user, catalog.region(QStringLiteral("aws:us-east-1")));
    QVERIFY(!noFeature.ok());
    QVERIFY(noFeature.billToLacksPhi);
    QVERIFY(!noFeature.regionLacksPhi);
    QCOMPARE(noFeature.reason, QStringLiteral("PHI features must be enabled for user-alice."));

    const PhiCheck noRegion
        = BillToRules::checkPhi(phiOrg, catalog.region(QStringLiteral("azure:westus")));
    QVERIFY(!noRegion.billToLacksPhi);
    QVERIFY(noRegion.regionLacksPhi);
    QVERIFY(noRegion.reason.contains(QLatin1String("Azure West US")));

    const PhiCheck both
        = BillToRules::checkPhi(user, catalog.region(QStringLiteral("azure:westus")));
    QVERIFY(both.billToLacksPhi && both.regionLacksPhi);

    const PhiCheck unknown
        = BillToRules::checkPhi(phiOrg, catalog.region(QStringLiteral("aws:eu-west-2-g")));
    QVERIFY(unknown.ok());
    QVERIFY(unknown.regionSupportUnknown);
}

void TestBillToRules::pricingSummary_flattensNestedPrices()
{
    const QJsonObject pricing {
        { QStringLiteral("storage"), QJsonObject { { QStringLiteral("perGBMonth"), 0.023 } } },
        { QStringLiteral("currency"), QStringLiteral("USD") },
    };
    const auto lines = pricingSummary(pricing);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).first, QStringLiteral("currency"));
    QCOMPARE(lines.at(1).first, QStringLiteral("storage.perGBMonth"));
    QCOMPARE(lines.at(1).second, QStringLiteral("0.023"));
}

void TestBillToRules::pricingTable_oneRowPerRegion_shortHeadersAndRoundedPrices()
{
    const QJsonObject pricing {
        { QStringLiteral("aws:us-east-1"),
          QJsonObject {
              { QStringLiteral("phi"), true },
              { QStringLiteral("archivedPricePerGB"), 0.0038333333333 },
              { QStringLiteral("unarchivePricePerGB"),
                QJsonObject { { QStringLiteral("Bulk"), 2.5 }, { QStringLiteral("Std"), 1 } } } } },
        { QStringLiteral("aws:me-south-1"),
          QJsonObject { { QStringLiteral("storagePricePerGB"), 0.03 } } },
    };
    const PricingTable table = pricingTable(pricing);
    QCOMPARE(table.rows.size(), 2);
    QStringList headers;
    for (const auto &c : table.columns)
        headers << c.header;
    // The keys of QJsonObject come sorted; the columns follow the first region that has them.
    // Issue 14 item 12: each header says per what; storage is monthly.
    QCOMPARE(headers,
             QStringList({ "Storage per GB per month", "Archived per GB per month", "PHI",
                           "Unarchive per GB" }));
    QCOMPARE(table.columns.at(3).key, QStringLiteral("unarchivePricePerGB"));
    QCOMPARE(table.rows.at(0).first, QStringLiteral("aws:me-south-1"));
    // Dollars, up to four decimals (Money::price); unarchive prices come in millidollars.
    QCOMPARE(table.rows.at(0).second, QStringList({ "$0.03", "", "", "" }));
    QCOMPARE(table.rows.at(1).first, QStringLiteral("aws:us-east-1"));
    QCOMPARE(
        table.rows.at(1).second,
        QStringList({ "", "$0.0038", "yes", QString::fromUtf8("Bulk $0.0025 \u00b7 Std $0.001") }));
}

void TestBillToRules::forProjectRegion_enablesBillableOptionsThatPermitTheRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("enabled");
    // org-member may not bill and org-limit is at its limit: never enabled, whatever the region.
    QTest::newRow("us-east-1") << QStringLiteral("aws:us-east-1")
                               << QStringList { "user-alice", "org-billing", "org-phi" };
    QTest::newRow("eu-central-1") << QStringLiteral("aws:eu-central-1")
                                  << QStringList { "org-billing" };
    QTest::newRow("westeurope") << QStringLiteral("azure:westeurope") << QStringList {};
}

void TestBillToRules::forProjectRegion_enablesBillableOptionsThatPermitTheRegion()
{
    QFETCH(QString, region);
    QFETCH(QStringList, enabled);
    const QList<BillToOption> out = BillToRules::forProjectRegion(worldOptions(), region);
    QCOMPARE(out.size(), worldOptions().size());
    QStringList actual;
    for (const BillToOption &o : out) {
        if (o.enabled)
            actual << o.id;
        else
            QVERIFY2(!o.disabledReason.isEmpty(), qPrintable(o.id));
    }
    QCOMPARE(actual, enabled);
}

void TestBillToRules::forProjectRegion_notPermitted_namesTheRegion()
{
    const QList<BillToOption> out
        = BillToRules::forProjectRegion(worldOptions(), QStringLiteral("aws:eu-central-1"));
    QCOMPARE(out.first().id, QStringLiteral("user-alice"));
    QVERIFY(out.first().disabledReason.contains(QLatin1String("does not permit aws:eu-central-1")));
    // A reason of its own is kept: it says more than the region would.
    QCOMPARE(out.at(2).id, QStringLiteral("org-member"));
    QCOMPARE(out.at(2).disabledReason, optionOf(QStringLiteral("org-member")).disabledReason);
}

void TestBillToRules::forProjectRegion_currentBillTo_comesFirstAndStaysEnabled()
{
    const QList<BillToOption> out = BillToRules::forProjectRegion(
        worldOptions(), QStringLiteral("aws:eu-central-1"), QStringLiteral("org-limit"));
    QCOMPARE(out.size(), worldOptions().size());
    QCOMPARE(out.first().id, QStringLiteral("org-limit"));
    QVERIFY(out.first().enabled);
    QVERIFY(out.first().disabledReason.isEmpty());
    QCOMPARE(out.at(1).id, QStringLiteral("user-alice"));
}

void TestBillToRules::forProjectRegion_currentNotAnOption_isAddedFirst()
{
    const QList<BillToOption> out = BillToRules::forProjectRegion(
        worldOptions(), QStringLiteral("aws:us-east-1"), QStringLiteral("org-elsewhere"));
    QCOMPARE(out.size(), worldOptions().size() + 1);
    QCOMPARE(out.first().id, QStringLiteral("org-elsewhere"));
    QVERIFY(out.first().enabled);
    QVERIFY(out.first().isOrg());
}

void TestBillToRules::administeredOrgs_areTheOrgsWithAdminMembership()
{
    BillToOption user;
    user.id = QStringLiteral("user-a");
    BillToOption admin;
    admin.id = QStringLiteral("org-admin");
    admin.kind = BillToOption::Kind::Org;
    admin.level = QStringLiteral("ADMIN");
    BillToOption member = admin;
    member.id = QStringLiteral("org-member");
    member.level = QStringLiteral("MEMBER");
    const QList<BillToOption> orgs = BillToRules::administeredOrgs({ user, member, admin });
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.at(0).id, QStringLiteral("org-admin"));
}

QTEST_GUILESS_MAIN(TestBillToRules)
#include "tst_billtorules.moc"
