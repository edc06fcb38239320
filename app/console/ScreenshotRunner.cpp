#include "ScreenshotRunner.h"

#include "ConsoleApp.h"
#include "DetailPane.h"
#include "MainWindow.h"
#include "ProjectBrowser.h"
#include "ProjectDetails.h"
#include "ProjectListModel.h"
#include "Session.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>
#include <QWidget>

namespace {
bool signedIn(ConsoleApp *app)
{
    return app->session()->state() == Session::State::SignedIn;
}

// The main window with the first project selected and its details loaded.
QWidget *browserReady(ConsoleApp *app)
{
    ProjectListModel *list = app->projectList();
    if (!signedIn(app) || list->state() == ProjectListModel::State::Loading)
        return nullptr;
    if (list->rowCount() > 0 && app->browser()->selectedProjectId().isEmpty())
        app->browser()->selectProject();
    if (list->rowCount() > 0 && app->projectDetails()->state() != ProjectDetails::State::Loaded)
        return nullptr;
    return app->window();
}
} // namespace

QList<ScreenshotRunner::View> ScreenshotRunner::views()
{
    QList<View> list;
    list.append({ QStringLiteral("main"), [](ConsoleApp *) {}, browserReady });
    for (const QString &page : DetailPane::pageKeys()) {
        list.append(
            { QStringLiteral("details-") + page,
              [page](ConsoleApp *app) { app->browser()->detailPane()->setCurrentPage(page); },
              browserReady });
    }
    return list;
}

QStringList ScreenshotRunner::viewNames()
{
    QStringList names;
    for (const View &v : views())
        names << v.name;
    return names;
}

ScreenshotRunner::ScreenshotRunner(ConsoleApp *app, const QString &view, const QString &file,
                                   int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_file(file)
    , m_timeoutMs(timeoutMs)
{
    for (const View &v : views()) {
        if (v.name == view)
            m_view = v;
    }
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotRunner::poll);
}

void ScreenshotRunner::start()
{
    m_elapsed.start();
    m_timer.start();
}

void ScreenshotRunner::poll()
{
    if (m_elapsed.elapsed() > m_timeoutMs) {
        m_timer.stop();
        QTextStream(stderr) << "dxconsole: the view \"" << m_view.name
                            << "\" did not finish loading within " << m_timeoutMs / 1000
                            << " s; session: " << m_app->session()->errorMessage() << Qt::endl;
        QApplication::exit(3);
        return;
    }
    if (!m_opened) {
        if (!signedIn(m_app)) {
            if (m_app->session()->state() == Session::State::Failed) {
                m_timer.stop();
                QTextStream(stderr)
                    << "dxconsole: sign-in failed: " << m_app->session()->errorMessage()
                    << Qt::endl;
                QApplication::exit(3);
            }
            return;
        }
        m_opened = true;
        m_view.open(m_app);
        return;
    }
    if (m_file.isEmpty()) {
        m_timer.stop();
        return;
    }
    if (QWidget *widget = m_view.ready(m_app)) {
        m_timer.stop();
        // Let layouts and pending paints settle before grabbing.
        QTimer::singleShot(200, this, [this, widget] { capture(widget); });
    }
}

void ScreenshotRunner::capture(QWidget *widget)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(m_file, "PNG")) {
        QTextStream(stderr) << "dxconsole: cannot write the screenshot to " << m_file << Qt::endl;
        QApplication::exit(4);
        return;
    }
    QTextStream(stdout) << "screenshot " << m_file << Qt::endl;
    QApplication::exit(0);
}
