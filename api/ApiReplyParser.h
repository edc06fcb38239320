#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// Pure functions that read what a server answered; ApiCall decides what to do about it.
namespace ApiReplyParser {

struct SuccessReply
{
    bool ok = false;
    QJsonObject object;
    QString problem; // why it is not a usable reply, as the end of a sentence
};

// A 2xx reply: must be Content-Type application/json and one complete JSON object.
SuccessReply parseSuccess(int status, const QString &contentType, const QByteArray &body);
// A non-2xx reply: the platform's {"error": {"type", "message", "details"}} or BadReply.
ApiError parseError(int status, const QByteArray &body);
// Retry-After: seconds (fractions allowed) or an HTTP date; nullopt when absent or unreadable.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace ApiReplyParser
