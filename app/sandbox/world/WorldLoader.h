#pragma once

#include <QJsonObject>
#include <QString>

namespace sandbox {

class World;

// Builds a World from a world file's JSON (documented in WORLD.md) and checks that every
// reference (regions, billTo, members) resolves. Errors name the entry and the field.
class WorldLoader
{
public:
    static bool load(const QJsonObject &file, qint64 now, World *world, QString *error);
    static bool loadFile(const QString &path, qint64 now, World *world, QString *error);
};

} // namespace sandbox
