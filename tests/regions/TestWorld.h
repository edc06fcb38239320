#pragma once

#include "models/regions/BillToRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The small world of the region tests: a user with two permitted regions and five orgs that
// each exercise one billTo rule.
namespace TestWorld {

inline QJsonArray regions(std::initializer_list<const char *> ids)
{
    QJsonArray out;
    for (const char *id : ids)
        out.append(QLatin1String(id));
    return out;
}

inline QJsonObject user()
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("user-alice") },
        { QStringLiteral("class"), QStringLiteral("user") },
        { QStringLiteral("first"), QStringLiteral("Alice") },
        { QStringLiteral("last"), QStringLiteral("Smith") },
        { QStringLiteral("permittedRegions"), regions({ "aws:us-east-1", "azure:westus" }) },
        { QStringLiteral("defaultRegion"), QStringLiteral("azure:westus") },
        { QStringLiteral("billTo"), QStringLiteral("user-alice") },
    };
}

inline QJsonObject org(const char *id, const char *level, bool billable, QJsonArray permitted,
                       const char *defaultRegion)
{
    return QJsonObject {
        { QStringLiteral("id"), QLatin1String(id) },
        { QStringLiteral("class"), QStringLiteral("org") },
        { QStringLiteral("name"), QLatin1String(id).mid(4).toString().toUpper() },
        { QStringLiteral("level"), QLatin1String(level) },
        { QStringLiteral("allowBillableActivities"), billable },
        { QStringLiteral("permittedRegions"), permitted },
        { QStringLiteral("defaultRegion"), QLatin1String(defaultRegion) },
    };
}

inline QList<QJsonObject> orgs()
{
    QJsonObject limit
        = org("org-limit", "ADMIN", true, regions({ "aws:eu-central-1" }), "aws:eu-central-1");
    limit.insert(QStringLiteral("atSpendingLimit"), true);
    QJsonObject phi = org("org-phi", "MEMBER", true,
                          regions({ "aws:us-east-1", "aws:eu-west-2-g", "azure:uksouth-ofh" }),
                          "aws:eu-west-2-g");
    phi.insert(QStringLiteral("phiFeatures"), true);
    phi.insert(QStringLiteral("pricingModelsByRegion"),
               QJsonObject { { QStringLiteral("aws:us-east-1"),
                               QJsonObject { { QStringLiteral("storagePerGBMonth"), 0.023 } } } });
    return {
        org("org-billing", "MEMBER", true,
            regions({ "aws:us-east-1", "aws:eu-central-1", "aws:ap-southeast-2" }),
            "aws:eu-central-1"),
        org("org-member", "MEMBER", false, regions({ "azure:westeurope" }), "azure:westeurope"),
        limit,
        phi,
    };
}

// The billTo options of this world, as BillToRules makes them.
inline QList<BillToOption> worldOptions()
{
    return BillToRules::options(user(), orgs());
}

inline BillToOption optionOf(const QString &id)
{
    for (const BillToOption &o : worldOptions()) {
        if (o.id == id)
            return o;
    }
    return {};
}

} // namespace TestWorld
