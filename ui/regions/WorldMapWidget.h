#pragma once

#include "models/regions/BillToRules.h"
#include "ui/regions/MapPinLayout.h"
#include "ui/regions/WorldOutline.h"

#include <QPainterPath>
#include <QWidget>
#include <memory>

// A world map with a pin per region: permitted regions can be chosen (mouse, arrow keys/Tab
// then Enter/Space), the others are grey with their reason in a tooltip. With
// setSelectable(false) it only shows (the Overview's small map of a project's region).
class WorldMapWidget : public QWidget
{
    Q_OBJECT
public:
    // `outline` may be shared between maps; when null the map loads the embedded one.
    explicit WorldMapWidget(std::shared_ptr<const WorldOutline> outline = {},
                            QWidget *parent = nullptr);

    void setRegions(const QList<RegionChoice> &regions);
    const QList<RegionChoice> &regions() const { return m_regions; }

    // Read-only with one pin, selected: where an existing project lives. False, and no pin, for
    // a region without a known location.
    bool showRegion(const RegionInfo &region);

    void setSelectable(bool selectable);
    bool isSelectable() const { return m_selectable; }

    QString currentRegion() const { return m_current; }
    // Selects a permitted region (or clears with an empty string); false if not permitted.
    bool setCurrentRegion(const QString &region);

    QString focusedRegion() const; // the keyboard cursor
    QPointF pinPosition(const QString &region) const; // where the pin is drawn; for tests
    QString regionAt(const QPointF &pos) const;

    QSize sizeHint() const override { return { 640, 320 }; }
    QSize minimumSizeHint() const override { return { 240, 120 }; }
    // By default the map asks for the height its width needs (half of it). A map that shares a
    // column with other tall content takes the room left instead, and is letterboxed in it.
    void setHeightFollowsWidth(bool follows);
    bool hasHeightForWidth() const override { return m_heightFollowsWidth; }
    int heightForWidth(int w) const override { return w / 2; }

Q_SIGNALS:
    void currentRegionChanged(const QString &region);
    // The user chose a region on the map (click, Enter or Space).
    void regionActivated(const QString &region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    int pinAt(const QPointF &pos) const;
    int pinOf(const QString &region) const;
    bool pinEnabled(int pin) const;
    QVector<int> tabOrder() const; // enabled pins, west to east
    int neighbour(int from, int dx, int dy) const;
    void setFocusPin(int pin);
    void activate(int pin);
    void updateAccessibleDescription();
    QString pinLabel(int pin) const;

    std::shared_ptr<const WorldOutline> m_outline;
    QList<RegionChoice> m_regions;
    QVector<MapPin> m_pins;
    QPainterPath m_land; // the outline projected for the current size
    QRectF m_mapRect;
    double m_radius = 7;
    QString m_current;
    int m_hover = -1;
    int m_focusPin = -1;
    bool m_selectable = true;
    bool m_heightFollowsWidth = true;
};
