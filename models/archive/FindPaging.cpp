#include "models/archive/FindPaging.h"

#include <QJsonObject>
#include <QJsonValue>

bool hasNextPage(const QJsonObject &result)
{
    const QJsonValue next = result.value(QStringLiteral("next"));
    return next.isString() && !next.toString().isEmpty();
}
