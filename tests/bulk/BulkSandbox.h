#pragma once

#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "models/bulk/BulkAction.h"
#include "tests/support/CallRunner.h"
#include "tests/support/TestSandbox.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>
#include <map>
#include <memory>

// An in-process sandbox with `generate` extra projects (the demo administrator user-alice
// administers every one) and one ApiClient per demo user.
struct BulkSandbox : TestSandbox
{
    bool start(int generate)
    {
        SandboxOptions options = inMemory();
        options.generate = generate;
        return TestSandbox::start(options);
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
