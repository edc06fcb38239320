#include "api/Routes.h"

#include "api/EntityId.h"

namespace {
struct RouteRow
{
    const char *pattern;
    bool safeToRetry;
    Level level;
};

// Every route the console uses (DNAnexus API project and system routes; names this project chose
// are in docs/api-facts.md). `safeToRetry` says whether a request whose reply was lost may be sent
// again; `level` is the project level it needs (None for routes that are not gated by a project
// level). Routes not listed are unknown.
constexpr RouteRow routeRows[] = {
    // system
    { "/system/whoami", true, Level::None },
    { "/system/findProjects", true, Level::None },
    { "/system/findOrgs", true, Level::None },
    { "/system/findDataObjects", true, Level::None },
    { "/system/listProjectTags", true, Level::None },
    // project class and project entities
    { "/project/new", false, Level::None }, // no idempotency key: a resend may duplicate it
    { "/project-xxxx/describe", true, Level::View },
    { "/project-xxxx/update", true, Level::Administer },
    { "/project-xxxx/updateSponsorship", true, Level::Administer },
    { "/project-xxxx/setProperties", true, Level::Contribute },
    { "/project-xxxx/addTags", true, Level::Contribute },
    { "/project-xxxx/removeTags", true, Level::Contribute },
    { "/project-xxxx/destroy", true, Level::Administer },
    { "/project-xxxx/invite", false, Level::Administer },
    // ADMINISTER to lower others; anyone may lower their own level (checked by the server).
    { "/project-xxxx/decreasePermissions", true, Level::Administer },
    { "/project-xxxx/leave", true, Level::View },
    { "/project-xxxx/transfer", true, Level::Administer },
    // The recipient of a transfer has no level on the project yet.
    { "/project-xxxx/acceptTransfer", true, Level::None },
    { "/project-xxxx/clone", false, Level::View },
    { "/project-xxxx/listFolder", true, Level::View },
    { "/project-xxxx/archive", true, Level::Contribute },
    { "/project-xxxx/unarchive", true, Level::Contribute },
    { "/project-xxxx/countRootExecutions", true, Level::View },
    // users, orgs, files
    { "/user-xxxx/describe", true, Level::None },
    { "/user-xxxx/update", false, Level::None },
    { "/org-xxxx/describe", true, Level::None },
    { "/org-xxxx/findProjects", true, Level::None },
    // Treated like /user-xxxx/update, its twin: not resent after a lost reply.
    { "/org-xxxx/update", false, Level::None },
    { "/file-xxxx/describe", true, Level::None },
};
} // namespace

namespace Routes {

QString subjectPattern(const QString &subject)
{
    const QString cls = entityClass(subject);
    if (cls.isEmpty())
        return subject;
    return cls + QStringLiteral("-xxxx");
}

QString pattern(const QString &subject, const QString &method)
{
    return QLatin1Char('/') + subjectPattern(subject) + QLatin1Char('/') + method;
}

RouteInfo lookup(const QString &subject, const QString &method)
{
    RouteInfo info;
    info.pattern = pattern(subject, method);
    for (const RouteRow &row : routeRows) {
        if (info.pattern == QLatin1String(row.pattern)) {
            info.safeToRetry = row.safeToRetry;
            info.level = row.level;
            info.known = true;
            return info;
        }
    }
    // A route this client does not know may not be idempotent: never resend it blindly.
    info.safeToRetry = false;
    return info;
}

QStringList knownPatterns()
{
    QStringList patterns;
    for (const RouteRow &row : routeRows)
        patterns << QLatin1String(row.pattern);
    return patterns;
}

} // namespace Routes
