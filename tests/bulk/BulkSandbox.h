#pragma once

#include "ApiClient.h"
#include "BulkAction.h"
#include "CallRunner.h"
#include "SandboxHost.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>
#include <map>
#include <memory>

// An in-process sandbox with `generate` extra projects (the demo administrator user-alice
// administers every one) and one ApiClient per demo user.
struct BulkSandbox
{
    std::unique_ptr<SandboxHost> host;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::map<QString, std::unique_ptr<ApiClient>> clients;

    bool start(int generate)
    {
        SandboxOptions options;
        options.memory = true;
        options.generate = generate;
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

    ApiClient *as(const QString &user) { return clients.at(user).get(); }
    ApiClient *admin() { return as(QStringLiteral("user-alice")); }

    CallOutcome call(const QString &subject, const QString &method, const QJsonObject &input,
                     const QString &user = QStringLiteral("user-alice"))
    {
        return runCall(as(user)->call(subject, method, input));
    }

    // The generated projects ("Rare exome 000042"), oldest name first, as targets.
    QList<BulkTarget> generatedTargets()
    {
        const CallOutcome out = call(
            QStringLiteral("system"), QStringLiteral("findProjects"),
            QJsonObject {
                { QStringLiteral("limit"), 1000 },
                { QStringLiteral("describe"),
                  QJsonObject { { QStringLiteral("fields"),
                                  QJsonObject { { QStringLiteral("name"), true },
                                                { QStringLiteral("region"), true },
                                                { QStringLiteral("billTo"), true } } } } } });
        static const QRegularExpression generated(QStringLiteral(" \\d{6}$"));
        QList<BulkTarget> targets;
        for (const QJsonValue &v : out.result.value(QLatin1String("results")).toArray()) {
            const QJsonObject r = v.toObject();
            const QJsonObject d = r.value(QLatin1String("describe")).toObject();
            BulkTarget t;
            t.id = r.value(QLatin1String("id")).toString();
            t.name = d.value(QLatin1String("name")).toString();
            t.region = d.value(QLatin1String("region")).toString();
            t.billTo = d.value(QLatin1String("billTo")).toString();
            t.level = levelFromName(r.value(QLatin1String("level")).toString());
            if (generated.match(t.name).hasMatch())
                targets << t;
        }
        std::sort(targets.begin(), targets.end(), [](const BulkTarget &a, const BulkTarget &b) {
            return a.name.right(6) < b.name.right(6);
        });
        return targets;
    }

    QStringList tagsOf(const QString &projectId)
    {
        const CallOutcome out
            = call(projectId, QStringLiteral("describe"),
                   QJsonObject { { QStringLiteral("fields"),
                                   QJsonObject { { QStringLiteral("tags"), true } } } });
        QStringList tags;
        for (const QJsonValue &t : out.result.value(QLatin1String("tags")).toArray())
            tags << t.toString();
        return tags;
    }
};
