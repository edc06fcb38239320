#include "models/common/FieldErrors.h"

#include <QObject>

namespace FieldErrors {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isServerError(ApiError::Type type)
{
    switch (type) {
    case ApiError::Type::InvalidInput:
    case ApiError::Type::InvalidState:
    case ApiError::Type::InvalidType:
    case ApiError::Type::PermissionDenied:
    case ApiError::Type::SpendingLimitExceeded:
    case ApiError::Type::ResourceNotFound:
    case ApiError::Type::MalformedJSON:
    case ApiError::Type::UnknownServerError:
        return true;
    default:
        return false;
    }
}

// "name: ..." or "properties.key: ..." (a sub-field of `field`).
bool isPrefix(const QString &message, const QString &field)
{
    if (!message.startsWith(field))
        return false;
    const QChar next = message.size() > field.size() ? message.at(field.size()) : QChar();
    return next == QLatin1Char(':') || next == QLatin1Char('.') || next == QLatin1Char('[');
}

// The position of the first whole-word occurrence of `field` in `message`, or -1.
qsizetype wordIndex(const QString &message, const QString &field)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = message.indexOf(field, from);
        if (at < 0)
            return -1;
        const qsizetype end = at + field.size();
        const bool startOk = at == 0 || !isWordChar(message.at(at - 1));
        const bool endOk = end >= message.size() || !isWordChar(message.at(end));
        if (startOk && endOk)
            return at;
        from = at + 1;
    }
}

} // namespace

QString fieldOf(const ApiError &error, const QStringList &fields)
{
    if (!isServerError(error.type))
        return {};
    const QString message = error.message.trimmed();
    for (const QString &field : fields) {
        if (!field.isEmpty() && isPrefix(message, field))
            return field;
    }
    // Otherwise the field named first in the sentence ("Invalid name", "`billTo` must be...").
    QString best;
    qsizetype bestAt = -1;
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        const qsizetype at = wordIndex(message, field);
        if (at >= 0 && (bestAt < 0 || at < bestAt)) {
            best = field;
            bestAt = at;
        }
    }
    return best;
}

FormError fromApiError(const ApiError &error, const QStringList &fields)
{
    FormError out;
    if (!error.isError())
        return out;
    out.field = fieldOf(error, fields);
    if (!out.hasField()) {
        out.message = error.userMessage();
        return out;
    }
    QString text = error.message.trimmed();
    if (text.startsWith(out.field + QLatin1Char(':')))
        text = text.mid(out.field.size() + 1).trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!error.requestId.isEmpty())
        text += QObject::tr(" (request %1)").arg(error.requestId);
    out.message = text;
    return out;
}

} // namespace FieldErrors
