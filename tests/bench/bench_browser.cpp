// Project browser benchmark: prints one JSON line per figure; never fails on a time.
//   bench_browser                  starts its own dxsandbox for each size (--sizes)
//   bench_browser --url URL --token TOKEN   measures against a running server (one size)
// For each size and each round trip (--rtts; 0 is loopback, the others go through a proxy in
// this process that holds every chunk rtt/2 each way), a "list" figure: the console's table
// (window shown -> first rows, -> all rows; ProjectListModel with --calls calls at once) and,
// in the same run, a baseline that pages sequentially with pages of 1,000 as the reference
// client `dx find projects` does (the same input, JSON parsed, no rows built); ratio is
// baseline / console. Then a "warm" figure: the listing stored in a cache file (store_ms), and
// a new window over that cache: window shown -> all cached rows shown (cached_ms), -> the
// refresh in place done (refresh_ms; ratio is baseline / refresh). At the largest size: sort,
// filter_keystroke, rss_mb (cold) and rss_mb with the cache (warm, after the refresh).

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/browser/ListingKeeper.h"
#include "models/browser/ProjectCache.h"
#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectFilterProxy.h"
#include "models/browser/ProjectListModel.h"
#include "tests/bench/LatencyProxy.h"
#include "ui/browser/ProjectTableView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>

namespace {

// The sandbox runs as a process of its own (dxsandbox, built beside this benchmark), so that
// the figures, memory above all, are the browser's alone.
struct Server
{
    std::unique_ptr<QProcess> process;
    QUrl url;
    QString token;
};

bool startServer(int generate, Server *server)
{
    const QString binary
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/sandbox/dxsandbox");
    server->url.clear();
    server->token.clear();
    server->process = std::make_unique<QProcess>();
    server->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    server->process->start(
        binary,
        { QStringLiteral("--memory"), QStringLiteral("--generate"), QString::number(generate) });
    // LISTENING http://HOST:PORT, then USER <id> TOKEN <token>, the administrator first.
    while (server->token.isEmpty() && timer.elapsed() < 120000) {
        if (!server->process->canReadLine() && !server->process->waitForReadyRead(1000)) {
            if (server->process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        const QList<QByteArray> words = server->process->readLine().trimmed().split(' ');
        if (words.size() == 2 && words.at(0) == "LISTENING")
            server->url = QUrl(QString::fromUtf8(words.at(1)));
        else if (words.size() == 4 && words.at(0) == "USER")
            server->token = QString::fromUtf8(words.at(3));
    }
    if (server->token.isEmpty()) {
        std::fprintf(stderr, "could not start %s\n", qPrintable(binary));
        return false;
    }
    std::printf("{\"name\":\"sandbox_start\",\"projects_generated\":%d,\"ms\":%lld}\n", generate,
                static_cast<long long>(timer.elapsed()));
    return true;
}

void stopServer(Server *server)
{
    if (!server->process)
        return;
    server->process->terminate();
    server->process->waitForFinished(10000);
    server->process.reset();
}

// Resident memory now. Memory freed by an earlier measurement in this process (the cold
// browser before the warm one) is given back to the system first, so that it is not counted.
double rssMegabytes()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// The browser's table over the models, shown in a window, as in dxconsole.
struct Browser
{
    QNetworkAccessManager nam;
    ApiClient client;
    ProjectListModel list { &client };
    ProjectFilterProxy proxy;
    ProjectTableView table;

    Browser(const QUrl &url, const QString &token, int calls)
        : client(&nam, url)
    {
        client.setToken(token);
        list.setLoadsAll(true);
        list.setMaxCalls(calls);
        proxy.setSourceModel(&list);
        table.setModel(&proxy);
        table.resize(1200, 800);
    }
};

struct ListFigures
{
    qint64 firstMs = -1;
    qint64 allMs = -1;
    int rows = 0;
    int calls = 0;
};

// Starts a listing with `start` and runs `loop` until it is complete or fails (10 min at most).
void waitForListing(Browser &b, QEventLoop *loop, const std::function<void()> &start)
{
    QObject::connect(&b.list, &ProjectListModel::allLoaded, loop, &QEventLoop::quit);
    QObject::connect(&b.list, &ProjectListModel::stateChanged, loop,
                     [loop](ProjectListModel::State state) {
                         if (state == ProjectListModel::State::Error)
                             loop->quit();
                     });
    QTimer::singleShot(600000, loop, &QEventLoop::quit);
    start();
    if (!b.list.isComplete() && b.list.state() != ProjectListModel::State::Error)
        loop->exec();
}

// Window shown -> first rows, and -> all rows.
ListFigures measureList(Browser &b)
{
    ListFigures figures;
    QElapsedTimer timer;
    timer.start();
    b.table.show();
    // The event loop sleeps between events, as the console's does: a loop that spun on
    // processEvents() would take a core from the server on a two-core machine.
    QEventLoop loop;
    QObject::connect(&b.proxy, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (figures.firstMs < 0)
            figures.firstMs = timer.elapsed();
    });
    waitForListing(b, &loop, [&b] { b.list.reload(ProjectQuery {}); });
    figures.allMs = timer.elapsed();
    if (b.list.state() == ProjectListModel::State::Error) {
        std::fprintf(stderr, "list failed: %s\n", qPrintable(b.list.errorText()));
        figures.allMs = -1;
    }
    figures.rows = b.list.rowCount();
    figures.calls = b.list.pagesLoaded();
    return figures;
}

struct WarmFigures
{
    qint64 storeMs = -1;
    qint64 cachedMs = -1;
    qint64 refreshMs = -1;
    int rows = 0;
    int calls = 0;
};

CacheOwner benchOwner()
{
    return { QStringLiteral("bench"), QStringLiteral("bench-server"),
             QStringLiteral("user-bench") };
}

// Stores the cold listing of `b` in `path`, the way the console does when a listing completes.
qint64 storeListing(Browser &b, const QString &path)
{
    ProjectCache cache(path);
    if (!cache.open(benchOwner()))
        return -1;
    ListingKeeper keeper(&b.list);
    keeper.setCache(&cache);
    QElapsedTimer timer;
    timer.start();
    if (!keeper.storeNow())
        return -1;
    // What the window waits: the write itself runs on the cache's own thread.
    const qint64 guiMs = timer.elapsed();
    cache.waitForWrites();
    std::printf("{\"name\":\"cache_store\",\"projects\":%d,\"gui_ms\":%lld,\"written_ms\":%lld,"
                "\"file_mb\":%.1f}\n",
                b.list.rowCount(), static_cast<long long>(guiMs),
                static_cast<long long>(timer.elapsed()), double(cache.sizeOnDisk()) / 1e6);
    return guiMs;
}

// A new window over the cache at `path`: shown -> cached rows shown -> refreshed in place.
WarmFigures measureWarm(Browser &b, const QString &path)
{
    WarmFigures figures;
    QElapsedTimer timer;
    timer.start();
    b.table.show();
    ProjectCache cache(path);
    ListingKeeper keeper(&b.list);
    if (!cache.open(benchOwner()))
        return figures;
    keeper.setCache(&cache);
    if (!keeper.restore(ProjectQuery {}))
        return figures;
    QCoreApplication::processEvents();
    figures.cachedMs = timer.elapsed();
    QEventLoop loop;
    waitForListing(b, &loop, [&b] { b.list.refresh(ProjectQuery {}); });
    figures.refreshMs = b.list.state() == ProjectListModel::State::Error ? -1 : timer.elapsed();
    figures.rows = b.list.rowCount();
    figures.calls = b.list.pagesLoaded();
    return figures;
}

// Sequential pages of 1,000, each sent when the one before has arrived; JSON parsed, nothing
// else. Returns the milliseconds to the last page, -1 on an error.
qint64 measureBaseline(const QUrl &url, const QString &token, int *rows, int *calls)
{
    QNetworkAccessManager nam;
    ApiClient client(&nam, url);
    client.setToken(token);
    const QJsonObject base = toFindProjectsInput(ProjectQuery {});
    QElapsedTimer timer;
    timer.start();
    QJsonValue cursor;
    *rows = 0;
    *calls = 0;
    for (;;) {
        QJsonObject input = base;
        input.insert(QStringLiteral("limit"), 1000);
        if (!cursor.isNull() && !cursor.isUndefined())
            input.insert(QStringLiteral("starting"), cursor);
        ApiCall *call
            = client.call(QStringLiteral("system"), QStringLiteral("findProjects"), input);
        QEventLoop loop;
        bool ok = false;
        QObject::connect(call, &ApiCall::finished, &loop, [&](const QJsonObject &result) {
            *rows += int(result.value(QLatin1String("results")).toArray().size());
            cursor = result.value(QLatin1String("next"));
            ok = true;
            loop.quit();
        });
        QObject::connect(call, &ApiCall::failed, &loop, [&](const ApiError &) { loop.quit(); });
        call->start();
        loop.exec();
        ++*calls;
        if (!ok)
            return -1;
        if (cursor.isNull() || cursor.isUndefined())
            return timer.elapsed();
    }
}

void measureSortAndFilter(Browser &b, int rows)
{
    for (int column : { int(ProjectColumns::Name), int(ProjectColumns::DataUsage),
                        int(ProjectColumns::Created) }) {
        QElapsedTimer timer;
        timer.start();
        b.table.sortByColumn(column, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        std::printf("{\"name\":\"sort\",\"column\":\"%s\",\"projects\":%d,\"ms\":%lld}\n",
                    qPrintable(ProjectColumns::key(column)), rows,
                    static_cast<long long>(timer.elapsed()));
    }
    // Typing "proj 1" one key at a time; each keystroke re-filters the loaded rows.
    const QString typed = QStringLiteral("proj 12");
    qint64 worst = 0;
    qint64 total = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        b.proxy.setQuickFilter(typed.left(i));
        QCoreApplication::processEvents();
        const qint64 ms = timer.elapsed();
        worst = qMax(worst, ms);
        total += ms;
    }
    std::printf("{\"name\":\"filter_keystroke\",\"projects\":%d,\"keystrokes\":%d,\"mean_ms\":%.1f,"
                "\"worst_ms\":%lld,\"shown\":%d}\n",
                rows, int(typed.size()), double(total) / typed.size(),
                static_cast<long long>(worst), b.proxy.rowCount());
    b.proxy.setQuickFilter(QString());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Project browser benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("url"), QStringLiteral("A running server."), QStringLiteral("url") },
        { QStringLiteral("token"), QStringLiteral("Token for --url."), QStringLiteral("token") },
        { QStringLiteral("sizes"), QStringLiteral("Generated projects, one server each."),
          QStringLiteral("n,n"), QStringLiteral("1000,10000,100000") },
        { QStringLiteral("rtts"), QStringLiteral("Round trips to add, in ms (0: loopback)."),
          QStringLiteral("ms,ms"), QStringLiteral("0,20,50,150") },
        { QStringLiteral("calls"), QStringLiteral("The console's calls at once."),
          QStringLiteral("n"), QString::number(ProjectListModel::defaultMaxCalls) },
    });
    parser.process(app);
    const bool external = parser.isSet(QStringLiteral("url"));
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    QList<int> sizes;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        sizes.append(size.toInt());
    QList<int> rtts;
    for (const QString &rtt : parser.value(QStringLiteral("rtts")).split(QLatin1Char(',')))
        rtts.append(rtt.toInt());
    if (external)
        sizes = { 0 };

    for (int s = 0; s < sizes.size(); ++s) {
        Server server;
        if (external) {
            server.url = QUrl(parser.value(QStringLiteral("url")));
            server.token = parser.value(QStringLiteral("token"));
        } else if (!startServer(sizes.at(s), &server)) {
            return 1;
        }
        const bool largest = s == sizes.size() - 1;
        for (int rtt : rtts) {
            std::unique_ptr<LatencyProxy> proxy;
            QUrl url = server.url;
            if (rtt > 0) {
                proxy = std::make_unique<LatencyProxy>(server.url, rtt / 2);
                url = proxy->url();
            }
            ListFigures console;
            QTemporaryDir cacheDir;
            const QString cachePath = cacheDir.filePath(QStringLiteral("bench.sqlite"));
            WarmFigures warm;
            {
                Browser browser(url, server.token, calls);
                console = measureList(browser);
                if (largest && rtt == rtts.constFirst()) {
                    measureSortAndFilter(browser, console.rows);
                    std::printf("{\"name\":\"rss_mb\",\"projects\":%d,\"mb\":%.1f}\n", console.rows,
                                rssMegabytes());
                }
                warm.storeMs = storeListing(browser, cachePath);
            }
            {
                Browser browser(url, server.token, calls);
                const qint64 storeMs = warm.storeMs;
                warm = measureWarm(browser, cachePath);
                warm.storeMs = storeMs;
                if (largest && rtt == rtts.constFirst())
                    std::printf("{\"name\":\"rss_mb_with_cache\",\"projects\":%d,\"mb\":%.1f}\n",
                                warm.rows, rssMegabytes());
            }
            int baselineRows = 0;
            int baselineCalls = 0;
            const qint64 baselineMs
                = measureBaseline(url, server.token, &baselineRows, &baselineCalls);
            std::printf("{\"name\":\"list\",\"projects\":%d,\"rtt_ms\":%d,\"calls_at_once\":%d,"
                        "\"console_first_ms\":%lld,\"console_all_ms\":%lld,\"console_calls\":%d,"
                        "\"baseline_all_ms\":%lld,\"baseline_calls\":%d,\"baseline_rows\":%d,"
                        "\"ratio\":%.2f}\n",
                        console.rows, rtt, calls, static_cast<long long>(console.firstMs),
                        static_cast<long long>(console.allMs), console.calls,
                        static_cast<long long>(baselineMs), baselineCalls, baselineRows,
                        console.allMs > 0 ? double(baselineMs) / double(console.allMs) : 0.0);
            std::printf("{\"name\":\"warm\",\"projects\":%d,\"rtt_ms\":%d,\"store_ms\":%lld,"
                        "\"cached_ms\":%lld,\"refresh_ms\":%lld,\"refresh_calls\":%d,"
                        "\"baseline_all_ms\":%lld,\"ratio\":%.2f}\n",
                        warm.rows, rtt, static_cast<long long>(warm.storeMs),
                        static_cast<long long>(warm.cachedMs),
                        static_cast<long long>(warm.refreshMs), warm.calls,
                        static_cast<long long>(baselineMs),
                        warm.refreshMs > 0 ? double(baselineMs) / double(warm.refreshMs) : 0.0);
            std::fflush(stdout);
        }
        if (!external)
            stopServer(&server);
    }
    return 0;
}
