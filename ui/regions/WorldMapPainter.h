#pragma once

#include "models/regions/BillToRules.h"
#include "ui/regions/MapPinLayout.h"

#include <QFont>
#include <QPainterPath>
#include <QPalette>
#include <QVector>

class QPainter;

// Draws what WorldMapWidget shows; kept apart from the widget's input handling. Everything it
// needs is in the state it is given, so it paints the same for a widget and for an image.
class WorldMapPainter
{
public:
    struct State
    {
        const QList<RegionChoice> *regions = nullptr;
        const QVector<MapPin> *pins = nullptr;
        const QPainterPath *land = nullptr; // already projected into mapRect
        QRectF mapRect;
        QRectF bounds; // where labels may go
        double radius = 7;
        int current = -1; // pin indices; -1 for none
        int hover = -1;
        int focus = -1; // the keyboard cursor, drawn only when hasFocus
        bool hasFocus = false;
        bool selectable = true;
        QFont font;
        QColor focusColor;
    };

    explicit WorldMapPainter(const State &state);
    void paint(QPainter &p) const;

    // "AWS US (East) · N. Virginia"; an unknown region's id as it is.
    static QString pinLabel(const RegionInfo &info);

private:
    const RegionChoice &choice(int pin) const;
    void paintBackground(QPainter &p) const;
    void paintPin(QPainter &p, int pin) const;
    void paintLabel(QPainter &p, int pin, bool strong) const;
    QRectF labelBox(int pin, const QSizeF &size) const;
    void paintLegend(QPainter &p) const;

    const State &s;
};
