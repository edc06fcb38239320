#pragma once

#include "api/ApiAttempt.h"

#include <QJsonObject>
#include <QString>

// The rule for keeping a call's request input with its attempts (and so in the activity log,
// on disk): only routes known to carry no secret, never a key named like one, never the
// session's token, never more than a cap. Pure functions, so that the rule is tested alone.
namespace AttemptInput {

constexpr int DefaultMaxBytes = 16 * 1024;

struct Decision
{
    InputKept kept = InputKept::Unknown;
    QString json; // compact; empty unless kept is Kept or Redacted
};

// The allow-list: project and container routes of the console, /project/new, user and org
// describe/update, system find*/whoami/listProjectTags, file describe/tags/properties.
// Anything whose subject or method names a token, auth, password, secret or credential is
// refused first, whatever the list says.
bool routeAllowed(const QString &subject, const QString &method);

// "token", "apiToken", "auth_token", "password", "clientSecret", "credentials"...
bool secretName(const QString &key);

// The input without the keys secretName() names, at any depth; *dropped tells if any went.
QJsonObject withoutSecretKeys(const QJsonObject &input, bool *dropped);

// What to keep of `input` for a call to /subject/method made with `token` (may be empty).
Decision decide(const QString &subject, const QString &method, const QJsonObject &input,
                const QString &token, int maxBytes = DefaultMaxBytes);

// The rule again on an attempt that says it carries its input (the log does not trust its
// callers): without a token, so only the route, key and size checks.
ApiAttempt recheck(const ApiAttempt &attempt, int maxBytes = DefaultMaxBytes);

// Why the input of an attempt cannot be copied as a command; empty when it can (Kept).
QString unavailableReason(InputKept kept, int maxBytes = DefaultMaxBytes);

} // namespace AttemptInput
