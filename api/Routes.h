#pragma once

#include "api/EntityId.h"
#include "api/Level.h"

#include <QString>
#include <QStringList>

// The route table as data: which routes exist, whether a lost reply may be repeated,
// and the project level they need.
struct RouteInfo
{
    QString pattern; // "/project-xxxx/describe", "/system/findProjects", "/project/new"
    bool safeToRetry = true;
    Level level = Level::None;
    bool known = false; // false for routes that are not in the table
};

namespace Routes {
// Names of the two routes that the seed text does not name; kept here, in one place.
inline const char *countRootExecutions = "countRootExecutions";
inline const char *listProjectTags = "listProjectTags";

// "project-B0...": "project-xxxx"; "system", "project" stay as they are; "user-alice": "user-xxxx".
QString subjectPattern(const QString &subject);
// The pattern of a call: "/project-xxxx/describe".
QString pattern(const QString &subject, const QString &method);
// Unknown routes come back with known == false and safeToRetry == false.
RouteInfo lookup(const QString &subject, const QString &method);
// Every pattern of the table, for tests and documentation.
QStringList knownPatterns();
} // namespace Routes
