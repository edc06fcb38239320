// Bulk benchmark: tag 1,000 generated sandbox projects with the default bound of calls in
// flight, then with one call at a time; directly over loopback, then with a 20 ms round trip.
// Prints one JSON line per figure; never fails on a time.

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "models/bulk/BulkAction.h"
#include "models/bulk/BulkRunner.h"
#include "tests/bench/LatencyProxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <cstdio>

namespace {

void printFigure(const QJsonObject &figure)
{
    std::printf("%s\n", QJsonDocument(figure).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Every project the client administers, page by page.
QList<BulkTarget> administeredTargets(ApiClient *client)
{
    QList<BulkTarget> targets;
    QJsonValue starting;
    bool more = true;
    while (more) {
        more = false;
        QEventLoop loop;
        QJsonObject input { { QStringLiteral("limit"), 1000 },
                            { QStringLiteral("level"), QStringLiteral("ADMINISTER") } };
        if (!starting.isNull() && !starting.isUndefined())
            input.insert(QStringLiteral("starting"), starting);
        ApiCall *call
            = client->call(QStringLiteral("system"), QStringLiteral("findProjects"), input);
        QObject::connect(call, &ApiCall::finished, &loop, [&](const QJsonObject &result) {
            for (const QJsonValue &v : result.value(QLatin1String("results")).toArray()) {
                BulkTarget t;
                t.id = v.toObject().value(QLatin1String("id")).toString();
                t.level = levelFromName(v.toObject().value(QLatin1String("level")).toString());
                targets << t;
            }
            starting = result.value(QLatin1String("next"));
            more = !starting.isNull() && !starting.isUndefined();
            loop.quit();
        });
        QObject::connect(call, &ApiCall::failed, &loop, [&](const ApiError &error) {
            std::fprintf(stderr, "findProjects: %s\n", qPrintable(error.userMessage()));
            loop.quit();
        });
        call->start();
        loop.exec();
    }
    return targets;
}

// Seconds to run the action over every target with `bound` calls in flight.
double timeRun(ApiClient *client, const QList<BulkTarget> &targets, const QString &tag, int bound,
               int *done)
{
    BulkRunner runner(client);
    runner.setConcurrency(bound);
    runner.setSteps(BulkAction::addTags({ tag }).preview(targets));
    QEventLoop loop;
    QObject::connect(&runner, &BulkRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    if (runner.isRunning())
        loop.exec();
    *done = runner.countIn(BulkResult::State::Done);
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // On disk, as `dxconsole --sandbox` keeps it: every write is committed before its reply.
    QTemporaryDir dir;
    SandboxOptions options;
    options.dbPath = dir.filePath(QStringLiteral("sandbox.sqlite"));
    options.generate = 1000;
    SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    ApiClient client(&nam, host.url());
    client.setToken(host.users().value(0).token);
    const QList<BulkTarget> targets = administeredTargets(&client);
    // 1,000 of the projects the administrator may update (nearly all generated ones).
    QList<BulkTarget> generated;
    for (const BulkTarget &t : qAsConst(targets))
        if (t.level == Level::Administer && generated.size() < 1000)
            generated << t;

    const int bound = BulkRunner(&client).concurrency();
    // Direct over loopback, then through a proxy that adds a 20 ms round trip.
    LatencyProxy proxy(host.url(), 10);
    if (!proxy.isListening()) {
        std::fprintf(stderr, "proxy: cannot listen\n");
        return 1;
    }
    ApiClient distant(&nam, proxy.url());
    distant.setToken(host.users().value(0).token);
    struct Setup
    {
        ApiClient *client;
        int rttMs;
    };
    int run = 0;
    for (const Setup &setup : { Setup { &client, 0 }, Setup { &distant, 20 } }) {
        double seconds[2] = { 0, 0 };
        const int bounds[2] = { bound, 1 };
        for (int i = 0; i < 2; ++i) {
            int done = 0;
            seconds[i] = timeRun(setup.client, generated, QStringLiteral("bench-%1").arg(++run),
                                 bounds[i], &done);
            printFigure({ { QStringLiteral("name"), QStringLiteral("bulk_tag_seconds") },
                          { QStringLiteral("projects"), int(generated.size()) },
                          { QStringLiteral("rtt_ms"), setup.rttMs },
                          { QStringLiteral("bound"), bounds[i] },
                          { QStringLiteral("done"), done },
                          { QStringLiteral("seconds"), seconds[i] } });
        }
        printFigure(
            { { QStringLiteral("name"), QStringLiteral("bulk_tag_speedup") },
              { QStringLiteral("rtt_ms"), setup.rttMs },
              { QStringLiteral("bound"), bound },
              { QStringLiteral("speedup"), seconds[0] > 0 ? seconds[1] / seconds[0] : 0.0 } });
    }
    return 0;
}
