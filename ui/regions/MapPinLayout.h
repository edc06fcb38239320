#pragma once

#include "models/regions/BillToRules.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QVector>

// Where the map and its pins go in a widget: an equirectangular projection of the latitudes
// that hold land people live on, and pins that fan out around their city when several regions
// sit in one place (London has three, and Amsterdam and Frankfurt are a few pixels away).
struct MapPin
{
    int choice = -1; // index into the regions given to layout()
    QPointF anchor; // the city, projected; for regions without a location, == marker
    QPointF marker; // where the pin is drawn
    QPointF outward; // unit vector away from the cluster's centre: where the label goes
    bool onMap = false;
};

namespace MapPinLayout {

constexpr double northLatitude = 84.0;
constexpr double southLatitude = -58.0;

// The largest rectangle of the map's aspect ratio centred in `area`.
QRectF mapRect(const QRectF &area);
QPointF project(const QRectF &mapRect, double longitude, double latitude);

// One pin per region. Regions without a location go in a row along the bottom of the map.
QVector<MapPin> layout(const QList<RegionChoice> &regions, const QRectF &mapRect,
                       double markerRadius);

} // namespace MapPinLayout
