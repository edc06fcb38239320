#include "models/projects/ProjectFlags.h"

#include <QCoreApplication>

namespace {
struct FlagRow
{
    const char *key;
    const char *label;
    const char *toolTip;
    const char *whenOn;
    const char *whenOff;
    const char *dxNewOption;
    const char *dxUpdateOption;
    bool oneWay;
};

// The DNAnexus API's project/new and project-xxxx/update flags, in the order of its inputs.
const FlagRow flagRows[] = {
    { "protected", QT_TRANSLATE_NOOP("ProjectFlags", "Protected"),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "A protected project keeps its data from being deleted by anyone but "
                        "administrators."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Only members with ADMINISTER access can delete data from this project."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Members with CONTRIBUTE access or higher can delete data."),
      "", "--protected", false },
    { "restricted", QT_TRANSLATE_NOOP("ProjectFlags", "Restricted"),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "A restricted project keeps its data inside: it cannot be copied to "
                        "other projects."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Data cannot be copied out of this project into other projects."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Members can copy data from this project into other projects."),
      "", "--restricted", false },
    { "downloadRestricted", QT_TRANSLATE_NOOP("ProjectFlags", "Download restricted"),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Whether data can leave the platform. Turning this on also turns on "
                        "Previews and viewers restricted (previewViewerRestricted)."),
      QT_TRANSLATE_NOOP("ProjectFlags", "Data cannot be downloaded outside the platform."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Members can download the project's data to their own computers."),
      "", "--download-restricted", false },
    { "previewViewerRestricted",
      QT_TRANSLATE_NOOP("ProjectFlags", "Previews and viewers restricted"),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Whether previews and viewers of the project's data are disabled. It "
                        "comes on with Download restricted and can then be cleared on its own; "
                        "it cannot stay on once downloads are allowed again."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Members cannot preview the project's files or open them in viewers."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Members can preview the project's files and open them in viewers."),
      "", "", false },
    { "externalUploadRestricted", QT_TRANSLATE_NOOP("ProjectFlags", "External upload restricted"),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Whether data can be uploaded into the project only from inside the "
                        "platform (by jobs), not from members' own computers."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Data can reach this project only from inside the platform: uploads from "
                        "outside are refused."),
      QT_TRANSLATE_NOOP("ProjectFlags", "Members can upload data from their own computers."), "",
      "--external-upload-restricted", false },
    { "databaseUIViewOnly", QT_TRANSLATE_NOOP("ProjectFlags", "Database UI view only"),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Whether members with VIEW access may reach the project's databases "
                        "only through the Cohort Browser (a point-and-click explorer) rather "
                        "than by querying them directly."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Members with VIEW access can use the project's databases only through "
                        "the Cohort Browser."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Members with VIEW access can query the project's databases directly."),
      "--database-ui-view-only", "", false },
    { "containsPHI", QT_TRANSLATE_NOOP("ProjectFlags", "Contains PHI"),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Protected health information (PHI) is health data about identifiable "
                        "people. A project marked as containing it gets extra security and "
                        "compliance restrictions; the mark can never be removed, and it needs "
                        "a billTo with PHI features and a region that supports PHI."),
      QT_TRANSLATE_NOOP("ProjectFlags",
                        "Marked as holding protected health information: extra restrictions "
                        "apply, and the mark can never be removed."),
      QT_TRANSLATE_NOOP("ProjectFlags", "Not marked as holding protected health information."),
      "--phi", "", true },
};

QList<ProjectFlag> makeFlags()
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("ProjectFlags", text); };
    QList<ProjectFlag> flags;
    for (const FlagRow &row : flagRows) {
        ProjectFlag flag;
        flag.key = QLatin1String(row.key);
        flag.label = tr(row.label);
        flag.toolTip = tr(row.toolTip);
        flag.whenOn = tr(row.whenOn);
        flag.whenOff = tr(row.whenOff);
        flag.dxNewOption = QLatin1String(row.dxNewOption);
        flag.dxUpdateOption = QLatin1String(row.dxUpdateOption);
        flag.oneWay = row.oneWay;
        flags.append(flag);
    }
    return flags;
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
