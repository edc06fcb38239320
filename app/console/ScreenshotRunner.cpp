#include "app/console/ScreenshotRunner.h"

#include "app/console/ConsoleApp.h"
#include "models/archive/FileListModel.h"
#include "models/browser/ProjectListModel.h"
#include "models/bulk/BulkRunner.h"
#include "models/details/ProjectDetails.h"
#include "models/regions/AccountDirectory.h"
#include "models/signin/Session.h"
#include "ui/archive/ArchiveDialog.h"
#include "ui/archive/FilesPage.h"
#include "ui/archive/UnarchivePreviewDialog.h"
#include "ui/browser/MainWindow.h"
#include "ui/browser/ProjectBrowser.h"
#include "ui/browser/ProjectTableView.h"
#include "ui/browser/TagOverview.h"
#include "ui/bulk/BulkDialog.h"
#include "ui/details/DetailPane.h"
#include "ui/members/MembersDialog.h"
#include "ui/projects/DestroyDialog.h"
#include "ui/projects/EditProjectDialog.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/ProjectActions.h"
#include "ui/projects/SponsorshipDialog.h"
#include "ui/projects/TagsPropertiesDialog.h"

#include <QApplication>
#include <QPixmap>
#include <QPushButton>
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

template<typename Dialog> bool fill(QDialog *dialog)
{
    if (auto *d = qobject_cast<Dialog *>(dialog)) {
        d->fillExample();
        return true;
    }
    return false;
}

// A form opened with example input; `projectName` is the demo project it is opened for
// (empty: no project needed).
ScreenshotRunner::View formView(const QString &name, ProjectActions::Form form,
                                const QString &projectName)
{
    auto ready = [form, projectName](ConsoleApp *app) -> QWidget * {
        if (QDialog *open = app->projectActions()->openDialog())
            return open;
        if (app->accounts()->state() != AccountDirectory::State::Loaded)
            return nullptr;
        if (!projectName.isEmpty()) {
            ProjectListModel *list = app->projectList();
            QString id;
            for (int r = 0; r < list->rowCount() && id.isEmpty(); ++r) {
                if (list->rowAt(r).name == projectName)
                    id = list->rowAt(r).id;
            }
            if (id.isEmpty())
                return nullptr;
            if (app->browser()->selectedProjectId() != id)
                app->browser()->selectProject(id);
            if (app->projectDetails()->projectId() != id
                || app->projectDetails()->state() != ProjectDetails::State::Loaded)
                return nullptr;
        }
        QDialog *dialog = app->projectActions()->open(form);
        if (!dialog)
            return nullptr;
        fill<NewProjectDialog>(dialog) || fill<EditProjectDialog>(dialog)
            || fill<TagsPropertiesDialog>(dialog) || fill<SponsorshipDialog>(dialog)
            || fill<DestroyDialog>(dialog) || fill<MembersDialog>(dialog);
        return nullptr; // captured on the next poll, once it is shown
    };
    return { name, [](ConsoleApp *) {}, ready };
}
// The bulk dialog over every loaded project, adding two tags; with `run`, after the run.
ScreenshotRunner::View bulkView(const QString &name, bool run)
{
    auto ready = [run](ConsoleApp *app) -> QWidget * {
        if (auto *dialog = qobject_cast<BulkDialog *>(app->projectActions()->openDialog())) {
            if (!run)
                return dialog;
            auto *runner = dialog->findChild<BulkRunner *>();
            return runner && !runner->isRunning() && runner->finishedCount() > 0 ? dialog : nullptr;
        }
        if (!browserReady(app) || app->accounts()->state() != AccountDirectory::State::Loaded)
            return nullptr;
        app->browser()->table()->selectAll();
        auto *dialog
            = qobject_cast<BulkDialog *>(app->projectActions()->open(ProjectActions::Form::Bulk));
        if (!dialog)
            return nullptr;
        dialog->preset(BulkAction::Kind::AddTags, QStringLiteral("qc, release-2"));
        if (run) {
            if (auto *button = dialog->findChild<QPushButton *>(QStringLiteral("bulkRun")))
                button->click();
        }
        return nullptr;
    };
    return { name, [](ConsoleApp *) {}, ready };
}
// The browser with the side tab `key` shown for a project with files and executions.
ScreenshotRunner::View sideView(const QString &name, const QString &key)
{
    auto ready = [key](ConsoleApp *app) -> QWidget * {
        if (!browserReady(app))
            return nullptr;
        ProjectListModel *list = app->projectList();
        const QString wanted = QStringLiteral("Tumour WGS cohort");
        QString id;
        for (int r = 0; r < list->rowCount() && id.isEmpty(); ++r) {
            if (list->rowAt(r).name == wanted)
                id = list->rowAt(r).id;
        }
        if (!id.isEmpty() && app->browser()->selectedProjectId() != id) {
            app->browser()->selectProject(id);
            return nullptr;
        }
        if (app->projectDetails()->state() != ProjectDetails::State::Loaded)
            return nullptr;
        app->browser()->showSide(key);
        if (key == QLatin1String("files")) {
            FileListModel *files = app->browser()->filesPage()->model();
            if (files->isLoading() || files->rowCount() == 0)
                return nullptr;
        }
        return app->window();
    };
    return { name, [](ConsoleApp *) {}, ready };
}

// A dialog of the archive area with its example content (no call is made).
template<typename Dialog, typename Make>
ScreenshotRunner::View exampleDialog(const QString &name, Make make)
{
    auto dialog = std::make_shared<QPointer<Dialog>>();
    auto ready = [dialog, make](ConsoleApp *app) -> QWidget * {
        if (!*dialog) {
            *dialog = make(app);
            (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
            (*dialog)->showExample();
            (*dialog)->show();
            return nullptr;
        }
        return dialog->data();
    };
    return { name, [](ConsoleApp *) {}, ready };
}
} // namespace

QList<ScreenshotRunner::View> ScreenshotRunner::views()
{
    using Form = ProjectActions::Form;
    QList<View> list;
    list.append(sideView(QStringLiteral("files"), QStringLiteral("files")));
    list.append(sideView(QStringLiteral("executions"), QStringLiteral("executions")));
    list.append({ QStringLiteral("tags"), [](ConsoleApp *) {},
                  [](ConsoleApp *app) -> QWidget * {
                      QWidget *window = browserReady(app);
                      if (!window)
                          return nullptr;
                      app->tagOverview()->parentWidget()->show();
                      return app->tagOverview()->isVisible() ? window : nullptr;
                  } });
    list.append(exampleDialog<ArchiveDialog>(QStringLiteral("archive"), [](ConsoleApp *app) {
        return new ArchiveDialog(app->client(), QString(), QString(), {}, {}, QString(),
                                 app->window());
    }));
    list.append(exampleDialog<UnarchivePreviewDialog>(
        QStringLiteral("unarchive-preview"), [](ConsoleApp *app) {
            return new UnarchivePreviewDialog(app->client(), QString(), QString(),
                                              ArchiveSelection {}, app->window());
        }));
    list.append(bulkView(QStringLiteral("bulk-preview"), false));
    list.append(bulkView(QStringLiteral("bulk-results"), true));
    // The main window after browsing: the activity panel lists every call of the session.
    list.append({ QStringLiteral("activity"), [](ConsoleApp *) {}, browserReady });
    list.append(formView(QStringLiteral("new-project"), Form::NewProject, QString()));
    list.append(
        formView(QStringLiteral("edit-project"), Form::Edit, QStringLiteral("Sydney microbiome")));
    list.append(formView(QStringLiteral("properties"), Form::TagsProperties,
                         QStringLiteral("Sydney microbiome")));
    list.append(formView(QStringLiteral("sponsorship"), Form::Sponsorship,
                         QStringLiteral("Reference panels")));
    list.append(
        formView(QStringLiteral("destroy"), Form::Destroy, QStringLiteral("Tumour WGS cohort")));
    list.append(
        formView(QStringLiteral("members"), Form::Members, QStringLiteral("Clinical trial CT-7")));
    list.append(regionViews());
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
