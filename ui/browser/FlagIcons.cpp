#include "ui/browser/FlagIcons.h"

#include "models/browser/ProjectColumns.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace FlagIcons {

void paint(QPainter *p, const QRectF &r, Flag flag)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal s = qMin(r.width(), r.height());
    const QRectF box(r.center().x() - s / 2, r.center().y() - s / 2, s, s);
    const qreal w = qMax<qreal>(1.5, s / 9);
    switch (flag) {
    case Flag::Protected: {
        const QColor c(0x1f, 0x5f, 0xbf);
        p->setPen(QPen(c, w));
        p->setBrush(Qt::NoBrush);
        const QRectF shackle(box.left() + s * 0.28, box.top() + s * 0.08, s * 0.44, s * 0.5);
        p->drawArc(shackle, 0, 180 * 16);
        p->drawLine(QPointF(shackle.left(), shackle.center().y()),
                    QPointF(shackle.left(), box.top() + s * 0.45));
        p->drawLine(QPointF(shackle.right(), shackle.center().y()),
                    QPointF(shackle.right(), box.top() + s * 0.45));
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawRoundedRect(QRectF(box.left() + s * 0.16, box.top() + s * 0.42, s * 0.68, s * 0.5),
                           s * 0.08, s * 0.08);
        break;
    }
    case Flag::Restricted: {
        const QColor c(0xd0, 0x6a, 0x00);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawEllipse(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        p->setBrush(Qt::white);
        p->drawRect(QRectF(box.left() + s * 0.22, box.center().y() - s * 0.09, s * 0.56, s * 0.18));
        break;
    }
    case Flag::DownloadRestricted: {
        const QColor c(0x6a, 0x3d, 0xa8);
        p->setPen(QPen(c, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        const qreal x = box.center().x();
        p->drawLine(QPointF(x, box.top() + s * 0.1), QPointF(x, box.top() + s * 0.62));
        QPainterPath head;
        head.moveTo(x - s * 0.22, box.top() + s * 0.42);
        head.lineTo(x, box.top() + s * 0.64);
        head.lineTo(x + s * 0.22, box.top() + s * 0.42);
        p->drawPath(head);
        p->drawLine(QPointF(box.left() + s * 0.15, box.top() + s * 0.86),
                    QPointF(box.right() - s * 0.15, box.top() + s * 0.86));
        p->setPen(QPen(QColor(0xb0, 0x20, 0x20), w, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(box.left() + s * 0.1, box.top() + s * 0.9),
                    QPointF(box.right() - s * 0.1, box.top() + s * 0.1));
        break;
    }
    case Flag::ContainsPHI: {
        const QColor c(0xc0, 0x1c, 0x28);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        const qreal t = s * 0.28;
        p->drawRect(QRectF(box.center().x() - t / 2, box.top() + s * 0.1, t, s * 0.8));
        p->drawRect(QRectF(box.left() + s * 0.1, box.center().y() - t / 2, s * 0.8, t));
        break;
    }
    }
    p->restore();
}

QIcon icon(Flag flag)
{
    QIcon result;
    for (int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRectF(0, 0, size, size), flag);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

std::optional<Flag> ofColumn(int column)
{
    switch (column) {
    case ProjectColumns::Protected:
        return Flag::Protected;
    case ProjectColumns::Restricted:
        return Flag::Restricted;
    case ProjectColumns::DownloadRestricted:
        return Flag::DownloadRestricted;
    case ProjectColumns::ContainsPHI:
        return Flag::ContainsPHI;
    }
    return std::nullopt;
}

} // namespace FlagIcons
