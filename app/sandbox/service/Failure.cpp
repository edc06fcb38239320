#include "app/sandbox/service/Failure.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sandbox {

int Failure::status() const
{
    if (type == QLatin1String("MalformedJSON"))
        return 400;
    if (type == QLatin1String("InvalidAuthentication") || type == QLatin1String("PermissionDenied"))
        return 401;
    if (type == QLatin1String("SpendingLimitExceeded"))
        return 403;
    if (type == QLatin1String("ResourceNotFound"))
        return 404;
    if (type == QLatin1String("InvalidInput") || type == QLatin1String("InvalidState")
        || type == QLatin1String("InvalidType"))
        return 422;
    if (type == QLatin1String("RateLimitConditional"))
        return 429;
    if (type == QLatin1String("ServiceUnavailable"))
        return 503;
    return 500;
}

QByteArray Failure::body() const
{
    QJsonObject error { { QStringLiteral("type"), type }, { QStringLiteral("message"), message } };
    if (!details.isUndefined())
        error.insert(QStringLiteral("details"), details);
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), error } })
        .toJson(QJsonDocument::Compact);
}

void failInvalidInput(const QString &message)
{
    throw Failure { QStringLiteral("InvalidInput"), message };
}

void failInvalidState(const QString &message, const QJsonValue &details)
{
    throw Failure { QStringLiteral("InvalidState"), message, details };
}

void failPermissionDenied(const QString &message)
{
    throw Failure { QStringLiteral("PermissionDenied"), message };
}

void failNotFound(const QString &message)
{
    throw Failure { QStringLiteral("ResourceNotFound"), message };
}

void failSpendingLimit(const QString &message)
{
    throw Failure { QStringLiteral("SpendingLimitExceeded"), message };
}

} // namespace sandbox
