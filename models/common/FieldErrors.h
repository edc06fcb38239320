#pragma once

#include "api/ApiError.h"

#include <QString>
#include <QStringList>

// One problem to show in a form: beside `field` when it names one of the form's fields,
// else above the buttons (field empty).
struct FormError
{
    QString field;
    QString message;

    bool isEmpty() const { return message.isEmpty(); }
    bool hasField() const { return !field.isEmpty(); }
};

// Which field of a form a server refusal is about. The platform puts no field in its error
// object, only in the message ("name: must not be empty", "Invalid name ...", "... `billTo`
// ..."), so the message is searched for the form's field names as whole words.
namespace FieldErrors {

// The field of `fields` that the error's message names; empty when it names none or when the
// error did not come from the server (network, timeout...).
QString fieldOf(const ApiError &error, const QStringList &fields);

// The field and the sentence to show: beside a field, the server's message without its
// "field: " prefix (and with the request ID, for support); otherwise error.userMessage().
FormError fromApiError(const ApiError &error, const QStringList &fields);

} // namespace FieldErrors
