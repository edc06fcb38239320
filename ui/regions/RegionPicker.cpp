#include "ui/regions/RegionPicker.h"

#include "models/common/Counted.h"
#include "models/regions/RegionListModel.h"
#include "ui/regions/WorldMapWidget.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>
#include <algorithm>

RegionPicker::RegionPicker(std::shared_ptr<const WorldOutline> outline, QWidget *parent)
    : QWidget(parent)
    , m_model(new RegionListModel(this))
    , m_map(new WorldMapWidget(std::move(outline), this))
    , m_list(new QListView(this))
    , m_notice(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("regionPicker"));
    m_list->setObjectName(QStringLiteral("regionList"));
    m_notice->setObjectName(QStringLiteral("regionNotice"));
    m_summary->setObjectName(QStringLiteral("regionSummary"));

    m_notice->setText(tr("The region cannot be changed after the project is created: files can "
                         "only be cloned to projects in the same region."));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setAccessibleName(tr("Region notice"));

    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Regions"));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    // Long reasons are elided in the list; the tooltip and the summary say them in full.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    // Greyed rows must still be read (they say why): halfway between text and background
    // rather than the style's faint disabled grey.
    QPalette listPalette = m_list->palette();
    const QColor text = listPalette.color(QPalette::Active, QPalette::Text);
    const QColor base = listPalette.color(QPalette::Active, QPalette::Base);
    listPalette.setColor(QPalette::Disabled, QPalette::Text,
                         QColor((text.red() * 11 + base.red() * 9) / 20,
                                (text.green() * 11 + base.green() * 9) / 20,
                                (text.blue() * 11 + base.blue() * 9) / 20));
    m_list->setPalette(listPalette);
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    // The map keeps its height for its width; spare height goes below the list, not into
    // empty bands above and below the drawn map.
    layout->addWidget(m_map);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addStretch(1);

    // The map's tab stop comes before the list's, so Tab reaches the pins first and then the
    // list; both choose the same region.
    setTabOrder(m_map, m_list);

    connect(m_map, &WorldMapWidget::regionActivated, this, &RegionPicker::choose);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.data(RegionListModel::PermittedRole).toBool())
                    choose(current.data(RegionListModel::RegionIdRole).toString());
            });
}

void RegionPicker::setCatalog(const RegionCatalog &catalog)
{
    m_catalog = catalog;
    refresh();
}

void RegionPicker::setBillTo(const BillToOption &billTo)
{
    m_billTo = billTo;
    m_hasBillTo = true;
    refresh();
}

void RegionPicker::setRequirePhi(bool requirePhi)
{
    if (requirePhi == m_requirePhi)
        return;
    m_requirePhi = requirePhi;
    // Same billTo: a chosen region that still qualifies stays chosen.
    m_keepCurrent = true;
    refresh();
    m_keepCurrent = false;
}

void RegionPicker::refresh()
{
    if (!m_hasBillTo)
        return;
    setRegions(BillToRules::regionsFor(m_billTo, m_catalog, m_requirePhi));
    int permitted = 0;
    for (const RegionChoice &c : m_model->regions())
        permitted += c.enabled ? 1 : 0;
    m_summary->setText(tr("%1 permitted for %2. Greyed regions cannot be chosen; the list "
                          "and the pins' tooltips say why.")
                           .arg(counted(permitted, tr("region"), tr("regions")), m_billTo.label()));
}

void RegionPicker::setRegions(const QList<RegionChoice> &regions)
{
    m_model->setRegions(regions);
    m_map->setRegions(regions);
    // Every region in sight without scrolling, up to ten of them.
    const int rows = std::clamp(int(regions.size()), 4, 10);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height());
    // Exactly that high: a list view's own size hint would take the map's room.
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);

    QString preselect = m_model->defaultRegion();
    const int row = m_model->rowOf(preselect);
    if (row < 0 || !m_model->regions().at(row).enabled) {
        preselect.clear();
        for (const RegionChoice &c : regions) {
            if (c.enabled) {
                preselect = c.info.id;
                break;
            }
        }
    }
    const int kept = m_keepCurrent ? m_model->rowOf(m_current) : -1;
    if (kept >= 0 && m_model->regions().at(kept).enabled)
        preselect = m_current;
    m_current.clear(); // a new billTo: its default again, even if the old choice is permitted
    choose(preselect);
    if (preselect.isEmpty())
        Q_EMIT regionChosen(QString());
}

bool RegionPicker::setCurrentRegion(const QString &region)
{
    const int row = m_model->rowOf(region);
    if (row < 0 || !m_model->regions().at(row).enabled)
        return false;
    choose(region);
    return true;
}

void RegionPicker::choose(const QString &region)
{
    if (region == m_current)
        return;
    m_current = region;
    m_map->setCurrentRegion(region);
    syncListSelection();
    Q_EMIT regionChosen(region);
}

void RegionPicker::syncListSelection()
{
    const QModelIndex index = m_model->index(m_model->rowOf(m_current), 0);
    QItemSelectionModel *selection = m_list->selectionModel();
    if (!index.isValid()) {
        selection->clear();
        return;
    }
    if (selection->currentIndex() != index)
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else if (!selection->isSelected(index))
        selection->select(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}
