#include "app/sandbox/routes/FileSelection.h"

#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"

#include <QJsonArray>

namespace sandbox {

using namespace sandbox::input;

QList<int> FileSelection::select(const QJsonObject &in, const Project &p)
{
    const bool hasFiles = in.contains(QStringLiteral("files"));
    const bool hasFolder = in.contains(QStringLiteral("folder"));
    if (hasFiles && hasFolder)
        failInvalidInput(QStringLiteral("files, folder: mutually exclusive; give one of them"));
    if (!hasFiles && !hasFolder)
        failInvalidInput(QStringLiteral("files, folder: one of them is required"));
    if (in.contains(QStringLiteral("recurse")) && !hasFolder)
        failInvalidInput(QStringLiteral("recurse: folder must be set"));
    const bool recurse = boolOr(in, QStringLiteral("recurse"), true);
    QList<int> selected;
    if (hasFiles) {
        const QStringList ids = requireStringList(in, QStringLiteral("files"));
        if (ids.size() > 1000)
            failInvalidInput(QStringLiteral("files: at most 1000 file IDs per request"));
        for (const QString &id : ids) {
            int found = -1;
            for (int i = 0; i < p.files.size() && found < 0; ++i)
                found = p.files.at(i).id == id ? i : -1;
            if (found < 0)
                failNotFound(QStringLiteral("files: ") + id + QStringLiteral(" is not in ") + p.id);
            if (!selected.contains(found))
                selected.append(found);
        }
        return selected;
    }
    QString folder = *optString(in, QStringLiteral("folder"));
    if (!folder.startsWith(QLatin1Char('/')))
        failInvalidInput(QStringLiteral("folder: must be a path starting with /"));
    if (folder.size() > 1 && folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    if (!p.allFolders().contains(folder))
        failNotFound(QStringLiteral("folder: ") + folder + QStringLiteral(" does not exist in ")
                     + p.id);
    for (int i = 0; i < p.files.size(); ++i) {
        if (inFolder(p.files.at(i).folder, folder, recurse))
            selected.append(i);
    }
    return selected;
}

bool FileSelection::inFolder(const QString &fileFolder, const QString &folder, bool recurse)
{
    if (fileFolder == folder)
        return true;
    if (!recurse)
        return false;
    if (folder == QLatin1String("/"))
        return true;
    return fileFolder.startsWith(folder) && fileFolder.at(folder.size()) == QLatin1Char('/');
}

void FileSelection::settle(Project &p, qint64 now)
{
    for (FileCopy &file : p.files)
        file.archivalState = file.stateAt(now);
}

QJsonObject FileSelection::describe(const Project &p, const FileCopy &file, qint64 now)
{
    return QJsonObject { { QStringLiteral("id"), file.id },
                         { QStringLiteral("class"), QStringLiteral("file") },
                         { QStringLiteral("project"), p.id },
                         { QStringLiteral("name"), file.name },
                         { QStringLiteral("folder"), file.folder },
                         { QStringLiteral("size"), double(file.size) },
                         { QStringLiteral("state"), QStringLiteral("closed") },
                         { QStringLiteral("archivalState"), file.stateAt(now) },
                         { QStringLiteral("created"), double(file.created) },
                         { QStringLiteral("modified"), double(file.created) },
                         { QStringLiteral("tags"), QJsonArray() } };
}

} // namespace sandbox
