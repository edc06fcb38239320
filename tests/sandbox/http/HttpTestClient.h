#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <QTcpSocket>

// A raw HTTP/1.1 client for tests: writes bytes as given and reads replies one at a time,
// including interim 100 Continue replies, from the same connection.
struct HttpTestReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

class HttpTestClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(5000);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // false on timeout or when the connection ends before a whole reply arrived.
    bool read(HttpTestReply *reply, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!takeReply(reply)) {
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0)
                return false;
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(left))
                return false;
            m_buffer += m_socket.readAll();
        }
        return true;
    }

    // true when the server closes the connection within the time.
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState) {
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0)
                return false;
            if (m_socket.waitForReadyRead(left))
                m_buffer += m_socket.readAll();
        }
        return true;
    }

    QTcpSocket &socket() { return m_socket; }
    QByteArray unread() const { return m_buffer; }

private:
    bool takeReply(HttpTestReply *reply)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        HttpTestReply r;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                             lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.status == 100 ? 0 : r.header("content-length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return false;
        r.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        *reply = r;
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
