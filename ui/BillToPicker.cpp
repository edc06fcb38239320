#include "BillToPicker.h"

#include "RegionPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int OptionIdRole = Qt::UserRole + 1;
}

BillToPicker::BillToPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
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
    m_combo->setAccessibleName(tr("Bill to"));
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
    m_unavailable->setTextFormat(Qt::PlainText);
    QPalette muted = m_unavailable->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::Disabled, QPalette::WindowText));
    m_unavailable->setPalette(muted);

    m_pricing->setColumnCount(3);
    m_pricing->setHorizontalHeaderLabels({ tr("Region"), tr("Item"), tr("Price") });
    m_pricing->horizontalHeader()->setStretchLastSection(true);
    m_pricing->verticalHeader()->hide();
    m_pricing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pricing->setAccessibleName(tr("Prices by region"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Bill to:"), m_combo);
    form->addRow(QString(), m_unavailable);
    form->addRow(tr("Permitted regions:"), m_regions);
    form->addRow(tr("Default region:"), m_defaultRegion);
    form->addRow(tr("PHI features:"), m_phi);
    form->addRow(tr("Spending limit:"), m_spending);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_pricingTitle);
    layout->addWidget(m_pricing, 1);

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
    const bool has = !o.id.isEmpty();
    m_regions->setText(has ? regionNames(o.permittedRegions) : QString());
    m_defaultRegion->setText(!has ? QString()
                                 : o.defaultRegion.isEmpty()
                                 ? tr("none set")
                                 : m_catalog.displayName(o.defaultRegion));
    m_phi->setText(!has                ? QString()
                       : o.phiFeatures ? tr("Enabled: projects billed here may contain PHI")
                                       : tr("Not enabled: projects billed here cannot be marked "
                                            "as containing PHI"));
    m_spending->setText(!has                    ? QString()
                            : o.atSpendingLimit ? tr("At its spending limit")
                                                : tr("Within its spending limit"));

    m_pricing->setRowCount(0);
    for (auto it = o.pricingModelsByRegion.begin(); it != o.pricingModelsByRegion.end(); ++it) {
        const auto lines = pricingSummary(it.value().toObject());
        for (const auto &line : lines) {
            const int row = m_pricing->rowCount();
            m_pricing->insertRow(row);
            m_pricing->setItem(row, 0, new QTableWidgetItem(m_catalog.displayName(it.key())));
            m_pricing->setItem(row, 1, new QTableWidgetItem(line.first));
            m_pricing->setItem(row, 2, new QTableWidgetItem(line.second));
        }
    }
    m_pricing->resizeColumnsToContents();
    m_pricing->setVisible(o.hasPricing());
    m_pricingTitle->setVisible(o.hasPricing());
}
