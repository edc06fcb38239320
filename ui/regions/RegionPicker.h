#pragma once

#include "models/regions/BillToRules.h"
#include "models/regions/RegionCatalog.h"

#include <QWidget>
#include <memory>

class QLabel;
class QListView;
class RegionListModel;
class WorldMapWidget;
class WorldOutline;

// The region of a new project, on a map and as a list that stay in sync. Only the billTo's
// permitted regions can be chosen; its default region is preselected. The list is the way
// for keyboard and screen-reader users; the map answers to the keyboard too.
class RegionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit RegionPicker(std::shared_ptr<const WorldOutline> outline = {},
                          QWidget *parent = nullptr);

    void setCatalog(const RegionCatalog &catalog);
    const RegionCatalog &catalog() const { return m_catalog; }

    // Shows the regions for this billTo and preselects its default region.
    void setBillTo(const BillToOption &billTo);
    // With PHI required, regions known not to support PHI cannot be chosen either.
    void setRequirePhi(bool requirePhi);
    // For callers that computed the choices themselves (BillToRules::regionsFor).
    void setRegions(const QList<RegionChoice> &regions);

    QString currentRegion() const { return m_current; }
    bool setCurrentRegion(const QString &region); // false if not permitted

    RegionListModel *model() const { return m_model; }
    WorldMapWidget *map() const { return m_map; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    // Every change of the chosen region, also the preselection of a billTo's default region.
    void regionChosen(const QString &region);

private:
    void choose(const QString &region);
    void syncListSelection();
    void refresh();

    RegionCatalog m_catalog;
    BillToOption m_billTo;
    bool m_hasBillTo = false;
    bool m_requirePhi = false;
    bool m_keepCurrent = false;
    QString m_current;
    RegionListModel *m_model;
    WorldMapWidget *m_map;
    QListView *m_list;
    QLabel *m_notice;
    QLabel *m_summary;
};
