#include "app/sandbox/world/Model.h"

namespace sandbox {

QString levelName(Level level)
{
    switch (level) {
    case Level::None:
        return QStringLiteral("NONE");
    case Level::View:
        return QStringLiteral("VIEW");
    case Level::Upload:
        return QStringLiteral("UPLOAD");
    case Level::Contribute:
        return QStringLiteral("CONTRIBUTE");
    case Level::Administer:
        return QStringLiteral("ADMINISTER");
    }
    return QStringLiteral("NONE");
}

bool parseLevel(const QString &text, Level *level)
{
    static const Level all[] = { Level::View, Level::Upload, Level::Contribute, Level::Administer };
    for (Level candidate : all) {
        if (text == levelName(candidate)) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

bool RootExecution::terminal() const
{
    return state == QLatin1String("done") || state == QLatin1String("failed")
        || state == QLatin1String("terminated");
}

QStringList Project::allFolders() const
{
    QSet<QString> set { QStringLiteral("/") };
    auto addWithParents = [&set](QString folder) {
        while (folder.size() > 1 && !set.contains(folder)) {
            set.insert(folder);
            folder = folder.left(folder.lastIndexOf(QLatin1Char('/')));
            if (folder.isEmpty())
                folder = QStringLiteral("/");
        }
    };
    for (const QString &folder : extraFolders)
        addWithParents(folder);
    for (const FileCopy &file : files)
        addWithParents(file.folder);
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace sandbox
