#include "models/common/DataSize.h"
#include "models/common/Money.h"
#include "models/details/ProjectDetails.h"
#include "ui/details/DetailFormat.h"
#include "ui/details/DetailPages.h"
#include "ui/details/FieldGrid.h"
#include "ui/regions/WorldMapWidget.h"

#include <QJsonObject>
#include <QVBoxLayout>

namespace {
QString str(const ProjectDetails &details, const char *field)
{
    return details.value(QLatin1String(field)).toString();
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : DetailPage(
        { QStringLiteral("overview"), QStringLiteral("Overview"), QStringLiteral("Overview"),
          QStringLiteral("What the project is, where it lives, who pays and how much it holds") },
        parent)
    , m_grid(new FieldGrid(QStringLiteral("overview"), this))
    , m_map(new WorldMapWidget({}, this))
{
    m_map->setObjectName(QStringLiteral("overview_regionMap"));
    m_map->setSelectable(false);
    m_map->setFocusPolicy(Qt::NoFocus);
    m_map->setFixedSize(300, 150);
    m_map->setAccessibleName(QStringLiteral("Map of the project's region"));
    m_map->hide();
    FieldGrid *g = m_grid;
    g->addSection(QStringLiteral("About"));
    g->addRow(QStringLiteral("name"), QStringLiteral("Name"),
              QStringLiteral("The project's name. Names need not be unique; the ID is."));
    g->addRow(QStringLiteral("id"), QStringLiteral("ID"),
              QStringLiteral("The project's permanent identifier (project-...), used by the API "
                             "and command-line tools."));
    g->addRow(QStringLiteral("summary"), QStringLiteral("Summary"),
              QStringLiteral("A one-line summary of what the project contains."));
    g->addRow(QStringLiteral("description"), QStringLiteral("Description"),
              QStringLiteral("A longer description of the project, written by its members."));

    g->addSection(QStringLiteral("Location and billing"));
    g->addRow(QStringLiteral("region"), QStringLiteral("Region"),
              QStringLiteral("The cloud region where the project's data is stored and its jobs "
                             "run. It is chosen when the project is created and cannot change."));
    g->addRow(QStringLiteral("billTo"), QStringLiteral("billTo"),
              QStringLiteral("The user or organization that pays for this project's storage and "
                             "compute."));
    g->addRow(QStringLiteral("defaultInstanceType"), QStringLiteral("Default instance type"),
              QStringLiteral("The kind of cloud machine apps run on in this project unless they "
                             "ask for another one."));

    g->addSection(QStringLiteral("History"));
    g->addRow(QStringLiteral("created"), QStringLiteral("Created"),
              QStringLiteral("When the project was created, in your local time."));
    g->addRow(QStringLiteral("createdByUser"), QStringLiteral("Created by"),
              QStringLiteral("The user who created the project."));
    g->addRow(QStringLiteral("createdByJob"), QStringLiteral("Created by job"),
              QStringLiteral("The job (a running app) that created the project, when it was "
                             "created by one rather than by a person."));
    g->addRow(QStringLiteral("createdByExecutable"), QStringLiteral("Job's app or applet"),
              QStringLiteral("The app or applet that the creating job was running."));
    g->addRow(QStringLiteral("modified"), QStringLiteral("Last modified"),
              QStringLiteral("When the project's settings or metadata last changed, in your "
                             "local time."));
    g->addRow(QStringLiteral("version"), QStringLiteral("Version"),
              QStringLiteral("A counter that goes up with every change to the project's "
                             "metadata. Edits send it along so that two people cannot overwrite "
                             "each other's changes unknowingly."));

    g->addSection(QStringLiteral("Your access"));
    g->addRow(QStringLiteral("level"), QStringLiteral("Your level"),
              QStringLiteral("The highest permission you have on this project, from your own "
                             "membership, your organizations' or public access. Levels from low "
                             "to high: VIEW, UPLOAD, CONTRIBUTE, ADMINISTER."));

    g->addSection(QStringLiteral("Usage"));
    g->addRow(QStringLiteral("dataUsage"), QStringLiteral("Data usage"),
              QStringLiteral("How much data the project stores and its billing account pays for "
                             "(sponsored data not included). Updated with a short delay."));
    g->addRow(QStringLiteral("sponsoredDataUsage"), QStringLiteral("Sponsored data usage"),
              QStringLiteral("Data in this project whose storage someone else pays for (DNAnexus "
                             "or a third-party sponsor)."));
    g->addRow(QStringLiteral("storageCost"), QStringLiteral("Storage cost"),
              QStringLiteral("What storing the project's current data costs per month. Data "
                             "shared with other projects is counted in each of them."));
    g->addRow(QStringLiteral("objects"), QStringLiteral("Objects"),
              QStringLiteral("How many data objects (files, records, applets...) the project "
                             "holds."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_map, 0, Qt::AlignLeft);
    layout->addWidget(m_grid);
    layout->addStretch(1);
}

bool OverviewPage::showDetails(const ProjectDetails &details)
{
    using namespace DetailFormat;
    FieldGrid *g = m_grid;
    g->hideAll();
    auto has = [&](const char *field) { return details.has(QLatin1String(field)); };
    auto value = [&](const char *field) { return details.value(QLatin1String(field)); };

    if (has("name"))
        g->setValue(QStringLiteral("name"), str(details, "name"));
    if (has("id"))
        g->setValue(QStringLiteral("id"), str(details, "id"));
    if (has("summary"))
        g->setValue(QStringLiteral("summary"), str(details, "summary"),
                    str(details, "summary").isEmpty() ? QStringLiteral("No summary written.")
                                                      : QString());
    if (has("description"))
        g->setValue(QStringLiteral("description"), str(details, "description"),
                    str(details, "description").isEmpty()
                        ? QStringLiteral("No description written.")
                        : QString());
    showRegion(details);
    if (has("billTo"))
        g->setValue(QStringLiteral("billTo"), str(details, "billTo"));
    if (has("defaultInstanceType"))
        g->setValue(QStringLiteral("defaultInstanceType"), str(details, "defaultInstanceType"));

    if (has("created"))
        g->setValue(QStringLiteral("created"), timestamp(toInteger(value("created"))));
    showCreatedBy(details);
    if (has("modified"))
        g->setValue(QStringLiteral("modified"), timestamp(toInteger(value("modified"))));
    if (has("version"))
        g->setValue(QStringLiteral("version"), integer(toInteger(value("version"))));

    if (has("level")) {
        const QString level = str(details, "level");
        g->setValue(QStringLiteral("level"), level, levelMeaning(level));
    }

    if (has("dataUsage"))
        g->setValue(QStringLiteral("dataUsage"), DataSize::fromGB(value("dataUsage").toDouble()));
    if (has("sponsoredDataUsage"))
        g->setValue(QStringLiteral("sponsoredDataUsage"),
                    DataSize::fromGB(value("sponsoredDataUsage").toDouble()));
    if (has("storageCost"))
        g->setValue(QStringLiteral("storageCost"),
                    Money::amount(value("storageCost").toDouble(), Money::Per::Month));
    if (has("objects"))
        g->setValue(QStringLiteral("objects"), integer(toInteger(value("objects"))));
    return m_grid->hasShownRows();
}

void OverviewPage::showRegion(const ProjectDetails &details)
{
    m_map->hide();
    if (!details.has(QStringLiteral("region")))
        return;
    const QString id = details.value(QStringLiteral("region")).toString();
    const RegionInfo info = m_regions.region(id);
    if (info.hasLocation) {
        RegionChoice choice;
        choice.info = info;
        choice.enabled = true;
        m_map->setRegions({ choice });
        m_map->setCurrentRegion(id);
        m_map->show();
    }
    QString text = id;
    if (info.known && info.displayName != id) {
        text = info.displayName;
        if (!info.city.isEmpty() && !text.contains(info.city))
            text += QLatin1String(", ") + info.city;
        text += QLatin1String(" (") + id + QLatin1Char(')');
    }
    QString note;
    if (info.phi == RegionInfo::Phi::Supported)
        note = QStringLiteral("This region supports projects with protected health information.");
    else if (info.phi == RegionInfo::Phi::Unsupported)
        note = QStringLiteral("This region does not support projects with protected health "
                              "information.");
    m_grid->setValue(QStringLiteral("region"), text, note);
}

void OverviewPage::showCreatedBy(const ProjectDetails &details)
{
    if (!details.has(QStringLiteral("createdBy")))
        return;
    const QJsonObject by = details.value(QStringLiteral("createdBy")).toObject();
    const QString user = by.value(QLatin1String("user")).toString();
    const QString job = by.value(QLatin1String("job")).toString();
    const QString executable = by.value(QLatin1String("executable")).toString();
    if (!user.isEmpty())
        m_grid->setValue(QStringLiteral("createdByUser"), user);
    if (!job.isEmpty())
        m_grid->setValue(QStringLiteral("createdByJob"), job);
    if (!executable.isEmpty())
        m_grid->setValue(QStringLiteral("createdByExecutable"), executable);
}
