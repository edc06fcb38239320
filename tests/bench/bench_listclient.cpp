// Where the time of listing goes, stage by stage: prints one JSON line per figure; never fails
// on a time.
//   bench_listclient [--projects N] [--runs R]
// The sandbox's service runs in this process, without HTTP, behind a fake network manager, so
// that the server's time can be measured apart and taken out of the client's. For the same
// listing the console makes (ProjectListModel::loadAll, its calls and partitions), the figures
// are, in milliseconds for all the rows:
//   server      the sandbox answering the calls (domain and JSON writing), no HTTP
//   parse       the replies parsed as ApiCall parses them (ApiReplyParser::parseSuccess)
//   rows        ProjectRow::fromFindResult on every result, with one StringPool
//   model       the whole client with the list model alone (calls, parse, rows, plan, inserts)
//   insert      model - parse - rows: what the model adds (ApiCall, plan, inserts, signals)
//   proxy       with ProjectFilterProxy on top, less the model alone
//   view        with the proxy in a shown ProjectTableView, less the proxy
// and apart from the console's listing, over loopback HTTP to the same sandbox on a thread of
// its own: "http" fetches sequential pages of 1,000 as bytes (no parse), against the service's
// time for the same pages, so http - server is the HTTP layers' share (both sides).
// Each stage is run --runs times; the line gives the smallest and the median.

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiReplyParser.h"
#include "app/sandbox/service/SandboxHost.h"
#include "app/sandbox/service/SandboxService.h"
#include "models/browser/ProjectFilterProxy.h"
#include "models/browser/ProjectListModel.h"
#include "models/browser/ProjectQuery.h"
#include "models/browser/ProjectRow.h"
#include "models/browser/StringPool.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "ui/browser/ProjectTableView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Stats
{
    QVector<double> values;
    void add(double v) { values.append(v); }
    double min() const { return *std::min_element(values.cbegin(), values.cend()); }
    double median() const
    {
        QVector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }
};

void print(const char *stage, int rows, int calls, const Stats &stats)
{
    std::printf("{\"name\":\"listclient\",\"stage\":\"%s\",\"rows\":%d,\"calls\":%d,"
                "\"min_ms\":%.1f,\"median_ms\":%.1f}\n",
                stage, rows, calls, stats.min(), stats.median());
    std::fflush(stdout);
}

// The service behind a fake network manager: every request is answered synchronously inside
// createRequest(), timed, and its body kept, so the client's stages can be replayed on exactly
// the replies the console got.
struct InProcessServer
{
    SandboxService *service;
    FakeNetworkAccessManager nam;
    qint64 serverNs = 0;
    QList<QByteArray> bodies;

    explicit InProcessServer(SandboxService *s)
        : service(s)
    {
        nam.setHandler([this](const QNetworkRequest &request, const QByteArray &body) {
            QElapsedTimer timer;
            timer.start();
            const ServiceReply reply = service->handle(request.url().path().toUtf8(),
                                                       request.rawHeader("Authorization"), body);
            serverNs += timer.nsecsElapsed();
            bodies.append(reply.body);
            return FakeReply::raw(reply.status, "application/json", reply.body);
        });
    }
};

enum class Layers { Model, Proxy, View };

struct ListRun
{
    qint64 clientNs = 0; // wall time less the server's
    qint64 serverNs = 0;
    int rows = 0;
    QList<QByteArray> bodies;
};

ListRun listOnce(SandboxService *service, const QString &token, Layers layers)
{
    InProcessServer server(service);
    ApiClient client(&server.nam, QUrl(QStringLiteral("http://sandbox.invalid")));
    client.setToken(token);
    ProjectListModel list(&client);
    list.setLoadsAll(true);
    ProjectFilterProxy proxy;
    ProjectTableView table;
    if (layers != Layers::Model)
        proxy.setSourceModel(&list);
    if (layers == Layers::View) {
        table.setModel(&proxy);
        table.resize(1200, 800);
        table.show();
        QCoreApplication::processEvents();
    }
    bool done = false;
    QObject::connect(&list, &ProjectListModel::allLoaded, &list, [&done] { done = true; });
    QElapsedTimer timer;
    timer.start();
    list.reload(ProjectQuery {});
    while (!done && list.state() != ProjectListModel::State::Error && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 wall = timer.nsecsElapsed();
    if (list.state() == ProjectListModel::State::Error)
        std::fprintf(stderr, "list failed: %s\n", qPrintable(list.errorText()));
    ListRun run;
    run.serverNs = server.serverNs;
    run.clientNs = wall - server.serverNs;
    run.rows = list.rowCount();
    run.bodies = server.bodies;
    return run;
}

qint64 parseAll(const QList<QByteArray> &bodies, QList<QJsonObject> *parsed)
{
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        const ApiReplyParser::SuccessReply reply
            = ApiReplyParser::parseSuccess(200, QStringLiteral("application/json"), body);
        parsed->append(reply.object);
    }
    return timer.nsecsElapsed();
}

qint64 buildRows(const QList<QJsonObject> &pages, int *count)
{
    QElapsedTimer timer;
    timer.start();
    StringPool pool;
    QVector<ProjectRow> rows;
    for (const QJsonObject &page : pages) {
        const QJsonArray results = page.value(QLatin1String("results")).toArray();
        for (const QJsonValue &value : results)
            rows.append(ProjectRow::fromFindResult(value.toObject(), &pool));
    }
    *count = int(rows.size());
    return timer.nsecsElapsed();
}

// Sequential pages of 1,000 as bytes, over loopback HTTP to a sandbox on a thread of its own
// (QNetworkAccessManager and the sandbox's HTTP server), and through the service alone.
template<typename Fetch> Stats sequentialPages(int runs, int *calls, Fetch fetch)
{
    const QJsonObject base = toFindProjectsInput(ProjectQuery {});
    Stats stats;
    for (int r = 0; r < runs; ++r) {
        QJsonValue cursor;
        qint64 ns = 0;
        *calls = 0;
        for (;;) {
            QJsonObject input = base;
            input.insert(QStringLiteral("limit"), 1000);
            if (!cursor.isNull() && !cursor.isUndefined())
                input.insert(QStringLiteral("starting"), cursor);
            const QByteArray body = QJsonDocument(input).toJson(QJsonDocument::Compact);
            QElapsedTimer timer;
            timer.start();
            const QByteArray reply = fetch(body);
            ns += timer.nsecsElapsed();
            ++*calls;
            // Outside the timing: only the cursor is needed.
            cursor = QJsonDocument::fromJson(reply).object().value(QLatin1String("next"));
            if (cursor.isNull() || cursor.isUndefined())
                break;
        }
        stats.add(ms(ns));
    }
    return stats;
}

void measureHttp(SandboxService *service, const QString &token, int runs, int projects)
{
    int calls = 0;
    const Stats server = sequentialPages(runs, &calls, [&](const QByteArray &body) {
        return service->handle("/system/findProjects", "Bearer " + token.toUtf8(), body).body;
    });
    print("server_sequential_1000", projects, calls, server);

    SandboxOptions options;
    options.memory = true;
    options.generate = projects;
    SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return;
    }
    const QByteArray authorization = "Bearer " + host.users().constFirst().token.toUtf8();
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(host.url().toString() + QStringLiteral("/system/findProjects")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", authorization);
    const Stats http = sequentialPages(runs, &calls, [&](const QByteArray &body) {
        QNetworkReply *reply = nam.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray bytes = reply->readAll();
        delete reply;
        return bytes;
    });
    print("http_sequential_1000", projects, calls, http);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Where the time of a listing goes"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("projects"), QStringLiteral("Generated projects."), QStringLiteral("n"),
          QStringLiteral("10000") },
        { QStringLiteral("runs"), QStringLiteral("Runs of each stage."), QStringLiteral("n"),
          QStringLiteral("5") },
    });
    parser.process(app);
    const int projects = parser.value(QStringLiteral("projects")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    SandboxOptions options;
    options.memory = true;
    options.generate = projects;
    SandboxService service(options);
    QString error;
    if (!service.open(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QString token = service.users().constFirst().token;

    Stats server, parse, rows, model, insert, proxy, view;
    int rowCount = 0;
    int calls = 0;
    for (int r = 0; r < runs; ++r) {
        const ListRun alone = listOnce(&service, token, Layers::Model);
        const ListRun withProxy = listOnce(&service, token, Layers::Proxy);
        const ListRun withView = listOnce(&service, token, Layers::View);
        QList<QJsonObject> parsed;
        const qint64 parseNs = parseAll(alone.bodies, &parsed);
        int built = 0;
        const qint64 rowsNs = buildRows(parsed, &built);
        server.add(ms(alone.serverNs));
        parse.add(ms(parseNs));
        rows.add(ms(rowsNs));
        model.add(ms(alone.clientNs));
        insert.add(ms(alone.clientNs - parseNs - rowsNs));
        proxy.add(ms(withProxy.clientNs - alone.clientNs));
        view.add(ms(withView.clientNs - withProxy.clientNs));
        rowCount = alone.rows;
        calls = int(alone.bodies.size());
    }
    print("server", rowCount, calls, server);
    print("parse", rowCount, calls, parse);
    print("rows", rowCount, calls, rows);
    print("model", rowCount, calls, model);
    print("insert", rowCount, calls, insert);
    print("proxy", rowCount, calls, proxy);
    print("view", rowCount, calls, view);
    measureHttp(&service, token, runs, projects);
    return 0;
}
