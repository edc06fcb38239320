#pragma once

#include "models/browser/ProjectRow.h"
#include "models/browser/StringPool.h"

#include <QJsonDocument>
#include <QJsonObject>

// The row the browser makes of one findProjects result, given as JSON text.
inline ProjectRow rowFrom(const char *json)
{
    StringPool pool;
    return ProjectRow::fromFindResult(QJsonDocument::fromJson(QByteArray(json)).object(), &pool);
}
