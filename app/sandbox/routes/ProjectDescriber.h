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
    // restricted: the wanted fields; otherwise the extra optional ones. As UTF-8, so that the
    // describer asks with its literal names and no QString is made: a findProjects page of
    // 1,000 asks about 35,000 times.
    QSet<QByteArray> fields;

    // Throws InvalidInput for a non-mapping `fields` or non-boolean values.
    static DescribeOptions fromInput(const QJsonObject &input);
    bool wants(const char *field, bool byDefault) const
    {
        if (!restricted && byDefault)
            return true;
        return fields.contains(QByteArray::fromRawData(field, qsizetype(qstrlen(field))));
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
