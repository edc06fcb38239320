#include "ui/details/DetailFormat.h"

#include "models/browser/ProjectColumns.h"
#include "models/details/ProjectDetails.h"

#include <QLocale>

namespace DetailFormat {

QString timestamp(qint64 ms)
{
    return ProjectColumns::formatTimestamp(ms);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString integer(qint64 value)
{
    return QLocale().toString(value);
}

QString levelMeaning(const QString &level)
{
    if (level == QLatin1String("VIEW"))
        return QStringLiteral("Can see and download the project's data and copy it elsewhere.");
    if (level == QLatin1String("UPLOAD"))
        return QStringLiteral("Can see the data and add new data, but not change or delete it.");
    if (level == QLatin1String("CONTRIBUTE"))
        return QStringLiteral("Can add, change and delete data, tags and properties, and run "
                              "apps in the project.");
    if (level == QLatin1String("ADMINISTER"))
        return QStringLiteral("Full control: can also change settings, members and billing, and "
                              "delete the project.");
    if (level == QLatin1String("NONE"))
        return QStringLiteral("No access to the project's data.");
    return QString();
}

QString memberName(const QString &id)
{
    if (id == QLatin1String("PUBLIC"))
        return QStringLiteral("Everyone (PUBLIC)");
    return id;
}

QString memberKind(const QString &id)
{
    if (id == QLatin1String("PUBLIC"))
        return QStringLiteral("Everyone");
    if (id.startsWith(QLatin1String("user-")))
        return QStringLiteral("User");
    if (id.startsWith(QLatin1String("org-")))
        return QStringLiteral("Organization");
    return QString();
}

qint64 toInteger(const QJsonValue &value)
{
    // JSON numbers arrive as doubles; large byte counts still fit exactly below 2^53.
    return qint64(value.toDouble());
}

bool hasDefaultFields(const ProjectDetails &details)
{
    return details.has(QStringLiteral("created")) && details.has(QStringLiteral("billTo"));
}

} // namespace DetailFormat
