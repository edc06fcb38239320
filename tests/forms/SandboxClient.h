#pragma once

#include "ApiClient.h"
#include "SandboxHost.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

// An in-process sandbox (in memory) and an ApiClient signed in as its demo administrator,
// for the dialog tests of the administration forms.
struct SandboxClient
{
    std::unique_ptr<SandboxHost> host;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ApiClient> client;

    bool start()
    {
        SandboxOptions options;
        options.memory = true;
        host = std::make_unique<SandboxHost>(options);
        QString error;
        if (!host->start(&error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ApiClient>(nam.get(), host->url());
        client->setToken(host->users().value(0).token);
        return true;
    }
};
