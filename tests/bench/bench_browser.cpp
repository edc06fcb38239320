// Project browser benchmark: prints one JSON line per figure; never fails on a time.
//   bench_browser                          starts its own dxsandbox (10,000, then 100,000 projects)
//   bench_browser --url URL --token TOKEN  measures against a running server (both phases)
// Figures: first_rows and list_all (window shown -> first rows / all rows), sort and
// filter_keystroke at the large list, rss_mb with the large list loaded.

#include "api/ApiClient.h"
#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectFilterProxy.h"
#include "models/browser/ProjectListModel.h"
#include "ui/browser/ProjectTableView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <cstdio>
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

double rssMegabytes()
{
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

    Browser(const QUrl &url, const QString &token)
        : client(&nam, url)
    {
        client.setToken(token);
        proxy.setSourceModel(&list);
        table.setModel(&proxy);
        table.resize(1200, 800);
    }
};

// Window shown -> first rows, and -> all rows. Returns the number of rows.
int measureList(Browser &b, const char *phase)
{
    QElapsedTimer timer;
    timer.start();
    b.table.show();
    b.list.reload(ProjectQuery {});
    bool done = false;
    QObject::connect(&b.list, &ProjectListModel::allLoaded, &b.list, [&done] { done = true; });
    qint64 first = -1;
    b.list.loadAll();
    while (!done && b.list.state() != ProjectListModel::State::Error && timer.elapsed() < 600000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (first < 0 && b.proxy.rowCount() > 0)
            first = timer.elapsed();
    }
    const qint64 allMs = timer.elapsed();
    if (b.list.state() == ProjectListModel::State::Error) {
        std::fprintf(stderr, "list failed: %s\n", qPrintable(b.list.errorText()));
        return 0;
    }
    const int rows = b.list.rowCount();
    std::printf("{\"name\":\"first_rows\",\"phase\":\"%s\",\"projects\":%d,\"ms\":%lld}\n", phase,
                rows, static_cast<long long>(first));
    std::printf("{\"name\":\"list_all\",\"phase\":\"%s\",\"projects\":%d,\"ms\":%lld}\n", phase,
                rows, static_cast<long long>(allMs));
    return rows;
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
        { QStringLiteral("small"), QStringLiteral("Projects of the first phase."),
          QStringLiteral("n"), QStringLiteral("10000") },
        { QStringLiteral("large"), QStringLiteral("Projects of the second phase."),
          QStringLiteral("n"), QStringLiteral("100000") },
    });
    parser.process(app);
    const bool external = parser.isSet(QStringLiteral("url"));

    Server server;
    if (external) {
        server.url = QUrl(parser.value(QStringLiteral("url")));
        server.token = parser.value(QStringLiteral("token"));
    } else if (!startServer(parser.value(QStringLiteral("small")).toInt(), &server)) {
        return 1;
    }
    {
        Browser browser(server.url, server.token);
        measureList(browser, "small");
    }
    if (!external) {
        stopServer(&server);
        if (!startServer(parser.value(QStringLiteral("large")).toInt(), &server))
            return 1;
    }
    Browser browser(server.url, server.token);
    const int rows = measureList(browser, "large");
    measureSortAndFilter(browser, rows);
    std::printf("{\"name\":\"rss_mb\",\"projects\":%d,\"mb\":%.1f}\n", rows, rssMegabytes());
    stopServer(&server);
    return 0;
}
