#pragma once

#include <QString>

// Entity IDs (DNAnexus API, "Entity IDs"): "class-" then exactly 24 characters of [0-9A-Za-z].
// A string that does not match is a name, not an ID. Handle-based IDs ("user-alice") are not
// entity IDs in this sense.
// cls: "project", "file"...; empty accepts any lower-case class.
bool isEntityId(const QString &id, const QString &cls = {});
// "project" for "project-B0...", "user" for "user-alice"; empty when there is no class prefix.
QString entityClass(const QString &id);
