#include "api/Level.h"

namespace {
constexpr const char *levelNames[] = { "NONE", "VIEW", "UPLOAD", "CONTRIBUTE", "ADMINISTER" };
} // namespace

QString levelName(Level level)
{
    return QLatin1String(levelNames[int(level)]);
}

Level levelFromName(const QString &name)
{
    for (int i = 0; i <= int(Level::Administer); ++i) {
        if (name.compare(QLatin1String(levelNames[i]), Qt::CaseInsensitive) == 0)
            return Level(i);
    }
    return Level::None;
}
