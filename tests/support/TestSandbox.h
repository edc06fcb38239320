#pragma once

#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "tests/support/CallRunner.h"

#include <QNetworkAccessManager>
#include <map>
#include <memory>

// An in-process sandbox (in memory by default, the demo world) with one ApiClient per user of
// its world, for tests that drive the console against a real server. Header-only, so that
// dxc_testcommon does not depend on the sandbox; tests using it link dxsandbox_lib.
struct TestSandbox
{
    std::unique_ptr<SandboxHost> host;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::map<QString, std::unique_ptr<ApiClient>> clients;

    static SandboxOptions inMemory()
    {
        SandboxOptions options;
        options.memory = true;
        return options;
    }

    bool start(const SandboxOptions &options = inMemory())
    {
        host = std::make_unique<SandboxHost>(options);
        QString error;
        if (!host->start(&error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        nam = std::make_unique<QNetworkAccessManager>();
        for (const SandboxUser &user : host->users()) {
            auto client = std::make_unique<ApiClient>(nam.get(), host->url());
            client->setToken(user.token);
            clients[user.id] = std::move(client);
        }
        return clients.count(QStringLiteral("user-alice")) == 1;
    }

    // "user-alice" (the demo administrator), "user-bob", "user-carol", "user-dave".
    ApiClient *as(const QString &user) { return clients.at(user).get(); }
    ApiClient *admin() { return as(QStringLiteral("user-alice")); }

    CallOutcome call(const QString &subject, const QString &method, const QJsonObject &input,
                     const QString &user = QStringLiteral("user-alice"))
    {
        return runCall(as(user)->call(subject, method, input));
    }
};
