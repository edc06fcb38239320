#include "ui/archive/FilesPage.h"

#include "models/archive/FileListModel.h"
#include "models/common/Counted.h"
#include "models/common/DataSize.h"
#include "models/details/ProjectDetails.h"
#include "ui/archive/ArchivalStateChart.h"
#include "ui/archive/ArchiveDialog.h"
#include "ui/archive/UnarchivePreviewDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Files under a folder, recursively, like the server's scope with recurse.
class FolderFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFolder(const QString &folder)
    {
        m_folder = folder;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_folder == QLatin1String("/"))
            return true;
        const QString folder
            = sourceModel()->index(row, 0, parent).data(FileListModel::FolderRole).toString();
        return folder == m_folder || folder.startsWith(m_folder + QLatin1Char('/'));
    }

private:
    QString m_folder = QStringLiteral("/");
};

} // namespace

FilesPage::FilesPage(ApiClient *client, ProjectDetails *details, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_details(details)
    , m_model(new FileListModel(client, this))
    , m_proxy(new FolderFilter(this))
    , m_tree(new QTreeWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_chart(new ArchivalStateChart(this))
    , m_summary(new QLabel(this))
    , m_archive(new QPushButton(QStringLiteral("Archive…"), this))
    , m_unarchive(new QPushButton(QStringLiteral("Unarchive…"), this))
    , m_refresh(new QPushButton(QStringLiteral("Refresh"), this))
{
    setObjectName(QStringLiteral("filesPage"));
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_table->setObjectName(QStringLiteral("fileTable"));
    m_summary->setObjectName(QStringLiteral("filesSummary"));
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_unarchive->setObjectName(QStringLiteral("unarchiveButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_tree->setHeaderLabel(QStringLiteral("Folders"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FileListModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FileListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The name takes what the size and state leave (they are short and must not be cut).
    m_table->horizontalHeader()->setSectionResizeMode(FileListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FileListModel::SizeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileListModel::StateColumn,
                                                      QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);

    m_splitter->setObjectName(QStringLiteral("filesSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 140, 460 }); // the folder tree narrow, the files wide
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_archive);
    buttons->addWidget(m_unarchive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 2);

    connect(m_model, &FileListModel::loaded, this, [this] {
        rebuildTree();
        refreshSummary();
    });
    connect(m_model, &FileListModel::failed, this,
            [this](const ApiError &error) { m_summary->setText(error.userMessage()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrentFolder(item->data(0, Qt::UserRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FilesPage::refreshSummary);
    connect(m_archive, &QPushButton::clicked, this, &FilesPage::openArchive);
    connect(m_unarchive, &QPushButton::clicked, this, &FilesPage::openUnarchive);
    connect(m_refresh, &QPushButton::clicked, this, &FilesPage::reload);
    if (m_details) {
        connect(m_details, &ProjectDetails::changed, this, [this] {
            if (m_details->state() == ProjectDetails::State::Loaded)
                setProject(m_details->projectId(), m_details->describe());
            else if (m_details->projectId().isEmpty())
                setProject(QString(), QJsonObject()); // no project shown: no files either
        });
    }
    refreshSummary();
}

void FilesPage::setProject(const QString &projectId, const QJsonObject &projectDescribe)
{
    const bool changed = projectId != m_projectId;
    m_describe = projectDescribe;
    if (!changed)
        return;
    m_projectId = projectId;
    m_folder = QStringLiteral("/");
    static_cast<FolderFilter *>(m_proxy)->setFolder(m_folder);
    reload();
}

void FilesPage::reload()
{
    if (m_projectId.isEmpty()) {
        m_model->load(QString());
        m_summary->setText(tr("No project is selected."));
        return;
    }
    m_summary->setText(QStringLiteral("Loading files…"));
    m_model->load(m_projectId);
}

void FilesPage::setCurrentFolder(const QString &folder)
{
    m_folder = folder.isEmpty() ? QStringLiteral("/") : folder;
    static_cast<FolderFilter *>(m_proxy)->setFolder(m_folder);
    refreshSummary();
}

QStringList FilesPage::selectedFileIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(FileListModel::IdRole).toString());
    return ids;
}

ArchiveSelection FilesPage::unarchiveSelection() const
{
    ArchiveSelection s;
    s.files = selectedFileIds();
    if (s.files.isEmpty())
        s.folder = m_folder;
    return s;
}

void FilesPage::rebuildTree()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    const QStringList folders = m_model->folders();
    for (const QString &folder : folders) {
        QTreeWidgetItem *item;
        if (folder == QLatin1String("/")) {
            item = new QTreeWidgetItem(m_tree, { QStringLiteral("/ (whole project)") });
        } else {
            const int slash = int(folder.lastIndexOf(QLatin1Char('/')));
            const QString parent = slash == 0 ? QStringLiteral("/") : folder.left(slash);
            item = new QTreeWidgetItem(items.value(parent), { folder.mid(slash + 1) });
        }
        item->setData(0, Qt::UserRole, folder);
        items.insert(folder, item);
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *current = items.value(m_folder))
        m_tree->setCurrentItem(current);
}

void FilesPage::refreshSummary()
{
    const QMap<QString, StateTotal> totals = m_model->stateTotals();
    m_chart->setTotals(totals);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QStringList parts;
    QStringList order = FileListModel::knownStates();
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    for (const QString &state : std::as_const(order)) {
        if (totals.contains(state))
            parts.append(QStringLiteral("%1 %2 (%3)")
                             .arg(QLocale().toString(totals.value(state).count), state,
                                  DataSize::format(totals.value(state).bytes)));
    }
    QString text = m_model->rowCount() == 0 ? QStringLiteral("No files.")
                                            : counted(m_model->rowCount(), tr("file"), tr("files"))
            + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    text += selected > 0 ? QStringLiteral(" %1 selected.").arg(selected)
                         : QStringLiteral(" Folder %1.").arg(m_folder);
    if (!m_model->isLoading())
        m_summary->setText(text);
    m_archive->setEnabled(m_model->rowCount() > 0);
    m_unarchive->setEnabled(m_model->rowCount() > 0);
}

void FilesPage::openArchive()
{
    Q_EMIT archiveRequested();
    auto *dialog = new ArchiveDialog(m_client, m_projectId,
                                     m_describe.value(QStringLiteral("billTo")).toString(),
                                     selectedFileIds(), m_model->folders(), m_folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArchiveDialog::archived, this, &FilesPage::reload);
    dialog->open();
}

void FilesPage::openUnarchive()
{
    auto *dialog = new UnarchivePreviewDialog(m_client, m_projectId,
                                              m_describe.value(QStringLiteral("region")).toString(),
                                              unarchiveSelection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnarchivePreviewDialog::unarchived, this, &FilesPage::reload);
    dialog->open();
}
