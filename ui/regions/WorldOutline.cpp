#include "ui/regions/WorldOutline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

WorldOutline WorldOutline::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return fromJson(file.readAll(), error);
}

WorldOutline WorldOutline::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue polygons = doc.object().value(QLatin1String("polygons"));
    if (parseError.error != QJsonParseError::NoError || !polygons.isArray()) {
        if (error)
            *error = QStringLiteral("Not a world outline: %1").arg(parseError.errorString());
        return {};
    }
    WorldOutline outline;
    const QJsonArray rings = polygons.toArray();
    outline.m_rings.reserve(rings.size());
    for (const QJsonValue &ringValue : rings) {
        // Each ring is a flat array [lon, lat, lon, lat, ...]; it is closed by the painter.
        const QJsonArray flat = ringValue.toArray();
        QPolygonF ring;
        ring.reserve(flat.size() / 2);
        for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
            ring << QPointF(flat.at(i).toDouble(), flat.at(i + 1).toDouble());
        if (ring.size() >= 3)
            outline.m_rings << ring;
    }
    return outline;
}

int WorldOutline::pointCount() const
{
    int n = 0;
    for (const QPolygonF &ring : m_rings)
        n += int(ring.size());
    return n;
}
