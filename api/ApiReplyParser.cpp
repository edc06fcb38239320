#include "api/ApiReplyParser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

namespace ApiReplyParser {

namespace {
bool isJsonContentType(const QString &contentType)
{
    // "application/json; charset=utf-8" is fine too.
    const QString mime = contentType.section(QLatin1Char(';'), 0, 0).trimmed();
    return mime.compare(QLatin1String("application/json"), Qt::CaseInsensitive) == 0;
}
} // namespace

SuccessReply parseSuccess(int status, const QString &contentType, const QByteArray &body)
{
    SuccessReply reply;
    if (!isJsonContentType(contentType)) {
        reply.problem = QStringLiteral("the server answered %1 with content of type \"%2\", "
                                       "not JSON")
                            .arg(status)
                            .arg(contentType.isEmpty() ? QStringLiteral("none") : contentType);
        return reply;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        reply.problem = QStringLiteral("the server answered %1 with JSON that cannot be read "
                                       "(%2 at byte %3)")
                            .arg(status)
                            .arg(error.errorString())
                            .arg(error.offset);
        return reply;
    }
    if (!doc.isObject()) {
        reply.problem
            = QStringLiteral("the server answered %1 with JSON that is not an object").arg(status);
        return reply;
    }
    reply.ok = true;
    reply.object = doc.object();
    return reply;
}

ApiError parseError(int status, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = status;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        e = ApiError::make(
            ApiError::Type::BadReply,
            QStringLiteral("the server answered %1 with a reply that is not JSON").arg(status));
        e.httpStatus = status;
        return e;
    }
    const QJsonValue errorValue = doc.object().value(QLatin1String("error"));
    const QJsonObject error = errorValue.toObject();
    const QString typeName = error.value(QLatin1String("type")).toString();
    if (!errorValue.isObject() || typeName.isEmpty()) {
        e = ApiError::make(ApiError::Type::BadReply,
                           QStringLiteral("the server answered %1 with JSON that does not describe "
                                          "an error")
                               .arg(status));
        e.httpStatus = status;
        return e;
    }
    e.type = ApiError::typeFromName(typeName);
    e.typeName = typeName;
    e.message = error.value(QLatin1String("message")).toString();
    if (e.message.isEmpty())
        e.message = ApiError::defaultMessage(e.type);
    e.details = error.value(QLatin1String("details"));
    return e;
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::ceil(qMin(seconds, 1e9) * 1000.0));
    }
    // HTTP dates (IMF-fixdate) are always GMT; the English names need the C locale.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(when));
}

} // namespace ApiReplyParser
