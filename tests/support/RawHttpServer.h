#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <functional>

// A loopback HTTP/1.1 server that answers each request with raw bytes and then closes the
// connection, for checking what the real QNetworkAccessManager makes of odd replies
// (cut-short bodies, redirects). Records every raw request (headers and body).
// A responder that returns no bytes drops the connection after reading the request. With
// setKeepAlive(true) a connection stays open after a reply, for the next request on it.
class QTcpSocket;

class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    using Responder = std::function<QByteArray(const QByteArray &rawRequest)>;

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;
    bool listen(); // 127.0.0.1 on a free port
    quint16 port() const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    void setKeepAlive(bool on) { m_keepAlive = on; }
    int connectionCount() const { return m_connections; }
    const QList<QByteArray> &requests() const { return m_requests; }

    // "HTTP/1.1 <status> X\r\nContent-Type: ...\r\nContent-Length: <n>\r\n\r\n<body>"
    static QByteArray reply(int status, const QByteArray &contentType, const QByteArray &body,
                            qint64 contentLength = -1, const QByteArray &extraHeaders = {});
    // A JSON reply that leaves the connection open.
    static QByteArray keepAliveReply(int status, const QByteArray &jsonBody);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Responder m_responder;
    QList<QByteArray> m_requests;
    bool m_keepAlive = false;
    int m_connections = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers; // bytes of a request not complete yet
};
