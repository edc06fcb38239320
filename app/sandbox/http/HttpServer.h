#pragma once

// Why not QtHttpServer: QtHttpServer 6.4 buffers whole request bodies with no size limit and
// offers no hook between the headers and the body, so it cannot refuse a 16 MB body without
// reading it first. This small HTTP/1.1 server of our own on QTcpServer gives that control
// (413 right after the headers, without reading the body), plus keep-alive, pipelining and one
// socket write per batch of replies.

#include "app/sandbox/service/SandboxService.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <functional>

class HttpConnection;
class QTcpServer;
class QTimer;

class HttpServer : public QObject
{
    Q_OBJECT
public:
    // Called for each POST on the server's thread. The arrays are views into the connection's
    // buffer, valid only during the call: copy what must outlive it.
    using Handler = std::function<ServiceReply(
        const QByteArray &path, const QByteArray &authorization, const QByteArray &body)>;

    static constexpr qint64 MaxBodySize = 16 * 1024 * 1024;
    static constexpr qsizetype MaxHeadSize = 64 * 1024;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Returns the port listened on, or 0 when listening failed (see errorString()).
    quint16 listen(const QHostAddress &address, quint16 port = 0);
    QString errorString() const;
    void close();

    // Connections without any input for this long are closed (default 120 s).
    void setIdleTimeout(int milliseconds);
    int connectionCount() const { return int(m_connections.size()); }

private:
    friend class HttpConnection;
    ServiceReply dispatch(const QByteArray &path, const QByteArray &authorization,
                          const QByteArray &body);
    // A unique hex ID per reply: a random per-server prefix and a counter.
    QByteArrayView nextRequestId();
    void acceptPending();
    void sweepIdle();

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QTimer *m_idleTimer = nullptr;
    QSet<HttpConnection *> m_connections;
    quint32 m_idPrefix = 0;
    quint64 m_idCounter = 0;
    char m_idBuffer[16];
};
