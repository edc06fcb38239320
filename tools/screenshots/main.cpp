// dxconsole-shots: renders the views of dxconsole to PNG files for the README and for review.
// It is not installed and not part of the console: it starts the console the way
// `dxconsole --sandbox --sandbox-memory` does and drives it through its public API and the
// object names of its widgets (see Views.h).
#include "app/console/ConsoleApp.h"
#include "tools/screenshots/Driver.h"
#include "tools/screenshots/ShotOptions.h"
#include "tools/screenshots/Views.h"
#include "ui/browser/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

namespace {

// Renders one view from a fresh console; returns false with the reason in *error.
bool render(const View &view, const ShotOptions &options, const QString &file, QString *error)
{
    ConsoleOptions console;
    console.sandbox = true;
    console.sandboxMemory = true;
    auto app = std::make_unique<ConsoleApp>(console);
    if (!app->start(error))
        return false;
    app->window()->resize(options.size);
    Driver driver(app.get(), options.timeoutMs);
    try {
        QWidget *widget = view.show(driver);
        driver.settle(); // layouts, the map's first paint, replies to the last keystroke
        const QPixmap pixmap = widget->grab();
        if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
            *error = QStringLiteral("cannot write %1").arg(file);
            return false;
        }
    } catch (const ShotFailed &failed) {
        *error = QString::fromStdString(failed.what());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings, the activity log and saved layouts go to a folder of this run only, so that
    // every run shows the console as a new user first sees it and the user's own are untouched.
    QTemporaryDir home;
    if (!home.isValid()) {
        QTextStream(stderr) << "dxconsole-shots: no temporary folder: " << home.errorString()
                            << Qt::endl;
        return 1;
    }
    for (const char *var : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
        qputenv(var, QFile::encodeName(home.filePath(QLatin1String(var))));

    // The command line is read before the GUI starts, so that --list, --help and a bad command
    // line answer without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QStringList names;
    const QList<View> views = allViews();
    for (const View &v : views)
        names << v.name;
    ShotOptions options;
    QString message;
    if (!parseShotOptions(arguments, names, &options, &message)) {
        QTextStream(stderr) << "dxconsole-shots: " << message << Qt::endl;
        return 2;
    }
    if (options.list) {
        QTextStream(stdout) << message << Qt::endl;
        return 0;
    }

    // The console's progress messages are for its own log; here only the files and failures.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.info=false"));
    QApplication::setOrganizationName(QStringLiteral("dxconsole"));
    QApplication::setApplicationName(QStringLiteral("dxconsole"));
    QApplication qapp(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("dxconsole"));
    if (!QDir().mkpath(options.outDir)) {
        QTextStream(stderr) << "dxconsole-shots: cannot make the folder " << options.outDir
                            << Qt::endl;
        return 1;
    }
    int failed = 0;
    for (const View &view : views) {
        if (!options.views.contains(view.name))
            continue;
        const QString file = QDir(options.outDir).filePath(view.name + QStringLiteral(".png"));
        QString error;
        if (render(view, options, file, &error)) {
            QTextStream(stdout) << file << Qt::endl;
        } else {
            QTextStream(stderr) << "FAILED " << view.name << ": " << error << Qt::endl;
            ++failed;
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return failed == 0 ? 0 : 1;
}
