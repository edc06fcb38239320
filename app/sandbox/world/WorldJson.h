#pragma once

#include "app/sandbox/world/Model.h"

#include <QJsonObject>

// One JSON shape per entity, shared by the world file and the database rows, so that a world
// file is exactly what the sandbox would store. fromJson throws Failure (InvalidInput) naming
// the field; WorldLoader adds the position in the file.
namespace sandbox::json {

QJsonObject toJson(const Region &region);
Region regionFromJson(const QJsonObject &object);

QJsonObject toJson(const Account &account);
Account accountFromJson(const QJsonObject &object, bool isOrg);

// Written directly rather than through QJsonObject: the store writes every project with it.
QByteArray projectBytes(const Project &project);
// Fills in what the file may leave out (id, created, modified) from the given clock value.
Project projectFromJson(const QJsonObject &object, qint64 now);

} // namespace sandbox::json
