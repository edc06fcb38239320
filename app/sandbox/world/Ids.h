#pragma once

#include <QString>

class QRandomGenerator;

// IDs as the platform mints them: "class-" + 24 characters of a 32-letter alphabet.
namespace sandbox::ids {

QString make(const QString &idClass, QRandomGenerator &random);
// "project-" followed by exactly 24 of [0-9A-Za-z].
bool isEntityId(const QString &id, const QString &idClass);
// "user-alice", "org-genomics": a lower-case handle of [a-z0-9._-].
bool isHandleId(const QString &id, const QString &idClass);

} // namespace sandbox::ids
