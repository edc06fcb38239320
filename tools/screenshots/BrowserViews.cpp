// The views of the main window: the project table with its detail pages, the Files and
// Executions tabs, the tag overview, the activity log, the archive and unarchive dialogs and
// bulk actions, each reached as a user reaches it in the demo world.
#include "app/console/ConsoleApp.h"
#include "models/archive/ArchiveJob.h"
#include "models/archive/FileListModel.h"
#include "models/archive/UnarchivePreview.h"
#include "models/browser/ProjectTagCounts.h"
#include "models/bulk/BulkRunner.h"
#include "models/details/ExecutionCounts.h"
#include "tools/screenshots/Driver.h"
#include "tools/screenshots/Views.h"
#include "ui/archive/ArchiveDialog.h"
#include "ui/archive/FilesPage.h"
#include "ui/archive/UnarchivePreviewDialog.h"
#include "ui/browser/MainWindow.h"
#include "ui/browser/ProjectBrowser.h"
#include "ui/browser/ProjectTableView.h"
#include "ui/browser/TagOverview.h"
#include "ui/bulk/BulkDialog.h"
#include "ui/details/DetailPage.h"
#include "ui/details/DetailPane.h"
#include "ui/details/ExecutionsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {

// The demo world's project with files in several folders, executions, members, tags and
// properties: the one most pages have something to show for.
const QString Cohort = QStringLiteral("Tumour WGS cohort");
// Its project with archived files in two folders.
const QString RnaSeq = QStringLiteral("Frankfurt RNA-seq");

QWidget *browse(Driver &d, const QString &project = Cohort)
{
    d.waitUntilBrowsing();
    d.selectProject(project);
    return d.window();
}

View detailView(const QString &page)
{
    return { QStringLiteral("details-") + page, [page](Driver &d) {
                QWidget *window = browse(d);
                QTabWidget *tabs = d.app()->browser()->detailPane()->tabs();
                // The tab holds the page, maybe inside a scroll area.
                QWidget *pageWidget = d.app()->browser()->detailPane()->page(page);
                int index = -1;
                for (int i = 0; pageWidget && i < tabs->count() && index < 0; ++i) {
                    if (tabs->widget(i) == pageWidget || tabs->widget(i)->isAncestorOf(pageWidget))
                        index = i;
                }
                if (index < 0)
                    throw ShotFailed(QStringLiteral("no detail page %1").arg(page));
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                                  tabs->tabBar()->tabRect(index).center());
                if (tabs->currentIndex() != index)
                    throw ShotFailed(QStringLiteral("clicking the tab did not show %1").arg(page));
                return window;
            } };
}

// The Files tab of `project` once its files are listed.
FilesPage *openFiles(Driver &d, const QString &project)
{
    browse(d, project);
    d.app()->browser()->showSide(QStringLiteral("files"));
    FilesPage *page = d.app()->browser()->filesPage();
    FileListModel *files = page->model();
    d.waitFor([files] { return !files->isLoading() && files->rowCount() > 0; },
              QStringLiteral("the files of ") + project);
    return page;
}

QWidget *filesView(Driver &d)
{
    FilesPage *page = openFiles(d, Cohort);
    d.clickRows(page->table(), FileListModel::NameColumn,
                { QStringLiteral("tumour_01.bam"), QStringLiteral("summary.tsv") });
    return d.window();
}

QWidget *executionsView(Driver &d)
{
    browse(d);
    d.app()->browser()->showSide(QStringLiteral("executions"));
    ExecutionCounts *counts = d.app()->browser()->executionsPage()->counts();
    d.waitFor([counts] { return counts->status() == ExecutionCounts::Status::Loaded; },
              QStringLiteral("the execution counts"));
    return d.window();
}

QWidget *tagsView(Driver &d)
{
    browse(d);
    auto *dock = d.child<QDockWidget>(d.window(), QStringLiteral("tagsDock"));
    dock->toggleViewAction()->trigger(); // View > Tags
    ProjectTagCounts *counts = d.app()->tagOverview()->model();
    d.waitFor([dock, counts] { return dock->isVisible() && counts->rowCount() > 0; },
              QStringLiteral("the tag counts"));
    return d.window();
}

// Files > select two live files > Archive… > Archive…, once the preview (what will be
// archived, what stays live, the saving) asks to confirm; nothing is sent.
QWidget *archiveView(Driver &d)
{
    FilesPage *page = openFiles(d, Cohort);
    d.clickRows(page->table(), FileListModel::NameColumn,
                { QStringLiteral("GRCh38.fa"), QStringLiteral("summary.tsv") });
    d.click(d.child<QPushButton>(page, QStringLiteral("archiveButton")));
    auto *dialog = d.openedDialog<ArchiveDialog>();
    d.click(d.child<QPushButton>(dialog, QStringLiteral("archiveButton")));
    d.waitFor([dialog] { return dialog->isConfirming(); }, QStringLiteral("the archive preview"));
    return dialog;
}

// Files > select the two archived files > Unarchive…, once every rate is quoted.
QWidget *unarchiveView(Driver &d)
{
    FilesPage *page = openFiles(d, RnaSeq);
    d.clickRows(page->table(), FileListModel::NameColumn,
                { QStringLiteral("s1_R2.fastq.gz"), QStringLiteral("s2_R1.fastq.gz") });
    d.click(d.child<QPushButton>(page, QStringLiteral("unarchiveButton")));
    auto *dialog = d.openedDialog<UnarchivePreviewDialog>();
    auto *quotes = d.child<QTableWidget>(dialog, QStringLiteral("quoteTable"));
    d.waitFor(
        [dialog, quotes] { return !dialog->preview()->isRunning() && quotes->rowCount() > 0; },
        QStringLiteral("the unarchive quotes"));
    return dialog;
}

// Every project selected > Project > Bulk action… > Add tags "qc, release-2".
BulkDialog *bulkAddTags(Driver &d)
{
    d.waitUntilBrowsing();
    d.selectAllProjects();
    d.trigger(QStringLiteral("bulkAction"));
    auto *dialog = d.openedDialog<BulkDialog>();
    auto *kind = d.child<QComboBox>(dialog, QStringLiteral("bulkKind"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Add tags")));
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("bulkValue")),
           QStringLiteral("qc, release-2"));
    auto *table = d.child<QTableView>(dialog, QStringLiteral("bulkTable"));
    d.waitFor([table] { return table->model()->rowCount() > 0; },
              QStringLiteral("the bulk preview"));
    return dialog;
}

QWidget *bulkResultsView(Driver &d)
{
    BulkDialog *dialog = bulkAddTags(d);
    d.click(d.child<QPushButton>(dialog, QStringLiteral("bulkRun")));
    auto *runner = dialog->findChild<BulkRunner *>();
    if (!runner)
        throw ShotFailed(QStringLiteral("the bulk dialog has no runner"));
    d.waitFor([runner] { return !runner->isRunning() && runner->finishedCount() > 0; },
              QStringLiteral("the bulk run"));
    return dialog;
}

// A bulk run, then the details of a project: the log shows the action and its calls.
QWidget *activityView(Driver &d)
{
    QPointer<BulkDialog> dialog = qobject_cast<BulkDialog *>(bulkResultsView(d));
    d.click(d.child<QPushButton>(dialog, QStringLiteral("bulkClose")));
    d.waitFor([dialog] { return !dialog || !dialog->isVisible(); },
              QStringLiteral("the bulk dialog to close"));
    // The run reloads the list; then the user looks at another project.
    d.waitUntilBrowsing();
    d.selectProject(RnaSeq);
    auto *window = qobject_cast<MainWindow *>(d.window());
    auto *dock = d.child<QDockWidget>(window, QStringLiteral("activityDock"));
    // The user drags the dock's edge up to read more rows.
    window->resizeDocks({ dock }, { window->height() / 2 }, Qt::Vertical);
    return window;
}

// Every project billed to org-genomics, which Alice administers: one has her as no member.
QWidget *orgProjectsView(Driver &d)
{
    QWidget *window = browse(d);
    auto *scope = d.child<QComboBox>(window, QStringLiteral("filterScope"));
    d.waitFor([scope] { return scope->findData(QStringLiteral("org-genomics")) > 0; },
              QStringLiteral("the orgs Alice administers"));
    scope->setCurrentIndex(scope->findData(QStringLiteral("org-genomics")));
    Q_EMIT scope->activated(scope->currentIndex());
    QAbstractItemModel *rows = d.app()->browser()->table()->model();
    d.waitFor(
        [rows] {
            return !rows->match(rows->index(0, 0), Qt::DisplayRole,
                                QStringLiteral("Genomics QC runs"), 1, Qt::MatchExactly)
                        .isEmpty();
        },
        QStringLiteral("the org's projects"));
    d.selectProject(QStringLiteral("Genomics QC runs"));
    return window;
}

} // namespace

QList<View> browserViews()
{
    QList<View> views { { QStringLiteral("main"), [](Driver &d) { return browse(d); } } };
    for (const QString &page : DetailPane::pageKeys())
        views << detailView(page);
    views << View { QStringLiteral("files"), filesView }
          << View { QStringLiteral("executions"), executionsView }
          << View { QStringLiteral("tags"), tagsView }
          << View { QStringLiteral("archive"), archiveView }
          << View { QStringLiteral("unarchive-preview"), unarchiveView }
          << View { QStringLiteral("bulk-preview"),
                    [](Driver &d) -> QWidget * { return bulkAddTags(d); } }
          << View { QStringLiteral("bulk-results"), bulkResultsView }
          << View { QStringLiteral("activity"), activityView }
          << View { QStringLiteral("org-projects"), orgProjectsView };
    return views;
}
