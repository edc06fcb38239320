#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

// Forwards TCP between a client and a server, holding every chunk for delayMs in each
// direction: a round trip of 2 * delayMs, as to a distant server. It runs on a thread of its
// own, so that the forwarding never waits for the benchmark's event loop nor slows it down.
class LatencyProxy
{
public:
    LatencyProxy(const QUrl &upstream, int delayMs)
        : m_upstream(upstream)
        , m_delayMs(delayMs)
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QSemaphore ready;
        QMetaObject::invokeMethod(m_context, [this, &ready] {
            auto *server = new QTcpServer(m_context);
            if (server->listen(QHostAddress::LocalHost))
                m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *down = server->nextPendingConnection())
                    pipe(down);
            });
            ready.release();
        });
        ready.acquire();
    }

    ~LatencyProxy()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    LatencyProxy(const LatencyProxy &) = delete;
    LatencyProxy &operator=(const LatencyProxy &) = delete;

    bool isListening() const { return m_port != 0; }
    QUrl url() const
    {
        QUrl url = m_upstream;
        url.setPort(m_port);
        return url;
    }

private:
    void pipe(QTcpSocket *down)
    {
        auto *up = new QTcpSocket(down);
        up->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        forward(down, up);
        forward(up, down);
        QObject::connect(down, &QTcpSocket::disconnected, down, [down] { down->deleteLater(); });
    }

    void forward(QTcpSocket *from, QTcpSocket *to)
    {
        const int delay = m_delayMs;
        QPointer<QTcpSocket> target(to);
        QObject::connect(from, &QTcpSocket::readyRead, to, [from, target, delay] {
            const QByteArray data = from->readAll();
            QTimer::singleShot(delay, Qt::PreciseTimer, target, [target, data] {
                if (target)
                    target->write(data);
            });
        });
        QObject::connect(from, &QTcpSocket::disconnected, to, [target, delay] {
            QTimer::singleShot(delay, Qt::PreciseTimer, target, [target] {
                if (target)
                    target->disconnectFromHost();
            });
        });
    }

    QUrl m_upstream;
    int m_delayMs;
    QThread m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
};
