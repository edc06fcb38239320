// Tags, properties and root execution counts (DNAnexus API, project-xxxx/addTags, removeTags,
// setProperties; the execution count route's name is this project's, see docs/api-facts.md).
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"
#include "app/sandbox/service/Limits.h"

#include <QJsonArray>

namespace sandbox {

using namespace sandbox::input;

namespace {

// Access first: a caller without CONTRIBUTE learns nothing from how the input is judged.
QStringList tagsInput(Call &call)
{
    rules::project(call, Level::Contribute);
    if (!call.input.contains(QStringLiteral("tags")))
        failInvalidInput(QStringLiteral("tags: required, an array of non-empty strings"));
    return requireTags(call.input, QStringLiteral("tags"));
}

// Sets, not list searches: 1,000 tags on a project with 1,000 stay a few microseconds.
Body addTags(Call &call)
{
    const QStringList tags = tagsInput(call);
    const Project &current = rules::project(call, Level::Contribute);
    QSet<QString> present(current.tags.cbegin(), current.tags.cend());
    QStringList added;
    for (const QString &tag : tags) {
        if (!present.contains(tag)) {
            present.insert(tag);
            added.append(tag);
        }
    }
    if (current.tags.size() + added.size() > limits::MaxTagsPerProject)
        failInvalidInput(QStringLiteral("tags: a project holds at most %1 tags; %2 has %3 and "
                                        "this adds %4")
                             .arg(limits::MaxTagsPerProject)
                             .arg(current.id)
                             .arg(current.tags.size())
                             .arg(added.size()));
    Project &p = rules::projectForWrite(call, Level::Contribute);
    p.tags.append(added);
    p.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), p.id } };
}

Body removeTags(Call &call)
{
    const QStringList tags = tagsInput(call);
    const QSet<QString> removed(tags.cbegin(), tags.cend());
    Project &p = rules::projectForWrite(call, Level::Contribute);
    p.tags.removeIf([&removed](const QString &tag) { return removed.contains(tag); });
    p.touch(call.now);
    return QJsonObject { { QStringLiteral("id"), p.id } };
}

Body setProperties(Call &call)
{
    const Project &current = rules::project(call, Level::Contribute);
    if (!call.input.contains(QStringLiteral("properties")))
        failInvalidInput(QStringLiteral("properties: required, a mapping of names to strings or "
                                        "null"));
    const QJsonObject properties = *optProperties(call.input, QStringLiteral("properties"), true);
    qsizetype count = current.properties.size();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const bool present = current.properties.contains(it.key());
        if (it.value().isNull())
            count -= present ? 1 : 0;
        else
            count += present ? 0 : 1;
    }
    if (count > limits::MaxPropertiesPerProject)
        failInvalidInput(QStringLiteral("properties: a project holds at most %1 properties; %2 "
                                        "would have %3")
                             .arg(limits::MaxPropertiesPerProject)
                             .arg(current.id)
                             .arg(count));
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
