#include "ui/regions/BillToPicker.h"

#include "ui/regions/RegionPicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int OptionIdRole = Qt::UserRole + 1;
}

BillToPicker::BillToPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_unavailableTitle(new QLabel(tr("Not available:"), this))
    , m_unavailable(new QLabel(this))
    , m_regions(new QLabel(this))
    , m_defaultRegion(new QLabel(this))
    , m_phi(new QLabel(this))
    , m_spending(new QLabel(this))
    , m_pricingTitle(new QLabel(tr("Prices by region"), this))
    , m_pricing(new QTableWidget(this))
{
    setObjectName(QStringLiteral("billToPicker"));
    m_combo->setObjectName(QStringLiteral("billToCombo"));
    m_combo->setAccessibleName(tr("billTo"));
    m_unavailable->setObjectName(QStringLiteral("billToUnavailable"));
    m_regions->setObjectName(QStringLiteral("billToRegions"));
    m_defaultRegion->setObjectName(QStringLiteral("billToDefaultRegion"));
    m_phi->setObjectName(QStringLiteral("billToPhi"));
    m_spending->setObjectName(QStringLiteral("billToSpending"));
    m_pricing->setObjectName(QStringLiteral("billToPricing"));

    for (QLabel *label : { m_unavailable, m_regions, m_defaultRegion, m_phi, m_spending }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // The reasons are read, not greyed: only the options themselves are disabled.
    m_unavailable->setTextFormat(Qt::PlainText);
    m_unavailable->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_pricing->horizontalHeader()->setStretchLastSection(true);
    m_pricing->verticalHeader()->hide();
    m_pricing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pricing->setTabKeyNavigation(false); // Tab walks fields, not the cells of a price sheet
    m_pricing->setAccessibleName(tr("Prices by region"));
    // Compact rows and at most four of them in sight: the prices must not push the region
    // picker below it out of the dialog.
    const int rowHeight = fontMetrics().height() + 6;
    m_pricing->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_pricing->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_pricing->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    // The chosen billTo's facts sit right under it; the ones that cannot be chosen come last.
    // A grid, not a QFormLayout: the form layout kept stale heights for wrapped values after
    // a change of billTo, cutting off lines.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    auto *comboLabel = new QLabel(tr("&billTo:"), this);
    comboLabel->setBuddy(m_combo);
    m_unavailableTitle->setObjectName(QStringLiteral("billToUnavailableTitle"));
    const QList<QPair<QLabel *, QWidget *>> rows {
        { comboLabel, m_combo },
        { new QLabel(tr("Permitted regions:"), this), m_regions },
        { new QLabel(tr("Default region:"), this), m_defaultRegion },
        { new QLabel(tr("PHI features:"), this), m_phi },
        { new QLabel(tr("Spending limit:"), this), m_spending },
        { m_unavailableTitle, m_unavailable },
    };
    for (int row = 0; row < rows.size(); ++row) {
        form->addWidget(rows.at(row).first, row, 0, Qt::AlignLeft | Qt::AlignTop);
        form->addWidget(rows.at(row).second, row, 1);
    }
    comboLabel->setMinimumHeight(m_combo->sizeHint().height()); // level with the combo's text
    comboLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_pricingTitle);
    layout->addWidget(m_pricing);
    layout->addStretch(1); // extra height goes below, not between the facts

    connect(m_combo, &QComboBox::currentIndexChanged, this, &BillToPicker::onCurrentIndexChanged);
}

void BillToPicker::setCatalog(const RegionCatalog &catalog)
{
    m_catalog = catalog;
    if (m_regionPicker)
        m_regionPicker->setCatalog(m_catalog);
    showDetails(currentOption());
}

void BillToPicker::setOptions(const QList<BillToOption> &options, const QString &preselect)
{
    m_options = options;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    QStringList unavailable;
    for (const BillToOption &o : options) {
        const QString text = o.enabled ? o.label() : tr("%1 — not available").arg(o.label());
        m_combo->addItem(text, o.id);
        const int row = m_combo->count() - 1;
        m_combo->setItemData(row, o.id, OptionIdRole);
        if (!o.enabled) {
            if (QStandardItem *item = model ? model->item(row) : nullptr)
                item->setEnabled(false);
            m_combo->setItemData(row, o.disabledReason, Qt::ToolTipRole);
            m_combo->setItemData(row, o.disabledReason, Qt::AccessibleDescriptionRole);
            unavailable << QStringLiteral("• ") + o.disabledReason;
        }
    }
    m_unavailable->setText(unavailable.join(QLatin1Char('\n')));
    m_unavailable->setVisible(!unavailable.isEmpty());
    m_unavailableTitle->setVisible(!unavailable.isEmpty());

    int index = -1;
    for (int i = 0; i < options.size() && index < 0; ++i) {
        if (options.at(i).enabled && options.at(i).id == preselect)
            index = i;
    }
    for (int i = 0; i < options.size() && index < 0; ++i) {
        if (options.at(i).enabled)
            index = i;
    }
    m_combo->setCurrentIndex(index);
    onCurrentIndexChanged(index);
}

QString BillToPicker::currentBillTo() const
{
    return currentOption().id;
}

BillToOption BillToPicker::currentOption() const
{
    const int i = m_combo->currentIndex();
    return i >= 0 && i < m_options.size() ? m_options.at(i) : BillToOption();
}

bool BillToPicker::setCurrentBillTo(const QString &id)
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options.at(i).id == id && m_options.at(i).enabled) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void BillToPicker::setRegionPicker(RegionPicker *picker)
{
    m_regionPicker = picker;
    if (!m_regionPicker)
        return;
    m_regionPicker->setCatalog(m_catalog);
    if (m_combo->currentIndex() >= 0)
        m_regionPicker->setBillTo(currentOption());
}

void BillToPicker::onCurrentIndexChanged(int index)
{
    const BillToOption option
        = index >= 0 && index < m_options.size() ? m_options.at(index) : BillToOption();
    showDetails(option);
    if (m_regionPicker && !option.id.isEmpty())
        m_regionPicker->setBillTo(option);
    Q_EMIT billToChanged(option.id);
}

QString BillToPicker::regionNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids)
        names << m_catalog.displayName(id);
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
}

void BillToPicker::showDetails(const BillToOption &o)
{
    // A billTo known only by its id (a project's billTo the user cannot describe) has no facts.
    const bool has = !o.id.isEmpty();
    const bool known = !o.permittedRegions.isEmpty() || !o.defaultRegion.isEmpty();
    const QString notKnown = has && !known ? tr("not known") : QString();
    if (!known) {
        for (QLabel *label : { m_regions, m_defaultRegion, m_phi, m_spending })
            label->setText(notKnown);
    } else {
        m_regions->setText(regionNames(o.permittedRegions));
        m_defaultRegion->setText(
            o.defaultRegion.isEmpty() ? tr("none set") : m_catalog.displayName(o.defaultRegion));
        m_phi->setText(o.phiFeatures ? tr("Enabled: projects billed here may contain PHI")
                                     : tr("Not enabled: projects billed here cannot be marked "
                                          "as containing PHI"));
        m_spending->setText(o.atSpendingLimit ? tr("At its spending limit")
                                              : tr("Within its spending limit"));
    }

    // One row per region, one column per price item; the billTo's regions first.
    const PricingTable table = pricingTable(o.pricingModelsByRegion);
    m_pricing->clear();
    m_pricing->setRowCount(0);
    m_pricing->setColumnCount(int(table.columns.size()) + 1);
    m_pricing->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Region")));
    for (int c = 0; c < table.columns.size(); ++c) {
        auto *header = new QTableWidgetItem(table.columns.at(c).header);
        header->setToolTip(table.columns.at(c).key);
        m_pricing->setHorizontalHeaderItem(c + 1, header);
    }
    auto addRows = [&](bool permitted) {
        for (const auto &row : table.rows) {
            if (o.permittedRegions.contains(row.first) != permitted)
                continue;
            const int r = m_pricing->rowCount();
            m_pricing->insertRow(r);
            auto *region = new QTableWidgetItem(m_catalog.displayName(row.first));
            region->setToolTip(row.first);
            if (!permitted)
                region->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_pricing->setItem(r, 0, region);
            for (int c = 0; c < row.second.size(); ++c) {
                auto *cell = new QTableWidgetItem(row.second.at(c));
                cell->setToolTip(row.second.at(c)); // a long cell may be elided
                m_pricing->setItem(r, c + 1, cell);
            }
        }
    };
    addRows(true);
    addRows(false);
    m_pricing->resizeColumnsToContents();
    // Four rows in sight (the billTo's own regions come first), plus the scroll bar if the
    // columns do not fit.
    const int rowHeight = m_pricing->verticalHeader()->defaultSectionSize();
    int height = m_pricing->horizontalHeader()->sizeHint().height()
        + qMin(m_pricing->rowCount(), 4) * rowHeight + 2 * m_pricing->frameWidth();
    if (m_pricing->horizontalHeader()->length() > m_pricing->viewport()->width())
        height += m_pricing->horizontalScrollBar()->sizeHint().height();
    m_pricing->setFixedHeight(height);
    m_pricing->setVisible(o.hasPricing());
    m_pricingTitle->setVisible(o.hasPricing());
}
