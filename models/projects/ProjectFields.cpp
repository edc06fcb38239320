#include "models/projects/ProjectFields.h"

#include "models/projects/ProjectFlags.h"

#include <QJsonArray>
#include <QObject>

ProjectFields ProjectFields::fromDescribe(const QJsonObject &d)
{
    ProjectFields f;
    for (const QString &field : updateFieldNames()) {
        if (d.contains(field))
            f.setValue(field, d.value(field));
    }
    return f;
}

QStringList ProjectFields::updateFieldNames()
{
    return QStringList { QStringLiteral("name"), QStringLiteral("summary"),
                         QStringLiteral("description") }
    + ProjectFlags::keys()
        + QStringList { QStringLiteral("databaseResultsRestricted"), QStringLiteral("billTo"),
                        QStringLiteral("allowedExecutables") };
}

bool ProjectFields::operator==(const ProjectFields &o) const
{
    for (const QString &field : updateFieldNames()) {
        if (value(field) != o.value(field))
            return false;
    }
    return true;
}

QJsonValue ProjectFields::value(const QString &field) const
{
    if (field == QLatin1String("name"))
        return name;
    if (field == QLatin1String("summary"))
        return summary;
    if (field == QLatin1String("description"))
        return description;
    if (field == QLatin1String("protected"))
        return isProtected;
    if (field == QLatin1String("restricted"))
        return restricted;
    if (field == QLatin1String("downloadRestricted"))
        return downloadRestricted;
    if (field == QLatin1String("previewViewerRestricted"))
        return previewViewerRestricted;
    if (field == QLatin1String("externalUploadRestricted"))
        return externalUploadRestricted;
    if (field == QLatin1String("containsPHI"))
        return containsPHI;
    if (field == QLatin1String("databaseUIViewOnly"))
        return databaseUIViewOnly;
    if (field == QLatin1String("databaseResultsRestricted")) {
        if (!databaseResultsRestricted)
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(*databaseResultsRestricted);
    }
    if (field == QLatin1String("billTo"))
        return billTo;
    if (field == QLatin1String("allowedExecutables")) {
        if (!allowedExecutables)
            return QJsonValue(QJsonValue::Null);
        return QJsonArray::fromStringList(*allowedExecutables);
    }
    return QJsonValue(QJsonValue::Undefined);
}

void ProjectFields::setValue(const QString &field, const QJsonValue &v)
{
    if (field == QLatin1String("name"))
        name = v.toString();
    else if (field == QLatin1String("summary"))
        summary = v.toString();
    else if (field == QLatin1String("description"))
        description = v.toString();
    else if (field == QLatin1String("protected"))
        isProtected = v.toBool();
    else if (field == QLatin1String("restricted"))
        restricted = v.toBool();
    else if (field == QLatin1String("downloadRestricted"))
        downloadRestricted = v.toBool();
    else if (field == QLatin1String("previewViewerRestricted"))
        previewViewerRestricted = v.toBool();
    else if (field == QLatin1String("externalUploadRestricted"))
        externalUploadRestricted = v.toBool();
    else if (field == QLatin1String("containsPHI"))
        containsPHI = v.toBool();
    else if (field == QLatin1String("databaseUIViewOnly"))
        databaseUIViewOnly = v.toBool();
    else if (field == QLatin1String("databaseResultsRestricted")) {
        if (v.isDouble())
            databaseResultsRestricted = qint64(v.toDouble());
        else
            databaseResultsRestricted.reset();
    } else if (field == QLatin1String("billTo"))
        billTo = v.toString();
    else if (field == QLatin1String("allowedExecutables")) {
        if (v.isArray()) {
            QStringList ids;
            for (const QJsonValue &id : v.toArray())
                ids << id.toString();
            allowedExecutables = ids;
        } else {
            allowedExecutables.reset();
        }
    }
}

QString FieldChange::display(const QString &field, const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QObject::tr("yes") : QObject::tr("no");
    if (field == QLatin1String("allowedExecutables")) {
        if (!v.isArray())
            return QObject::tr("any executable");
        QStringList ids;
        for (const QJsonValue &id : v.toArray())
            ids << id.toString();
        return ids.isEmpty() ? QObject::tr("none") : ids.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("databaseResultsRestricted") && !v.isDouble())
        return QObject::tr("no limit");
    if (v.isNull() || v.isUndefined())
        return QObject::tr("(not set)");
    const QString s = v.isString() ? v.toString() : v.toVariant().toString();
    return s.isEmpty() ? QObject::tr("(empty)") : s;
}
