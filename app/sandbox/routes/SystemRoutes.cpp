// /system/whoami, /system/findProjects, and /system/findApps and findGlobalWorkflows (DNAnexus
// API). The sandbox has no apps or workflows: those two answer an empty page, so that a client
// that looks names up in them (dx describe does) gets "none" rather than an unknown route.
#include "app/sandbox/routes/FindProjectsQuery.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

#include <QJsonArray>

namespace sandbox {

using namespace input;

namespace {

Body whoami(Call &call)
{
    return QJsonObject { { QStringLiteral("id"), call.caller.id } };
}

Body findProjects(Call &call)
{
    return findProjectsPage(call, FindProjectsQuery(call.input));
}

Body findNothing(Call &call)
{
    if (const std::optional<qint64> limit = optInt(call.input, QStringLiteral("limit"))) {
        if (*limit < 1 || *limit > 1000)
            failInvalidInput(QStringLiteral("limit: must be an integer from 1 to 1000"));
    }
    const QJsonValue starting = call.input.value(QStringLiteral("starting"));
    if (!starting.isUndefined() && !starting.isNull())
        failInvalidInput(QStringLiteral("starting: must be the next value of a previous reply"));
    return QJsonObject { { QStringLiteral("results"), QJsonArray() },
                         { QStringLiteral("next"), QJsonValue::Null } };
}

} // namespace

void addSystemRoutes(RouteTable &table)
{
    table.add(QStringLiteral("system"), QStringLiteral("whoami"), &whoami);
    table.add(QStringLiteral("system"), QStringLiteral("findProjects"), &findProjects);
    table.add(QStringLiteral("system"), QStringLiteral("findApps"), &findNothing);
    table.add(QStringLiteral("system"), QStringLiteral("findGlobalWorkflows"), &findNothing);
}

} // namespace sandbox
