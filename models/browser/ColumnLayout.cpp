#include "models/browser/ColumnLayout.h"

#include "models/browser/ProjectColumns.h"

#include <QJsonArray>
#include <QSet>

ColumnLayout ColumnLayout::defaults()
{
    ColumnLayout layout;
    const QList<int> visible = ProjectColumns::defaultVisible();
    for (int c : visible)
        layout.columns.append({ ProjectColumns::key(c), 0, true });
    for (int c = 0; c < ProjectColumns::Count; ++c) {
        if (!visible.contains(c))
            layout.columns.append({ ProjectColumns::key(c), 0, false });
    }
    return layout;
}

QJsonObject ColumnLayout::toJson() const
{
    QJsonArray array;
    for (const Column &c : columns) {
        array.append(QJsonObject {
            { QLatin1String("key"), c.key },
            { QLatin1String("width"), c.width },
            { QLatin1String("visible"), c.visible },
        });
    }
    return QJsonObject {
        { QLatin1String("columns"), array },
        { QLatin1String("sortColumn"), sortColumn },
        { QLatin1String("sortDescending"), sortDescending },
    };
}

ColumnLayout ColumnLayout::fromJson(const QJsonObject &json)
{
    ColumnLayout layout;
    QSet<QString> seen;
    for (const QJsonValue &value : json.value(QLatin1String("columns")).toArray()) {
        const QJsonObject o = value.toObject();
        Column c;
        c.key = o.value(QLatin1String("key")).toString();
        if (ProjectColumns::fromKey(c.key) < 0 || seen.contains(c.key))
            continue;
        c.width = qMax(0, o.value(QLatin1String("width")).toInt());
        c.visible = o.value(QLatin1String("visible")).toBool(true);
        seen.insert(c.key);
        layout.columns.append(c);
    }
    if (layout.columns.isEmpty())
        return defaults();
    for (int c = 0; c < ProjectColumns::Count; ++c) {
        if (!seen.contains(ProjectColumns::key(c)))
            layout.columns.append({ ProjectColumns::key(c), 0, false });
    }
    const QString sort = json.value(QLatin1String("sortColumn")).toString();
    layout.sortColumn = ProjectColumns::fromKey(sort) >= 0 ? sort : QString();
    layout.sortDescending = json.value(QLatin1String("sortDescending")).toBool();
    return layout;
}
