#include "models/projects/ProjectFlags.h"

#include <QCoreApplication>

namespace {
QList<ProjectFlag> makeFlags()
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("ProjectFlags", text); };
    ProjectFlag isProtected;
    isProtected.key = QStringLiteral("protected");
    isProtected.label = tr("Protected");
    isProtected.toolTip = tr("A protected project keeps its data from being deleted by anyone "
                             "but administrators.");
    isProtected.whenOn = tr("Only members with ADMINISTER access can delete data from this "
                            "project.");
    isProtected.whenOff = tr("Members with CONTRIBUTE access or higher can delete data.");
    isProtected.dxUpdateOption = QStringLiteral("--protected");

    ProjectFlag restricted;
    restricted.key = QStringLiteral("restricted");
    restricted.label = tr("Restricted");
    restricted.toolTip = tr("A restricted project keeps its data inside: it cannot be copied to "
                            "other projects.");
    restricted.whenOn = tr("Data cannot be copied out of this project into other projects.");
    restricted.whenOff = tr("Members can copy data from this project into other projects.");
    restricted.dxUpdateOption = QStringLiteral("--restricted");

    ProjectFlag download;
    download.key = QStringLiteral("downloadRestricted");
    download.label = tr("Download restricted");
    download.toolTip = tr("Whether data can leave the platform. Turning this on also turns on "
                          "previewViewerRestricted, which disables previews and viewers of the "
                          "data.");
    download.whenOn = tr("Data cannot be downloaded outside the platform, and previews and "
                         "viewers are disabled too (previewViewerRestricted).");
    download.whenOff = tr("Members can download the project's data to their own computers.");
    download.dxUpdateOption = QStringLiteral("--download-restricted");

    ProjectFlag databaseView;
    databaseView.key = QStringLiteral("databaseUIViewOnly");
    databaseView.label = tr("Database UI view only");
    databaseView.toolTip = tr("Whether members with VIEW access may reach the project's "
                              "databases only through the Cohort Browser (a point-and-click "
                              "explorer) rather than by querying them directly.");
    databaseView.whenOn = tr("Members with VIEW access can use the project's databases only "
                             "through the Cohort Browser.");
    databaseView.whenOff = tr("Members with VIEW access can query the project's databases "
                              "directly.");
    databaseView.dxNewOption = QStringLiteral("--database-ui-view-only");

    ProjectFlag phi;
    phi.key = QStringLiteral("containsPHI");
    phi.label = tr("Contains PHI");
    phi.toolTip = tr("Protected health information (PHI) is health data about identifiable "
                     "people. A project marked as containing it gets extra security and "
                     "compliance restrictions; the mark can never be removed, and it needs a "
                     "billTo with PHI features and a region that supports PHI.");
    phi.whenOn = tr("Marked as holding protected health information: extra restrictions apply, "
                    "and the mark can never be removed.");
    phi.whenOff = tr("Not marked as holding protected health information.");
    phi.dxNewOption = QStringLiteral("--phi");
    phi.oneWay = true;

    return { isProtected, restricted, download, databaseView, phi };
}
} // namespace

namespace ProjectFlags {

const QList<ProjectFlag> &all()
{
    static const QList<ProjectFlag> flags = makeFlags();
    return flags;
}

const ProjectFlag *find(const QString &key)
{
    for (const ProjectFlag &flag : all()) {
        if (flag.key == key)
            return &flag;
    }
    return nullptr;
}

QStringList keys()
{
    QStringList out;
    for (const ProjectFlag &flag : all())
        out << flag.key;
    return out;
}

QString label(const QString &key)
{
    const ProjectFlag *flag = find(key);
    return flag ? flag->label : key;
}

} // namespace ProjectFlags
