#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Whether an attempt carries its call's request input (AttemptInput::decide says which).
enum class InputKept : int {
    Unknown = 0, // not decided: logged before inputs were kept, or a user action
    Kept = 1, // `input` holds the request input exactly as sent
    NotAllowed = 2, // the route is not on the allow-list (it may carry a secret)
    TooLarge = 3, // the input was larger than the cap
    Redacted = 4, // keys named like a secret were left out: `input` is not what was sent
    HeldToken = 5, // the input held the session's token: nothing kept
    Expired = 6, // kept once, then dropped from the log to keep its size bounded
};

// One HTTP attempt of an API call, reported to listeners such as the activity log.
// It never carries the token; it carries the request input only where AttemptInput allows.
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
    QString input; // compact JSON; set only when inputKept is Kept or Redacted
    InputKept inputKept = InputKept::Unknown;
};

Q_DECLARE_METATYPE(ApiAttempt)
