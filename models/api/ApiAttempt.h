#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One HTTP attempt of an API call, reported to listeners such as the activity log.
// It never carries the token nor any request body.
struct ApiAttempt
{
    QDateTime time; // when the attempt started (UTC)
    QString route; // route pattern, e.g. "/project-xxxx/describe"
    QString target; // the subject: "system", "project", or an entity ID
    QString method; // e.g. "describe"
    int httpStatus = 0; // 0 when no HTTP reply arrived
    qint64 durationMs = 0;
    int retry = 0; // 0 for the first attempt
    QString requestId;
    QString errorType; // empty on success, else ApiError::nameOf / the server's type
    bool willRetry = false;
    quint64 callId = 0; // the same for every attempt of one call
};

Q_DECLARE_METATYPE(ApiAttempt)
