#include "app/sandbox/world/WorldJson.h"

#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"
#include "app/sandbox/world/Ids.h"

#include <QJsonArray>

namespace sandbox::json {

using namespace sandbox::input;

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString requireString(const QJsonObject &o, const QString &key)
{
    const std::optional<QString> text = optString(o, key);
    if (!text || text->isEmpty())
        failInvalidInput(key + QStringLiteral(": required, a non-empty string"));
    return *text;
}

} // namespace

QJsonObject toJson(const Region &region)
{
    QJsonObject prices;
    for (auto it = region.unarchivePricePerGB.cbegin(); it != region.unarchivePricePerGB.cend();
         ++it)
        prices.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("id"), region.id },
                         { QStringLiteral("phi"), region.phi },
                         { QStringLiteral("storagePricePerGB"), region.storagePricePerGB },
                         { QStringLiteral("archivedPricePerGB"), region.archivedPricePerGB },
                         { QStringLiteral("unarchivePricePerGB"), prices } };
}

Region regionFromJson(const QJsonObject &o)
{
    Region region;
    region.id = requireString(o, QStringLiteral("id"));
    if (!region.id.contains(QLatin1Char(':')))
        failInvalidInput(QStringLiteral("id: must look like cloud:geo"));
    region.phi = boolOr(o, QStringLiteral("phi"), false);
    region.storagePricePerGB = o.value(QStringLiteral("storagePricePerGB")).toDouble(0.023);
    region.archivedPricePerGB = o.value(QStringLiteral("archivedPricePerGB")).toDouble(0.004);
    const QJsonObject prices
        = optObject(o, QStringLiteral("unarchivePricePerGB")).value_or(QJsonObject());
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            failInvalidInput(QStringLiteral("unarchivePricePerGB.") + it.key()
                             + QStringLiteral(": must be a non-negative number"));
        region.unarchivePricePerGB.insert(it.key(), it.value().toDouble());
    }
    return region;
}

QJsonObject toJson(const Account &a)
{
    QJsonObject o { { QStringLiteral("id"), a.id },
                    { QStringLiteral("permittedRegions"), toArray(a.permittedRegions) },
                    { QStringLiteral("defaultRegion"), a.defaultRegion },
                    { QStringLiteral("phiFeatures"), a.phiFeatures },
                    { QStringLiteral("atSpendingLimit"), a.atSpendingLimit },
                    { QStringLiteral("archiveLicense"), a.archiveLicense },
                    { QStringLiteral("sponsorshipFeatures"), a.sponsorshipFeatures } };
    if (a.isOrg) {
        o.insert(QStringLiteral("name"), a.name);
        o.insert(QStringLiteral("restrictProjectTransfer"), a.restrictProjectTransfer);
        QJsonArray members;
        for (auto it = a.members.cbegin(); it != a.members.cend(); ++it) {
            members.append(QJsonObject {
                { QStringLiteral("user"), it.key() },
                { QStringLiteral("level"),
                  it->admin ? QStringLiteral("ADMIN") : QStringLiteral("MEMBER") },
                { QStringLiteral("allowBillableActivities"), it->allowBillableActivities } });
        }
        o.insert(QStringLiteral("members"), members);
    } else {
        o.insert(QStringLiteral("token"), a.token);
        o.insert(QStringLiteral("first"), a.first);
        o.insert(QStringLiteral("last"), a.last);
        o.insert(QStringLiteral("email"), a.email);
        o.insert(QStringLiteral("billTo"), a.billTo);
        o.insert(QStringLiteral("seesPricing"), a.seesPricing);
    }
    return o;
}

Account accountFromJson(const QJsonObject &o, bool isOrg)
{
    Account a;
    a.isOrg = isOrg;
    a.id = requireString(o, QStringLiteral("id"));
    if (!ids::isHandleId(a.id, isOrg ? QStringLiteral("org") : QStringLiteral("user")))
        failInvalidInput(QStringLiteral("id: must be ")
                         + (isOrg ? QStringLiteral("org-") : QStringLiteral("user-"))
                         + QStringLiteral("<handle> with a lower-case handle"));
    a.permittedRegions
        = optStringList(o, QStringLiteral("permittedRegions")).value_or(QStringList());
    a.defaultRegion = optString(o, QStringLiteral("defaultRegion")).value_or(QString());
    if (a.defaultRegion.isEmpty() && !a.permittedRegions.isEmpty())
        a.defaultRegion = a.permittedRegions.first();
    if (!a.defaultRegion.isEmpty() && !a.permittedRegions.contains(a.defaultRegion))
        failInvalidInput(QStringLiteral("defaultRegion: must be one of permittedRegions"));
    a.phiFeatures = boolOr(o, QStringLiteral("phiFeatures"), false);
    a.atSpendingLimit = boolOr(o, QStringLiteral("atSpendingLimit"), false);
    a.archiveLicense = boolOr(o, QStringLiteral("archiveLicense"), isOrg);
    a.sponsorshipFeatures = boolOr(o, QStringLiteral("sponsorshipFeatures"), false);
    if (isOrg) {
        a.name = optString(o, QStringLiteral("name")).value_or(a.handle());
        a.restrictProjectTransfer = boolOr(o, QStringLiteral("restrictProjectTransfer"), false);
        const QJsonArray members = o.value(QStringLiteral("members")).toArray();
        for (const QJsonValue &value : members) {
            const QJsonObject m = value.toObject();
            const QString user = requireString(m, QStringLiteral("user"));
            const QString level = optEnum(m, QStringLiteral("level"),
                                          { QStringLiteral("ADMIN"), QStringLiteral("MEMBER") })
                                      .value_or(QStringLiteral("MEMBER"));
            OrgMember member;
            member.admin = level == QLatin1String("ADMIN");
            member.allowBillableActivities
                = boolOr(m, QStringLiteral("allowBillableActivities"), member.admin);
            a.members.insert(user, member);
        }
    } else {
        a.token = optString(o, QStringLiteral("token")).value_or(QString());
        a.first = optString(o, QStringLiteral("first")).value_or(a.handle());
        a.last = optString(o, QStringLiteral("last")).value_or(QString());
        a.email = optString(o, QStringLiteral("email"))
                      .value_or(a.handle() + QStringLiteral("@sandbox.example"));
        a.billTo = optString(o, QStringLiteral("billTo")).value_or(a.id);
        a.seesPricing = boolOr(o, QStringLiteral("seesPricing"), true);
    }
    return a;
}

} // namespace sandbox::json
