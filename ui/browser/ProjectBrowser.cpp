#include "ui/browser/ProjectBrowser.h"

#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectFilterProxy.h"
#include "models/browser/ProjectListModel.h"
#include "models/browser/SavedViews.h"
#include "models/browser/TagCompletion.h"
#include "models/common/AsOf.h"
#include "models/common/Counted.h"
#include "models/common/CsvWriter.h"
#include "models/details/ProjectDetails.h"
#include "models/regions/RegionCatalog.h"
#include "ui/archive/FilesPage.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/ProjectTableView.h"
#include "ui/details/DetailPane.h"
#include "ui/details/ExecutionsPage.h"
#include "ui/widgets/SizeMemory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

ProjectBrowser::ProjectBrowser(ApiClient *client, ProjectListModel *list, ProjectDetails *details,
                               TagCompletion *tags, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_details(details)
    , m_tags(tags)
    , m_settings(settings)
    , m_proxy(new ProjectFilterProxy(this))
    , m_filterBar(new FilterBar(this))
    , m_viewsButton(new QToolButton(this))
    , m_table(new ProjectTableView(this))
    , m_tableStack(new QStackedWidget(this))
    , m_stateText(new QLabel(this))
    , m_stateRetry(new QPushButton(tr("&Retry"), this))
    , m_stateCancel(new QPushButton(tr("Cancel"), this))
    , m_countLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailPane(new DetailPane(details, this))
    , m_filesPage(new FilesPage(client, details, this))
    , m_executionsPage(new ExecutionsPage(client, this))
    , m_side(new QTabWidget(this))
    , m_layoutTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("projectBrowser"));
    setFocusProxy(m_filterBar); // the keyboard starts in the project filter
    m_proxy->setSourceModel(list);
    // Before the view's selection model connects: a removed current row takes the details with
    // it, rather than the selection model making a neighbour current (and described).
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int current = m_table->currentIndex().row();
                m_currentRemoved = current >= first && current <= last;
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!std::exchange(m_currentRemoved, false))
            return;
        m_table->selectionModel()->clear();
        m_details->clear();
    });
    m_table->setModel(m_proxy);

    m_filterBar->setKnownRegions(RegionCatalog().ids());
    auto *completer = new QCompleter(tags->model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_filterBar->setTagCompleter(completer);

    m_viewsButton->setObjectName(QStringLiteral("savedViews"));
    m_viewsButton->setText(tr("Views"));
    m_viewsButton->setToolTip(tr("Saved views: filters and columns kept under a name"));
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    m_viewsButton->setMenu(new QMenu(m_viewsButton));

    m_stateText->setObjectName(QStringLiteral("listState"));
    m_stateText->setAlignment(Qt::AlignCenter);
    m_stateText->setWordWrap(true);
    m_stateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateRetry->setObjectName(QStringLiteral("listRetry"));
    auto *statePage = new QWidget(this);
    auto *sl = new QVBoxLayout(statePage);
    sl->addStretch();
    sl->addWidget(m_stateText);
    sl->addWidget(m_stateRetry, 0, Qt::AlignHCenter);
    sl->addWidget(m_stateCancel, 0, Qt::AlignHCenter);
    // A server that keeps answering "busy" holds a page for minutes: Cancel (or Esc) stops it.
    m_stateCancel->setObjectName(QStringLiteral("listCancel"));
    m_stateCancel->setToolTip(tr("Stop loading (Esc)"));
    m_stateCancel->hide();
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelShortcut, &QShortcut::activated, m_list, &ProjectListModel::cancelLoading);
    sl->addStretch(2);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(statePage);

    m_countLabel->setObjectName(QStringLiteral("listCount"));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    exportButton->setText(tr("Export CSV…"));
    exportButton->setToolTip(tr("Save the visible rows and columns as a CSV file"));
    connect(exportButton, &QToolButton::clicked, this, &ProjectBrowser::chooseExportFile);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_tableStack, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 0, 6, 0);
    bottom->addWidget(m_countLabel, 1);
    bottom->addWidget(m_viewsButton);
    bottom->addWidget(exportButton);
    ll->addLayout(bottom);

    m_splitter->addWidget(left);
    // The selected project: its details, its files (archive and unarchive) and executions.
    m_side->setObjectName(QStringLiteral("projectSide"));
    m_side->setDocumentMode(true);
    m_side->addTab(m_detailPane, tr("&Details"));
    m_side->addTab(m_filesPage, tr("&Files"));
    m_side->addTab(m_executionsPage, tr("E&xecutions"));
    m_side->setTabToolTip(1,
                          tr("The project's files with their archival state; archive and "
                             "unarchive with a cost preview"));
    m_side->setTabToolTip(2, tr("Root executions of the project by state"));
    connect(m_executionsPage, &ExecutionsPage::availabilityChanged, m_side,
            [this](bool available) { m_side->setTabVisible(2, available); });
    connect(m_details, &ProjectDetails::stateChanged, m_executionsPage, [this] {
        if (m_details->state() == ProjectDetails::State::Loaded
            && m_side->currentWidget() == m_executionsPage)
            m_executionsPage->load(m_details->projectId());
    });
    connect(m_side, &QTabWidget::currentChanged, m_executionsPage, [this] {
        if (m_side->currentWidget() == m_executionsPage && !m_details->projectId().isEmpty())
            m_executionsPage->load(m_details->projectId());
    });
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The table's default columns fit in its share of a laptop's 1366 px.
    m_splitter->setSizes({ 580, 420 });
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    // Keyboard: copy the ID with Ctrl+C, the name with Ctrl+Shift+C, from the table.
    auto *copyId = new QAction(tr("Copy ID"), m_table);
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WidgetShortcut);
    connect(copyId, &QAction::triggered, this, [this] { copySelected(false); });
    auto *copyName = new QAction(tr("Copy name"), m_table);
    copyName->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyName->setShortcutContext(Qt::WidgetShortcut);
    connect(copyName, &QAction::triggered, this, [this] { copySelected(true); });
    m_table->addActions({ copyId, copyName });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_layoutTimer->setSingleShot(true);
    m_layoutTimer->setInterval(400);
    connect(m_layoutTimer, &QTimer::timeout, this, [this] {
        if (m_views)
            m_views->setCurrentLayout(m_table->layout());
    });
    connect(m_table, &ProjectTableView::layoutChanged, this, &ProjectBrowser::saveLayoutSoon);

    connect(m_filterBar, &FilterBar::applyRequested, m_list,
            [this](const ProjectQuery &q) { m_list->reload(q); });
    connect(m_filterBar, &FilterBar::quickFilterChanged, m_proxy,
            &ProjectFilterProxy::setQuickFilter);
    connect(m_stateRetry, &QPushButton::clicked, m_list, &ProjectListModel::retry);
    connect(m_stateCancel, &QPushButton::clicked, m_list, &ProjectListModel::cancelLoading);
    connect(m_list, &ProjectListModel::retryNoticeChanged, this,
            &ProjectBrowser::onListStateChanged);
    connect(m_list, &ProjectListModel::stateChanged, this, &ProjectBrowser::onListStateChanged);
    connect(m_list, &ProjectListModel::pageLoaded, this, &ProjectBrowser::onListStateChanged);
    connect(m_list, &ProjectListModel::allLoaded, this, &ProjectBrowser::onAllLoaded);
    connect(m_list, &ProjectListModel::asOfChanged, this, &ProjectBrowser::onListStateChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProjectBrowser::onListStateChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProjectBrowser::onListStateChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProjectBrowser::onListReset);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProjectBrowser::onRowsReordered);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectBrowser::onCurrentChanged);
    // A fresh describe of a project refreshes its row too.
    connect(m_details, &ProjectDetails::described, m_list,
            [this](const QString &id, const QJsonObject &d) { m_list->updateRow(id, d); });
    onListStateChanged();
}

ProjectBrowser::~ProjectBrowser() = default;

void ProjectBrowser::setProfileId(const QString &profileId)
{
    m_views = std::make_unique<SavedViews>(m_settings, profileId);
    QObject::disconnect(m_splitterSaver);
    m_splitterSaver = SizeMemory::remember(m_splitter, m_settings,
                                           SizeMemory::key(profileId, m_splitter->objectName()));
    QSplitter *files = m_filesPage->splitter();
    QObject::disconnect(m_filesSplitterSaver);
    m_filesSplitterSaver
        = SizeMemory::remember(files, m_settings, SizeMemory::key(profileId, files->objectName()));
    m_table->applyLayout(m_views->currentLayout());
    rebuildViewsMenu();
}

void ProjectBrowser::saveLayoutSoon()
{
    m_layoutTimer->start();
}

void ProjectBrowser::refresh()
{
    // In place: the rows stay while the listing runs, changed ones update, gone ones go.
    m_list->refresh();
    if (!m_details->projectId().isEmpty())
        m_details->reload();
    m_tags->refresh();
    // The side in view follows: the details reload above, the files and executions here.
    if (m_side->currentWidget() == m_filesPage)
        m_filesPage->reload();
    else if (m_side->currentWidget() == m_executionsPage && !m_details->projectId().isEmpty())
        m_executionsPage->load(m_details->projectId());
}

QString ProjectBrowser::selectedProjectId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ProjectListModel::IdRole).toString() : QString();
}

QStringList ProjectBrowser::selectedProjectIds() const
{
    QStringList ids;
    const auto rows = m_table->selectionModel()->selectedRows(ProjectColumns::Name);
    for (const QModelIndex &index : rows)
        ids << index.data(ProjectListModel::IdRole).toString();
    return ids;
}

void ProjectBrowser::showSide(const QString &key)
{
    if (key == QLatin1String("files"))
        m_side->setCurrentWidget(m_filesPage);
    else if (key == QLatin1String("executions"))
        m_side->setCurrentWidget(m_executionsPage);
    else
        m_side->setCurrentWidget(m_detailPane);
}

void ProjectBrowser::filterByTag(const QString &tag)
{
    ProjectQuery query = m_filterBar->query();
    query.tags = QStringList { tag };
    m_filterBar->setQuery(query);
    m_list->reload(query);
}

void ProjectBrowser::selectProjectWhenLoaded(const QString &projectId)
{
    if (!selectProject(projectId))
        m_pendingSelection = projectId;
}

bool ProjectBrowser::selectProject(const QString &projectId)
{
    if (m_proxy->rowCount() == 0)
        return false;
    int row = 0;
    if (!projectId.isEmpty()) {
        const int source = m_list->rowOfId(projectId);
        if (source < 0)
            return false;
        row = m_proxy->mapFromSource(m_list->index(source, 0)).row();
        if (row < 0)
            return false;
    }
    m_table->setCurrentIndex(m_proxy->index(row, ProjectColumns::Name));
    m_table->selectRow(row);
    return true;
}

void ProjectBrowser::onListStateChanged()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_list->rowCount();
    switch (m_list->state()) {
    case ProjectListModel::State::Loading:
        if (loaded == 0) {
            m_stateText->setText(m_list->retryNotice().isEmpty()
                                     ? tr("Loading projects…")
                                     : tr("Loading projects… (%1)").arg(m_list->retryNotice()));
            m_stateRetry->hide();
            m_tableStack->setCurrentIndex(1);
        }
        break;
    case ProjectListModel::State::Error:
        if (loaded == 0) {
            m_stateText->setText(
                tr("The projects could not be loaded.\n%1").arg(m_list->errorText()));
            m_stateRetry->show();
            m_tableStack->setCurrentIndex(1);
        }
        break;
    case ProjectListModel::State::Idle:
    case ProjectListModel::State::Loaded:
        if (loaded == 0) {
            m_stateText->setText(tr("No project matches these filters."));
            m_stateRetry->hide();
            m_tableStack->setCurrentIndex(1);
        } else {
            m_tableStack->setCurrentIndex(0);
        }
        break;
    }
    if (loaded > 0)
        m_tableStack->setCurrentIndex(0);
    const QString projects = counted(loaded, tr("project"), tr("projects"));
    QString count = projects;
    if (!m_list->isComplete() && m_list->isLoadingAll())
        count = tr("%1 loaded, listing the rest: %2 of %3 parts done")
                    .arg(projects)
                    .arg(m_list->partsDone())
                    .arg(m_list->partsKnown());
    else if (!m_list->isComplete())
        count = tr("%1 loaded, more on scroll").arg(projects);
    if (shown != loaded)
        count = tr("%1 shown of %2").arg(shown).arg(count);
    const bool loading = m_list->state() == ProjectListModel::State::Loading;
    if (m_list->asOf().isValid()) {
        // Rows from the cache: say how old they are, and what the refresh is doing.
        count = tr("%1 as of %2").arg(projects, asOfText(m_list->asOf()));
        if (shown != loaded)
            count = tr("%1 shown of %2").arg(shown).arg(count);
        if (loading)
            count += tr(", refreshing: %1 of %2 parts done")
                         .arg(m_list->partsDone())
                         .arg(m_list->partsKnown());
        else if (m_list->state() == ProjectListModel::State::Error)
            count += tr(" — could not refresh: %1").arg(m_list->errorText());
    } else if (m_list->state() == ProjectListModel::State::Error && loaded > 0) {
        count += tr(" — the next page failed: %1").arg(m_list->errorText());
    }
    if (loading && loaded > 0 && !m_list->retryNotice().isEmpty())
        count += tr(" — next page: %1 (Esc to stop)").arg(m_list->retryNotice());
    else if (loading && loaded > 0)
        count += tr(" (Esc to stop)");
    m_stateCancel->setVisible(loading && loaded == 0);
    m_cancelShortcut->setEnabled(loading); // Esc keeps its meaning otherwise
    m_countLabel->setText(count);
    if (!m_pendingSelection.isEmpty() && selectProject(m_pendingSelection))
        m_pendingSelection.clear();
}

void ProjectBrowser::onAllLoaded()
{
    onListStateChanged();
    if (m_pendingSelection.isEmpty())
        return;
    // The whole list is here and the project is not in it (filtered out, or gone).
    if (m_details->projectId() == m_pendingSelection)
        m_details->clear();
    m_pendingSelection.clear();
}

void ProjectBrowser::onListReset()
{
    m_hiddenSelection.clear();
    // A new listing (a filter applied, F5, a switch of profile) drops the selection without a
    // signal: the shown project comes back if the new list has it, else the details go.
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = m_details->projectId();
    onListStateChanged();
}

void ProjectBrowser::onRowsReordered()
{
    // The quick filter hides rows behind one layoutChanged; the selection of a hidden row
    // goes without a signal. The details go too, and come back when the row shows again.
    // Only a loaded row that the filter hides counts: while a new listing loads, the shown
    // project is not there yet (it is the pending selection).
    const QString shown = m_details->projectId();
    if (!shown.isEmpty() && m_list->rowOfId(shown) >= 0 && !isShown(shown)) {
        m_hiddenSelection = shown;
        m_table->selectionModel()->clear();
        m_details->clear();
    } else if (!m_hiddenSelection.isEmpty() && isShown(m_hiddenSelection)) {
        selectProject(std::exchange(m_hiddenSelection, QString()));
    }
    onListStateChanged();
}

bool ProjectBrowser::isShown(const QString &projectId) const
{
    const int source = m_list->rowOfId(projectId);
    return source >= 0 && m_proxy->mapFromSource(m_list->index(source, 0)).isValid();
}

void ProjectBrowser::onCurrentChanged()
{
    if (m_currentRemoved) {
        m_details->clear(); // the row goes; its neighbour is not what the user chose
        return;
    }
    const QString id = selectedProjectId();
    if (!id.isEmpty())
        m_hiddenSelection.clear();
    if (id.isEmpty())
        m_details->clear();
    else if (id != m_details->projectId())
        m_details->load(id);
}

void ProjectBrowser::copySelected(bool names)
{
    QStringList values;
    const auto rows = m_table->selectionModel()->selectedRows(ProjectColumns::Name);
    for (const QModelIndex &index : rows) {
        values << (names ? index.data(Qt::DisplayRole).toString()
                         : index.data(ProjectListModel::IdRole).toString());
    }
    if (!values.isEmpty())
        QApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
}

void ProjectBrowser::chooseExportFile()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export projects"), QStringLiteral("projects.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    exportCsv(file, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export projects"), error);
}

void ProjectBrowser::exportCsv(const QString &fileName, QString *error) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return;
    }
    file.write(CsvWriter::fromModel(*m_proxy, columns));
    if (!file.commit())
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
}

void ProjectBrowser::rebuildViewsMenu()
{
    QMenu *menu = m_viewsButton->menu();
    menu->clear();
    if (!m_views)
        return;
    for (const QString &name : m_views->names())
        menu->addAction(name, this, [this, name] { applyView(name); });
    if (!m_views->names().isEmpty())
        menu->addSeparator();
    menu->addAction(tr("Save current view as…"), this, &ProjectBrowser::saveViewAs);
    auto *remove = menu->addMenu(tr("Delete view"));
    remove->setEnabled(!m_views->names().isEmpty());
    for (const QString &name : m_views->names()) {
        remove->addAction(name, this, [this, name] {
            m_views->remove(name);
            rebuildViewsMenu();
        });
    }
}

void ProjectBrowser::saveViewAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_views->save({ name, m_filterBar->query(), m_table->layout() });
    rebuildViewsMenu();
}

void ProjectBrowser::applyView(const QString &name)
{
    const auto view = m_views->view(name);
    if (!view)
        return;
    m_filterBar->setQuery(view->query);
    m_table->applyLayout(view->layout);
    m_views->setCurrentLayout(view->layout);
    m_list->reload(view->query);
}
