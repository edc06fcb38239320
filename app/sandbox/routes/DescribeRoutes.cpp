// /project-xxxx/describe (DNAnexus API, project-xxxx/describe).
#include "app/sandbox/routes/ProjectDescriber.h"
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"

namespace sandbox {

namespace {

Body describe(Call &call)
{
    const Project *p = call.world.project(call.subject);
    if (!p)
        failNotFound(call.subject + QStringLiteral(": no such project"));
    const Level level = call.world.levelOf(*p, call.caller.id);
    // The billTo (or an ADMIN of the billTo org) may describe without being a member.
    if (level < Level::View && !rules::administers(call.world, call.caller, p->billTo))
        failPermissionDenied(QStringLiteral("VIEW access to ") + p->id
                             + QStringLiteral(" is required"));
    const DescribeOptions options = DescribeOptions::fromInput(call.input);
    JsonWriter out;
    out.reserve(1024);
    ProjectDescriber::describe(out, call.world, *p, call.caller, level, options, call.now);
    return Body(out.take());
}

} // namespace

void addDescribeRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project-*"), QStringLiteral("describe"), &describe);
}

} // namespace sandbox
