#pragma once

#include "app/sandbox/service/JsonWriter.h"
#include "app/sandbox/world/World.h"

#include <QJsonObject>
#include <QSet>

namespace sandbox {

// Which fields a describe returns: the defaults, plus optional ones asked for with the older
// top-level booleans ({"properties": true}), or exactly those of {"fields": {...}}.
struct DescribeOptions
{
    bool restricted = false; // "fields" given without defaultFields: only those (and id)
    QSet<QString> fields; // restricted: the wanted fields; otherwise the extra optional ones

    // Throws InvalidInput for a non-mapping `fields` or non-boolean values.
    static DescribeOptions fromInput(const QJsonObject &input);
    bool wants(const QString &field, bool byDefault) const
    {
        return restricted ? fields.contains(field) : (byDefault || fields.contains(field));
    }
};

class ProjectDescriber
{
public:
    // Writes the describe object of the project as seen by the caller.
    static void describe(JsonWriter &out, const World &world, const Project &project,
                         const Account &caller, Level level, const DescribeOptions &options,
                         qint64 now);
    static QJsonObject availableInstanceTypes(const QString &region);
    static QJsonObject fileUploadParameters(const QString &region);
};

} // namespace sandbox
