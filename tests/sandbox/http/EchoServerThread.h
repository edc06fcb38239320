#pragma once

#include "app/sandbox/http/HttpServer.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <stdexcept>

// An HttpServer with an echoing handler on a thread of its own, so that tests can use
// blocking socket calls. The handler answers with what it received; "/status/N" answers N,
// "/retry" 503 with Retry-After 7, "/throw" throws, "/size" answers only the body size,
// "/large" answers 100 KiB.
class EchoServerThread
{
public:
    EchoServerThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                QAtomicInt *calls = &m_calls;
                m_server = new HttpServer(
                    [calls](const QByteArray &p, const QByteArray &a, const QByteArray &b) {
                        calls->ref();
                        return echo(p, a, b);
                    });
                m_port = m_server->listen(QHostAddress(QHostAddress::LocalHost));
            },
            Qt::BlockingQueuedConnection);
    }

    ~EchoServerThread()
    {
        HttpServer *server = m_server;
        QMetaObject::invokeMethod(
            &m_context, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    int calls() const { return m_calls.loadRelaxed(); }

    void setIdleTimeout(int ms)
    {
        HttpServer *server = m_server;
        QMetaObject::invokeMethod(
            &m_context, [server, ms] { server->setIdleTimeout(ms); }, Qt::BlockingQueuedConnection);
    }

    void setRequestTimeouts(int headerMs, int bodyMs, qint64 minBodyBytesPerSecond)
    {
        HttpServer *server = m_server;
        QMetaObject::invokeMethod(
            &m_context,
            [=] { server->setRequestTimeouts(headerMs, bodyMs, minBodyBytesPerSecond); },
            Qt::BlockingQueuedConnection);
    }

    void setMaxConnections(int count)
    {
        HttpServer *server = m_server;
        QMetaObject::invokeMethod(
            &m_context, [=] { server->setMaxConnections(count); }, Qt::BlockingQueuedConnection);
    }

    // Runs f on the server's thread and returns its result.
    template<typename F> auto onServerThread(F f)
    {
        decltype(f(m_server)) result {};
        HttpServer *server = m_server;
        QMetaObject::invokeMethod(
            &m_context, [&] { result = f(server); }, Qt::BlockingQueuedConnection);
        return result;
    }

    static ServiceReply echo(const QByteArray &path, const QByteArray &authorization,
                             const QByteArray &body)
    {
        ServiceReply reply;
        if (path == "/throw")
            throw std::runtime_error("boom");
        if (path.startsWith("/status/"))
            reply.status = path.mid(8).toInt();
        if (path == "/retry") {
            reply.status = 503;
            reply.retryAfterSeconds = 7;
        }
        QJsonObject o { { QStringLiteral("path"), QString::fromUtf8(path) },
                        { QStringLiteral("authorization"), QString::fromUtf8(authorization) },
                        { QStringLiteral("size"), body.size() } };
        if (path == "/large")
            o.insert(QStringLiteral("body"), QString(100 * 1024, QLatin1Char('x')));
        else if (path != "/size")
            o.insert(QStringLiteral("body"), QString::fromUtf8(body));
        reply.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return reply;
    }

private:
    QThread m_thread;
    QObject m_context; // declared after m_thread: destroyed first, once the thread has finished
    HttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QAtomicInt m_calls;
};
