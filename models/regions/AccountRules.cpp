#include "models/regions/AccountRules.h"

#include <QObject>

namespace AccountRules {

namespace {
// The signed-in user is the one user among the options (BillToRules::options puts it first).
QString userIdOf(const QList<BillToOption> &options)
{
    for (const BillToOption &o : options) {
        if (!o.isOrg())
            return o.id;
    }
    return {};
}
} // namespace

QString readOnlyReason(const BillToOption &account, const QString &userId)
{
    if (!account.isOrg()) {
        return account.id == userId || userId.isEmpty()
            ? QString()
            : QObject::tr("Users may only change their own default region.");
    }
    if (account.level == QLatin1String("ADMIN"))
        return {};
    if (account.level.isEmpty())
        return QObject::tr("You are not a member of %1.").arg(account.id);
    return QObject::tr("You are a %1 of %2: only its ADMINs can change its default region.")
        .arg(account.level, account.id);
}

QList<AccountEntry> administered(const QList<BillToOption> &options)
{
    const QString userId = userIdOf(options);
    QList<AccountEntry> out;
    for (const BillToOption &o : options) {
        if (!readOnlyReason(o, userId).isEmpty())
            continue;
        AccountEntry entry { o, true, {} };
        if (o.isOrg())
            out << entry;
        else
            out.prepend(entry); // the user first, whatever order the options came in
    }
    return out;
}

QList<AccountEntry> readOnly(const QList<BillToOption> &options)
{
    const QString userId = userIdOf(options);
    QList<AccountEntry> out;
    for (const BillToOption &o : options) {
        const QString reason = readOnlyReason(o, userId);
        if (!reason.isEmpty())
            out << AccountEntry { o, false, reason };
    }
    return out;
}

QString validateDefaultRegion(const BillToOption &account, const QString &region)
{
    if (region.isEmpty())
        return QObject::tr("Choose a region.");
    if (account.permittedRegions.isEmpty())
        return QObject::tr("%1 has no permitted regions, so it has no default region to "
                           "change.")
            .arg(account.id);
    if (!BillToRules::isPermitted(account, region))
        return QObject::tr("%1 is not among the permitted regions of %2.").arg(region, account.id);
    return {};
}

bool isUnchanged(const BillToOption &account, const QString &region)
{
    return !region.isEmpty() && region == account.defaultRegion;
}

QList<RegionChoice> defaultRegionChoices(const BillToOption &account, const RegionCatalog &catalog)
{
    RegionCatalog all = catalog;
    all.addAll(account.permittedRegions);
    all.add(account.defaultRegion);
    QList<RegionChoice> out;
    for (const RegionInfo &info : all.regions()) {
        RegionChoice c;
        c.info = info;
        c.isDefault = info.id == account.defaultRegion;
        c.reason = validateDefaultRegion(account, info.id);
        c.enabled = c.reason.isEmpty();
        out << c;
    }
    return out;
}

QList<BillToOption> defaultBillToChoices(const QList<BillToOption> &options)
{
    QList<BillToOption> out;
    for (const BillToOption &o : options) {
        if (BillToRules::notBillableReason(o).isEmpty())
            out << o;
    }
    return out;
}

QString validateDefaultBillTo(const QList<BillToOption> &options, const QString &billTo)
{
    if (billTo.isEmpty())
        return QObject::tr("Default billTo: choose the account new projects are billed to.");
    for (const BillToOption &o : options) {
        if (o.id != billTo)
            continue;
        const QString reason = BillToRules::notBillableReason(o);
        return reason.isEmpty()
            ? QString()
            : QObject::tr("Default billTo: %1 cannot be your default billTo. %2")
                  .arg(billTo, reason);
    }
    return QObject::tr("Default billTo: %1 is not one of your accounts; choose yourself or an org "
                       "you may bill to.")
        .arg(billTo);
}

} // namespace AccountRules
