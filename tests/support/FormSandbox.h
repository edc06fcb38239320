#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "models/details/ProjectDetails.h"
#include "tests/support/CallRunner.h"
#include "tests/support/TestSandbox.h"
#include "tests/support/WidgetLookup.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QWidget>
#include <map>
#include <memory>

// An in-process sandbox (in memory, the demo world) with one ApiClient per demo user, and the
// look-ups the sponsorship, destroy and members dialog tests need.
struct FormSandbox : TestSandbox
{
    QString projectId(const QString &name, const QString &user = QStringLiteral("user-alice"))
    {
        const CallOutcome out = runCall(
            as(user)->call(QStringLiteral("system"), QStringLiteral("findProjects"),
                           QJsonObject { { QStringLiteral("name"), name },
                                         { QStringLiteral("level"), QStringLiteral("VIEW") } }));
        const QJsonArray results = out.result.value(QLatin1String("results")).toArray();
        return results.isEmpty() ? QString()
                                 : results.first().toObject().value(QLatin1String("id")).toString();
    }

    // The describe every detail page uses; an empty object when it fails.
    QJsonObject describe(const QString &projectId,
                         const QString &user = QStringLiteral("user-alice"))
    {
        const CallOutcome out = runCall(
            as(user)->call(projectId, QStringLiteral("describe"), ProjectDetails::describeInput()));
        return out.result;
    }

    CallOutcome call(const QString &subject, const QString &method, const QJsonObject &input,
                     const QString &user = QStringLiteral("user-alice"))
    {
        return runCall(as(user)->call(subject, method, input));
    }
};
