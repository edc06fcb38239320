#include "ui/regions/WorldMapPainter.h"

#include <QPainter>
#include <numeric>

namespace {

const QColor ocean(0xd6, 0xe6, 0xf2);
const QColor land(0xf7, 0xf4, 0xec);
const QColor coast(0x9c, 0x93, 0x80);
const QColor disabledFill(0xcf, 0xcf, 0xcf);
const QColor disabledEdge(0x86, 0x86, 0x86);
const QColor ink(0x26, 0x2b, 0x33);

QColor cloudColor(const QString &cloud)
{
    if (cloud == QLatin1String("AWS"))
        return QColor(0xe3, 0x7a, 0x00);
    if (cloud == QLatin1String("Azure"))
        return QColor(0x11, 0x6c, 0xd0);
    return QColor(0x6a, 0x4f, 0xb3);
}

} // namespace

WorldMapPainter::WorldMapPainter(const State &state)
    : s(state)
{ }

QString WorldMapPainter::pinLabel(const RegionInfo &info)
{
    return info.label();
}

const RegionChoice &WorldMapPainter::choice(int pin) const
{
    return s.regions->at(s.pins->at(pin).choice);
}

void WorldMapPainter::paint(QPainter &p) const
{
    p.setRenderHint(QPainter::Antialiasing);
    paintBackground(p);

    // Leader lines from fanned-out pins to their city.
    for (const MapPin &pin : *s.pins) {
        if (!pin.onMap || pin.anchor == pin.marker)
            continue;
        p.setPen(QPen(QColor(0x55, 0x5b, 0x66), 1));
        p.drawLine(pin.anchor, pin.marker);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(pin.anchor, 2.2, 2.2);
    }

    // Greyed pins under the permitted ones; the hovered and the selected on top.
    QVector<int> order(s.pins->size());
    std::iota(order.begin(), order.end(), 0);
    const auto rank = [this](int i) {
        return (i == s.current ? 4 : 0) + (i == s.hover ? 2 : 0) + (choice(i).enabled ? 1 : 0);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return rank(a) < rank(b); });
    for (int i : std::as_const(order))
        paintPin(p, i);

    for (int i = 0; i < s.pins->size(); ++i) {
        if (!s.pins->at(i).onMap && i != s.current && i != s.hover)
            paintLabel(p, i, false); // regions off the map need their name to mean anything
    }
    if (s.hasFocus && s.focus >= 0 && s.focus != s.current && s.focus != s.hover)
        paintLabel(p, s.focus, false);
    if (s.hover >= 0 && s.hover != s.current)
        paintLabel(p, s.hover, false);
    if (s.current >= 0)
        paintLabel(p, s.current, true);

    paintLegend(p);

    // The map itself shows that it has the keyboard, whichever pin the cursor is on.
    if (s.hasFocus) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(s.focusColor, 2));
        p.drawRoundedRect(s.mapRect.adjusted(1, 1, -1, -1), 4, 4);
    }
}

void WorldMapPainter::paintBackground(QPainter &p) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(ocean);
    p.drawRoundedRect(s.mapRect, 4, 4);

    // A faint graticule every 30 degrees helps the eye place the pins.
    p.setPen(QPen(QColor(255, 255, 255, 150), 1));
    for (int lon = -150; lon < 180; lon += 30) {
        const double x = MapPinLayout::project(s.mapRect, lon, 0).x();
        p.drawLine(QPointF(x, s.mapRect.top()), QPointF(x, s.mapRect.bottom()));
    }
    for (int lat = -30; lat <= 60; lat += 30) {
        const double y = MapPinLayout::project(s.mapRect, 0, lat).y();
        p.drawLine(QPointF(s.mapRect.left(), y), QPointF(s.mapRect.right(), y));
    }

    p.save();
    p.setClipRect(s.mapRect);
    p.setPen(QPen(coast, 0.8));
    p.setBrush(land);
    p.drawPath(*s.land);
    p.restore();
}

void WorldMapPainter::paintPin(QPainter &p, int i) const
{
    const MapPin &pin = s.pins->at(i);
    const RegionChoice &c = choice(i);
    const bool selected = i == s.current;
    const bool hovered = i == s.hover && (c.enabled || !s.selectable);
    double r = s.radius + (selected ? 3 : hovered ? 2 : 0);

    if (hovered || selected) {
        QColor halo = c.enabled ? cloudColor(c.info.cloud) : disabledEdge;
        halo.setAlpha(70);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawEllipse(pin.marker, r + 5, r + 5);
    }
    if (c.enabled) {
        p.setPen(QPen(selected ? ink : QColor(Qt::white), selected ? 2.2 : 1.6));
        p.setBrush(cloudColor(c.info.cloud));
    } else {
        r -= 1;
        p.setPen(QPen(disabledEdge, 1.2));
        p.setBrush(disabledFill);
    }
    p.drawEllipse(pin.marker, r, r);
    if (selected) {
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(pin.marker, r / 2.6, r / 2.6);
    }
    if (i == s.focus && s.hasFocus) {
        p.setPen(QPen(s.focusColor, 1.6, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(pin.marker, r + 5, r + 5);
    }
}

// The first place around the pin that covers no pin, its own included: a label must never
// hide a region.
QRectF WorldMapPainter::labelBox(int i, const QSizeF &size) const
{
    const MapPin &pin = s.pins->at(i);
    const double gap = s.radius + 8;
    const QPointF m = pin.marker;
    const double h = size.height();
    const QRectF right(QPointF(m.x() + gap, m.y() - h / 2), size);
    const QRectF left(QPointF(m.x() - gap - size.width(), m.y() - h / 2), size);
    const QRectF above(QPointF(m.x() - size.width() / 2, m.y() - gap - h), size);
    const QRectF below(QPointF(m.x() - size.width() / 2, m.y() + gap), size);
    QList<QRectF> candidates = pin.outward.x() >= 0 ? QList<QRectF> { right, left, above, below }
                                                    : QList<QRectF> { left, right, above, below };
    if (std::abs(pin.outward.y()) > 0.8) // fanned straight up or down: the label goes that way
        candidates.prepend(pin.outward.y() < 0 ? above : below);

    QRectF box;
    int fewest = std::numeric_limits<int>::max();
    const double reach = s.radius + 4;
    for (QRectF candidate : std::as_const(candidates)) {
        candidate.moveLeft(
            std::clamp(candidate.left(), s.bounds.left(), s.bounds.right() - candidate.width()));
        candidate.moveTop(
            std::clamp(candidate.top(), s.bounds.top(), s.bounds.bottom() - candidate.height()));
        int covered = 0;
        for (const MapPin &other : *s.pins) {
            if (candidate.adjusted(-reach, -reach, reach, reach).contains(other.marker))
                ++covered;
        }
        if (covered < fewest) {
            fewest = covered;
            box = candidate;
        }
        if (covered == 0)
            break;
    }
    return box;
}

void WorldMapPainter::paintLabel(QPainter &p, int i, bool strong) const
{
    const RegionChoice &c = choice(i);
    QFont f = s.font;
    f.setBold(strong);
    p.setFont(f);
    const QString text = pinLabel(c.info);
    const QFontMetricsF fm(f);
    const QRectF box = labelBox(i, QSizeF(fm.horizontalAdvance(text) + 10, fm.height() + 4));

    p.setPen(QPen(c.enabled ? (strong ? ink : coast) : disabledEdge, strong ? 1.2 : 0.8));
    p.setBrush(QColor(255, 255, 255, strong ? 245 : 225));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(c.enabled ? ink : QColor(0x60, 0x60, 0x60));
    p.drawText(box, Qt::AlignCenter, text);
}

void WorldMapPainter::paintLegend(QPainter &p) const
{
    if (s.mapRect.width() < 360)
        return; // the Overview's small map has no room for it
    QFont f = s.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const QList<QPair<QString, QColor>> items = {
        { QStringLiteral("AWS"), cloudColor(QStringLiteral("AWS")) },
        { QStringLiteral("Azure"), cloudColor(QStringLiteral("Azure")) },
        { QObject::tr("not permitted"), disabledFill },
    };
    double width = 8;
    for (const auto &item : items)
        width += fm.horizontalAdvance(item.first) + 26;
    const QRectF box(s.mapRect.right() - width - 6, s.mapRect.bottom() - fm.height() - 12, width,
                     fm.height() + 6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(box, 3, 3);
    double x = box.left() + 8;
    for (const auto &item : items) {
        p.setPen(QPen(item.second == disabledFill ? disabledEdge : QColor(Qt::white), 1));
        p.setBrush(item.second);
        p.drawEllipse(QPointF(x + 5, box.center().y()), 5, 5);
        p.setPen(ink);
        p.drawText(QRectF(x + 14, box.top(), 200, box.height()), Qt::AlignVCenter, item.first);
        x += fm.horizontalAdvance(item.first) + 26;
    }
}
