// Tags, properties and root execution counts (DNAnexus API, project-xxxx/addTags, removeTags,
// setProperties; the execution count route's name is this project's, see docs/api-facts.md).
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

#include <QJsonArray>

namespace sandbox {

using namespace sandbox::input;

namespace {

QStringList tagsInput(const Call &call)
{
    if (!call.input.contains(QStringLiteral("tags")))
        failInvalidInput(QStringLiteral("tags: required, an array of non-empty strings"));
    return requireStringList(call.input, QStringLiteral("tags"));
}

Body addTags(Call &call)
{
    const QStringList tags = tagsInput(call);
    Project &p = rules::projectForWrite(call, Level::Contribute);
    for (const QString &tag : tags) {
        if (!p.tags.contains(tag))
            p.tags.append(tag);
    }
    p.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), p.id } };
}

Body removeTags(Call &call)
{
    const QStringList tags = tagsInput(call);
    Project &p = rules::projectForWrite(call, Level::Contribute);
    for (const QString &tag : tags)
        p.tags.removeAll(tag);
    p.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), p.id } };
}

Body setProperties(Call &call)
{
    if (!call.input.contains(QStringLiteral("properties")))
        failInvalidInput(QStringLiteral("properties: required, a mapping of names to strings or "
                                        "null"));
    const QJsonObject properties = *optStringMap(call.input, QStringLiteral("properties"), true);
    Project &p = rules::projectForWrite(call, Level::Contribute);
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (it.value().isNull())
            p.properties.remove(it.key());
        else
            p.properties.insert(it.key(), it.value().toString());
    }
    p.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), p.id } };
}

Body countRootExecutions(Call &call)
{
    const Project &p = rules::project(call, Level::View);
    QMap<QString, int> counts;
    for (const RootExecution &execution : p.rootExecutions)
        ++counts[execution.state];
    QJsonObject result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

// Tags over every project the caller can see (VIEW or more, PUBLIC included).
Body listProjectTags(Call &call)
{
    QHash<QString, int> counts;
    for (const ProjectKey &key : call.world.projectOrder()) {
        const Project *p = call.world.project(key.id);
        if (!p || p->tags.isEmpty() || call.world.levelOf(*p, call.caller.id) < Level::View)
            continue;
        for (const QString &tag : p->tags)
            ++counts[tag];
    }
    QJsonObject result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

} // namespace

void addMetadataRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project-*"), QStringLiteral("addTags"), &addTags);
    table.add(QStringLiteral("project-*"), QStringLiteral("removeTags"), &removeTags);
    table.add(QStringLiteral("project-*"), QStringLiteral("setProperties"), &setProperties);
    table.add(QStringLiteral("project-*"), QStringLiteral("countRootExecutions"),
              &countRootExecutions);
    table.add(QStringLiteral("system"), QStringLiteral("listProjectTags"), &listProjectTags);
}

} // namespace sandbox
