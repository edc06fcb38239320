#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// One failed API call, as a value. Every failure the client reports is one of these:
// server errors (the platform's error types), transport failures and unreadable replies.
class ApiError
{
public:
    enum class Type {
        None,
        // Error types of the platform (DNAnexus API, "Errors"; HTTP statuses in docs/api-facts.md).
        MalformedJSON,
        InvalidAuthentication,
        PermissionDenied,
        SpendingLimitExceeded,
        ResourceNotFound,
        InvalidInput,
        InvalidState,
        InvalidType,
        RateLimitConditional,
        InternalError,
        ServiceUnavailable,
        UnknownServerError, // a JSON error with a type this client does not know (raw in typeName)
        // Failures on the client side.
        Network, // connection refused, DNS, TLS, reset...
        Timeout, // an attempt or the overall deadline ran out
        Aborted, // the caller cancelled
        BadReply, // not JSON, wrong content type, truncated, error body without "error"
        OutcomeUnknown, // the reply of a call that is not safe to repeat was lost
    };

    Type type = Type::None;
    QString typeName; // the raw type string from the server, or a name for client failures
    QString message; // the server's message (may be empty when the server gave none)
    QJsonValue details; // the server's "details", if any
    int httpStatus = 0; // 0 when no HTTP reply arrived
    QString requestId; // X-Request-Id of the reply, if any
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString route; // e.g. "/project-xxxx/describe"

    bool isError() const { return type != Type::None; }
    // A sentence for people: what failed and why, with the request ID when there is one.
    QString userMessage() const;

    static Type typeFromName(const QString &name);
    static QString nameOf(Type type);
    // The HTTP status the platform uses for a server error type (0 for client-side types).
    static int httpStatusOf(Type type);
    // Words used when the server gave no message ("the object or route does not exist").
    static QString defaultMessage(Type type);
    // A client-side error of `type`; an empty message takes defaultMessage(type).
    static ApiError make(Type type, const QString &message = {});
};

Q_DECLARE_METATYPE(ApiError)
