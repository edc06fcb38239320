#pragma once

#include <QJsonValue>
#include <QString>

class ProjectDetails;

// How the detail pages write values: times in local time, levels and member IDs in words
// (sizes and money: DataSize and Money). Shared so that every page says the same thing the
// same way.
namespace DetailFormat {
QString timestamp(qint64 ms); // local time
QString yesNo(bool value);
QString integer(qint64 value); // with the locale's digit grouping

// "VIEW" -> what a member with that level may do; empty for unknown levels.
QString levelMeaning(const QString &level);
// "PUBLIC" -> "Everyone (PUBLIC)"; other IDs unchanged.
QString memberName(const QString &id);
// "User", "Organization", "Everyone" or empty, from the ID's prefix.
QString memberKind(const QString &id);

qint64 toInteger(const QJsonValue &value);

// True when the server sent the fields a describe returns by default. Some of them
// (sponsoredUntil, allowedExecutables) are documented as left out when not set; only then does
// their absence say "not sponsored" or "no limit" rather than "not asked for".
bool hasDefaultFields(const ProjectDetails &details);
} // namespace DetailFormat
