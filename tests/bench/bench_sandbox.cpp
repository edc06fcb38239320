// Sandbox benchmark: describe requests per second over keep-alive, one findProjects page.
// Prints one JSON line per figure; never fails on a time.
//   bench_sandbox                         starts its own sandbox (memory, 100,000 generated)
//   bench_sandbox --url URL --token TOKEN uses a running server
// The load generator uses plain blocking sockets on a thread of its own, one request in
// flight per connection, so that it costs as little CPU as possible next to the server.

#include "app/sandbox/http/HttpServer.h"
#include "app/sandbox/service/SandboxHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

int connectTo(const QByteArray &host, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    ::inet_pton(AF_INET, host.constData(), &address.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// Takes one whole reply off the front of buffer; returns its status or 0 when incomplete.
int takeReply(std::string *buffer, std::string *body)
{
    const size_t end = buffer->find("\r\n\r\n");
    if (end == std::string::npos || end < 12)
        return 0;
    size_t length = 0;
    const size_t header = buffer->find("Content-Length: ");
    if (header != std::string::npos && header < end)
        length = std::strtoul(buffer->c_str() + header + 16, nullptr, 10);
    if (buffer->size() < end + 4 + length)
        return 0;
    const int status = std::atoi(buffer->c_str() + 9);
    if (body)
        body->assign(*buffer, end + 4, length);
    buffer->erase(0, end + 4 + length);
    return status;
}

// One request on a connection, waiting for its reply. Returns the status, 0 on failure.
int roundTrip(int fd, const QByteArray &request, std::string *body)
{
    if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size())
        return 0;
    std::string buffer;
    char chunk[65536];
    for (;;) {
        const int status = takeReply(&buffer, body);
        if (status)
            return status;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return 0;
        buffer.append(chunk, size_t(n));
    }
}

QByteArray postRequest(const QByteArray &path, const QByteArray &token, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

struct LoadResult
{
    qint64 ok = 0;
    qint64 failed = 0;
    double seconds = 0;
};

// connections sockets, each with one request in flight, for durationMs.
LoadResult runLoad(const QByteArray &host, quint16 port, const QByteArray &request, int connections,
                   int durationMs)
{
    LoadResult result;
    std::vector<int> fds;
    std::vector<std::string> buffers(static_cast<size_t>(connections));
    std::vector<pollfd> polls;
    for (int i = 0; i < connections; ++i) {
        const int fd = connectTo(host, port);
        if (fd < 0)
            return result;
        fds.push_back(fd);
        polls.push_back({ fd, POLLIN, 0 });
    }
    auto sendOne = [&](int fd) {
        return ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL)
            == request.size();
    };
    QElapsedTimer timer;
    timer.start();
    for (int fd : fds)
        sendOne(fd);
    char chunk[65536];
    int open = connections;
    while (open > 0) {
        if (::poll(polls.data(), polls.size(), 1000) <= 0)
            break;
        const bool over = timer.elapsed() >= durationMs;
        for (size_t i = 0; i < polls.size(); ++i) {
            if (polls[i].fd < 0 || !(polls[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::recv(polls[i].fd, chunk, sizeof chunk, 0);
            if (n <= 0) {
                polls[i].fd = -1;
                --open;
                continue;
            }
            buffers[i].append(chunk, size_t(n));
            // One request in flight: at most one reply is due.
            if (const int status = takeReply(&buffers[i], nullptr)) {
                (status == 200 ? result.ok : result.failed)++;
                if (over) {
                    polls[i].fd = -1;
                    --open;
                } else if (!sendOne(polls[i].fd)) {
                    polls[i].fd = -1;
                    --open;
                }
            }
        }
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (int fd : fds)
        ::close(fd);
    return result;
}

void printRps(const char *name, int connections, const LoadResult &r)
{
    std::printf("{\"name\":\"%s\",\"connections\":%d,\"rps\":%.0f,\"requests\":%lld,"
                "\"failed\":%lld,\"seconds\":%.2f}\n",
                name, connections, r.seconds > 0 ? double(r.ok) / r.seconds : 0.0,
                static_cast<long long>(r.ok), static_cast<long long>(r.failed), r.seconds);
    std::fflush(stdout);
}

LoadResult loadOnThread(const QByteArray &host, quint16 port, const QByteArray &request,
                        int connections, int durationMs)
{
    LoadResult result;
    std::thread load([&] { result = runLoad(host, port, request, connections, durationMs); });
    load.join();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("url"), QStringLiteral("A running sandbox (http://127.0.0.1:PORT)."),
          QStringLiteral("url") },
        { QStringLiteral("token"), QStringLiteral("Token for --url."), QStringLiteral("token") },
        { QStringLiteral("generate"), QStringLiteral("Projects generated in the own sandbox."),
          QStringLiteral("N"), QStringLiteral("100000") },
        { QStringLiteral("transport-only"),
          QStringLiteral("Only measure the HTTP layer, with a constant handler.") },
        { QStringLiteral("seconds"), QStringLiteral("Duration of each load run."),
          QStringLiteral("s"), QStringLiteral("5") },
    });
    parser.process(app);
    const int durationMs = parser.value(QStringLiteral("seconds")).toInt() * 1000;
    const int connections = 4;

    // The transport alone: a handler that answers a constant.
    {
        const QByteArray constant = "{\"id\":\"project-xxxxxxxxxxxxxxxxxxxxxxxx\"}";
        QThread thread;
        thread.start();
        QObject context; // deleted after its thread has finished
        context.moveToThread(&thread);
        HttpServer *server = nullptr;
        quint16 port = 0;
        QMetaObject::invokeMethod(
            &context,
            [&] {
                server = new HttpServer(
                    [&constant](const QByteArray &, const QByteArray &, const QByteArray &) {
                        ServiceReply reply;
                        reply.body = constant;
                        return reply;
                    });
                port = server->listen(QHostAddress(QHostAddress::LocalHost));
            },
            Qt::BlockingQueuedConnection);
        printRps("transport_rps", connections,
                 loadOnThread("127.0.0.1", port, postRequest("/project-x/describe", "t", "{}"),
                              connections, durationMs));
        QMetaObject::invokeMethod(
            &context, [server] { delete server; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    if (parser.isSet(QStringLiteral("transport-only")))
        return 0;

    std::unique_ptr<SandboxHost> host;
    QUrl url;
    QByteArray token;
    if (parser.isSet(QStringLiteral("url"))) {
        url = QUrl(parser.value(QStringLiteral("url")));
        token = parser.value(QStringLiteral("token")).toUtf8();
    } else {
        SandboxOptions options;
        options.memory = true;
        options.generate = parser.value(QStringLiteral("generate")).toInt();
        host = std::make_unique<SandboxHost>(options);
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!host->start(&error)) {
            std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("{\"name\":\"sandbox_start\",\"projects_generated\":%d,\"ms\":%lld}\n",
                    options.generate, static_cast<long long>(timer.elapsed()));
        url = host->url();
        token = host->users().value(0).token.toUtf8();
    }
    const QByteArray hostName = url.host().toUtf8();
    const quint16 port = quint16(url.port());

    // A project to describe: the first the caller can see.
    const int fd = connectTo(hostName, port);
    if (fd < 0) {
        std::fprintf(stderr, "bench_sandbox: cannot connect to %s\n", qPrintable(url.toString()));
        return 1;
    }
    std::string body;
    const int status = roundTrip(
        fd, postRequest("/system/findProjects", token, "{\"limit\":1,\"level\":\"VIEW\"}"), &body);
    const QJsonObject found = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
    const QByteArray projectId = found.value(QStringLiteral("results"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString()
                                     .toUtf8();
    if (status != 200 || projectId.isEmpty()) {
        std::fprintf(stderr, "bench_sandbox: findProjects gave %d: %s\n", status, body.c_str());
        return 1;
    }

    printRps("describe_rps", connections,
             loadOnThread(hostName, port, postRequest("/" + projectId + "/describe", token, "{}"),
                          connections, durationMs));

    // One page of 1000 with describe: median of 10.
    const QByteArray page = postRequest("/system/findProjects", token,
                                        "{\"limit\":1000,\"describe\":true,\"level\":\"VIEW\"}");
    std::vector<double> times;
    qsizetype results = 0;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        const int pageStatus = roundTrip(fd, page, &body);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (pageStatus != 200) {
            std::fprintf(stderr, "bench_sandbox: findProjects gave %d\n", pageStatus);
            break;
        }
        if (i == 0)
            results = QJsonDocument::fromJson(QByteArray::fromStdString(body))
                          .object()
                          .value(QStringLiteral("results"))
                          .toArray()
                          .size();
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"name\":\"find_projects_page\",\"projects\":%d,\"limit\":1000,\"results\":%lld,"
                "\"ms\":%.2f,\"bytes\":%zu}\n",
                host ? parser.value(QStringLiteral("generate")).toInt() : -1,
                static_cast<long long>(results), times[times.size() / 2], body.size());
    ::close(fd);
    return 0;
}
