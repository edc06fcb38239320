#pragma once

#include "models/regions/BillToRules.h"
#include "models/regions/RegionCatalog.h"

#include <QList>
#include <QString>
#include <QStringList>

// One account whose regions the account page shows: the signed-in user or an org.
struct AccountEntry
{
    BillToOption account;
    bool editable = false; // the user, or an org in which the user is an ADMIN
    QString readOnlyReason; // why the default region cannot be changed here; empty if editable
};

// The rules of the account page (/user-xxxx/update, /org-xxxx/update with defaultRegion) as
// pure functions. The server checks them again (InvalidInput, PermissionDenied).
namespace AccountRules {

// Why the user cannot change this account's default region; empty when they can. Users may
// update themselves; orgs only their ADMINs (BillToOption::level of the caller).
QString readOnlyReason(const BillToOption &account, const QString &userId);

// The user first, then the orgs they administer in the order given. Only editable entries.
QList<AccountEntry> administered(const QList<BillToOption> &options);
// The orgs the user belongs to without administering them, each with the reason.
QList<AccountEntry> readOnly(const QList<BillToOption> &options);

// Why `region` cannot become the default region of `account`; empty when it can. Choosing the
// current default is not an error (nothing to send, see isUnchanged).
QString validateDefaultRegion(const BillToOption &account, const QString &region);
bool isUnchanged(const BillToOption &account, const QString &region);

// Every region of the catalog plus the account's unknown permitted ones; enabled exactly when
// permitted; the account's current default region marked as default.
QList<RegionChoice> defaultRegionChoices(const BillToOption &account, const RegionCatalog &catalog);

// The user's own default billTo (/user-xxxx/update {"billTo"}): the account New project
// preselects. It may be the user or an org the user may bill to (BillToRules::
// notBillableReason); an account at its spending limit may still be the default.
QList<BillToOption> defaultBillToChoices(const QList<BillToOption> &options);
// Why `billTo` cannot become the user's default billTo; empty when it can (choosing the current
// one is not an error: nothing to send).
QString validateDefaultBillTo(const QList<BillToOption> &options, const QString &billTo);

} // namespace AccountRules
