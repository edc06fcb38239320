#include "tests/support/RawHttpServer.h"

#include <QTcpSocket>

RawHttpServer::RawHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
}

RawHttpServer::~RawHttpServer()
{
    // Open connections close as m_server goes, after the other members: they must not call
    // back into this half-destroyed server.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
}

bool RawHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 RawHttpServer::port() const
{
    return m_server.serverPort();
}

QByteArray RawHttpServer::reply(int status, const QByteArray &contentType, const QByteArray &body,
                                qint64 contentLength, const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    return out;
}

QByteArray RawHttpServer::keepAliveReply(int status, const QByteArray &jsonBody)
{
    return "HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(jsonBody.size()) + "\r\nConnection: keep-alive\r\n\r\n" + jsonBody;
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qint64 length = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray request = buffer;
    buffer.clear();
    m_requests << request;
    const QByteArray answer = m_responder ? m_responder(request) : reply(404, {}, {});
    if (answer.isEmpty()) {
        socket->disconnectFromHost(); // read it, answered nothing
        return;
    }
    socket->write(answer);
    socket->flush();
    if (!m_keepAlive)
        socket->disconnectFromHost();
}
