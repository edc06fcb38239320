#include "models/regions/BillToRules.h"

#include <QObject>

namespace BillToRules {

namespace {

QString spendingLimitReason(const BillToOption &o)
{
    return o.isOrg()
        ? QObject::tr("%1 has reached its spending limit: nothing new can be billed to it until "
                      "the limit is raised.")
              .arg(o.id)
        : QObject::tr("Your account (%1) has reached its spending limit: nothing new can be "
                      "billed to it until the limit is raised.")
              .arg(o.id);
}

void decide(BillToOption *o)
{
    o->disabledReason = notBillableReason(*o);
    if (o->disabledReason.isEmpty() && o->atSpendingLimit)
        o->disabledReason = spendingLimitReason(*o);
    o->enabled = o->disabledReason.isEmpty();
}

} // namespace

QString notBillableReason(const BillToOption &o)
{
    if (!o.isOrg())
        return {};
    if (o.level.isEmpty())
        return QObject::tr("You are not a member of %1.").arg(o.id);
    if (!o.allowBillableActivities && o.level != QLatin1String("ADMIN"))
        return QObject::tr("You are a member of %1 without permission to bill to it "
                           "(allowBillableActivities); an ADMIN of the org can grant it.")
            .arg(o.id);
    return {};
}

QList<BillToOption> options(const QJsonObject &userDescribe, const QList<QJsonObject> &orgDescribes)
{
    QList<BillToOption> out;
    BillToOption user = BillToOption::fromDescribe(userDescribe);
    user.kind = BillToOption::Kind::User;
    decide(&user);
    out << user;
    for (const QJsonObject &d : orgDescribes) {
        BillToOption org = BillToOption::fromDescribe(d);
        if (org.id.isEmpty() || org.id == user.id)
            continue;
        org.kind = BillToOption::Kind::Org;
        decide(&org);
        out << org;
    }
    return out;
}

QList<BillToOption> administeredOrgs(const QList<BillToOption> &options)
{
    QList<BillToOption> out;
    for (const BillToOption &option : options) {
        if (option.isOrg() && option.level == QLatin1String("ADMIN"))
            out.append(option);
    }
    return out;
}

QString preselectedBillTo(const QList<BillToOption> &options)
{
    const QString own = options.isEmpty() ? QString() : options.first().userBillTo;
    for (const BillToOption &o : options) {
        if (o.enabled && !own.isEmpty() && o.id == own)
            return o.id;
    }
    for (const BillToOption &o : options) {
        if (o.enabled)
            return o.id;
    }
    return {};
}

bool isPermitted(const BillToOption &billTo, const QString &region)
{
    return !region.isEmpty() && billTo.permittedRegions.contains(region);
}

QString notPermittedReason(const BillToOption &billTo)
{
    return QObject::tr("Not among the permitted regions of %1.").arg(billTo.id);
}

QString defaultRegion(const BillToOption &billTo)
{
    if (isPermitted(billTo, billTo.defaultRegion))
        return billTo.defaultRegion;
    return billTo.permittedRegions.value(0);
}

QList<RegionChoice> regionsFor(const BillToOption &billTo, const RegionCatalog &catalog,
                               bool requirePhi)
{
    RegionCatalog all = catalog;
    all.addAll(billTo.permittedRegions);
    const QString preselect = defaultRegion(billTo);

    QList<RegionChoice> out;
    for (const RegionInfo &info : all.regions()) {
        RegionChoice c;
        c.info = info;
        c.isDefault = info.id == preselect;
        if (!isPermitted(billTo, info.id)) {
            c.reason = notPermittedReason(billTo);
        } else if (requirePhi && info.phi == RegionInfo::Phi::Unsupported) {
            c.reason = QObject::tr("%1 does not support PHI data.").arg(info.displayName);
        } else {
            c.enabled = true;
        }
        out << c;
    }
    return out;
}

PhiCheck checkPhi(const BillToOption &billTo, const RegionInfo &region)
{
    PhiCheck check;
    check.billToLacksPhi = !billTo.phiFeatures;
    check.regionLacksPhi = region.phi == RegionInfo::Phi::Unsupported;
    check.regionSupportUnknown = region.phi == RegionInfo::Phi::Unknown;

    QStringList missing;
    if (check.billToLacksPhi)
        missing << QObject::tr("PHI features must be enabled for %1.").arg(billTo.id);
    if (check.regionLacksPhi)
        missing << QObject::tr("The region %1 does not support PHI data.").arg(region.displayName);
    check.reason = missing.join(QLatin1Char(' '));
    return check;
}

QString regionNotPermittedReason(const BillToOption &billTo, const QString &region)
{
    return QObject::tr("%1 does not permit %2, the project's region.").arg(billTo.id, region);
}

QList<BillToOption> forProjectRegion(const QList<BillToOption> &options, const QString &region,
                                     const QString &current)
{
    QList<BillToOption> out;
    bool hasCurrent = false;
    for (BillToOption o : options) {
        if (!current.isEmpty() && o.id == current) {
            o.enabled = true;
            o.disabledReason.clear();
            out.prepend(o);
            hasCurrent = true;
            continue;
        }
        if (o.enabled && !region.isEmpty() && !isPermitted(o, region)) {
            o.enabled = false;
            o.disabledReason = regionNotPermittedReason(o, region);
        }
        out << o;
    }
    if (!current.isEmpty() && !hasCurrent) {
        BillToOption o; // e.g. an org the user is not a member of
        o.id = current;
        o.name = current;
        o.kind = current.startsWith(QLatin1String("org-")) ? BillToOption::Kind::Org
                                                           : BillToOption::Kind::User;
        o.enabled = true;
        out.prepend(o);
    }
    return out;
}

} // namespace BillToRules
