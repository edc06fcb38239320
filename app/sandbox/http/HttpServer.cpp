#include "app/sandbox/http/HttpServer.h"

#include "app/sandbox/http/HttpConnection.h"
#include "app/sandbox/http/HttpReplyWriter.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <exception>

Q_LOGGING_CATEGORY(lcHttpServer, "dxsandbox.http", QtInfoMsg)

namespace {
// The idle sweep runs this many times per idle timeout: no timer per connection.
constexpr int IdleTicks = 8;
constexpr int DefaultIdleTimeoutMs = 120 * 1000;
} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
    , m_idleTimer(new QTimer(this))
    , m_idPrefix(QRandomGenerator::system()->generate())
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
    connect(m_idleTimer, &QTimer::timeout, this, &HttpServer::sweepIdle);
    setIdleTimeout(DefaultIdleTimeoutMs);
}

HttpServer::~HttpServer()
{
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
    m_idleTimer->start();
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    m_server->close();
    m_idleTimer->stop();
    const auto connections = m_connections;
    qDeleteAll(connections);
}

void HttpServer::setIdleTimeout(int milliseconds)
{
    m_idleTimer->setInterval(qMax(1, milliseconds / IdleTicks));
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Replies are written in one piece; do not let Nagle hold them back.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(new HttpConnection(socket, this));
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

QByteArrayView HttpServer::nextRequestId()
{
    static const char hex[] = "0123456789abcdef";
    const quint64 value = (quint64(m_idPrefix) << 32) ^ ++m_idCounter;
    for (int i = 0; i < 16; ++i)
        m_idBuffer[i] = hex[(value >> (60 - 4 * i)) & 0xf];
    return QByteArrayView(m_idBuffer, 16);
}
