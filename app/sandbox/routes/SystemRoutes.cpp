// /system/whoami and /system/findProjects (DNAnexus API).
#include "app/sandbox/routes/FindProjectsQuery.h"
#include "app/sandbox/service/Call.h"

#include <QJsonArray>

namespace sandbox {

namespace {

Body whoami(Call &call)
{
    return QJsonObject { { QStringLiteral("id"), call.caller.id } };
}

Body findProjects(Call &call)
{
    const FindProjectsQuery query(call.input);
    const std::vector<ProjectKey> &order = call.world.projectOrder();
    auto it = query.starting ? call.world.orderAfter(*query.starting) : order.begin();
    JsonWriter out;
    out.reserve(query.describe ? query.limit * 900 : query.limit * 64);
    out.beginObject();
    out.key("results");
    out.beginArray();
    int count = 0;
    const ProjectKey *last = nullptr;
    bool more = false;
    for (; it != order.end(); ++it) {
        const Project *p = it->project;
        const Level level = call.world.levelOf(*p, call.caller.id);
        if (!query.matches(call.world, *p, call.caller.id, level))
            continue;
        if (count == query.limit) {
            more = true; // one more match exists: the page is full and there is a next one
            break;
        }
        out.beginObject();
        out.field("id", p->id);
        out.field("level", levelName(level));
        if (query.describe) {
            out.key("describe");
            ProjectDescriber::describe(out, call.world, *p, call.caller, level,
                                       query.describeOptions, call.now);
        }
        out.endObject();
        ++count;
        last = &*it;
    }
    out.endArray();
    out.key("next");
    if (more)
        out.value(FindProjectsQuery::cursorFor(*last));
    else
        out.null();
    out.endObject();
    return Body(out.take());
}

} // namespace

void addSystemRoutes(RouteTable &table)
{
    table.add(QStringLiteral("system"), QStringLiteral("whoami"), &whoami);
    table.add(QStringLiteral("system"), QStringLiteral("findProjects"), &findProjects);
}

} // namespace sandbox
