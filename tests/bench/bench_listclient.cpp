// Where the time of listing goes, stage by stage: prints one JSON line per figure; never fails
// on a time.
//   bench_listclient [--projects N] [--runs R]
// The sandbox's service runs in this process, without HTTP, behind a fake network manager, so
// that the server's time can be measured apart and taken out of the client's. For the same
// listing the console makes (ProjectListModel::loadAll, its calls and partitions), in
// milliseconds for all the rows:
//   server            the sandbox answering the calls (domain and JSON writing), no HTTP
//   parse             the replies parsed as ApiCall parses them (ApiReplyParser::parseSuccess)
//   rows              ProjectRow::fromFindResult on every result, with one StringPool
//   model_insert      inside the model's row inserts (begin/endInsertRows and their signals)
//   model_all         the whole client with the list model alone: calls, parse, rows, inserts
//   proxy_insert/all  ProjectFilterProxy on top: its share of the inserts / of the whole
//   view_insert/all   the proxy in a shown ProjectTableView: the same, layout and paint too
//   view_paint        the view's paints alone ("calls" is the number of paints)
//   view_one_paint    one paint of the loaded table, 1200 x 800
//   sorted_view_*     the same view sorted by name while the rows arrive
// and over loopback HTTP to a sandbox on a thread of its own: sequential pages of 1,000 as
// bytes (http_sequential_1000, against the service alone for the same pages, so the difference
// is the HTTP layers' share, both sides), the first show of a table (table_show), and the
// console's table listing (console_http_all; console_http_all_spinning waits as bench_browser
// does, spinning on processEvents(), which keeps one core busy).
// Each stage runs --runs times; a line gives the smallest and the median. Differences of two
// runs (proxy_all, view_all) are noisy on a shared machine; compare the minimums.

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiReplyParser.h"
#include "app/sandbox/service/SandboxHost.h"
#include "app/sandbox/service/SandboxService.h"
#include "models/browser/ProjectColumns.h"
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
#include <QTimer>
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

// Until the list has all its rows (or failed): an event loop that sleeps while nothing
// happens, as the console's does. Spinning on processEvents() instead keeps one of the cores
// busy, which on a small machine the server, the network thread and the parse workers lack.
void waitForList(ProjectListModel &list, bool spin)
{
    QElapsedTimer timer;
    timer.start();
    if (spin) {
        bool done = false;
        QObject::connect(&list, &ProjectListModel::allLoaded, &list, [&done] { done = true; });
        while (!done && list.state() != ProjectListModel::State::Error && timer.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return;
    }
    QEventLoop loop;
    QObject::connect(&list, &ProjectListModel::allLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&list, &ProjectListModel::stateChanged, &loop,
                     [&loop](ProjectListModel::State state) {
                         if (state == ProjectListModel::State::Error)
                             loop.quit();
                     });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
}

enum class Layers { Model, Proxy, View, SortedView };

// The table, counting its paints and the time they take.
class TimedTable : public ProjectTableView
{
public:
    int paints = 0;
    qint64 paintNs = 0;

protected:
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return ProjectTableView::viewportEvent(event);
        QElapsedTimer timer;
        timer.start();
        const bool handled = ProjectTableView::viewportEvent(event);
        paintNs += timer.nsecsElapsed();
        ++paints;
        return handled;
    }
};

struct ListRun
{
    qint64 clientNs = 0; // wall time less the server's
    qint64 serverNs = 0;
    qint64 insertNs = 0; // inside the model's row inserts, every listener included
    qint64 paintNs = 0;
    int paints = 0;
    qint64 repaintNs = 0; // one paint of the loaded table
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
    TimedTable table;
    // From the first listener of rowsAboutToBeInserted to the last of rowsInserted: the
    // model's insert and what the proxy and the view do about it then (not their later
    // layout and paint).
    QElapsedTimer span;
    ListRun run;
    QObject::connect(&list, &QAbstractItemModel::rowsAboutToBeInserted, &list,
                     [&span] { span.start(); });
    if (layers != Layers::Model)
        proxy.setSourceModel(&list);
    if (layers == Layers::View || layers == Layers::SortedView) {
        table.setModel(&proxy);
        table.resize(1200, 800);
        if (layers == Layers::SortedView)
            table.sortByColumn(ProjectColumns::Name, Qt::AscendingOrder);
        table.show();
        QCoreApplication::processEvents();
    }
    QObject::connect(&list, &QAbstractItemModel::rowsInserted, &list,
                     [&span, &run] { run.insertNs += span.nsecsElapsed(); });
    QElapsedTimer timer;
    timer.start();
    list.reload(ProjectQuery {});
    if (!list.isComplete())
        waitForList(list, false);
    const qint64 wall = timer.nsecsElapsed();
    if (list.state() == ProjectListModel::State::Error)
        std::fprintf(stderr, "list failed: %s\n", qPrintable(list.errorText()));
    run.serverNs = server.serverNs;
    run.clientNs = wall - server.serverNs;
    run.rows = list.rowCount();
    run.bodies = server.bodies;
    run.paints = table.paints;
    run.paintNs = table.paintNs;
    if (layers == Layers::View) {
        // A loaded table, painted again: the cost of one paint by itself.
        QElapsedTimer repaint;
        repaint.start();
        for (int i = 0; i < 10; ++i)
            table.viewport()->repaint();
        run.repaintNs = repaint.nsecsElapsed() / 10;
    }
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

// The console's table (model, proxy, shown view) over loopback HTTP to a sandbox on a thread
// of its own, as `dxconsole --sandbox` runs: the first show of a table, then reload -> all
// rows.
void measureConsole(int runs, int projects)
{
    SandboxOptions options;
    options.memory = true;
    options.generate = projects;
    SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return;
    }
    Stats show;
    Stats all;
    Stats spinning;
    int rows = 0;
    int calls = 0;
    for (int r = 0; r < 2 * runs; ++r) {
        const bool spin = r % 2 == 1;
        QNetworkAccessManager nam;
        ApiClient client(&nam, host.url());
        client.setToken(host.users().constFirst().token);
        ProjectListModel list(&client);
        list.setLoadsAll(true);
        ProjectFilterProxy proxy;
        proxy.setSourceModel(&list);
        ProjectTableView table;
        table.setModel(&proxy);
        table.resize(1200, 800);
        QElapsedTimer timer;
        timer.start();
        table.show();
        QCoreApplication::processEvents();
        if (!spin)
            show.add(ms(timer.nsecsElapsed()));
        timer.restart();
        list.reload(ProjectQuery {});
        waitForList(list, spin);
        (spin ? spinning : all).add(ms(timer.nsecsElapsed()));
        rows = list.rowCount();
        calls = list.pagesLoaded();
    }
    print("table_show", rows, 0, show);
    print("console_http_all", rows, calls, all);
    print("console_http_all_spinning", rows, calls, spinning);
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

    Stats server, parse, rows, model, insert, proxyInsert, viewInsert, sortedInsert, proxy, view,
        sorted, paint, sortedPaint, repaint;
    int paints = 0;
    int sortedPaints = 0;
    int rowCount = 0;
    int calls = 0;
    for (int r = 0; r < runs; ++r) {
        const ListRun alone = listOnce(&service, token, Layers::Model);
        const ListRun withProxy = listOnce(&service, token, Layers::Proxy);
        const ListRun withView = listOnce(&service, token, Layers::View);
        const ListRun withSortedView = listOnce(&service, token, Layers::SortedView);
        QList<QJsonObject> parsed;
        const qint64 parseNs = parseAll(alone.bodies, &parsed);
        int built = 0;
        const qint64 rowsNs = buildRows(parsed, &built);
        server.add(ms(alone.serverNs));
        parse.add(ms(parseNs));
        rows.add(ms(rowsNs));
        model.add(ms(alone.clientNs));
        insert.add(ms(alone.insertNs));
        proxyInsert.add(ms(withProxy.insertNs - alone.insertNs));
        viewInsert.add(ms(withView.insertNs - withProxy.insertNs));
        sortedInsert.add(ms(withSortedView.insertNs - withProxy.insertNs));
        proxy.add(ms(withProxy.clientNs - alone.clientNs));
        view.add(ms(withView.clientNs - withProxy.clientNs));
        sorted.add(ms(withSortedView.clientNs - withProxy.clientNs));
        paint.add(ms(withView.paintNs));
        repaint.add(ms(withView.repaintNs));
        sortedPaint.add(ms(withSortedView.paintNs));
        paints = withView.paints;
        sortedPaints = withSortedView.paints;
        rowCount = alone.rows;
        calls = int(alone.bodies.size());
    }
    print("server", rowCount, calls, server);
    print("parse", rowCount, calls, parse);
    print("rows", rowCount, calls, rows);
    print("model_insert", rowCount, calls, insert);
    print("model_all", rowCount, calls, model);
    print("proxy_insert", rowCount, calls, proxyInsert);
    print("proxy_all", rowCount, calls, proxy);
    print("view_insert", rowCount, calls, viewInsert);
    print("view_all", rowCount, calls, view);
    print("view_paint", rowCount, paints, paint);
    print("view_one_paint", rowCount, 1, repaint);
    print("sorted_view_insert", rowCount, calls, sortedInsert);
    print("sorted_view_all", rowCount, calls, sorted);
    print("sorted_view_paint", rowCount, sortedPaints, sortedPaint);
    measureConsole(runs, projects);
    measureHttp(&service, token, runs, projects);
    return 0;
}
