#pragma once

#include "tests/support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <functional>

// A findProjects endpoint over a fixed list of projects, for the browser model tests: pages
// by an offset cursor, records every input, and can be told to fail or delay the next page.
// Projects list in the order of `projects`; fillDated() gives them a `created`, newest first
// as the sandbox lists them, and `created` {after, before} (inclusive) then filters.
class FakeProjectServer
{
public:
    QList<QJsonObject> projects; // describe objects, each with "id"
    QList<QJsonObject> inputs; // every findProjects input received
    QMap<int, FakeReply> overrides; // request number (from 0) -> the answer instead of a page
    int delayMs = 0;
    // Called before each request is answered, with how many came before it: a test changes
    // the world in the middle of a listing.
    std::function<void(int served)> onInput;

    static QString idFor(int i)
    {
        return QStringLiteral("project-%1").arg(i, 24, 10, QLatin1Char('0'));
    }

    static QJsonObject project(int i)
    {
        return QJsonObject {
            { QLatin1String("id"), idFor(i) },
            { QLatin1String("name"), QStringLiteral("Project %1").arg(i) },
            { QLatin1String("region"),
              i % 2 ? QLatin1String("aws:us-east-1") : QLatin1String("azure:westus") },
            { QLatin1String("billTo"), QLatin1String("org-genomics") },
            { QLatin1String("level"), QLatin1String("ADMINISTER") },
            { QLatin1String("dataUsage"), double(i % 7) },
            { QLatin1String("tags"), QJsonArray { QStringLiteral("t%1").arg(i % 3) } },
        };
    }

    void fill(int count)
    {
        for (int i = 0; i < count; ++i)
            projects.append(project(i));
    }

    // `count` projects created one `stepMs` apart, the newest first.
    void fillDated(int count, qint64 newestMs = 1700000000000, qint64 stepMs = 60000)
    {
        for (int i = 0; i < count; ++i) {
            QJsonObject p = project(i);
            p.insert(QLatin1String("created"), double(newestMs - i * stepMs));
            projects.append(p);
        }
    }

    void install(FakeNetworkAccessManager *nam)
    {
        nam->onRoute(QStringLiteral("/system/findProjects"),
                     [this](const QJsonObject &input) { return answer(input); });
    }

    FakeReply answer(const QJsonObject &input)
    {
        if (onInput)
            onInput(int(inputs.size()));
        inputs.append(input);
        if (overrides.contains(int(inputs.size()) - 1))
            return overrides.take(int(inputs.size()) - 1);
        const int start = input.value(QLatin1String("starting"))
                              .toObject()
                              .value(QLatin1String("offset"))
                              .toInt();
        const int limit = input.value(QLatin1String("limit")).toInt(1000);
        const QString region = input.value(QLatin1String("region")).toString();
        const QJsonObject created = input.value(QLatin1String("created")).toObject();
        const auto matches = [&](const QJsonObject &p) {
            if (!region.isEmpty() && p.value(QLatin1String("region")).toString() != region)
                return false;
            const double at = p.value(QLatin1String("created")).toDouble();
            if (created.contains(QLatin1String("after"))
                && at < created.value(QLatin1String("after")).toDouble())
                return false;
            if (created.contains(QLatin1String("before"))
                && at > created.value(QLatin1String("before")).toDouble())
                return false;
            return true;
        };
        QJsonArray results;
        int i = start;
        for (; i < projects.size() && results.size() < limit; ++i) {
            const QJsonObject &p = projects.at(i);
            if (!matches(p))
                continue;
            results.append(
                QJsonObject { { QLatin1String("id"), p.value(QLatin1String("id")) },
                              { QLatin1String("level"), p.value(QLatin1String("level")) },
                              { QLatin1String("describe"), p } });
        }
        const QJsonValue next = i < projects.size()
            ? QJsonValue(QJsonObject { { QLatin1String("offset"), i } })
            : QJsonValue(QJsonValue::Null);
        FakeReply reply = FakeReply::json(
            QJsonObject { { QLatin1String("results"), results }, { QLatin1String("next"), next } });
        if (delayMs > 0)
            reply.withDelay(delayMs);
        return reply;
    }

    QList<int> limits() const
    {
        QList<int> list;
        for (const QJsonObject &input : inputs)
            list.append(input.value(QLatin1String("limit")).toInt());
        return list;
    }
};
