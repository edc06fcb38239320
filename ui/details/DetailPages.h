#pragma once

#include "models/regions/RegionCatalog.h"
#include "ui/details/DetailPage.h"

class FieldGrid;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class WorldMapWidget;

// The pages of the detail pane, in tab order. Only DetailPane makes them; each is defined in
// its own file (OverviewPage.cpp...), and tests reach their widgets by object name.

// Name, description, where the project lives, who pays, history, your access and usage.
class OverviewPage : public DetailPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;
    // Region display names; the pane passes the catalog the server's regions refined.
    void setRegionCatalog(const RegionCatalog &catalog) { m_regions = catalog; }

private:
    void showRegion(const ProjectDetails &details);
    void showCreatedBy(const ProjectDetails &details);

    RegionCatalog m_regions;
    FieldGrid *m_grid;
    WorldMapWidget *m_map; // where the project's region is, at a glance
};

// The project-wide flags that limit what members may do with the data, each with what it
// means for them, and the executables allowed to run in the project.
class AccessPage : public DetailPage
{
    Q_OBJECT
public:
    explicit AccessPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;

private:
    FieldGrid *m_grid;
};

// Tags (free labels) and properties (key/value pairs) that members attach to the project.
class TagsPropertiesPage : public DetailPage
{
    Q_OBJECT
public:
    explicit TagsPropertiesPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;

private:
    QLabel *m_tagsHeading;
    QLabel *m_tagsNote;
    QLabel *m_tags;
    QLabel *m_propertiesHeading;
    QLabel *m_propertiesNote;
    QTableWidget *m_properties;
};

// Who has access to the project and at which level: highest level first, then by name.
class MembersPage : public DetailPage
{
    Q_OBJECT
public:
    explicit MembersPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_legend;
};

// Who pays, whether storage is sponsored, how much download (egress) the payer covers and how
// much of it is used, spending limit, a pending transfer and the monthly storage cost.
class BillingPage : public DetailPage
{
    Q_OBJECT
public:
    explicit BillingPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;

private:
    void showEgress(const ProjectDetails &details);

    FieldGrid *m_grid;
    QProgressBar *m_egressBar;
};

// The cloud machines that apps may run on in this project, as a sortable table.
class InstanceTypesPage : public DetailPage
{
    Q_OBJECT
public:
    explicit InstanceTypesPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;

    enum Column { Name, Cores, Memory, Storage, Os, Rank, ColumnCount };

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

// The limits on uploading a file into this project: files travel in parts of bounded size.
class UploadLimitsPage : public DetailPage
{
    Q_OBJECT
public:
    explicit UploadLimitsPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;

private:
    FieldGrid *m_grid;
    QLabel *m_intro;
};

// The whole describe result as the server sent it, indented, with a button that copies it.
class RawJsonPage : public DetailPage
{
    Q_OBJECT
public:
    explicit RawJsonPage(QWidget *parent = nullptr);
    bool showDetails(const ProjectDetails &details) override;

private:
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};
