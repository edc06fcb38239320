#pragma once

#include "models/regions/RegionCatalog.h"
#include "ui/details/DetailPage.h"

class WorldMapWidget;

class FieldGrid;

// Name, description, where the project lives, who pays, history, your access and usage.
class OverviewPage : public DetailPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return QStringLiteral("Overview"); }
    QString shortTitle() const override { return QStringLiteral("Overview"); }
    QString toolTip() const override;
    void showDetails(const ProjectDetails &details) override;
    bool hasContent() const override;

    // Region display names; the pane passes the catalog the server's regions refined.
    void setRegionCatalog(const RegionCatalog &catalog) { m_regions = catalog; }
    FieldGrid *grid() const { return m_grid; }
    WorldMapWidget *map() const { return m_map; }

private:
    void showRegion(const ProjectDetails &details);
    void showCreatedBy(const ProjectDetails &details);

    RegionCatalog m_regions;
    FieldGrid *m_grid;
    WorldMapWidget *m_map; // where the project's region is, at a glance
};
