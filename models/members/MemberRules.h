#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The member rules of the DNAnexus API (invite, decreasePermissions, leave,
// transfer) as pure functions, for the members form to check before the server would refuse.
namespace MemberRules {

// NONE < VIEW < UPLOAD < CONTRIBUTE < ADMINISTER; None means "not a member".
enum class Level { None, View, Upload, Contribute, Administer };

// "VIEW", "UPLOAD", "CONTRIBUTE", "ADMINISTER" in increasing order.
QStringList levelNames();
QString levelName(Level level); // "NONE" for None
// Exact upper-case names only; nullopt for anything else (including "NONE").
std::optional<Level> parseLevel(const QString &name);

enum class InviteeKind { Invalid, User, Org, Public, Email };

enum class Rule {
    Required, // nothing typed
    Handle, // user-/org- with a handle that is not lower-case letters, digits, '.', '_', '-'
    Email, // looks like an e-mail address but is not a valid one
    UnknownKind, // none of user-x, org-x, PUBLIC, an e-mail address
    PublicLevel, // PUBLIC can only be invited at VIEW
    TransferTarget, // a transfer goes to a user or an org only
    NotAMember, // a change of someone who is not a member
    RaiseNeedsInvite, // decreasePermissions cannot raise a level
    NoChange, // the new level is the current one
    UnknownAccount, // a well-formed user or org ID that the server says does not exist
};

struct Problem
{
    Rule rule;
    QString message; // a sentence naming the rule, for the inline error beside the field
};

// The kind of what was typed as an invitee (trimmed); Invalid when it is none of the four.
InviteeKind inviteeKind(const QString &invitee);
std::optional<Problem> checkInvitee(const QString &invitee);
// Both the invitee and whether it may be invited at `level`.
std::optional<Problem> checkInvite(const QString &invitee, Level level);
// A transfer target: user-x or org-x only.
std::optional<Problem> checkTransferTarget(const QString &invitee);

// What to tell the user once invite answered {"id", "state"}: "accepted" (granted now) or
// "pending" (an e-mail invitation that waits for its addressee), in either case, as the
// platform sends lower case and older servers upper case. Another state is quoted as it is.
QString inviteOutcome(const QString &invitee, Level level, const QString &state);

// Who the invitee field offers as the user types: the accounts the console knows (the user,
// the orgs they belong to), PUBLIC, and no one who is a member already. Orgs first, then
// users, each by name; `names` gives an account's name ("Genomics Core"), else the ID.
struct InviteeSuggestion
{
    QString id; // what is sent: "org-genomics"
    QString text; // what is shown and matched: "Genomics Core (org-genomics)"
};
QList<InviteeSuggestion> inviteeSuggestions(const QHash<QString, QString> &names,
                                            const QStringList &members);

// How a member's level change is sent.
enum class ChangeKind {
    None, // nothing to send
    Decrease, // decreasePermissions {"member": "LEVEL"}
    Remove, // decreasePermissions {"member": null}
    Raise, // invite {"invitee": member, "level": "LEVEL"}: decreasePermissions cannot raise
};

// `to` == Level::None removes the member. `from` == None is not a member.
ChangeKind changeKind(Level from, Level to);
// What a set of changes did, in the user's words: "1 member removed, 2 levels raised."
QString changeSummary(const QList<ChangeKind> &kinds);
// Why a change cannot be made the way it is asked; nullopt when it can (use changeKind()).
// `viaDecrease`: the caller insists on decreasePermissions (which cannot raise).
std::optional<Problem> checkChange(Level from, Level to, bool viaDecrease = false);

} // namespace MemberRules
