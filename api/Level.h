#pragma once

#include <QString>

// Permission levels of the platform on a project, ordered: each one includes those before it
// (DNAnexus API, project permissions). None is "no access" or "not known".
enum class Level { None = 0, View, Upload, Contribute, Administer };

QString levelName(Level level); // "VIEW"...
Level levelFromName(const QString &name); // Level::None for unknown names, any case
