// dxsandbox: the sandbox platform as a standalone server.

#include "app/sandbox/service/SandboxHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The write end of the self-pipe. A signal handler can only reach the program through
// something global; it is set once before the handlers are installed.
int g_signalFd = -1;

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd, &byte, 1);
}

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "dxsandbox: %s\n", qPrintable(message));
    return code;
}

bool parseNumber(const QCommandLineParser &parser, const QString &name, int minimum, int maximum,
                 int *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < minimum || n > maximum) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(parser.value(name));
        return false;
    }
    *value = n;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dxconsole"));
    QCoreApplication::setApplicationName(QStringLiteral("dxsandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DXC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local platform that implements the DNAnexus project API, persisted in SQLite."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString host = QStringLiteral("host");
    const QString port = QStringLiteral("port");
    const QString db = QStringLiteral("db");
    const QString memory = QStringLiteral("memory");
    const QString world = QStringLiteral("world");
    const QString generate = QStringLiteral("generate");
    const QString delay = QStringLiteral("unarchive-delay-ms");
    const QString allowRemote = QStringLiteral("allow-remote");
    parser.addOptions({
        { host, QStringLiteral("Address to listen on (default 127.0.0.1)."),
          QStringLiteral("address"), QStringLiteral("127.0.0.1") },
        { port, QStringLiteral("Port to listen on; 0 picks a free one (default 0)."),
          QStringLiteral("port"), QStringLiteral("0") },
        { db, QStringLiteral("SQLite database file (default: in the user's data folder)."),
          QStringLiteral("file") },
        { memory, QStringLiteral("Keep everything in memory; nothing is saved.") },
        { world, QStringLiteral("JSON world loaded into a new database."), QStringLiteral("file") },
        { generate, QStringLiteral("Add N generated projects (benchmarks)."), QStringLiteral("N") },
        { delay, QStringLiteral("Time from unarchive to live, in ms (default 5000)."),
          QStringLiteral("N") },
        { allowRemote, QStringLiteral("Allow a --host that is not a loopback address.") },
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"; see --help.")
                        .arg(parser.positionalArguments().constFirst()));

    SandboxOptions options;
    int listenPort = 0;
    QString error;
    if (!parseNumber(parser, port, 0, 65535, &listenPort, &error)
        || !parseNumber(parser, generate, 0, 10000000, &options.generate, &error)
        || !parseNumber(parser, delay, 0, 24 * 3600 * 1000, &options.unarchiveDelayMs, &error))
        return fail(error);

    const QString hostText = parser.value(host);
    QHostAddress address;
    if (hostText.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(hostText))
        return fail(QStringLiteral("--host must be an IP address, not \"%1\".").arg(hostText));
    if (!address.isLoopback() && !parser.isSet(allowRemote))
        return fail(QStringLiteral("--host %1 is not a loopback address: the sandbox has demo "
                                   "tokens anyone could use. Add --allow-remote to accept that.")
                        .arg(hostText));

    if (parser.isSet(db) && parser.isSet(memory))
        return fail(QStringLiteral("--db and --memory exclude each other."));
    options.memory = parser.isSet(memory);
    options.worldFile = parser.value(world);
    if (parser.isSet(db)) {
        options.dbPath = parser.value(db);
    } else if (!options.memory) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (folder.isEmpty() || !QDir().mkpath(folder))
            return fail(
                QStringLiteral("cannot create the data folder \"%1\"; use --db or --memory.")
                    .arg(folder));
        options.dbPath = QDir(folder).filePath(QStringLiteral("sandbox.sqlite"));
    }

    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
        return fail(QStringLiteral("cannot create the signal socket pair."), 1);
    g_signalFd = fds[0];
    QSocketNotifier notifier(fds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&notifier, fds] {
        notifier.setEnabled(false);
        char byte;
        [[maybe_unused]] const auto n = ::read(fds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    SandboxHost sandbox(options);
    sandbox.setListenAddress(address, quint16(listenPort));
    if (!sandbox.start(&error))
        return fail(error, 1);

    const QByteArray urlText = sandbox.url().toString().toUtf8();
    std::printf("LISTENING %s\n", urlText.constData());
    for (const SandboxUser &user : sandbox.users())
        std::printf("USER %s TOKEN %s\n", qPrintable(user.id), qPrintable(user.token));
    std::fflush(stdout);

    const int code = app.exec();
    sandbox.stop();
    ::close(fds[0]);
    ::close(fds[1]);
    return code;
}
