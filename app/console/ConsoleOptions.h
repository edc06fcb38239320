#pragma once

#include <QString>
#include <QStringList>

// What the dxconsole command line asked for.
struct ConsoleOptions
{
    bool sandbox = false;
    QString sandboxDb; // empty: the default file
    bool sandboxMemory = false;
    QString profile;
};

// Parses the command line. On --help/--version it prints and returns false with exitCode 0;
// on a bad command line it returns false with a message in *error and exitCode 2.
bool parseConsoleOptions(const QStringList &arguments, ConsoleOptions *options, QString *error,
                         int *exitCode);
