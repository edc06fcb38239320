// invite, decreasePermissions and leave (DNAnexus API, project-xxxx/invite, decreasePermissions,
// leave).
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

namespace sandbox {

using namespace sandbox::input;

namespace {

int administrators(const Project &p)
{
    int count = 0;
    for (auto it = p.members.cbegin(); it != p.members.cend(); ++it)
        count += it.value() == Level::Administer ? 1 : 0;
    return count;
}

// Users and orgs by ID, PUBLIC, or a user by e-mail address.
QString resolveInvitee(const Call &call, const QString &invitee)
{
    if (invitee == QLatin1String("PUBLIC"))
        return invitee;
    if (invitee.contains(QLatin1Char('@'))) {
        for (const QString &id : call.world.userOrder) {
            const Account *user = call.world.account(id);
            if (user && user->email.compare(invitee, Qt::CaseInsensitive) == 0)
                return id;
        }
        return QString(); // nobody yet: the platform sends an e-mail invitation
    }
    if (!invitee.startsWith(QLatin1String("user-")) && !invitee.startsWith(QLatin1String("org-")))
        failInvalidInput(QStringLiteral("invitee: must be a user ID, an org ID, PUBLIC or an "
                                        "e-mail address"));
    if (!call.world.account(invitee))
        failNotFound(QStringLiteral("invitee: no such user or org ") + quoted(invitee));
    return invitee;
}

Body invite(Call &call)
{
    const Project &p = rules::project(call, Level::Administer);
    const std::optional<QString> inviteeInput = optString(call.input, QStringLiteral("invitee"));
    if (!inviteeInput || inviteeInput->isEmpty())
        failInvalidInput(QStringLiteral("invitee: required, a user ID, org ID, PUBLIC or e-mail"));
    const QStringList levels { QStringLiteral("VIEW"), QStringLiteral("UPLOAD"),
                               QStringLiteral("CONTRIBUTE"), QStringLiteral("ADMINISTER") };
    const std::optional<QString> levelInput = optEnum(call.input, QStringLiteral("level"), levels);
    if (!levelInput)
        failInvalidInput(QStringLiteral("level: required, one of ")
                         + levels.join(QStringLiteral(", ")));
    optBool(call.input, QStringLiteral("suppressEmailNotification"));
    Level level = Level::View;
    parseLevel(*levelInput, &level);
    const QString invitee = resolveInvitee(call, *inviteeInput);
    if (invitee.isEmpty()) {
        // An address no account has: the invitation waits for someone to sign up with it. The
        // sandbox has no sign-up, so nothing is granted and nothing is kept.
        return QJsonObject { { QStringLiteral("id"), *inviteeInput },
                             { QStringLiteral("state"), QStringLiteral("pending") } };
    }
    if (invitee == QLatin1String("PUBLIC")) {
        if (level != Level::View)
            failInvalidInput(QStringLiteral("level: PUBLIC can only be invited at VIEW"));
        if (p.containsPHI)
            failInvalidState(QStringLiteral("a project containing PHI cannot be made public"));
    }
    Project &w = rules::projectForWrite(call, Level::Administer);
    // Invitations are accepted at once; an invite never lowers an existing grant.
    if (w.members.value(invitee, Level::None) < level) {
        w.members.insert(invitee, level);
        w.touch(call.now);
    }
    return QJsonObject { { QStringLiteral("id"), invitee },
                         { QStringLiteral("state"), QStringLiteral("accepted") } };
}

Body decreasePermissions(Call &call)
{
    const Project &p = rules::project(call, Level::View);
    const Level own = call.world.levelOf(p, call.caller.id);
    QMap<QString, Level> changes; // Level::None removes
    for (auto it = call.input.begin(); it != call.input.end(); ++it) {
        const QString member = it.key();
        // Access first: without ADMINISTER, only one's own permission may be decreased.
        if (member != call.caller.id && own < Level::Administer)
            failPermissionDenied(QStringLiteral("ADMINISTER access to ") + p.id
                                 + QStringLiteral(" is required to change others' permissions"));
        Level level = Level::None;
        if (!it.value().isNull()
            && !(it.value().isString() && parseLevel(it.value().toString(), &level)))
            failInvalidInput(quoted(member)
                             + QStringLiteral(": must be VIEW, UPLOAD, CONTRIBUTE, "
                                              "ADMINISTER or null"));
        if (!p.members.contains(member))
            failNotFound(quoted(member) + QStringLiteral(": not a member of ") + p.id);
        if (level > p.members.value(member))
            failInvalidInput(quoted(member)
                             + QStringLiteral(": cannot raise a permission with "
                                              "decreasePermissions; use invite"));
        changes.insert(member, level);
    }
    Project after = p;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value() == Level::None)
            after.members.remove(it.key());
        else
            after.members.insert(it.key(), it.value());
    }
    if (administrators(after) == 0)
        failInvalidState(QStringLiteral("the project must keep at least one member with "
                                        "ADMINISTER access"));
    Project &w = rules::projectForWrite(call, Level::None);
    w.members = after.members;
    if (!changes.isEmpty())
        w.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), w.id } };
}

Body leave(Call &call)
{
    const Project &p = rules::project(call, Level::None);
    if (!p.members.contains(call.caller.id))
        failInvalidState(QStringLiteral("you have no permission of your own on ") + p.id
                         + QStringLiteral(" to leave"));
    if (p.members.value(call.caller.id) == Level::Administer && administrators(p) == 1)
        failInvalidState(QStringLiteral("you are the last member with ADMINISTER access; grant "
                                        "it to someone else or destroy the project"));
    Project &w = rules::projectForWrite(call, Level::None);
    w.members.remove(call.caller.id);
    w.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), w.id } };
}

} // namespace

void addMemberRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project-*"), QStringLiteral("invite"), &invite);
    table.add(QStringLiteral("project-*"), QStringLiteral("decreasePermissions"),
              &decreasePermissions);
    table.add(QStringLiteral("project-*"), QStringLiteral("leave"), &leave);
}

} // namespace sandbox
