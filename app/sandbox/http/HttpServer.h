#pragma once

// Why not QtHttpServer: QtHttpServer 6.4 buffers whole request bodies with no size limit and
// offers no hook between the headers and the body, so it cannot refuse a 16 MB body without
// reading it first. This small HTTP/1.1 server of our own on QTcpServer gives that control
// (413 right after the headers, without reading the body), plus keep-alive, pipelining and one
// socket write per batch of replies. It also bounds what a client may hold: a deadline for the
// request head and one for the body (by its size), a cap on connections (503 beyond it) and a
// pause instead of a busy loop when no file descriptor is left to accept with. Moving onto
// cpp-httplib (thread per connection, no cap) or libmicrohttpd would have meant rebuilding
// these and the back-pressure on top of another event loop.

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
    // A request's line and headers must arrive within headerMs of its first byte (of the
    // connection, for the first request); its body within bodyMs plus one second per
    // minBodyBytesPerSecond. Beyond, 408 and close. Defaults: 10 s, 10 s, 64 KiB/s.
    void setRequestTimeouts(int headerMs, int bodyMs, qint64 minBodyBytesPerSecond);
    // At most this many connections are served at once (default 1000, and fewer when the
    // process may not open that many files); those beyond get 503 with Retry-After and are
    // closed. When even those pile up, accepting pauses until a connection closes.
    void setMaxConnections(int count);
    int connectionCount() const { return int(m_connections.size()); }
    // The connections served now, without those being refused.
    int activeConnections() const { return int(m_connections.size()) - m_refusing; }
    int connectionCap() const;

private:
    friend class HttpConnection;
    ServiceReply dispatch(const QByteArray &path, const QByteArray &authorization,
                          const QByteArray &body);
    // A unique hex ID per reply: a random per-server prefix and a counter.
    QByteArrayView nextRequestId();
    void acceptPending();
    void sweepIdle();
    void onAcceptError();
    void connectionClosed(HttpConnection *connection, bool refused);
    void updateAccepting();

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_acceptRetryTimer = nullptr;
    QSet<HttpConnection *> m_connections;
    int m_refusing = 0; // connections answered 503 and closing
    int m_maxConnections = 1000;
    int m_descriptorBudget = 1 << 30; // from the open-file limit at listen()
    bool m_capPaused = false;
    bool m_errorPaused = false;
    bool m_closingDown = false;
    int m_acceptErrors = 0;
    int m_headerTimeoutMs = 10 * 1000;
    int m_bodyTimeoutMs = 10 * 1000;
    qint64 m_minBodyRate = 64 * 1024;
    quint64 m_idCounter = 0;
    char m_idBuffer[48]; // two 20-digit numbers and a dash at the most
};
