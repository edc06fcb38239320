#pragma once

#include "app/sandbox/service/SandboxOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

// What the domain answers for one request. The HTTP layer adds Content-Type, Content-Length
// and X-Request-Id.
struct ServiceReply
{
    int status = 200;
    QByteArray body; // a JSON object, always
    int retryAfterSeconds = -1;
};

// The sandbox platform without HTTP: identity, projects, rules, storage.
// Not thread-safe: the HTTP layer calls it from one thread.
class SandboxService
{
public:
    explicit SandboxService(const SandboxOptions &options);
    ~SandboxService();

    // Opens (or creates) the database, loads the world into a new one, adds generated projects.
    bool open(QString *error);
    // Users of the world in order, the demo administrator first.
    QList<SandboxUser> users() const;

    // path: "/project-xxxx/describe"; authorization: the raw Authorization header value.
    ServiceReply handle(const QByteArray &path, const QByteArray &authorization,
                        const QByteArray &body);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};
