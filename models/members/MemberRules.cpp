#include "models/members/MemberRules.h"

#include "models/common/Counted.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace MemberRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MemberRules", text);
}

Problem problem(Rule rule, const QString &message)
{
    return Problem { rule, message };
}

bool isValidHandle(const QString &handle)
{
    // Handles are lower case (DNAnexus API, "Entity IDs").
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return pattern.match(handle).hasMatch();
}

bool isValidEmail(const QString &text)
{
    // One '@', a local part without spaces, a domain of dot-separated labels with a dot.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return pattern.match(text).hasMatch() && !text.contains(QLatin1String(".."))
        && !text.startsWith(QLatin1Char('.')) && !text.contains(QLatin1String(".@"));
}

} // namespace

QStringList levelNames()
{
    return { QStringLiteral("VIEW"), QStringLiteral("UPLOAD"), QStringLiteral("CONTRIBUTE"),
             QStringLiteral("ADMINISTER") };
}

QString levelName(Level level)
{
    if (level == Level::None)
        return QStringLiteral("NONE");
    return levelNames().at(int(level) - 1);
}

std::optional<Level> parseLevel(const QString &name)
{
    const int index = int(levelNames().indexOf(name));
    if (index < 0)
        return std::nullopt;
    return Level(index + 1);
}

InviteeKind inviteeKind(const QString &invitee)
{
    const QString text = invitee.trimmed();
    if (text == QLatin1String("PUBLIC"))
        return InviteeKind::Public;
    if (text.startsWith(QLatin1String("user-")) && isValidHandle(text.mid(5)))
        return InviteeKind::User;
    if (text.startsWith(QLatin1String("org-")) && isValidHandle(text.mid(4)))
        return InviteeKind::Org;
    if (isValidEmail(text))
        return InviteeKind::Email;
    return InviteeKind::Invalid;
}

std::optional<Problem> checkInvitee(const QString &invitee)
{
    const QString text = invitee.trimmed();
    if (text.isEmpty())
        return problem(Rule::Required,
                       tr("invitee: enter a user (user-alice), an org (org-genomics), PUBLIC or "
                          "an e-mail address"));
    if (inviteeKind(text) != InviteeKind::Invalid)
        return std::nullopt;
    if (text.startsWith(QLatin1String("user-")) || text.startsWith(QLatin1String("org-")))
        return problem(Rule::Handle,
                       tr("invitee: after \"user-\" or \"org-\" comes a handle of lower-case "
                          "letters, digits, '.', '_' or '-'"));
    if (text.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) == 0)
        return problem(Rule::UnknownKind, tr("invitee: everyone is written PUBLIC, in capitals"));
    if (text.contains(QLatin1Char('@')))
        return problem(
            Rule::Email,
            tr("invitee: \"%1\" is not a valid e-mail address (name@domain.example)").arg(text));
    return problem(Rule::UnknownKind,
                   tr("invitee: must be a user ID (user-x), an org ID (org-x), PUBLIC or an "
                      "e-mail address"));
}

std::optional<Problem> checkInvite(const QString &invitee, Level level)
{
    if (auto p = checkInvitee(invitee))
        return p;
    if (inviteeKind(invitee) == InviteeKind::Public && level != Level::View)
        return problem(Rule::PublicLevel, tr("level: PUBLIC can only be invited at VIEW"));
    return std::nullopt;
}

std::optional<Problem> checkTransferTarget(const QString &invitee)
{
    const QString text = invitee.trimmed();
    if (text.isEmpty())
        return problem(Rule::Required,
                       tr("transfer to: enter a user (user-bob) or an org (org-genomics)"));
    const InviteeKind kind = inviteeKind(text);
    if (kind == InviteeKind::User || kind == InviteeKind::Org)
        return std::nullopt;
    if (kind == InviteeKind::Invalid) {
        if (auto p = checkInvitee(text); p && p->rule == Rule::Handle)
            return p;
    }
    return problem(Rule::TransferTarget,
                   tr("transfer to: a project can be transferred to a user (user-x) or an org "
                      "(org-x) only"));
}

QString inviteOutcome(const QString &invitee, Level level, const QString &state)
{
    const QString name = invitee.trimmed();
    if (state.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0)
        return tr("Invitation sent to %1 at %2. It is pending: they get access once they sign "
                  "up or accept.")
            .arg(name, levelName(level));
    if (state.isEmpty() || state.compare(QLatin1String("accepted"), Qt::CaseInsensitive) == 0)
        return tr("%1 invited at %2.").arg(name, levelName(level));
    return tr("%1 invited at %2; the server says the invitation is \"%3\".")
        .arg(name, levelName(level), state);
}

ChangeKind changeKind(Level from, Level to)
{
    if (from == to || from == Level::None)
        return from == to ? ChangeKind::None : ChangeKind::Raise;
    if (to == Level::None)
        return ChangeKind::Remove;
    return to < from ? ChangeKind::Decrease : ChangeKind::Raise;
}

std::optional<Problem> checkChange(Level from, Level to, bool viaDecrease)
{
    if (from == Level::None && to == Level::None)
        return problem(Rule::NotAMember, tr("member: not a member of the project"));
    if (from == to)
        return problem(Rule::NoChange, tr("level: already %1").arg(levelName(to)));
    if (viaDecrease && from == Level::None)
        return problem(Rule::NotAMember,
                       tr("member: not a member of the project; invite them instead"));
    if (viaDecrease && to > from)
        return problem(Rule::RaiseNeedsInvite,
                       tr("level: lowering cannot raise %1 to %2; raise a member by inviting them "
                          "at the new level")
                           .arg(levelName(from), levelName(to)));
    return std::nullopt;
}

QList<InviteeSuggestion> inviteeSuggestions(const QHash<QString, QString> &names,
                                            const QStringList &members)
{
    QList<InviteeSuggestion> out;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (members.contains(it.key()) || inviteeKind(it.key()) == InviteeKind::Invalid)
            continue;
        const QString name = it.value().trimmed();
        out.append({ it.key(),
                     name.isEmpty() || name == it.key()
                         ? it.key()
                         : name + QStringLiteral(" (") + it.key() + QLatin1Char(')') });
    }
    std::sort(out.begin(), out.end(), [](const InviteeSuggestion &a, const InviteeSuggestion &b) {
        const bool aOrg = a.id.startsWith(QLatin1String("org-"));
        const bool bOrg = b.id.startsWith(QLatin1String("org-"));
        if (aOrg != bOrg)
            return aOrg;
        return a.text.compare(b.text, Qt::CaseInsensitive) < 0;
    });
    if (!members.contains(QLatin1String("PUBLIC")))
        out.append({ QStringLiteral("PUBLIC"), tr("Everyone (PUBLIC)") });
    return out;
}

QString changeSummary(const QList<ChangeKind> &kinds)
{
    const auto count = [&kinds](ChangeKind kind) { return qint64(kinds.count(kind)); };
    QStringList done;
    if (const qint64 n = count(ChangeKind::Remove))
        done << counted(n, tr("member removed"), tr("members removed"));
    if (const qint64 n = count(ChangeKind::Decrease))
        done << counted(n, tr("level lowered"), tr("levels lowered"));
    if (const qint64 n = count(ChangeKind::Raise))
        done << counted(n, tr("level raised"), tr("levels raised"));
    return done.join(QStringLiteral(", ")) + QLatin1Char('.');
}

} // namespace MemberRules
