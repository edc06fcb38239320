#include "tests/support/FakeReply.h"

#include <QJsonDocument>

FakeReply FakeReply::json(const QJsonObject &body, int status)
{
    return raw(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeReply FakeReply::apiError(int status, const QString &type, const QString &message,
                              const QJsonValue &details)
{
    QJsonObject error { { QStringLiteral("type"), type } };
    if (!message.isEmpty())
        error.insert(QStringLiteral("message"), message);
    if (!details.isUndefined())
        error.insert(QStringLiteral("details"), details);
    return json(QJsonObject { { QStringLiteral("error"), error } }, status);
}

FakeReply FakeReply::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    FakeReply r;
    r.kind = Kind::Http;
    r.status = status;
    if (!contentType.isEmpty())
        r.headers.append({ "Content-Type", contentType });
    r.body = body;
    return r;
}

FakeReply FakeReply::truncated(const QByteArray &partialBody, qint64 declaredLength, int status)
{
    FakeReply r = raw(status, "application/json", partialBody);
    r.kind = Kind::Truncated;
    r.declaredLength = declaredLength >= 0 ? declaredLength : partialBody.size() * 2 + 1;
    // What QNetworkAccessManager reports when the server closes before Content-Length bytes.
    r.error = QNetworkReply::RemoteHostClosedError;
    r.errorString = QStringLiteral("Connection closed");
    return r;
}

FakeReply FakeReply::networkError(QNetworkReply::NetworkError error, const QString &text)
{
    FakeReply r;
    r.kind = Kind::NetworkError;
    r.status = 0;
    r.error = error;
    r.errorString = text;
    return r;
}

FakeReply FakeReply::connectionRefused()
{
    return networkError(QNetworkReply::ConnectionRefusedError,
                        QStringLiteral("Connection refused"));
}

FakeReply FakeReply::remoteClosed()
{
    return networkError(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
}

FakeReply FakeReply::hang()
{
    FakeReply r;
    r.kind = Kind::Hang;
    r.status = 0;
    return r;
}

FakeReply &FakeReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

FakeReply &FakeReply::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}
