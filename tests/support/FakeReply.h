#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>

// What the fake network manager answers to one request: a normal HTTP reply, a reply whose
// body is cut short, a transport error, or no answer at all. Build one with the factories.
struct FakeReply
{
    enum class Kind {
        Http, // status + headers + body
        Truncated, // headers announce more bytes than the body has, then the connection closes
        NetworkError, // fails with `error` before any HTTP reply (e.g. RemoteHostClosedError)
        Hang, // never answers (until aborted)
    };

    Kind kind = Kind::Http;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 declaredLength = -1; // Truncated: the Content-Length sent (defaults to body size * 2)
    int delayMs = 0; // wait before answering
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    // 200 (or `status`) with Content-Type application/json and `body` as JSON.
    static FakeReply json(const QJsonObject &body, int status = 200);
    // A platform error: {"error": {"type", "message"[, "details"]}}; an empty message is left out.
    static FakeReply apiError(int status, const QString &type, const QString &message,
                              const QJsonValue &details = QJsonValue::Undefined);
    // Any status, content type and raw body (e.g. a proxy's HTML page).
    static FakeReply raw(int status, const QByteArray &contentType, const QByteArray &body);
    static FakeReply truncated(const QByteArray &partialBody, qint64 declaredLength = -1,
                               int status = 200);
    static FakeReply networkError(QNetworkReply::NetworkError error, const QString &text);
    static FakeReply connectionRefused();
    static FakeReply remoteClosed(); // the connection drops after the request was sent
    static FakeReply hang();

    FakeReply &withHeader(const QByteArray &name, const QByteArray &value);
    FakeReply &withDelay(int ms);
    FakeReply &withRequestId(const QByteArray &id) { return withHeader("X-Request-Id", id); }
};
