#include "api/ApiError.h"

namespace {
struct TypeRow
{
    ApiError::Type type;
    const char *name;
    int httpStatus;
    const char *label; // start of the user-facing sentence
    const char *defaultMessage; // used when the server gave no message
};

// One row per type: the wire name, the platform's status, and the words shown to people.
constexpr TypeRow typeRows[] = {
    { ApiError::Type::None, "None", 0, "No error", "" },
    { ApiError::Type::MalformedJSON, "MalformedJSON", 400, "Malformed request",
      "the server could not read the request" },
    { ApiError::Type::InvalidAuthentication, "InvalidAuthentication", 401, "Not signed in",
      "the token is missing, expired or not valid" },
    { ApiError::Type::PermissionDenied, "PermissionDenied", 401, "Permission denied",
      "you do not have the access this needs" },
    { ApiError::Type::SpendingLimitExceeded, "SpendingLimitExceeded", 403,
      "Spending limit exceeded", "the billing account has reached its spending limit" },
    { ApiError::Type::ResourceNotFound, "ResourceNotFound", 404, "Not found",
      "the object or route does not exist" },
    { ApiError::Type::InvalidInput, "InvalidInput", 422, "Invalid input",
      "the server rejected the input" },
    { ApiError::Type::InvalidState, "InvalidState", 422, "Invalid state",
      "the object is not in a state that allows this" },
    { ApiError::Type::InvalidType, "InvalidType", 422, "Invalid type",
      "the object is not of the expected type" },
    { ApiError::Type::RateLimitConditional, "RateLimitConditional", 429, "Too many requests",
      "the server asked to slow down" },
    { ApiError::Type::InternalError, "InternalError", 500, "Server error",
      "the server failed while handling the request" },
    { ApiError::Type::ServiceUnavailable, "ServiceUnavailable", 503, "Service unavailable",
      "the server is temporarily unavailable" },
    { ApiError::Type::UnknownServerError, "UnknownServerError", 0, "Server error",
      "the server reported an error" },
    { ApiError::Type::Network, "Network", 0, "Network error", "the server could not be reached" },
    { ApiError::Type::Timeout, "Timeout", 0, "No answer in time",
      "the server did not answer in time" },
    { ApiError::Type::Aborted, "Aborted", 0, "Cancelled", "the call was cancelled" },
    { ApiError::Type::BadReply, "BadReply", 0, "Unreadable reply",
      "the server's reply could not be read" },
    { ApiError::Type::OutcomeUnknown, "OutcomeUnknown", 0, "Outcome unknown",
      "the connection was lost after the request was sent, so it may or may not have been "
      "done; check before trying again" },
};

const TypeRow &rowOf(ApiError::Type type)
{
    for (const TypeRow &row : typeRows) {
        if (row.type == type)
            return row;
    }
    return typeRows[0];
}
} // namespace

ApiError::Type ApiError::typeFromName(const QString &name)
{
    for (const TypeRow &row : typeRows) {
        // Only the platform's own types can come from a server.
        if (row.httpStatus > 0 && name == QLatin1String(row.name))
            return row.type;
    }
    return Type::UnknownServerError;
}

QString ApiError::nameOf(Type type)
{
    return QLatin1String(rowOf(type).name);
}

int ApiError::httpStatusOf(Type type)
{
    return rowOf(type).httpStatus;
}

QString ApiError::defaultMessage(Type type)
{
    return QLatin1String(rowOf(type).defaultMessage);
}

ApiError ApiError::make(Type type, const QString &message)
{
    ApiError e;
    e.type = type;
    e.typeName = nameOf(type);
    e.message = message.isEmpty() ? defaultMessage(type) : message;
    return e;
}

QString ApiError::userMessage() const
{
    if (type == Type::None)
        return {};
    QString label = QLatin1String(rowOf(type).label);
    if (type == Type::UnknownServerError && !typeName.isEmpty())
        label = QStringLiteral("Server error ") + typeName;
    QString text = message.isEmpty() ? defaultMessage(type) : message;
    QString sentence = label + QStringLiteral(": ") + text;

    QStringList notes;
    // Status codes help for replies that are not the platform's own errors.
    if (httpStatus != 0 && (type == Type::BadReply || type == Type::UnknownServerError)
        && !text.contains(QString::number(httpStatus)))
        notes << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!route.isEmpty() && requestId.isEmpty()
        && (type == Type::Network || type == Type::Timeout || type == Type::OutcomeUnknown))
        notes << route;
    if (!requestId.isEmpty())
        notes << QStringLiteral("request ") + requestId;
    if (!notes.isEmpty())
        sentence += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
    return sentence;
}
