#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace sandbox {

// An API error as the platform reports it. Route code throws it; SandboxService turns it into
// {"error": {"type", "message", "details"?}} with the HTTP status of docs/api-facts.md ("Errors").
struct Failure
{
    QString type;
    QString message;
    QJsonValue details = QJsonValue(QJsonValue::Undefined);

    int status() const;
    QByteArray body() const;
};

[[noreturn]] void failInvalidInput(const QString &message);
[[noreturn]] void failInvalidState(const QString &message,
                                   const QJsonValue &details = QJsonValue(QJsonValue::Undefined));
[[noreturn]] void failPermissionDenied(const QString &message);
[[noreturn]] void failNotFound(const QString &message);
[[noreturn]] void failSpendingLimit(const QString &message);

} // namespace sandbox
