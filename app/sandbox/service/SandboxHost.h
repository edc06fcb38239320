#pragma once

#include "app/sandbox/service/SandboxOptions.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

class QThread;

// Runs a sandbox (service + HTTP server) on a thread of its own, on a loopback port, for
// dxconsole --sandbox and for tests. start() blocks until it accepts connections.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxHost() override; // stops the server and joins the thread

    // Before start(): where to listen (default 127.0.0.1, port 0 = any free port). The caller
    // decides whether a non-loopback address is acceptable.
    void setListenAddress(const QHostAddress &address, quint16 port = 0);
    bool start(QString *error);
    void stop();
    QUrl url() const; // http://127.0.0.1:PORT
    quint16 port() const;
    QList<SandboxUser> users() const; // the demo administrator first

private:
    class Worker;
    SandboxOptions m_options;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    quint16 m_requestedPort = 0;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QUrl m_url;
    QList<SandboxUser> m_users;
};
