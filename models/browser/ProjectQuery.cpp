#include "models/browser/ProjectQuery.h"

#include "models/browser/ProjectRow.h"

#include <QJsonArray>
#include <QRegularExpression>

PropertyFilterParse parsePropertyFilter(const QString &text)
{
    PropertyFilterParse result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.error = QStringLiteral("A property filter needs a key: write key or key=value.");
        return result;
    }
    const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
    PropertyFilter filter;
    filter.key = (eq < 0 ? trimmed : trimmed.left(eq)).trimmed();
    if (filter.key.isEmpty()) {
        result.error = QStringLiteral("The property key before '=' must not be empty.");
        return result;
    }
    if (eq >= 0) {
        const QString value = trimmed.mid(eq + 1).trimmed();
        if (value.isEmpty()) {
            result.error = QStringLiteral("The value after '=' is empty: write just the key "
                                          "(%1) to match any value.")
                               .arg(filter.key);
            return result;
        }
        filter.value = value;
    }
    result.filter = filter;
    return result;
}

bool ProjectQuery::operator==(const ProjectQuery &o) const
{
    return name == o.name && nameMode == o.nameMode && minLevel == o.minLevel
        && regions == o.regions && billTo == o.billTo && tags == o.tags
        && properties == o.properties && containsPHI == o.containsPHI
        && externalUploadRestricted == o.externalUploadRestricted && createdAfter == o.createdAfter
        && createdBefore == o.createdBefore && org == o.org;
}

QString ProjectQuery::validate() const
{
    if ((nameMode == NameMode::Glob || nameMode == NameMode::Regexp) && name.isEmpty())
        return QStringLiteral("Type a name pattern, or choose \"contains\" to match any name.");
    if (nameMode == NameMode::Regexp) {
        // The server's regular expression dialect may differ in details; a pattern that does
        // not even parse here is certainly a typing error.
        const QRegularExpression re(name);
        if (!re.isValid())
            return QStringLiteral("The name pattern is not a valid regular expression: %1.")
                .arg(re.errorString());
    }
    QStringList keys;
    for (const PropertyFilter &p : properties) {
        if (p.key.isEmpty())
            return QStringLiteral("A property filter needs a key.");
        if (keys.contains(p.key))
            return QStringLiteral("The property %1 is filtered twice; keep one condition per key.")
                .arg(p.key);
        keys.append(p.key);
    }
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            return QStringLiteral("A tag filter must not be empty.");
    }
    if (createdAfter && createdBefore && *createdAfter > *createdBefore)
        return QStringLiteral("'Created after' must not be later than 'created before'.");
    return QString();
}

bool ProjectQuery::acceptsRow(const ProjectRow &row) const
{
    return !needsClientFilter() || regions.contains(row.region);
}

QStringList ProjectQuery::describeFields()
{
    return {
        QStringLiteral("name"),           QStringLiteral("region"),
        QStringLiteral("billTo"),         QStringLiteral("level"),
        QStringLiteral("created"),        QStringLiteral("modified"),
        QStringLiteral("dataUsage"),      QStringLiteral("storageCost"),
        QStringLiteral("tags"),           QStringLiteral("protected"),
        QStringLiteral("restricted"),     QStringLiteral("downloadRestricted"),
        QStringLiteral("containsPHI"),    QStringLiteral("pendingTransfer"),
        QStringLiteral("sponsoredUntil"),
    };
}

QString escapeRegexp(const QString &text)
{
    // Only the metacharacters: a dialect may not know escapes of letters or spaces.
    static const QString meta = QStringLiteral("\\^$.|?*+()[]{}");
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (meta.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QJsonObject toFindProjectsInput(const ProjectQuery &query)
{
    QJsonObject input;
    if (!query.name.isEmpty()) {
        switch (query.nameMode) {
        case ProjectQuery::NameMode::Contains:
            input.insert(QLatin1String("name"),
                         QJsonObject { { QLatin1String("regexp"), escapeRegexp(query.name) },
                                       { QLatin1String("flags"), QStringLiteral("i") } });
            break;
        case ProjectQuery::NameMode::Exact:
            input.insert(QLatin1String("name"), query.name);
            break;
        case ProjectQuery::NameMode::Glob:
            input.insert(QLatin1String("name"),
                         QJsonObject { { QLatin1String("glob"), query.name } });
            break;
        case ProjectQuery::NameMode::Regexp:
            input.insert(QLatin1String("name"),
                         QJsonObject { { QLatin1String("regexp"), query.name } });
            break;
        }
    }
    const bool own = query.org.isEmpty();
    if (own && query.minLevel != Level::None)
        input.insert(QLatin1String("level"), levelName(query.minLevel));
    if (query.regions.size() == 1)
        input.insert(QLatin1String("region"), query.regions.constFirst());
    if (own && !query.billTo.isEmpty())
        input.insert(QLatin1String("billTo"), query.billTo);
    if (!query.tags.isEmpty())
        input.insert(
            QLatin1String("tags"),
            QJsonObject { { QLatin1String("$and"), QJsonArray::fromStringList(query.tags) } });
    if (!query.properties.isEmpty()) {
        QJsonObject properties;
        for (const PropertyFilter &p : query.properties)
            properties.insert(p.key, p.value ? QJsonValue(*p.value) : QJsonValue(true));
        input.insert(QLatin1String("properties"), properties);
    }
    if (query.containsPHI)
        input.insert(QLatin1String("containsPHI"), *query.containsPHI);
    if (own && query.externalUploadRestricted)
        input.insert(QLatin1String("externalUploadRestricted"), *query.externalUploadRestricted);
    if (query.createdAfter || query.createdBefore) {
        QJsonObject created;
        if (query.createdAfter)
            created.insert(QLatin1String("after"), double(*query.createdAfter));
        if (query.createdBefore)
            created.insert(QLatin1String("before"), double(*query.createdBefore));
        input.insert(QLatin1String("created"), created);
    }
    QJsonObject fields;
    for (const QString &field : ProjectQuery::describeFields())
        fields.insert(field, true);
    input.insert(QLatin1String("describe"), QJsonObject { { QLatin1String("fields"), fields } });
    return input;
}

namespace {
QString nameModeKey(ProjectQuery::NameMode mode)
{
    switch (mode) {
    case ProjectQuery::NameMode::Glob:
        return QStringLiteral("glob");
    case ProjectQuery::NameMode::Regexp:
        return QStringLiteral("regexp");
    case ProjectQuery::NameMode::Exact:
        return QStringLiteral("exact");
    case ProjectQuery::NameMode::Contains:
        break;
    }
    return QStringLiteral("contains");
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

QJsonObject ProjectQuery::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("name"), name);
    json.insert(QLatin1String("nameMode"), nameModeKey(nameMode));
    json.insert(QLatin1String("minLevel"),
                minLevel == Level::None ? QString() : levelName(minLevel));
    json.insert(QLatin1String("regions"), QJsonArray::fromStringList(regions));
    json.insert(QLatin1String("billTo"), billTo);
    json.insert(QLatin1String("tags"), QJsonArray::fromStringList(tags));
    QJsonArray props;
    for (const PropertyFilter &p : properties) {
        QJsonObject item { { QLatin1String("key"), p.key } };
        if (p.value)
            item.insert(QLatin1String("value"), *p.value);
        props.append(item);
    }
    json.insert(QLatin1String("properties"), props);
    if (containsPHI)
        json.insert(QLatin1String("containsPHI"), *containsPHI);
    if (externalUploadRestricted)
        json.insert(QLatin1String("externalUploadRestricted"), *externalUploadRestricted);
    if (createdAfter)
        json.insert(QLatin1String("createdAfter"), double(*createdAfter));
    if (createdBefore)
        json.insert(QLatin1String("createdBefore"), double(*createdBefore));
    if (!org.isEmpty())
        json.insert(QLatin1String("org"), org);
    return json;
}

ProjectQuery ProjectQuery::fromJson(const QJsonObject &json)
{
    ProjectQuery q;
    q.name = json.value(QLatin1String("name")).toString();
    const QString mode = json.value(QLatin1String("nameMode")).toString();
    // A view saved before "contains" existed has no mode: it meant exact.
    q.nameMode = mode == QLatin1String("glob") ? NameMode::Glob
        : mode == QLatin1String("regexp")      ? NameMode::Regexp
        : mode == QLatin1String("contains")    ? NameMode::Contains
                                               : NameMode::Exact;
    if (json.contains(QLatin1String("minLevel")))
        q.minLevel = levelFromName(json.value(QLatin1String("minLevel")).toString());
    q.regions = toStringList(json.value(QLatin1String("regions")));
    q.billTo = json.value(QLatin1String("billTo")).toString();
    q.tags = toStringList(json.value(QLatin1String("tags")));
    for (const QJsonValue &item : json.value(QLatin1String("properties")).toArray()) {
        const QJsonObject o = item.toObject();
        PropertyFilter p;
        p.key = o.value(QLatin1String("key")).toString();
        if (o.value(QLatin1String("value")).isString())
            p.value = o.value(QLatin1String("value")).toString();
        if (!p.key.isEmpty())
            q.properties.append(p);
    }
    if (json.value(QLatin1String("containsPHI")).isBool())
        q.containsPHI = json.value(QLatin1String("containsPHI")).toBool();
    if (json.value(QLatin1String("externalUploadRestricted")).isBool())
        q.externalUploadRestricted = json.value(QLatin1String("externalUploadRestricted")).toBool();
    if (json.value(QLatin1String("createdAfter")).isDouble())
        q.createdAfter = qint64(json.value(QLatin1String("createdAfter")).toDouble());
    if (json.value(QLatin1String("createdBefore")).isDouble())
        q.createdBefore = qint64(json.value(QLatin1String("createdBefore")).toDouble());
    const QString org = json.value(QLatin1String("org")).toString();
    if (org.startsWith(QLatin1String("org-")))
        q.org = org;
    return q;
}
