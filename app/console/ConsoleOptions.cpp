#include "app/console/ConsoleOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

bool parseConsoleOptions(const QStringList &arguments, ConsoleOptions *options, QString *error,
                         int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Administration console for projects on the DNAnexus platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main",
                                    "Start the local sandbox platform in process and "
                                    "sign in as its demo administrator."));
    const QCommandLineOption sandboxDb(
        QStringLiteral("sandbox-db"),
        QCoreApplication::translate("main",
                                    "SQLite file of the embedded sandbox (default: a "
                                    "file in the data folder, so its state is kept)."),
        QStringLiteral("FILE"));
    const QCommandLineOption sandboxMemory(
        QStringLiteral("sandbox-memory"),
        QCoreApplication::translate("main", "Keep the embedded sandbox in memory only."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open with the profile named NAME."),
        QStringLiteral("NAME"));
    parser.addOptions({ sandbox, sandboxDb, sandboxMemory, profile });

    *exitCode = 0;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *error = parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *error = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("main", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().constFirst());
        *exitCode = 2;
        return false;
    }
    options->sandbox = parser.isSet(sandbox);
    options->sandboxDb = parser.value(sandboxDb);
    options->sandboxMemory = parser.isSet(sandboxMemory);
    options->profile = parser.value(profile);
    if (!options->sandboxDb.isEmpty() && options->sandboxMemory) {
        *error = QCoreApplication::translate(
            "main", "--sandbox-db and --sandbox-memory exclude each other.");
        *exitCode = 2;
        return false;
    }
    if ((options->sandboxMemory || !options->sandboxDb.isEmpty()) && !options->sandbox) {
        *error = QCoreApplication::translate("main",
                                             "--sandbox-db and --sandbox-memory need --sandbox.");
        *exitCode = 2;
        return false;
    }
    return true;
}
