#include "app/sandbox/http/HttpConnection.h"

#include "app/sandbox/http/HttpReplyWriter.h"
#include "app/sandbox/http/HttpServer.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcHttpConnection, "dxsandbox.http.connection", QtInfoMsg)

namespace {
// How long a closing connection keeps discarding late input before it is reset.
constexpr int LingerMs = 2000;
// A buffer that grew for a large body is released once it is empty again.
constexpr qsizetype KeepCapacity = 256 * 1024;
// Back-pressure: Qt stops reading from the kernel once this much input waits in the socket,
// and we stop taking input while a client leaves this much of our replies unread.
constexpr qint64 SocketReadBuffer = 1024 * 1024;
constexpr qint64 MaxUnsentReplies = 4 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server, bool refuse)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_deadlineTimer(new QTimer(this))
    , m_refused(refuse)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBuffer);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &HttpConnection::onDeadline);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (refuse) {
        const QByteArray message = "The sandbox serves at most "
            + QByteArray::number(server->connectionCap())
            + " connections at once; retry after the time in Retry-After.";
        const QByteArray body = HttpReplyWriter::errorBody("ServiceUnavailable", message);
        HttpReplyWriter::Reply out;
        out.status = 503;
        out.body = body;
        out.requestId = m_server->nextRequestId();
        out.retryAfterSeconds = 1;
        out.close = true;
        HttpReplyWriter::append(&m_out, out);
        m_closing = true;
        writeOutput();
        startClosing();
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
    updateDeadline();
}

HttpConnection::~HttpConnection()
{
    m_server->connectionClosed(this, m_refused);
}

void HttpConnection::writeOutput()
{
    if (m_out.isEmpty())
        return;
    m_socket->write(m_out.constData(), m_out.size());
    m_out.truncate(0);
    m_socket->flush();
}

void HttpConnection::updateDeadline()
{
    Phase phase = Phase::None;
    if (m_closing || throttled())
        phase = Phase::None; // waiting for the client to read, not to send
    else if (m_needTotal > 0)
        phase = Phase::Body;
    else if (!m_in.isEmpty() || m_requests == 0)
        phase = Phase::Head; // a partial request, or a new connection's first one
    if (phase == m_phase && (phase == Phase::None || m_deadlineRequest == m_requests))
        return;
    m_phase = phase;
    m_deadlineRequest = m_requests;
    if (phase == Phase::None) {
        m_deadlineTimer->stop();
        return;
    }
    qint64 ms = m_server->m_headerTimeoutMs;
    if (phase == Phase::Body)
        ms = m_server->m_bodyTimeoutMs + m_needTotal * 1000 / m_server->m_minBodyRate;
    m_deadlineTimer->start(int(qMin<qint64>(ms, 24 * 3600 * 1000)));
}

void HttpConnection::onDeadline()
{
    if (m_closing)
        return;
    const bool body = m_phase == Phase::Body;
    qCDebug(lcHttpConnection) << "closing a connection that did not send its request in time";
    appendError(408, "InvalidInput",
                body ? "The request body did not arrive in time; send it at a steady pace."
                     : "The request line and headers did not arrive in time.",
                true);
    writeOutput();
    startClosing();
}

void HttpConnection::idleTick(int maxIdleTicks)
{
    if (++m_idleTicks < maxIdleTicks)
        return;
    qCDebug(lcHttpConnection) << "closing an idle connection";
    m_socket->abort();
    deleteLater();
}

void HttpConnection::onReadyRead()
{
    m_idleTicks = 0;
    const qint64 available = m_socket->bytesAvailable();
    if (m_closing) {
        m_socket->skip(available);
        return;
    }
    if (available > 0 && !throttled()) {
        const qsizetype old = m_in.size();
        m_in.resize(old + available);
        const qint64 got = m_socket->read(m_in.data() + old, available);
        m_in.resize(old + qMax<qint64>(got, 0));
    }
    processInput();
}

bool HttpConnection::throttled() const
{
    return m_out.size() + m_socket->bytesToWrite() > MaxUnsentReplies;
}

void HttpConnection::processInput()
{
    m_processing = true;
    for (;;) {
        const bool more = answerBufferedRequests();
        compactInput();
        writeOutput();
        // If the flush emptied the socket's buffer, no bytesWritten will come to resume.
        if (!more || m_closing || throttled())
            break;
    }
    m_processing = false;
    if (m_closing)
        startClosing();
    updateDeadline();
}

bool HttpConnection::answerBufferedRequests()
{
    for (;;) {
        if (m_closing)
            return false;
        if (throttled())
            return m_pos < m_in.size();
        const QByteArrayView input(m_in.constData() + m_pos, m_in.size() - m_pos);
        if (input.isEmpty() || input.size() < m_needTotal)
            return false;
        HttpRequestHead head;
        HttpParseError error;
        const auto result = HttpRequestParser::parse(input, HttpServer::MaxHeadSize, &head, &error);
        if (result == HttpRequestParser::Result::NeedMore) {
            m_needTotal = 0;
            return false;
        }
        if (result == HttpRequestParser::Result::Error) {
            appendError(error.status, "InvalidInput", error.message, true);
            return false;
        }
        if (head.transferEncoding) {
            appendError(411, "InvalidInput",
                        "Transfer-Encoding is not supported: send the body with Content-Length.",
                        true);
            return false;
        }
        if (head.contentLength > HttpServer::MaxBodySize) {
            // Refused before reading the body: the connection closes right after this reply.
            appendError(413, "InvalidInput", "The request body exceeds the limit of 16 MiB.", true);
            return false;
        }
        const qsizetype total = head.headSize + qsizetype(qMax<qint64>(head.contentLength, 0));
        if (input.size() < total) {
            m_needTotal = total;
            m_in.reserve(m_pos + total);
            if (head.expectContinue && !m_continueSent && head.minorVersion >= 1) {
                HttpReplyWriter::appendContinue(&m_out);
                m_continueSent = true;
            }
            return false;
        }
        m_needTotal = 0;
        m_continueSent = false;
        const bool keepAlive = handleRequest(head, m_pos + head.headSize);
        ++m_requests;
        m_pos += total;
        if (!keepAlive)
            m_closing = true;
    }
}

bool HttpConnection::handleRequest(const HttpRequestHead &head, qsizetype bodyStart)
{
    const bool keepAlive = head.minorVersion >= 1
        ? !head.connectionClose
        : head.connectionKeepAlive && !head.connectionClose;
    if (head.method != QByteArrayView("POST")) {
        appendError(405, "InvalidInput",
                    "Only POST is accepted: every API call is POST /{subject}/{method}.",
                    !keepAlive, true, head.method == QByteArrayView("HEAD"));
        return keepAlive;
    }
    // Views, not copies: the handler runs before the buffer changes.
    const QByteArray path = QByteArray::fromRawData(head.path.data(), head.path.size());
    const QByteArray authorization
        = QByteArray::fromRawData(head.authorization.data(), head.authorization.size());
    const QByteArray body = QByteArray::fromRawData(m_in.constData() + bodyStart,
                                                    qsizetype(qMax<qint64>(head.contentLength, 0)));
    const ServiceReply reply = m_server->dispatch(path, authorization, body);

    HttpReplyWriter::Reply out;
    out.status = reply.status;
    out.body = reply.body;
    out.requestId = m_server->nextRequestId();
    out.retryAfterSeconds = reply.retryAfterSeconds;
    out.close = !keepAlive;
    out.keepAliveHeader = keepAlive && head.minorVersion == 0;
    HttpReplyWriter::append(&m_out, out);
    return keepAlive;
}

void HttpConnection::appendError(int status, QByteArrayView type, QByteArrayView message,
                                 bool close, bool allowPost, bool omitBody)
{
    qCDebug(lcHttpConnection) << "refusing a request:" << status << message;
    const QByteArray body = HttpReplyWriter::errorBody(type, message);
    HttpReplyWriter::Reply out;
    out.status = status;
    out.body = body;
    out.requestId = m_server->nextRequestId();
    out.close = close;
    out.allowPost = allowPost;
    out.omitBody = omitBody;
    HttpReplyWriter::append(&m_out, out);
    if (close)
        m_closing = true;
}

void HttpConnection::compactInput()
{
    if (m_pos >= m_in.size()) {
        if (m_in.capacity() > KeepCapacity)
            m_in = QByteArray();
        else
            m_in.truncate(0);
    } else if (m_pos > 0) {
        m_in.remove(0, m_pos);
    }
    m_pos = 0;
}

void HttpConnection::startClosing()
{
    m_closing = true;
    m_deadlineTimer->stop();
    m_in = QByteArray();
    m_pos = 0;
    m_needTotal = 0;
    if (m_socket->bytesToWrite() == 0)
        onBytesWritten();
}

void HttpConnection::onBytesWritten()
{
    if (!m_closing) {
        // Resumes a client that was throttled for leaving replies unread.
        if (!m_processing && !throttled()
            && (m_socket->bytesAvailable() > 0 || (!m_in.isEmpty() && m_in.size() >= m_needTotal)))
            onReadyRead();
        return;
    }
    if (m_halfClosed || m_socket->bytesToWrite() > 0)
        return;
    m_halfClosed = true;
#ifdef Q_OS_UNIX
    // Half-close: the client sees the end of the reply; whatever it still sends is discarded
    // (not read into memory) until it closes or the linger time is over.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_lingerTimer = new QTimer(this);
    m_lingerTimer->setSingleShot(true);
    connect(m_lingerTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        deleteLater();
    });
    m_lingerTimer->start(LingerMs);
#else
    m_socket->disconnectFromHost();
#endif
}
