// Users and orgs: describe, update (defaultRegion, billTo), /system/findOrgs and
// /org-xxxx/findProjects (DNAnexus API, user-xxxx/describe, org-xxxx/describe, system/findOrgs,
// org-xxxx/findProjects).
#include "app/sandbox/routes/FindProjectsQuery.h"
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"
#include "app/sandbox/world/WorldJson.h"

#include <QJsonArray>

namespace sandbox {

using namespace sandbox::input;

namespace {

const Account &subjectAccount(const Call &call, bool isOrg)
{
    const Account *account = call.world.account(call.subject);
    if (!account || account->isOrg != isOrg)
        failNotFound(
            call.subject
            + (isOrg ? QStringLiteral(": no such org") : QStringLiteral(": no such user")));
    return *account;
}

QJsonObject pricingModels(const World &world, const Account &account)
{
    QJsonObject models;
    for (const QString &id : account.permittedRegions) {
        const Region region = world.regions.value(id);
        QJsonObject model = json::toJson(region);
        model.remove(QStringLiteral("id"));
        models.insert(id, model);
    }
    return models;
}

QJsonObject describeAccount(const Call &call, const Account &a, const QJsonObject &input)
{
    QSet<QString> fields;
    bool restricted = false;
    if (const std::optional<QJsonObject> given = optObject(input, QStringLiteral("fields"))) {
        restricted = true;
        for (auto it = given->begin(); it != given->end(); ++it) {
            if (!it.value().isBool())
                failInvalidInput(QStringLiteral("fields.") + it.key()
                                 + QStringLiteral(": must be a boolean"));
            if (it.value().toBool())
                fields.insert(it.key());
        }
    }
    const OrgMember *membership = a.isOrg ? call.world.membership(a.id, call.caller.id) : nullptr;
    const bool insider = a.id == call.caller.id || membership;
    QJsonObject d { { QStringLiteral("id"), a.id },
                    { QStringLiteral("class"),
                      a.isOrg ? QStringLiteral("org") : QStringLiteral("user") },
                    { QStringLiteral("handle"), a.handle() } };
    if (a.isOrg) {
        d.insert(QStringLiteral("name"), a.name);
    } else {
        d.insert(QStringLiteral("first"), a.first);
        d.insert(QStringLiteral("last"), a.last);
    }
    if (insider) {
        d.insert(QStringLiteral("permittedRegions"),
                 QJsonArray::fromStringList(a.permittedRegions));
        d.insert(QStringLiteral("defaultRegion"), a.defaultRegion);
        d.insert(QStringLiteral("phiFeatures"), a.phiFeatures);
        d.insert(QStringLiteral("atSpendingLimit"), a.atSpendingLimit);
        d.insert(QStringLiteral("archiveLicense"), a.archiveLicense);
        d.insert(QStringLiteral("sponsorshipFeatures"), a.sponsorshipFeatures);
        if (a.isOrg) {
            d.insert(QStringLiteral("level"),
                     membership->admin ? QStringLiteral("ADMIN") : QStringLiteral("MEMBER"));
            d.insert(QStringLiteral("allowBillableActivities"),
                     membership->admin || membership->allowBillableActivities);
        } else {
            d.insert(QStringLiteral("email"), a.email);
            d.insert(QStringLiteral("billTo"), a.billTo);
        }
        if (rules::seesPricing(call.world, call.caller, a.id))
            d.insert(QStringLiteral("pricingModelsByRegion"), pricingModels(call.world, a));
    }
    if (!restricted)
        return d;
    QJsonObject filtered { { QStringLiteral("id"), a.id } };
    for (const QString &field : fields) {
        if (d.contains(field))
            filtered.insert(field, d.value(field));
    }
    return filtered;
}

Body describeUser(Call &call)
{
    return describeAccount(call, subjectAccount(call, false), call.input);
}

Body describeOrg(Call &call)
{
    return describeAccount(call, subjectAccount(call, true), call.input);
}

QJsonObject updateAccount(Call &call, bool isOrg)
{
    const std::optional<QString> region = optString(call.input, QStringLiteral("defaultRegion"));
    const Account &a = subjectAccount(call, isOrg);
    if (isOrg ? !rules::administers(call.world, call.caller, a.id) : a.id != call.caller.id)
        failPermissionDenied(isOrg ? QStringLiteral("only ADMINs of ") + a.id
                                     + QStringLiteral(" may update it")
                                   : QStringLiteral("users may only update themselves"));
    if (region && !a.permittedRegions.contains(*region))
        failInvalidInput(QStringLiteral("defaultRegion: ") + *region
                         + QStringLiteral(" is not among the permittedRegions of ") + a.id);
    // A user's own default billTo: themselves or an org they may bill to (the same rule as
    // project/new's billTo). Orgs have none.
    const std::optional<QString> billTo = optString(call.input, QStringLiteral("billTo"));
    if (billTo && isOrg)
        failInvalidInput(QStringLiteral("billTo: an org has no default billTo; only users do"));
    if (billTo && !call.world.account(*billTo))
        failInvalidInput(QStringLiteral("billTo: ") + *billTo
                         + QStringLiteral(" is not a user or org of this platform"));
    if (billTo)
        rules::billableAccount(call, *billTo, QStringLiteral("billTo"));
    if (region) {
        call.changes.accounts.insert(a.id);
        call.world.account(a.id)->defaultRegion = *region;
    }
    if (billTo) {
        call.changes.accounts.insert(a.id);
        call.world.account(a.id)->billTo = *billTo;
    }
    return QJsonObject { { QStringLiteral("id"), a.id } };
}

Body updateUser(Call &call)
{
    return updateAccount(call, false);
}

Body updateOrg(Call &call)
{
    return updateAccount(call, true);
}

Body findOrgs(Call &call)
{
    const QString level = optEnum(call.input, QStringLiteral("level"),
                                  { QStringLiteral("MEMBER"), QStringLiteral("ADMIN") })
                              .value_or(QStringLiteral("MEMBER"));
    const QJsonValue describeValue = call.input.value(QStringLiteral("describe"));
    if (!describeValue.isUndefined() && !describeValue.isBool() && !describeValue.isObject())
        failInvalidInput(QStringLiteral("describe: must be a boolean or a describe input mapping"));
    const bool describe = describeValue.isObject() || describeValue.toBool();
    // dx find orgs --with-billable-activities / --without-billable-activities; an admin may
    // always bill, as describe says.
    const std::optional<bool> billable
        = optBool(call.input, QStringLiteral("allowBillableActivities"));
    int limit = 1000;
    if (const std::optional<qint64> given = optInt(call.input, QStringLiteral("limit"))) {
        if (*given < 1 || *given > 1000)
            failInvalidInput(QStringLiteral("limit: must be an integer from 1 to 1000"));
        limit = int(*given);
    }
    const QJsonValue startingValue = call.input.value(QStringLiteral("starting"));
    if (!startingValue.isUndefined() && !startingValue.isNull() && !startingValue.isString())
        failInvalidInput(QStringLiteral("starting: must be the next value of a previous reply"));
    const QString starting = startingValue.toString();
    QJsonArray results;
    QJsonValue next = QJsonValue::Null;
    QStringList orgs = call.world.orgsOf(call.caller.id);
    orgs.sort();
    for (const QString &id : qAsConst(orgs)) {
        if (!starting.isEmpty() && id < starting)
            continue;
        const OrgMember *member = call.world.membership(id, call.caller.id);
        if (!member || (level == QLatin1String("ADMIN") && !member->admin))
            continue;
        if (billable && (member->admin || member->allowBillableActivities) != *billable)
            continue;
        if (results.size() == limit) {
            next = id;
            break;
        }
        QJsonObject result { { QStringLiteral("id"), id } };
        if (describe)
            result.insert(QStringLiteral("describe"),
                          describeAccount(call, *call.world.account(id), describeValue.toObject()));
        results.append(result);
    }
    return QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("next"), next } };
}

// /org-xxxx/findProjects: the projects billed to the org, for its ADMINs, members of them or
// not (a result's level is the caller's own, NONE when not a member). The filters of
// /system/findProjects without a minimum level; public, publicOnly or privateOnly.
Body findOrgProjects(Call &call)
{
    const Account &org = subjectAccount(call, true);
    if (!rules::administers(call.world, call.caller, org.id))
        failPermissionDenied(QStringLiteral("only ADMINs of ") + org.id
                             + QStringLiteral(" may list the projects billed to it"));
    QJsonObject input = call.input;
    for (const char *ignored : { "level", "billTo", "explicitPermission" })
        input.remove(QLatin1String(ignored));
    FindProjectsQuery query(input);
    query.minimumLevel = Level::None;
    query.billedTo = org.id;
    query.withPublic = true;
    return findProjectsPage(call, query);
}

} // namespace

void addAccountRoutes(RouteTable &table)
{
    table.add(QStringLiteral("user-*"), QStringLiteral("describe"), &describeUser);
    table.add(QStringLiteral("user-*"), QStringLiteral("update"), &updateUser);
    table.add(QStringLiteral("org-*"), QStringLiteral("describe"), &describeOrg);
    table.add(QStringLiteral("org-*"), QStringLiteral("update"), &updateOrg);
    table.add(QStringLiteral("org-*"), QStringLiteral("findProjects"), &findOrgProjects);
    table.add(QStringLiteral("system"), QStringLiteral("findOrgs"), &findOrgs);
}

} // namespace sandbox
