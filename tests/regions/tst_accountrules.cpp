// The account page's rules: who may change which default region, to what.
#include "models/regions/AccountRules.h"
#include "tests/regions/TestWorld.h"

#include <QTest>

class TestAccountRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validateDefaultRegion_permitted_isAccepted();
    void validateDefaultRegion_notPermitted_namesRegionAndAccount();
    void validateDefaultRegion_empty_asksForARegion();
    void validateDefaultRegion_noPermittedRegions_saysSo();
    void isUnchanged_currentDefault_only();
    void readOnlyReason_userAndOrgAdmins_mayEdit();
    void readOnlyReason_orgMember_namesTheAdmins();
    void administered_userFirstThenExactlyTheAdministeredOrgs();
    void readOnly_listsTheOtherOrgsWithTheirReason();
    void defaultRegionChoices_enabledExactlyThePermitted();
    void defaultRegionChoices_unknownPermittedRegion_isKept();
    void defaultBillToChoices_userAndTheOrgsTheUserMayBillTo();
    void validateDefaultBillTo_billable_isAccepted();
    void validateDefaultBillTo_refusals_nameTheFieldAndTheRule();
};

namespace {
using TestWorld::optionOf;
using TestWorld::worldOptions;

QStringList idsOf(const QList<AccountEntry> &entries)
{
    QStringList ids;
    for (const AccountEntry &e : entries)
        ids << e.account.id;
    return ids;
}
} // namespace

void TestAccountRules::validateDefaultRegion_permitted_isAccepted()
{
    const BillToOption user = optionOf(QStringLiteral("user-alice"));
    QCOMPARE(AccountRules::validateDefaultRegion(user, QStringLiteral("aws:us-east-1")), QString());
    QCOMPARE(AccountRules::validateDefaultRegion(user, QStringLiteral("azure:westus")), QString());
}

void TestAccountRules::validateDefaultRegion_notPermitted_namesRegionAndAccount()
{
    const BillToOption org = optionOf(QStringLiteral("org-limit"));
    const QString reason
        = AccountRules::validateDefaultRegion(org, QStringLiteral("azure:westeurope"));
    QVERIFY(!reason.isEmpty());
    QVERIFY2(reason.contains(QLatin1String("azure:westeurope")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("org-limit")), qPrintable(reason));
    // A region string no catalog knows is refused the same way.
    QVERIFY(!AccountRules::validateDefaultRegion(org, QStringLiteral("aws:me-south-1")).isEmpty());
}

void TestAccountRules::validateDefaultRegion_empty_asksForARegion()
{
    QVERIFY(!AccountRules::validateDefaultRegion(optionOf(QStringLiteral("user-alice")), QString())
                 .isEmpty());
}

void TestAccountRules::validateDefaultRegion_noPermittedRegions_saysSo()
{
    BillToOption bare;
    bare.id = QStringLiteral("org-bare");
    bare.kind = BillToOption::Kind::Org;
    bare.level = QStringLiteral("ADMIN");
    const QString reason
        = AccountRules::validateDefaultRegion(bare, QStringLiteral("aws:us-east-1"));
    QVERIFY2(reason.contains(QLatin1String("no permitted regions")), qPrintable(reason));
}

void TestAccountRules::isUnchanged_currentDefault_only()
{
    const BillToOption user = optionOf(QStringLiteral("user-alice")); // default azure:westus
    QVERIFY(AccountRules::isUnchanged(user, QStringLiteral("azure:westus")));
    QVERIFY(!AccountRules::isUnchanged(user, QStringLiteral("aws:us-east-1")));
    QVERIFY(!AccountRules::isUnchanged(user, QString()));
}

void TestAccountRules::readOnlyReason_userAndOrgAdmins_mayEdit()
{
    QCOMPARE(AccountRules::readOnlyReason(optionOf(QStringLiteral("user-alice")),
                                          QStringLiteral("user-alice")),
             QString());
    // Even at its spending limit: the default region is not a billable activity.
    QCOMPARE(AccountRules::readOnlyReason(optionOf(QStringLiteral("org-limit")),
                                          QStringLiteral("user-alice")),
             QString());
    QVERIFY(!AccountRules::readOnlyReason(optionOf(QStringLiteral("user-alice")),
                                          QStringLiteral("user-bob"))
                 .isEmpty());
}

void TestAccountRules::readOnlyReason_orgMember_namesTheAdmins()
{
    // A MEMBER who may bill to the org still may not change its regions.
    const QString reason = AccountRules::readOnlyReason(optionOf(QStringLiteral("org-billing")),
                                                        QStringLiteral("user-alice"));
    QVERIFY2(reason.contains(QLatin1String("MEMBER")) && reason.contains(QLatin1String("ADMIN")),
             qPrintable(reason));
    BillToOption outsider = optionOf(QStringLiteral("org-billing"));
    outsider.level.clear();
    QVERIFY2(AccountRules::readOnlyReason(outsider, QStringLiteral("user-alice"))
                 .contains(QLatin1String("not a member")),
             "no membership");
}

void TestAccountRules::administered_userFirstThenExactlyTheAdministeredOrgs()
{
    QList<BillToOption> options = worldOptions();
    const QList<AccountEntry> entries = AccountRules::administered(options);
    QCOMPARE(idsOf(entries),
             (QStringList { QStringLiteral("user-alice"), QStringLiteral("org-limit") }));
    for (const AccountEntry &e : entries) {
        QVERIFY(e.editable);
        QVERIFY(e.readOnlyReason.isEmpty());
    }
    // The user comes first whatever the order of the options.
    std::reverse(options.begin(), options.end());
    // Reversed, the first option is an org: the user is still recognised by kind.
    QCOMPARE(AccountRules::administered(options).constFirst().account.id,
             QStringLiteral("user-alice"));
}

void TestAccountRules::readOnly_listsTheOtherOrgsWithTheirReason()
{
    const QList<AccountEntry> entries = AccountRules::readOnly(worldOptions());
    QCOMPARE(idsOf(entries),
             (QStringList { QStringLiteral("org-billing"), QStringLiteral("org-member"),
                            QStringLiteral("org-phi") }));
    for (const AccountEntry &e : entries) {
        QVERIFY(!e.editable);
        QVERIFY(e.readOnlyReason.contains(e.account.id));
    }
}

void TestAccountRules::defaultRegionChoices_enabledExactlyThePermitted()
{
    const BillToOption org = optionOf(QStringLiteral("org-phi"));
    const QList<RegionChoice> choices = AccountRules::defaultRegionChoices(org, RegionCatalog());
    QCOMPARE(choices.size(), RegionCatalog().regions().size());
    QStringList enabled;
    QStringList defaults;
    for (const RegionChoice &c : choices) {
        if (c.enabled)
            enabled << c.info.id;
        else
            QVERIFY2(c.reason.contains(QLatin1String("org-phi")), qPrintable(c.reason));
        if (c.isDefault)
            defaults << c.info.id;
    }
    enabled.sort();
    QStringList permitted = org.permittedRegions;
    permitted.sort();
    QCOMPARE(enabled, permitted);
    QCOMPARE(defaults, QStringList { QStringLiteral("aws:eu-west-2-g") });
}

void TestAccountRules::defaultRegionChoices_unknownPermittedRegion_isKept()
{
    BillToOption org = optionOf(QStringLiteral("org-limit"));
    org.permittedRegions << QStringLiteral("aws:me-south-1");
    const QList<RegionChoice> choices = AccountRules::defaultRegionChoices(org, RegionCatalog());
    QCOMPARE(choices.size(), RegionCatalog().regions().size() + 1);
    QCOMPARE(choices.constLast().info.id, QStringLiteral("aws:me-south-1"));
    QVERIFY(choices.constLast().enabled);
}

void TestAccountRules::defaultBillToChoices_userAndTheOrgsTheUserMayBillTo()
{
    QStringList ids;
    for (const BillToOption &o : AccountRules::defaultBillToChoices(worldOptions()))
        ids << o.id;
    // org-member may not bill; org-limit is at its spending limit but may still be the default
    // (New project then says why it cannot be used today).
    QCOMPARE(ids,
             QStringList({ QStringLiteral("user-alice"), QStringLiteral("org-billing"),
                           QStringLiteral("org-limit"), QStringLiteral("org-phi") }));
}

void TestAccountRules::validateDefaultBillTo_billable_isAccepted()
{
    for (const char *id : { "user-alice", "org-billing", "org-limit", "org-phi" })
        QCOMPARE(AccountRules::validateDefaultBillTo(worldOptions(), QLatin1String(id)), QString());
}

void TestAccountRules::validateDefaultBillTo_refusals_nameTheFieldAndTheRule()
{
    const QString empty = AccountRules::validateDefaultBillTo(worldOptions(), QString());
    QVERIFY2(empty.startsWith(QLatin1String("Default billTo: choose")), qPrintable(empty));

    const QString member
        = AccountRules::validateDefaultBillTo(worldOptions(), QStringLiteral("org-member"));
    QVERIFY2(member.startsWith(QLatin1String("Default billTo: org-member cannot")),
             qPrintable(member));
    QVERIFY2(member.contains(QLatin1String("allowBillableActivities")), qPrintable(member));

    const QString unknown
        = AccountRules::validateDefaultBillTo(worldOptions(), QStringLiteral("org-elsewhere"));
    QVERIFY2(unknown.contains(QLatin1String("org-elsewhere is not one of your accounts")),
             qPrintable(unknown));
}

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
