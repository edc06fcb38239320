#include "ui/regions/MapPinLayout.h"

#include <QtMath>
#include <algorithm>
#include <numeric>

namespace MapPinLayout {

QRectF mapRect(const QRectF &area)
{
    const double aspect = 360.0 / (northLatitude - southLatitude);
    double w = area.width();
    double h = w / aspect;
    if (h > area.height()) {
        h = area.height();
        w = h * aspect;
    }
    return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h);
}

QPointF project(const QRectF &r, double longitude, double latitude)
{
    return QPointF(r.left() + (longitude + 180.0) / 360.0 * r.width(),
                   r.top()
                       + (northLatitude - latitude) / (northLatitude - southLatitude) * r.height());
}

namespace {

int findRoot(QVector<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

QPointF unit(const QPointF &v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 1e-9 ? v / len : QPointF(1, 0);
}

// Places the n members of a cluster evenly on a circle around their centre, each as close as
// the others allow to the direction of its own city, so that leader lines do not cross.
void fanOut(QVector<MapPin> &pins, const QVector<int> &members, double markerRadius)
{
    QPointF centre;
    for (int i : members)
        centre += pins[i].anchor;
    centre /= members.size();

    const int n = int(members.size());
    const double spacing = 3.2 * markerRadius;
    const double radius = std::max(spacing / (2 * std::sin(M_PI / n)), 3.2 * markerRadius);

    QVector<int> order = members;
    const auto angleOf = [&](int i) {
        const QPointF d = pins[i].anchor - centre;
        return std::hypot(d.x(), d.y()) < 0.5 ? M_PI : std::atan2(d.y(), d.x());
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return angleOf(a) < angleOf(b); });

    // Try each rotation that puts one member exactly on its own direction; keep the one that
    // moves the pins least.
    double bestStart = angleOf(order.first());
    double bestCost = std::numeric_limits<double>::max();
    for (int k = 0; k < n; ++k) {
        const double start = angleOf(order[k]) - k * 2 * M_PI / n;
        double cost = 0;
        for (int j = 0; j < n; ++j) {
            const double a = start + j * 2 * M_PI / n;
            const double diff = std::remainder(a - angleOf(order[j]), 2 * M_PI);
            cost += diff * diff;
        }
        if (cost < bestCost) {
            bestCost = cost;
            bestStart = start;
        }
    }
    for (int j = 0; j < n; ++j) {
        const double a = bestStart + j * 2 * M_PI / n;
        const QPointF dir(std::cos(a), std::sin(a));
        pins[order[j]].marker = centre + dir * radius;
        pins[order[j]].outward = dir;
    }
}

} // namespace

QVector<MapPin> layout(const QList<RegionChoice> &regions, const QRectF &r, double markerRadius)
{
    QVector<MapPin> pins;
    QVector<int> onMap;
    int offMapCount = 0;
    for (int i = 0; i < regions.size(); ++i) {
        const RegionInfo &info = regions.at(i).info;
        MapPin pin;
        pin.choice = i;
        pin.onMap = info.hasLocation;
        if (pin.onMap) {
            pin.anchor = pin.marker = project(r, info.longitude, info.latitude);
            onMap << int(pins.size());
        } else {
            // A row in the far south, left to right, labelled by the picker with the id.
            const double step = std::max(9 * markerRadius, r.width() / 7);
            pin.anchor = pin.marker = QPointF(r.left() + 2 * markerRadius + offMapCount * step,
                                              r.bottom() - 2 * markerRadius);
            pin.outward = QPointF(1, 0);
            ++offMapCount;
        }
        pins << pin;
    }

    // Pins closer than their size join one cluster (transitively).
    QVector<int> parent(pins.size());
    std::iota(parent.begin(), parent.end(), 0);
    const double near = 2.6 * markerRadius;
    for (int a = 0; a < onMap.size(); ++a) {
        for (int b = a + 1; b < onMap.size(); ++b) {
            const QPointF d = pins[onMap[a]].anchor - pins[onMap[b]].anchor;
            if (std::hypot(d.x(), d.y()) < near)
                parent[findRoot(parent, onMap[a])] = findRoot(parent, onMap[b]);
        }
    }
    for (int i : onMap) {
        QVector<int> members;
        for (int j : onMap) {
            if (findRoot(parent, j) == findRoot(parent, i))
                members << j;
        }
        if (members.first() != i)
            continue; // handled with its cluster's first member
        if (members.size() == 1)
            pins[i].outward = QPointF(1, 0);
        else
            fanOut(pins, members, markerRadius);
    }
    for (MapPin &pin : pins)
        pin.outward = unit(pin.outward);
    return pins;
}

} // namespace MapPinLayout
