#include "ui/regions/WorldMapWidget.h"

#include "ui/regions/WorldMapPainter.h"

#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {
Q_LOGGING_CATEGORY(lcWorldMap, "dxc.ui.worldmap")
}

WorldMapWidget::WorldMapWidget(std::shared_ptr<const WorldOutline> outline, QWidget *parent)
    : QWidget(parent)
    , m_outline(std::move(outline))
{
    if (!m_outline) {
        QString error;
        m_outline = std::make_shared<const WorldOutline>(
            WorldOutline::load(WorldOutline::resourcePath(), &error));
        if (m_outline->isEmpty())
            qCWarning(lcWorldMap) << "no world outline:" << error;
    }
    setObjectName(QStringLiteral("worldMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("World map of regions"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WorldMapWidget::setHeightFollowsWidth(bool follows)
{
    m_heightFollowsWidth = follows;
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(follows);
    setSizePolicy(policy);
    updateGeometry();
}

void WorldMapWidget::setRegions(const QList<RegionChoice> &regions)
{
    m_regions = regions;
    m_hover = -1;
    relayout();
    if (pinOf(m_current) < 0 || !pinEnabled(pinOf(m_current)))
        setCurrentRegion(QString());
    m_focusPin = pinOf(m_current);
    updateAccessibleDescription();
    update();
}

bool WorldMapWidget::showRegion(const RegionInfo &region)
{
    setSelectable(false);
    if (!region.hasLocation) {
        setRegions({});
        return false;
    }
    RegionChoice choice;
    choice.info = region;
    choice.enabled = true;
    setRegions({ choice });
    setCurrentRegion(region.id);
    return true;
}

void WorldMapWidget::setSelectable(bool selectable)
{
    m_selectable = selectable;
    setFocusPolicy(selectable ? Qt::StrongFocus : Qt::NoFocus);
    update();
}

bool WorldMapWidget::setCurrentRegion(const QString &region)
{
    const int pin = pinOf(region);
    if (!region.isEmpty() && !pinEnabled(pin))
        return false;
    if (region != m_current) {
        m_current = region;
        if (pin >= 0)
            m_focusPin = pin;
        updateAccessibleDescription();
        update();
        Q_EMIT currentRegionChanged(m_current);
    }
    return true;
}

QString WorldMapWidget::focusedRegion() const
{
    return m_focusPin >= 0 ? m_regions.at(m_pins.at(m_focusPin).choice).info.id : QString();
}

QPointF WorldMapWidget::pinPosition(const QString &region) const
{
    const int pin = pinOf(region);
    return pin >= 0 ? m_pins.at(pin).marker : QPointF(-1, -1);
}

QString WorldMapWidget::regionAt(const QPointF &pos) const
{
    const int pin = pinAt(pos);
    return pin >= 0 ? m_regions.at(m_pins.at(pin).choice).info.id : QString();
}

void WorldMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WorldMapWidget::relayout()
{
    m_mapRect = MapPinLayout::mapRect(QRectF(rect()).adjusted(2, 2, -2, -2));
    m_radius = std::clamp(m_mapRect.width() / 90.0, 4.0, 8.0);
    m_pins = MapPinLayout::layout(m_regions, m_mapRect, m_radius);

    // Project the outline once per size rather than on every paint.
    m_land = QPainterPath();
    m_land.setFillRule(Qt::WindingFill);
    for (const QPolygonF &ring : m_outline->rings()) {
        QPolygonF projected;
        projected.reserve(ring.size() + 1);
        for (const QPointF &p : ring)
            projected << MapPinLayout::project(m_mapRect, p.x(), p.y());
        projected << projected.first();
        m_land.addPolygon(projected);
    }
}

int WorldMapWidget::pinOf(const QString &region) const
{
    if (region.isEmpty())
        return -1;
    for (int i = 0; i < m_pins.size(); ++i) {
        if (m_regions.at(m_pins.at(i).choice).info.id == region)
            return i;
    }
    return -1;
}

bool WorldMapWidget::pinEnabled(int pin) const
{
    return pin >= 0 && m_regions.at(m_pins.at(pin).choice).enabled;
}

int WorldMapWidget::pinAt(const QPointF &pos) const
{
    int best = -1;
    double bestDistance = m_radius + 4;
    for (int i = 0; i < m_pins.size(); ++i) {
        const QPointF d = m_pins.at(i).marker - pos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QVector<int> WorldMapWidget::tabOrder() const
{
    QVector<int> order;
    for (int i = 0; i < m_pins.size(); ++i) {
        if (pinEnabled(i))
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const QPointF pa = m_pins.at(a).marker, pb = m_pins.at(b).marker;
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    return order;
}

// The nearest permitted pin in a direction; the far side of the map when there is none.
int WorldMapWidget::neighbour(int from, int dx, int dy) const
{
    const QVector<int> order = tabOrder();
    if (order.isEmpty())
        return -1;
    if (from < 0)
        return order.first();
    const QPointF origin = m_pins.at(from).marker;
    int best = -1;
    double bestCost = 0;
    for (int i : order) {
        const QPointF d = m_pins.at(i).marker - origin;
        const double along = d.x() * dx + d.y() * dy;
        const double across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        if (i == from || along <= 0.5)
            continue;
        const double cost = along + 2 * across;
        if (best < 0 || cost < bestCost) {
            best = i;
            bestCost = cost;
        }
    }
    if (best >= 0)
        return best;
    // Wrap around: the pin furthest in the opposite direction.
    for (int i : order) {
        const QPointF d = m_pins.at(i).marker - origin;
        const double along = -(d.x() * dx + d.y() * dy);
        if (best < 0 || along > bestCost) {
            best = i;
            bestCost = along;
        }
    }
    return best;
}

void WorldMapWidget::setFocusPin(int pin)
{
    if (pin == m_focusPin)
        return;
    m_focusPin = pin;
    updateAccessibleDescription();
    update();
}

void WorldMapWidget::activate(int pin)
{
    if (!m_selectable || !pinEnabled(pin))
        return;
    const QString region = m_regions.at(m_pins.at(pin).choice).info.id;
    m_focusPin = pin;
    setCurrentRegion(region);
    Q_EMIT regionActivated(region);
}

QString WorldMapWidget::pinLabel(int pin) const
{
    return WorldMapPainter::pinLabel(m_regions.at(m_pins.at(pin).choice).info);
}

void WorldMapWidget::updateAccessibleDescription()
{
    QStringList permitted, others;
    for (const RegionChoice &c : std::as_const(m_regions))
        (c.enabled ? permitted : others) << c.info.displayName;
    QString text;
    if (!m_current.isEmpty())
        text += tr("Selected: %1. ")
                    .arg(m_regions.value(m_pins.value(pinOf(m_current)).choice).info.displayName);
    if (m_focusPin >= 0 && focusedRegion() != m_current)
        text += tr("Focused: %1. ").arg(pinLabel(m_focusPin));
    text += tr("Permitted: %1.")
                .arg(permitted.isEmpty() ? tr("none") : permitted.join(QStringLiteral(", ")));
    if (!others.isEmpty())
        text += QLatin1Char(' ') + tr("Not permitted: %1.").arg(others.join(QStringLiteral(", ")));
    setAccessibleDescription(text);
}

void WorldMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int pin = pinAt(event->position());
    if (pin != m_hover) {
        m_hover = pin;
        setCursor(m_selectable && pinEnabled(pin) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void WorldMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        activate(pinAt(event->position()));
    QWidget::mousePressEvent(event);
}

void WorldMapWidget::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void WorldMapWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_selectable) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setFocusPin(neighbour(m_focusPin, -1, 0));
        break;
    case Qt::Key_Right:
        setFocusPin(neighbour(m_focusPin, 1, 0));
        break;
    case Qt::Key_Up:
        setFocusPin(neighbour(m_focusPin, 0, -1));
        break;
    case Qt::Key_Down:
        setFocusPin(neighbour(m_focusPin, 0, 1));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (pinEnabled(m_focusPin)) {
            activate(m_focusPin);
            break;
        }
        QWidget::keyPressEvent(event); // let a dialog's default button have Enter
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WorldMapWidget::focusInEvent(QFocusEvent *event)
{
    // Tabbing in starts at one end so that Tab walks every permitted pin before leaving;
    // other ways in (a click, a shortcut) keep the cursor on the selected region.
    const QVector<int> order = tabOrder();
    if (!order.isEmpty()) {
        if (event->reason() == Qt::TabFocusReason)
            m_focusPin = order.first();
        else if (event->reason() == Qt::BacktabFocusReason)
            m_focusPin = order.last();
        else if (!pinEnabled(m_focusPin))
            m_focusPin = order.first();
    }
    updateAccessibleDescription();
    update();
    QWidget::focusInEvent(event);
}

void WorldMapWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

// Tab walks the permitted pins west to east before leaving the map.
bool WorldMapWidget::focusNextPrevChild(bool next)
{
    if (hasFocus() && m_selectable) {
        const QVector<int> order = tabOrder();
        const int at = int(order.indexOf(m_focusPin));
        const int to = at < 0 ? -1 : at + (next ? 1 : -1);
        if (to >= 0 && to < order.size()) {
            setFocusPin(order.at(to));
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

bool WorldMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pin = pinAt(help->pos());
        if (pin < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const RegionChoice &c = m_regions.at(m_pins.at(pin).choice);
        QString tip = c.info.displayName;
        if (c.info.known)
            tip += QStringLiteral("\n%1 · %2, %3").arg(c.info.id, c.info.cloud, c.info.city);
        if (!c.enabled)
            tip += QLatin1Char('\n') + c.reason;
        else if (c.isDefault)
            tip += QLatin1Char('\n') + tr("Default region");
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void WorldMapWidget::paintEvent(QPaintEvent *)
{
    WorldMapPainter::State state;
    state.regions = &m_regions;
    state.pins = &m_pins;
    state.land = &m_land;
    state.mapRect = m_mapRect;
    state.bounds = QRectF(rect()).adjusted(2, 2, -2, -2);
    state.radius = m_radius;
    state.current = pinOf(m_current);
    state.hover = m_hover;
    state.focus = m_focusPin;
    state.hasFocus = hasFocus();
    state.selectable = m_selectable;
    state.font = font();
    state.focusColor = palette().color(QPalette::Highlight);
    QPainter p(this);
    WorldMapPainter(state).paint(p);
}
