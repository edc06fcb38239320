#pragma once

#include "models/regions/BillToOption.h"
#include "models/regions/RegionCatalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// One region as offered for a given billTo.
struct RegionChoice
{
    RegionInfo info;
    bool enabled = false;
    QString reason; // why it cannot be chosen; empty when enabled
    bool isDefault = false;
};

// What a PHI project needs and does not have: the billTo's PHI features, a region that
// supports PHI. An unknown region support is not reported as missing: the server decides.
struct PhiCheck
{
    bool billToLacksPhi = false;
    bool regionLacksPhi = false;
    bool regionSupportUnknown = false;

    bool ok() const { return !billToLacksPhi && !regionLacksPhi; }
    QString reason; // a sentence naming what is missing; empty when ok()
};

// The billTo and region rules of the DNAnexus documentation ("Regions", "Billing") as pure
// functions, for the pickers to show before the server would refuse. The server checks them again.
namespace BillToRules {

// The user first, then the orgs in the order given. The user and orgs in which the user has
// allowBillableActivities (org ADMINs qualify) are enabled unless at their spending limit;
// the others are disabled with a reason.
QList<BillToOption> options(const QJsonObject &userDescribe,
                            const QList<QJsonObject> &orgDescribes);

// Why the user may not bill to `option` at all, spending limit aside: an org they are not a
// member of, or one that has not granted them allowBillableActivities (ADMINs always may).
// Empty for the user and for orgs they may bill to.
QString notBillableReason(const BillToOption &option);

// The orgs among `options` that the user administers (membership ADMIN), in order: those
// whose projects /org-xxxx/findProjects lists for them.
QList<BillToOption> administeredOrgs(const QList<BillToOption> &options);

// The billTo to preselect: the user's own billTo if it is an enabled option, else the user if
// enabled, else the first enabled option; empty when none is.
QString preselectedBillTo(const QList<BillToOption> &options);

// Every region of the catalog, plus any permitted region the catalog does not know, each
// enabled exactly when it is among the billTo's permitted regions (and, with requirePhi, when
// it is not known to lack PHI support).
QList<RegionChoice> regionsFor(const BillToOption &billTo, const RegionCatalog &catalog,
                               bool requirePhi = false);

// The billTo's defaultRegion when permitted, else its first permitted region, else empty.
QString defaultRegion(const BillToOption &billTo);

// Whether `region` may be given to `billTo` (for a defaultRegion update, or a new project).
bool isPermitted(const BillToOption &billTo, const QString &region);
QString notPermittedReason(const BillToOption &billTo);

PhiCheck checkPhi(const BillToOption &billTo, const RegionInfo &region);

// "org-x does not permit aws:us-east-1, the project's region."
QString regionNotPermittedReason(const BillToOption &billTo, const QString &region);

// The billTos an existing project in `region` may be billed to (Edit project, Accept transfer):
// every option, in order, those that do not permit the region disabled with that reason (an
// option already disabled keeps its own reason). `current`, the project's billTo (empty for a
// transfer), comes first and stays enabled, even when it is not one of the options: keeping it
// changes nothing.
QList<BillToOption> forProjectRegion(const QList<BillToOption> &options, const QString &region,
                                     const QString &current = {});

} // namespace BillToRules
