#include "app/console/ConsoleApp.h"
#include "app/console/ConsoleOptions.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("dxconsole"));
    QApplication::setApplicationName(QStringLiteral("dxconsole"));
    QApplication::setApplicationVersion(QStringLiteral(DXC_VERSION));

    // The command line is read before the GUI starts, so that --help, --version and a bad
    // command line answer without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    ConsoleOptions options;
    QString message;
    int exitCode = 0;
    if (!parseConsoleOptions(arguments, &options, &message, &exitCode)) {
        QTextStream(exitCode == 0 ? stdout : stderr) << message << Qt::endl;
        return exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("dxconsole"));
    QApplication::setDesktopFileName(QStringLiteral("dxconsole"));
    ConsoleApp console(options);
    QString error;
    if (!console.start(&error)) {
        QTextStream(stderr) << "dxconsole: " << error << Qt::endl;
        return 1;
    }
    return app.exec();
}
