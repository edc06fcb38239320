#include "app/sandbox/http/HttpServer.h"

#include "app/sandbox/http/HttpConnection.h"
#include "app/sandbox/http/HttpReplyWriter.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <charconv>
#include <exception>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

Q_LOGGING_CATEGORY(lcHttpServer, "dxsandbox.http", QtInfoMsg)

namespace {
// The idle sweep runs this many times per idle timeout: no timer per connection.
constexpr int IdleTicks = 8;
constexpr int DefaultIdleTimeoutMs = 120 * 1000;
// Descriptors kept for everything but client connections: the database, the event loop, logs.
constexpr int ReservedDescriptors = 64;
// Connections being refused (503, then closed within the linger time) may use this many more.
constexpr int MaxRefusing = 32;
// After accept() failed (no descriptor left, typically), wait this long before trying again:
// the listening socket stays readable, and retrying at once would spin.
constexpr int AcceptRetryMs = 250;
} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
    , m_idleTimer(new QTimer(this))
    , m_acceptRetryTimer(new QTimer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
    connect(m_server, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
    connect(m_idleTimer, &QTimer::timeout, this, &HttpServer::sweepIdle);
    m_acceptRetryTimer->setSingleShot(true);
    m_acceptRetryTimer->setInterval(AcceptRetryMs);
    connect(m_acceptRetryTimer, &QTimer::timeout, this, [this] {
        m_errorPaused = false;
        updateAccepting();
    });
    setIdleTimeout(DefaultIdleTimeoutMs);
}

HttpServer::~HttpServer()
{
    m_closingDown = true;
    // Connections unregister themselves in their destructor; delete them while we are whole.
    const auto connections = m_connections;
    qDeleteAll(connections);
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        qCWarning(lcHttpServer) << "cannot listen:" << m_server->errorString();
        return 0;
    }
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        m_descriptorBudget
            = int(qBound(qint64(1), qint64(limit.rlim_cur) - ReservedDescriptors - MaxRefusing,
                         qint64(1) << 30));
#endif
    if (connectionCap() < m_maxConnections)
        qCInfo(lcHttpServer) << "serving at most" << connectionCap()
                             << "connections: the open-file limit allows no more";
    m_idleTimer->start();
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    m_closingDown = true;
    m_acceptRetryTimer->stop();
    m_server->close();
    m_idleTimer->stop();
    const auto connections = m_connections;
    qDeleteAll(connections);
}

void HttpServer::setIdleTimeout(int milliseconds)
{
    m_idleTimer->setInterval(qMax(1, milliseconds / IdleTicks));
}

void HttpServer::setRequestTimeouts(int headerMs, int bodyMs, qint64 minBodyBytesPerSecond)
{
    m_headerTimeoutMs = qMax(1, headerMs);
    m_bodyTimeoutMs = qMax(1, bodyMs);
    m_minBodyRate = qMax<qint64>(1, minBodyBytesPerSecond);
}

void HttpServer::setMaxConnections(int count)
{
    m_maxConnections = qMax(1, count);
}

int HttpServer::connectionCap() const
{
    return qMin(m_maxConnections, m_descriptorBudget);
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Replies are written in one piece; do not let Nagle hold them back.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const bool refuse = activeConnections() >= connectionCap();
        if (refuse)
            ++m_refusing;
        m_connections.insert(new HttpConnection(socket, this, refuse));
    }
    updateAccepting();
}

void HttpServer::onAcceptError()
{
    // Qt has paused accepting; resume after a while rather than never (or at once, in a loop).
    if (m_acceptErrors++ % 1000 == 0)
        qCWarning(lcHttpServer) << "cannot accept a connection:" << m_server->errorString()
                                << "- retrying every" << AcceptRetryMs << "ms";
    m_errorPaused = true;
    m_server->pauseAccepting();
    m_acceptRetryTimer->start();
}

void HttpServer::connectionClosed(HttpConnection *connection, bool refused)
{
    m_connections.remove(connection);
    if (refused)
        --m_refusing;
    if (!m_closingDown)
        updateAccepting();
}

// Accepting pauses while both the served and the refused connections are at their caps, so
// that the kernel's backlog, not our descriptors, holds whoever comes next.
void HttpServer::updateAccepting()
{
    if (m_closingDown || !m_server->isListening())
        return;
    const bool full = activeConnections() >= connectionCap() && m_refusing >= MaxRefusing;
    if (full && !m_capPaused) {
        m_capPaused = true;
        m_server->pauseAccepting();
    } else if (!full && m_capPaused) {
        m_capPaused = false;
        if (!m_errorPaused)
            m_server->resumeAccepting();
    } else if (!full && !m_errorPaused) {
        m_server->resumeAccepting();
    }
}

void HttpServer::sweepIdle()
{
    const auto connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->idleTick(IdleTicks);
}

ServiceReply HttpServer::dispatch(const QByteArray &path, const QByteArray &authorization,
                                  const QByteArray &body)
{
    try {
        return m_handler(path, authorization, body);
    } catch (const std::exception &e) {
        qCCritical(lcHttpServer) << "the handler threw:" << e.what();
    } catch (...) {
        qCCritical(lcHttpServer) << "the handler threw";
    }
    ServiceReply reply;
    reply.status = 500;
    reply.body
        = HttpReplyWriter::errorBody("InternalError", "The server failed to handle the request.");
    return reply;
}

// The platform's shape: "<milliseconds since the epoch>-<counter>", e.g. "1764771234567-42".
QByteArrayView HttpServer::nextRequestId()
{
    char *const end = m_idBuffer + sizeof m_idBuffer;
    char *p = std::to_chars(m_idBuffer, end, QDateTime::currentMSecsSinceEpoch()).ptr;
    *p++ = '-';
    p = std::to_chars(p, end, ++m_idCounter).ptr;
    return QByteArrayView(m_idBuffer, p - m_idBuffer);
}
