#pragma once

#include <QSize>
#include <QStringList>

// What the dxconsole-shots command line asked for.
struct ShotOptions
{
    bool list = false;
    QString outDir;
    QStringList views; // empty: every view
    QSize size { 1440, 900 }; // of the main window
    int timeoutMs = 30000; // per step that waits
};

// Parses the command line against the known view names. On --help/--version/--list it
// returns true with the text to print in *message; on a bad command line it returns false with
// the reason in *message (exit code 2).
bool parseShotOptions(const QStringList &arguments, const QStringList &knownViews,
                      ShotOptions *options, QString *message);
