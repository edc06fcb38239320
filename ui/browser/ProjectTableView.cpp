#include "ui/browser/ProjectTableView.h"

#include "models/browser/ProjectColumns.h"
#include "ui/browser/FlagDelegate.h"
#include "ui/browser/FlagHeaderView.h"

#include <QHeaderView>
#include <QMenu>

ProjectTableView::ProjectTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("projectTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setAccessibleName(tr("Projects"));
    setItemDelegate(new FlagDelegate(this));
    setHorizontalHeader(new FlagHeaderView(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &ProjectTableView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &ProjectTableView::layoutChanged);
    connect(header, &QHeaderView::sectionResized, this, &ProjectTableView::layoutChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ProjectTableView::layoutChanged);
}

void ProjectTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    m_onlyAddedBelow = false;
    m_otherChange = true;
    QTableView::setModel(model);
    if (!model)
        return;
    // Anything else that lays the rows out again must repaint what is in view.
    const auto other = [this] { m_otherChange = true; };
    connect(model, &QAbstractItemModel::layoutChanged, this, other);
    connect(model, &QAbstractItemModel::modelReset, this, other);
    connect(model, &QAbstractItemModel::rowsRemoved, this, other);
    connect(model, &QAbstractItemModel::rowsMoved, this, other);
    connect(model, &QAbstractItemModel::columnsInserted, this, other);
    connect(model, &QAbstractItemModel::columnsRemoved, this, other);
    connect(model, &QAbstractItemModel::columnsMoved, this, other);
    connect(model, &QAbstractItemModel::headerDataChanged, this, other);
}

void ProjectTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // Below the view: the row at the bottom edge existed before and comes before `start`.
    // A view that is not full (no row at its bottom edge) shows the new rows.
    const int lastInView = rowAt(viewport()->height() - 1);
    if (parent.isValid() || lastInView < 0 || start <= lastInView)
        m_otherChange = true;
    else
        m_onlyAddedBelow = true;
    QTableView::rowsInserted(parent, start, end);
}

void ProjectTableView::doItemsLayout()
{
    const bool skipRepaint = m_onlyAddedBelow && !m_otherChange;
    m_onlyAddedBelow = false;
    m_otherChange = false;
    if (!skipRepaint) {
        QTableView::doItemsLayout();
        return;
    }
    // What QAbstractItemView::doItemsLayout() does, less the viewport's update. (QTableView's
    // own addition only re-enables the vertical header after rows were removed.)
    updateGeometries();
}

int ProjectTableView::defaultWidth(int column) const
{
    // Sized for a laptop: the default columns fit the table's share of a 1366 px window.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    switch (column) {
    case ProjectColumns::Name:
        return 20 * digit;
    case ProjectColumns::Region:
        return 14 * digit; // azure:westeurope, nearly
    case ProjectColumns::BillTo:
        return 11 * digit;
    case ProjectColumns::Id:
        return fontMetrics().horizontalAdvance(QStringLiteral("project-XXXXXXXXXXXXXXXXXXXXXXXX"))
            + 12;
    case ProjectColumns::Protected:
    case ProjectColumns::Restricted:
    case ProjectColumns::DownloadRestricted:
    case ProjectColumns::ContainsPHI:
        return static_cast<const FlagHeaderView *>(horizontalHeader())->flagSectionWidth();
    case ProjectColumns::Level:
        return 12 * digit; // ADMINISTER
    case ProjectColumns::DataUsage:
        return 9 * digit;
    case ProjectColumns::Modified:
    case ProjectColumns::Created:
        return 15 * digit;
    default:
        return 15 * digit;
    }
}

void ProjectTableView::applyLayout(const ColumnLayout &layout)
{
    QHeaderView *header = horizontalHeader();
    const QSignalBlocker block(header);
    int visual = 0;
    for (const ColumnLayout::Column &c : layout.columns) {
        const int logical = ProjectColumns::fromKey(c.key);
        if (logical < 0 || logical >= header->count())
            continue;
        header->moveSection(header->visualIndex(logical), visual++);
        header->setSectionHidden(logical, !c.visible);
        if (c.width > 0)
            header->resizeSection(logical, c.width);
        else
            header->resizeSection(logical, defaultWidth(logical));
    }
    const int sortColumn = ProjectColumns::fromKey(layout.sortColumn);
    if (sortColumn >= 0)
        sortByColumn(sortColumn, layout.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    else
        header->setSortIndicator(-1, Qt::AscendingOrder);
}

ColumnLayout ProjectTableView::layout() const
{
    const QHeaderView *header = horizontalHeader();
    ColumnLayout layout;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        layout.columns.append({ ProjectColumns::key(logical), header->sectionSize(logical),
                                !header->isSectionHidden(logical) });
    }
    const int sort = header->sortIndicatorSection();
    if (sort >= 0 && sort < ProjectColumns::Count) {
        layout.sortColumn = ProjectColumns::key(sort);
        layout.sortDescending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    return layout;
}

void ProjectTableView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < ProjectColumns::Count; ++c) {
        QAction *action = menu.addAction(ProjectColumns::title(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setToolTip(ProjectColumns::toolTip(c));
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < 40)
                header->resizeSection(c, 120);
            Q_EMIT layoutChanged();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this] {
        applyLayout(ColumnLayout::defaults());
        Q_EMIT layoutChanged();
    });
    menu.exec(header->mapToGlobal(pos));
}
