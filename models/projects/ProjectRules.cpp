#include "models/projects/ProjectRules.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

namespace ProjectRules {

namespace {

// Names for the control characters people can type or paste, to say which one it is.
QString controlName(ushort c)
{
    switch (c) {
    case 0x00:
        return QObject::tr("NUL");
    case 0x09:
        return QObject::tr("tab");
    case 0x0A:
        return QObject::tr("line feed");
    case 0x0D:
        return QObject::tr("carriage return");
    case 0x1B:
        return QObject::tr("escape");
    default:
        return QObject::tr("control character");
    }
}

} // namespace

QString validateProjectName(const QString &name)
{
    if (name.isEmpty())
        return QObject::tr("The name must not be empty.");
    for (qsizetype i = 0; i < name.size(); ++i) {
        const ushort c = name.at(i).unicode();
        if (c <= 0x1F) {
            return QObject::tr("The name contains a %1 (U+%2) at position %3; characters "
                               "\\x00-\\x1F are not allowed.")
                .arg(controlName(c))
                .arg(c, 4, 16, QLatin1Char('0'))
                .arg(i + 1);
        }
    }
    return {};
}

QString validateTag(const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return QObject::tr("A tag must not be empty.");
    return {};
}

QStringList normaliseTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

QStringList parseTagList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    return normaliseTags(text.split(separators));
}

QString validatePropertyKey(const QString &key, const QStringList &otherKeys)
{
    if (key.isEmpty())
        return QObject::tr("A property name must not be empty.");
    if (otherKeys.contains(key))
        return QObject::tr("The property \"%1\" is listed twice.").arg(key);
    return {};
}

QJsonObject propertiesDiff(const QMap<QString, QString> &before,
                           const QMap<QString, QString> &after)
{
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd() || old.value() != it.value())
            out.insert(it.key(), it.value());
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            out.insert(it.key(), QJsonValue(QJsonValue::Null));
    }
    return out;
}

QMap<QString, QString> propertiesFromJson(const QJsonObject &properties)
{
    QMap<QString, QString> out;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString validatePhiChange(bool wasPhi, bool wantsPhi)
{
    if (wasPhi && !wantsPhi)
        return QObject::tr("A project marked as containing PHI cannot be unmarked.");
    return {};
}

QString phiProblem(const BillToOption &billTo, const RegionInfo &region)
{
    const PhiCheck check = BillToRules::checkPhi(billTo, region);
    if (check.ok())
        return {};
    return check.reason;
}

bool isExecutableId(const QString &id)
{
    static const QRegularExpression re(
        QStringLiteral("^(app|applet|workflow|globalworkflow)-[^\\s,]+$"));
    return re.match(id).hasMatch();
}

QJsonValue ExecutableList::toJson() const
{
    if (any)
        return QJsonValue(QJsonValue::Null);
    return QJsonArray::fromStringList(ids);
}

ExecutableList parseAllowedExecutables(const QString &text)
{
    ExecutableList out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        return out;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    out.any = false;
    for (const QString &id : trimmed.split(separators, Qt::SkipEmptyParts)) {
        if (!isExecutableId(id)) {
            out.error = QObject::tr("\"%1\" is not an executable ID (app-..., applet-..., "
                                    "workflow-... or globalworkflow-...); write \"any\" for no "
                                    "restriction.")
                            .arg(id);
            return out;
        }
        if (!out.ids.contains(id))
            out.ids << id;
    }
    return out;
}

QString formatAllowedExecutables(const std::optional<QStringList> &ids)
{
    if (!ids)
        return QStringLiteral("any");
    return ids->join(QStringLiteral(", "));
}

QJsonObject updateInput(const ProjectFields &base, const ProjectFields &edited, qint64 version)
{
    QJsonObject out;
    for (const QString &field : ProjectFields::updateFieldNames()) {
        const QJsonValue v = edited.value(field);
        if (v != base.value(field))
            out.insert(field, v);
    }
    if (version >= 0)
        out.insert(QStringLiteral("version"), version);
    return out;
}

QList<FieldChange> diff(const ProjectFields &base, const ProjectFields &edited)
{
    QList<FieldChange> out;
    for (const QString &field : ProjectFields::updateFieldNames()) {
        const QJsonValue o = base.value(field);
        const QJsonValue n = edited.value(field);
        if (o != n)
            out << FieldChange { field, o, n };
    }
    return out;
}

QList<ServerChange> serverChanges(const ProjectFields &base, const ProjectFields &server,
                                  const ProjectFields &edited)
{
    QList<ServerChange> out;
    for (const QString &field : ProjectFields::updateFieldNames()) {
        const QJsonValue b = base.value(field);
        const QJsonValue s = server.value(field);
        if (b != s)
            out << ServerChange { field, b, s, edited.value(field) != b };
    }
    return out;
}

ProjectFields rebase(const ProjectFields &base, const ProjectFields &server,
                     const ProjectFields &edited)
{
    ProjectFields out = server;
    for (const QString &field : ProjectFields::updateFieldNames()) {
        const QJsonValue mine = edited.value(field);
        if (mine != base.value(field))
            out.setValue(field, mine);
    }
    return out;
}

bool followDownloadRestricted(bool wasDownload, bool download, bool preview)
{
    return (download && !wasDownload) ? true : preview;
}

QString validateDownloadOrder(bool downloadRestricted, bool previewViewerRestricted)
{
    if (previewViewerRestricted && !downloadRestricted)
        return QObject::tr("Previews and viewers restricted can only be on while Download "
                           "restricted is on: clear it as well to allow downloads again.");
    return QString();
}

QString validateDownloadOrder(const QMap<QString, bool> &flags)
{
    const QString download = QStringLiteral("downloadRestricted");
    const QString preview = QStringLiteral("previewViewerRestricted");
    if (flags.value(preview) && flags.contains(download) && !flags.value(download))
        return validateDownloadOrder(false, true);
    if (flags.contains(download) && !flags.value(download) && !flags.contains(preview))
        return QObject::tr("downloadRestricted=false needs previewViewerRestricted=false in the "
                           "same change: the platform does not allow downloads again while "
                           "previews and viewers are restricted.");
    return QString();
}

QString validateDatabaseResultsRestricted(const std::optional<qint64> &limit)
{
    if (limit && *limit < 1)
        return QObject::tr("Database results limit must be a whole number of at least 1, or "
                           "no limit.");
    return QString();
}

} // namespace ProjectRules
