#include "ui/details/AccessPage.h"

#include "models/details/ProjectDetails.h"
#include "ui/details/DetailFormat.h"
#include "ui/details/FieldGrid.h"

#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

namespace {
struct Flag
{
    const char *field;
    const char *caption;
    const char *toolTip;
    const char *whenYes;
    const char *whenNo;
};

const Flag flags[] = {
    { "protected", "Protected",
      "A protected project keeps its data from being deleted by anyone but administrators.",
      "Only members with ADMINISTER access can delete data from this project.",
      "Members with CONTRIBUTE access or higher can delete data." },
    { "restricted", "Restricted",
      "A restricted project keeps its data inside: it cannot be copied to other projects.",
      "Data cannot be copied out of this project into other projects.",
      "Members can copy data from this project into other projects." },
    { "downloadRestricted", "Download restricted",
      "Whether data can leave the platform. Turning this on also turns on "
      "previewViewerRestricted, which disables previews and viewers of the data.",
      "Data cannot be downloaded outside the platform, and previews and viewers are disabled "
      "too (previewViewerRestricted).",
      "Members can download the project's data to their own computers." },
    { "containsPHI", "Contains PHI",
      "Protected health information (PHI) is health data about identifiable people. A "
      "project marked as containing it gets extra security and compliance restrictions.",
      "Marked as holding protected health information: extra restrictions apply, and the mark "
      "can never be removed.",
      "Not marked as holding protected health information." },
    { "databaseUIViewOnly", "Databases view-only",
      "Whether members with VIEW access may reach the project's databases only through the "
      "Cohort Browser (a point-and-click explorer) rather than by querying them directly.",
      "Members with VIEW access can use the project's databases only through the Cohort "
      "Browser.",
      "Members with VIEW access can query the project's databases directly." },
};
} // namespace

AccessPage::AccessPage(QWidget *parent)
    : DetailPage(parent)
    , m_grid(new FieldGrid(QStringLiteral("access"), this))
{
    m_grid->addSection(QStringLiteral("Data access controls"));
    for (const Flag &flag : flags) {
        m_grid->addRow(QLatin1String(flag.field), QLatin1String(flag.caption),
                       QLatin1String(flag.toolTip));
    }
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

QString AccessPage::toolTip() const
{
    return QStringLiteral("What members may do with the project's data");
}

void AccessPage::showDetails(const ProjectDetails &details)
{
    m_grid->hideAll();
    for (const Flag &flag : flags) {
        const QString field = QLatin1String(flag.field);
        if (!details.has(field))
            continue;
        const bool on = details.value(field).toBool();
        m_grid->setValue(field, DetailFormat::yesNo(on),
                         QLatin1String(on ? flag.whenYes : flag.whenNo));
    }

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
}

bool AccessPage::hasContent() const
{
    return m_grid->hasShownRows();
}
