#pragma once

#include "app/sandbox/service/Call.h"

#include <QList>

namespace sandbox {

// The `files` XOR `folder` (+ `recurse`) input shared by archive and unarchive.
class FileSelection
{
public:
    // Throws InvalidInput for the shape; ResourceNotFound for unknown files or folder.
    static QList<int> select(const QJsonObject &input, const Project &project);
    // Settles copies whose unarchiving has finished, so that writes store the current state.
    static void settle(Project &project, qint64 now);
    // JSON describe of one file copy.
    static QJsonObject describe(const Project &project, const FileCopy &file, qint64 now);
    static bool inFolder(const QString &fileFolder, const QString &folder, bool recurse);
};

} // namespace sandbox
