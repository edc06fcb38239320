#include "app/sandbox/service/SandboxHost.h"

#include "app/sandbox/http/HttpServer.h"
#include "app/sandbox/service/SandboxService.h"

#include <QLoggingCategory>
#include <QThread>
#include <memory>

Q_LOGGING_CATEGORY(lcSandboxHost, "dxsandbox.host")

// Lives on the sandbox thread: the service (and its SQLite connection) and the server are
// created, used and destroyed there.
class SandboxHost::Worker : public QObject
{
public:
    std::unique_ptr<SandboxService> service;
    std::unique_ptr<HttpServer> server;

    void shutDown()
    {
        server.reset(); // first: its handler calls the service
        service.reset();
    }
};

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

SandboxHost::~SandboxHost()
{
    stop();
}

void SandboxHost::setListenAddress(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_requestedPort = port;
}

bool SandboxHost::start(QString *error)
{
    if (m_thread)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("dxsandbox"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    m_thread->start();

    QString failure;
    quint16 port = 0;
    QList<SandboxUser> users;
    Worker *worker = m_worker;
    const SandboxOptions options = m_options;
    const QHostAddress address = m_address;
    const quint16 requestedPort = m_requestedPort;
    // Blocks until the thread has opened the database and listens (or failed to).
    QMetaObject::invokeMethod(
        worker,
        [worker, options, address, requestedPort, &failure, &port, &users] {
            worker->service = std::make_unique<SandboxService>(options);
            if (!worker->service->open(&failure)) {
                worker->shutDown();
                return;
            }
            SandboxService *service = worker->service.get();
            worker->server = std::make_unique<HttpServer>([service](const QByteArray &path,
                                                                    const QByteArray &authorization,
                                                                    const QByteArray &body) {
                return service->handle(path, authorization, body);
            });
            port = worker->server->listen(address, requestedPort);
            if (port == 0) {
                failure = QStringLiteral("Cannot listen on %1 port %2: %3")
                              .arg(address.toString())
                              .arg(requestedPort)
                              .arg(worker->server->errorString());
                worker->shutDown();
                return;
            }
            users = worker->service->users();
        },
        Qt::BlockingQueuedConnection);

    if (port == 0) {
        qCWarning(lcSandboxHost) << "the sandbox did not start:" << failure;
        if (error)
            *error = failure;
        stop();
        return false;
    }
    m_users = users;
    m_url = QUrl();
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(m_address.toString());
    m_url.setPort(port);
    return true;
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_url = QUrl();
}

QUrl SandboxHost::url() const
{
    return m_url;
}

quint16 SandboxHost::port() const
{
    return m_url.port() > 0 ? quint16(m_url.port()) : 0;
}

QList<SandboxUser> SandboxHost::users() const
{
    return m_users;
}
