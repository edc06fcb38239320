#pragma once

#include "models/signin/Profile.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// Pure validation of a profile, for the profile form (inline, on every edit) and for
// ProfileStore (which refuses what the form would refuse).
namespace ProfileRules {

enum class Field { Name, ServerUrl };

enum class Rule {
    Required, // empty
    TooLong, // name longer than maxNameLength
    Unique, // another profile already has this name (case-insensitive)
    InvalidUrl, // not a URL at all
    Scheme, // not http or https
    Host, // no host
    NoCredentials, // user or password inside the URL: that would be a secret in plain text
    NoPath, // a path, query or fragment: the API base URL carries none
    UnknownProfile, // an update of a profile that no longer exists
};

struct Problem
{
    Field field;
    Rule rule;
    QString message; // a sentence for the inline error beside the field
};

constexpr int maxNameLength = 64;

QString fieldName(Field field); // "name", "serverUrl"

// `selfId` is the id of the profile being edited (empty for a new one), so that keeping
// its own name is allowed.
std::optional<Problem> checkName(const QString &name, const QString &selfId,
                                 const QList<Profile> &existing);
std::optional<Problem> checkServerUrl(const QUrl &url);
// What the user typed in the URL field: trimmed and parsed strictly.
QUrl parseServerUrl(const QString &text);
std::optional<Problem> checkServerUrlText(const QString &text);

// All problems of a profile, name first.
QList<Problem> validate(const Profile &profile, const QList<Profile> &existing);

} // namespace ProfileRules
