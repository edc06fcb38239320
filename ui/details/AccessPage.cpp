#include "models/details/ProjectDetails.h"
#include "models/projects/ProjectFlags.h"
#include "ui/details/DetailFormat.h"
#include "ui/details/DetailPages.h"
#include "ui/details/FieldGrid.h"

#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

AccessPage::AccessPage(QWidget *parent)
    : DetailPage({ QStringLiteral("access"), QStringLiteral("Access && flags"),
                   QStringLiteral("Access"),
                   QStringLiteral("What members may do with the project's data") },
                 parent)
    , m_grid(new FieldGrid(QStringLiteral("access"), this))
{
    m_grid->addSection(QStringLiteral("Data access controls"));
    for (const ProjectFlag &flag : ProjectFlags::all())
        m_grid->addRow(flag.key, flag.label, flag.toolTip);
    m_grid->addRow(QStringLiteral("databaseResultsRestricted"),
                   QStringLiteral("Database results limit"),
                   QStringLiteral("databaseResultsRestricted: limits the database results that "
                                  "members with VIEW access can see, as the platform applies "
                                  "it."));
    m_grid->addSection(QStringLiteral("Executables"));
    m_grid->addRow(QStringLiteral("allowedExecutables"), QStringLiteral("Allowed executables"),
                   QStringLiteral("The apps and applets that may be started directly in this "
                                  "project (root executions). Without a list, any may run."));

    auto *intro = new QLabel(QStringLiteral("These settings apply to every member of the "
                                            "project. Administrators can change them."),
                             this);
    intro->setObjectName(QStringLiteral("access_intro"));
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_grid);
    layout->addStretch(1);
}

bool AccessPage::showDetails(const ProjectDetails &details)
{
    m_grid->hideAll();
    for (const ProjectFlag &flag : ProjectFlags::all()) {
        if (!details.has(flag.key))
            continue;
        const bool on = details.value(flag.key).toBool();
        m_grid->setValue(flag.key, DetailFormat::yesNo(on), on ? flag.whenOn : flag.whenOff);
    }

    const QString limitKey = QStringLiteral("databaseResultsRestricted");
    const QJsonValue limit = details.value(limitKey);
    if (limit.isDouble())
        m_grid->setValue(limitKey, QString::number(qint64(limit.toDouble())),
                         QStringLiteral("Set on this project."));
    else if (details.has(limitKey))
        m_grid->setValue(limitKey, QStringLiteral("No limit"),
                         QStringLiteral("Not set on this project."));

    const QString allowedKey = QStringLiteral("allowedExecutables");
    const QJsonValue allowed = details.value(allowedKey);
    if (allowed.isArray()) {
        QStringList ids;
        for (const QJsonValue &id : allowed.toArray())
            ids.append(id.toString());
        if (ids.isEmpty()) {
            m_grid->setValue(allowedKey, QStringLiteral("None"),
                             QStringLiteral("No executable may be started directly in this "
                                            "project."));
        } else {
            m_grid->setValue(allowedKey, ids.join(QLatin1Char('\n')),
                             QStringLiteral("Only these may be started directly in this "
                                            "project."));
        }
    } else if (allowed.isNull() || DetailFormat::hasDefaultFields(details)) {
        // The server leaves the field out (or sends null) when there is no limit.
        m_grid->setValue(allowedKey, QStringLiteral("Any executable"),
                         QStringLiteral("Any app or applet may be started in this project."));
    }
    return m_grid->hasShownRows();
}
