#pragma once

#include "app/sandbox/service/Call.h"

// Rules shared by several routes: access levels, billTo eligibility, pricing visibility.
namespace sandbox::rules {

// The subject project, or ResourceNotFound; PermissionDenied below `needed`.
Project &project(Call &call, Level needed);
// Like project(), for routes that change it: records the change first.
Project &projectForWrite(Call &call, Level needed);
// PermissionDenied unless the caller may bill to `billTo` (themselves, or an org where they
// are ADMIN or have allowBillableActivities).
const Account &billableAccount(const Call &call, const QString &billTo, const QString &field);
// The billTo's region rule (DNAnexus documentation, "Regions"): PermissionDenied when not
// permitted.
void checkRegionPermitted(const Account &billTo, const QString &region);
// Whether the caller may see the pricing model of an account.
bool seesPricing(const World &world, const Account &caller, const QString &accountId);
// Org ADMIN, or the user account itself.
bool administers(const World &world, const Account &caller, const QString &accountId);
// Whether another project that is currently sponsored holds a copy of the file.
QString sponsoringProject(const World &world, const QString &fileId, const QString &exceptProject,
                          qint64 now);
constexpr double BytesPerGB = 1024.0 * 1024.0 * 1024.0;

} // namespace sandbox::rules
