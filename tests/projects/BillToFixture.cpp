#include "tests/projects/BillToFixture.h"

#include "models/regions/BillToRules.h"

#include <QJsonArray>

namespace BillToFixture {

namespace {

QJsonObject org(const QString &id, const QString &name, const QStringList &regions,
                const QString &defaultRegion, const QString &level, bool billable)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("class"), QStringLiteral("org") },
             { QStringLiteral("name"), name },
             { QStringLiteral("permittedRegions"), QJsonArray::fromStringList(regions) },
             { QStringLiteral("defaultRegion"), defaultRegion },
             { QStringLiteral("level"), level },
             { QStringLiteral("allowBillableActivities"), billable } };
}

} // namespace

QList<BillToOption> billToOptions()
{
    const QJsonObject alice {
        { QStringLiteral("id"), QStringLiteral("user-alice") },
        { QStringLiteral("class"), QStringLiteral("user") },
        { QStringLiteral("first"), QStringLiteral("Alice") },
        { QStringLiteral("last"), QStringLiteral("Admin") },
        { QStringLiteral("billTo"), QStringLiteral("user-alice") },
        { QStringLiteral("defaultRegion"), QStringLiteral("aws:us-east-1") },
        { QStringLiteral("permittedRegions"),
          QJsonArray { QStringLiteral("aws:us-east-1"), QStringLiteral("aws:eu-central-1"),
                       QStringLiteral("aws:ap-southeast-2"), QStringLiteral("aws:eu-west-2"),
                       QStringLiteral("aws:eu-west-2-g"), QStringLiteral("azure:westus"),
                       QStringLiteral("azure:westeurope"), QStringLiteral("azure:uksouth-ofh") } },
    };
    QJsonObject clinical
        = org(QStringLiteral("org-clinical"), QStringLiteral("Clinical Research"),
              { QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westus"),
                QStringLiteral("azure:uksouth-ofh"), QStringLiteral("aws:eu-west-2") },
              QStringLiteral("azure:westus"), QStringLiteral("ADMIN"), true);
    clinical.insert(QStringLiteral("phiFeatures"), true);
    QJsonObject eurolab
        = org(QStringLiteral("org-eurolab"), QStringLiteral("Euro Lab"),
              { QStringLiteral("aws:eu-west-2-g"), QStringLiteral("azure:westeurope"),
                QStringLiteral("aws:eu-central-1") },
              QStringLiteral("azure:westeurope"), QStringLiteral("ADMIN"), true);
    eurolab.insert(QStringLiteral("atSpendingLimit"), true);
    const QList<QJsonObject> orgs {
        org(QStringLiteral("org-genomics"), QStringLiteral("Genomics Core"),
            { QStringLiteral("aws:us-east-1"), QStringLiteral("aws:eu-central-1"),
              QStringLiteral("aws:eu-west-2"), QStringLiteral("aws:ap-southeast-2") },
            QStringLiteral("aws:us-east-1"), QStringLiteral("ADMIN"), true),
        clinical,
        eurolab,
        org(QStringLiteral("org-partners"), QStringLiteral("Partner Network"),
            { QStringLiteral("aws:us-east-1") }, QStringLiteral("aws:us-east-1"),
            QStringLiteral("MEMBER"), false),
    };
    return BillToRules::options(alice, orgs);
}

} // namespace BillToFixture
