#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

// The land outline that WorldMapWidget draws: rings of (longitude, latitude) points, made by
// scripts/make-world-outline.sh from GSHHG and embedded as ":/data/world-outline.json".
// Immutable once loaded, so several maps can share one through a shared_ptr.
class WorldOutline
{
public:
    static QString resourcePath() { return QStringLiteral(":/data/world-outline.json"); }

    // Parses the file; on failure the outline is empty and *error says why.
    static WorldOutline load(const QString &path, QString *error = nullptr);
    static WorldOutline fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<QPolygonF> &rings() const { return m_rings; }
    bool isEmpty() const { return m_rings.isEmpty(); }
    int pointCount() const;

private:
    QList<QPolygonF> m_rings; // x = longitude, y = latitude, degrees
};
