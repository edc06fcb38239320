#include "models/browser/SavedViews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

SavedViews::SavedViews(QSettings *settings, const QString &profileId)
    : m_settings(settings)
    , m_profileId(profileId)
{ }

QString SavedViews::key(const char *what) const
{
    return QStringLiteral("projectBrowser/") + m_profileId + QLatin1Char('/') + QLatin1String(what);
}

QList<SavedView> SavedViews::views() const
{
    return fromJson(m_settings->value(key("views")).toByteArray());
}

QStringList SavedViews::names() const
{
    QStringList list;
    for (const SavedView &v : views())
        list.append(v.name);
    return list;
}

std::optional<SavedView> SavedViews::view(const QString &name) const
{
    for (const SavedView &v : views()) {
        if (v.name == name)
            return v;
    }
    return std::nullopt;
}

bool SavedViews::save(const SavedView &view)
{
    SavedView named = view;
    named.name = view.name.trimmed();
    if (named.name.isEmpty())
        return false;
    QList<SavedView> list = views();
    bool replaced = false;
    for (SavedView &v : list) {
        if (v.name == named.name) {
            v = named;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(named);
    store(list);
    return true;
}

bool SavedViews::remove(const QString &name)
{
    QList<SavedView> list = views();
    const auto removed = list.removeIf([&](const SavedView &v) { return v.name == name; });
    if (removed == 0)
        return false;
    store(list);
    return true;
}

ColumnLayout SavedViews::currentLayout() const
{
    const QByteArray text = m_settings->value(key("layout")).toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    return doc.isObject() ? ColumnLayout::fromJson(doc.object()) : ColumnLayout::defaults();
}

void SavedViews::setCurrentLayout(const ColumnLayout &layout)
{
    m_settings->setValue(
        key("layout"),
        QString::fromUtf8(QJsonDocument(layout.toJson()).toJson(QJsonDocument::Compact)));
}

void SavedViews::store(const QList<SavedView> &views)
{
    m_settings->setValue(key("views"), QString::fromUtf8(toJson(views)));
}

QByteArray SavedViews::toJson(const QList<SavedView> &views)
{
    QJsonArray array;
    for (const SavedView &v : views) {
        array.append(QJsonObject {
            { QLatin1String("name"), v.name },
            { QLatin1String("query"), v.query.toJson() },
            { QLatin1String("layout"), v.layout.toJson() },
        });
    }
    return QJsonDocument(
               QJsonObject { { QLatin1String("version"), 1 }, { QLatin1String("views"), array } })
        .toJson(QJsonDocument::Compact);
}

QList<SavedView> SavedViews::fromJson(const QByteArray &json, QString *error)
{
    QList<SavedView> list;
    if (json.isEmpty())
        return list;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("The saved views are not valid JSON: %1.")
                      .arg(parseError.errorString())
                : QStringLiteral("The saved views are not a JSON object.");
        return list;
    }
    for (const QJsonValue &value : doc.object().value(QLatin1String("views")).toArray()) {
        const QJsonObject o = value.toObject();
        SavedView v;
        v.name = o.value(QLatin1String("name")).toString().trimmed();
        if (v.name.isEmpty())
            continue;
        v.query = ProjectQuery::fromJson(o.value(QLatin1String("query")).toObject());
        v.layout = ColumnLayout::fromJson(o.value(QLatin1String("layout")).toObject());
        list.append(v);
    }
    return list;
}
