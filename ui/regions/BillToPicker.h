#pragma once

#include "models/regions/BillToOption.h"
#include "models/regions/RegionCatalog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class RegionPicker;

// Who pays for a project: the user or an org they may bill to. Orgs they cannot bill to are
// listed but disabled with the reason. For the current billTo it shows its permitted and
// default regions, PHI features, spending-limit state and, when the server shows them, prices
// by region. A connected RegionPicker follows every change at once.
class BillToPicker : public QWidget
{
    Q_OBJECT
public:
    explicit BillToPicker(QWidget *parent = nullptr);

    void setCatalog(const RegionCatalog &catalog);
    // Options from BillToRules::options(); `preselect` (e.g. BillToRules::preselectedBillTo)
    // is used when enabled, else the first enabled option.
    void setOptions(const QList<BillToOption> &options, const QString &preselect = {});
    const QList<BillToOption> &options() const { return m_options; }

    QString currentBillTo() const;
    BillToOption currentOption() const;
    bool setCurrentBillTo(const QString &id); // false for unknown or disabled options

    // The picker then shows the regions of each billTo chosen here.
    void setRegionPicker(RegionPicker *picker);

    QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void billToChanged(const QString &billTo);

private:
    void onCurrentIndexChanged(int index);
    void showDetails(const BillToOption &option);
    QString regionNames(const QStringList &ids) const;

    RegionCatalog m_catalog;
    QList<BillToOption> m_options;
    QPointer<RegionPicker> m_regionPicker;
    QComboBox *m_combo;
    QLabel *m_unavailableTitle;
    QLabel *m_unavailable;
    QLabel *m_regions;
    QLabel *m_defaultRegion;
    QLabel *m_phi;
    QLabel *m_spending;
    QLabel *m_pricingTitle;
    QTableWidget *m_pricing;
};
