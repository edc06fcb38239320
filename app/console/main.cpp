#include "ConsoleApp.h"
#include "ConsoleOptions.h"
#include "ScreenshotRunner.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dxconsole"));
    QApplication::setApplicationName(QStringLiteral("dxconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("dxconsole"));
    QApplication::setApplicationVersion(QStringLiteral(DXC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dxconsole"));

    ConsoleOptions options;
    QString message;
    int exitCode = 0;
    if (!parseConsoleOptions(app.arguments(), ScreenshotRunner::viewNames(), &options, &message,
                             &exitCode)) {
        QTextStream(exitCode == 0 ? stdout : stderr) << message << Qt::endl;
        return exitCode;
    }

    ConsoleApp console(options);
    QString error;
    if (!console.start(&error)) {
        QTextStream(stderr) << "dxconsole: " << error << Qt::endl;
        return 1;
    }
    std::unique_ptr<ScreenshotRunner> screenshot;
    if (!options.screenshot.isEmpty()) {
        screenshot = std::make_unique<ScreenshotRunner>(&console, options.show, options.screenshot,
                                                        options.screenshotTimeoutMs);
        screenshot->start();
    }
    return app.exec();
}
