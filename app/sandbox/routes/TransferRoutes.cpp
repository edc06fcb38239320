// transfer and acceptTransfer (input shapes are this project's choice: docs/api-facts.md).
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

namespace sandbox {

using namespace sandbox::input;

namespace {

Body transfer(Call &call)
{
    const Project &p = rules::project(call, Level::Administer);
    const std::optional<QString> invitee = optString(call.input, QStringLiteral("invitee"));
    if (!invitee
        || (!invitee->startsWith(QLatin1String("user-"))
            && !invitee->startsWith(QLatin1String("org-"))))
        failInvalidInput(QStringLiteral("invitee: required, a user or org ID"));
    if (!call.world.account(*invitee))
        failNotFound(QStringLiteral("invitee: no such user or org ") + quoted(*invitee));
    if (p.sponsoredAt(call.now))
        failInvalidState(QStringLiteral("a sponsored project cannot be transferred; end the "
                                        "sponsorship first"));
    Project &w = rules::projectForWrite(call, Level::Administer);
    w.pendingTransfer = *invitee;
    w.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), w.id } };
}

Body acceptTransfer(Call &call)
{
    Project *p = call.world.project(call.subject);
    if (!p)
        failNotFound(call.subject + QStringLiteral(": no such project"));
    // Access first: only the invitee (or an ADMIN of the invitee org) and those who can see the
    // project (describe shows pendingTransfer) learn whether and to whom it is being moved.
    const bool invited = !p->pendingTransfer.isEmpty()
        && rules::administers(call.world, call.caller, p->pendingTransfer);
    if (!invited && call.world.levelOf(*p, call.caller.id) < Level::View)
        failPermissionDenied(QStringLiteral("only the invitee of a pending transfer of ") + p->id
                             + QStringLiteral(" (or an ADMIN of the invitee org) can accept it"));
    if (p->pendingTransfer.isEmpty())
        failInvalidState(QStringLiteral("the project has no pending transfer"));
    const QString invitee = p->pendingTransfer;
    if (!rules::administers(call.world, call.caller, invitee))
        failPermissionDenied(
            QStringLiteral("only ") + invitee
            + QStringLiteral(" (or an ADMIN of that org) can accept this transfer"));
    const std::optional<QString> billToInput = optString(call.input, QStringLiteral("billTo"));
    const QString billToId = billToInput.value_or(
        invitee.startsWith(QLatin1String("user-")) ? call.caller.billTo : invitee);
    const Account &billTo = rules::billableAccount(call, billToId, QStringLiteral("billTo"));
    rules::checkRegionPermitted(billTo, p->region);
    if (billTo.atSpendingLimit)
        failSpendingLimit(QStringLiteral("billTo: ") + billTo.id
                          + QStringLiteral(" has reached its spending limit"));
    call.changes.projects.insert(p->id);
    if (p->billTo != billTo.id) {
        p->totalSponsoredEgressBytes = 0;
        p->consumedSponsoredEgressBytes = 0;
    }
    p->billTo = billTo.id;
    p->pendingTransfer.clear();
    p->members.insert(invitee, Level::Administer);
    p->touch(call.now);
    return QJsonObject { { QStringLiteral("id"), p->id } };
}

} // namespace

void addTransferRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project-*"), QStringLiteral("transfer"), &transfer);
    table.add(QStringLiteral("project-*"), QStringLiteral("acceptTransfer"), &acceptTransfer);
}

} // namespace sandbox
