#include "tools/screenshots/ShotOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

bool parseShotOptions(const QStringList &arguments, const QStringList &knownViews,
                      ShotOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders the views of dxconsole to PNG files: starts the console on an in-memory "
        "sandbox, takes the steps a user takes to reach each view, waits for the data and "
        "saves the window or dialog as OUT/VIEW.png."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("Print the view names, one a line, and exit."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The folder for the PNG files (made if missing)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Size of the main window (default 1440x900)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Seconds to wait for each step's data (default 30)."), QStringLiteral("S"));
    parser.addOptions({ list, out, size, timeout });
    parser.addPositionalArgument(QStringLiteral("VIEW"),
                                 QStringLiteral("Views to render (default: all)."),
                                 QStringLiteral("[VIEW...]"));
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        options->list = true; // print and exit, like --list
        *message = parser.helpText();
        return true;
    }
    if (parser.isSet(list)) {
        options->list = true;
        *message = knownViews.join(QLatin1Char('\n'));
        return true;
    }
    if (parser.isSet(size)) {
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"))
                  .match(parser.value(size));
        if (!m.hasMatch()) {
            *message
                = QStringLiteral("--size: \"%1\" is not WIDTHxHEIGHT in pixels, e.g. 1440x900.")
                      .arg(parser.value(size));
            return false;
        }
        options->size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1) {
            *message = QStringLiteral("--timeout: \"%1\" is not a whole number of seconds above 0.")
                           .arg(parser.value(timeout));
            return false;
        }
        options->timeoutMs = seconds * 1000;
    }
    options->outDir = parser.value(out);
    if (options->outDir.isEmpty()) {
        *message = QStringLiteral("--out DIR is required (or --list).");
        return false;
    }
    options->views = parser.positionalArguments();
    for (const QString &view : options->views) {
        if (!knownViews.contains(view)) {
            *message = QStringLiteral("Unknown view \"%1\". Known views: %2.")
                           .arg(view, knownViews.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (options->views.isEmpty())
        options->views = knownViews;
    return true;
}
