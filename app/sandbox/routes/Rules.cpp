#include "app/sandbox/routes/Rules.h"

#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"
#include "app/sandbox/world/Ids.h"

namespace sandbox::rules {

Project &project(Call &call, Level needed)
{
    Project *p = call.world.project(call.subject);
    if (!p)
        failNotFound(call.subject + QStringLiteral(": no such project"));
    if (call.world.levelOf(*p, call.caller.id) < needed)
        failPermissionDenied(levelName(needed) + QStringLiteral(" access to ") + p->id
                             + QStringLiteral(" is required"));
    return *p;
}

Project &projectForWrite(Call &call, Level needed)
{
    Project &p = project(call, needed);
    call.changes.projects.insert(p.id);
    return p;
}

const Account &billableAccount(const Call &call, const QString &billTo, const QString &field)
{
    const Account *account = call.world.account(billTo);
    if (account && account->id == call.caller.id)
        return *account;
    if (account && account->isOrg) {
        const OrgMember *member = call.world.membership(billTo, call.caller.id);
        if (member && (member->admin || member->allowBillableActivities))
            return *account;
    }
    failPermissionDenied(field
                         + QStringLiteral(": must be your own user ID or an org in which you "
                                          "have allowBillableActivities (")
                         + input::quoted(billTo) + QStringLiteral(" is not)"));
}

void checkRegionPermitted(const Account &billTo, const QString &region)
{
    if (!billTo.permittedRegions.contains(region))
        failPermissionDenied(QStringLiteral("region: ") + region
                             + QStringLiteral(" is not among the permittedRegions of ")
                             + billTo.id);
}

bool seesPricing(const World &world, const Account &caller, const QString &accountId)
{
    if (accountId == caller.id)
        return caller.seesPricing;
    const OrgMember *member = world.membership(accountId, caller.id);
    return member && member->admin;
}

bool administers(const World &world, const Account &caller, const QString &accountId)
{
    if (accountId == caller.id)
        return true;
    const OrgMember *member = world.membership(accountId, caller.id);
    return member && member->admin;
}

QString sponsoringProject(const World &world, const QString &fileId, const QString &exceptProject,
                          qint64 now)
{
    for (const QString &id : world.copiesOf(fileId)) {
        if (id == exceptProject)
            continue;
        const Project *other = world.project(id);
        if (other && other->sponsoredAt(now))
            return id;
    }
    return QString();
}

} // namespace sandbox::rules
