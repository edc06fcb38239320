#include "ui/browser/FlagHeaderView.h"

#include "ui/browser/FlagIcons.h"

#include <QPainter>
#include <QStyleOptionHeader>

FlagHeaderView::FlagHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{ }

int FlagHeaderView::flagSectionWidth() const
{
    // The icon, the sort arrow beside it, and the style's margins.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    return fontMetrics().height() + 2 * margin + 10;
}

void FlagHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const std::optional<FlagIcons::Flag> flag = FlagIcons::ofColumn(logicalIndex);
    if (!flag) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The section as the style draws it, without its text; then the icon in the text's place.
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.textAlignment = Qt::AlignCenter;
    if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
        opt.sortIndicator = sortIndicatorOrder() == Qt::AscendingOrder
            ? QStyleOptionHeader::SortDown
            : QStyleOptionHeader::SortUp;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    painter->restore();
    const int size = qMin(rect.height() - 6, fontMetrics().height());
    const bool sorted = opt.sortIndicator != QStyleOptionHeader::None;
    const int x = sorted ? rect.left() + 4 : rect.center().x() - size / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    FlagIcons::paint(painter, QRectF(x, rect.center().y() - size / 2, size, size), *flag);
    painter->restore();
}

QSize FlagHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (FlagIcons::ofColumn(logicalIndex))
        size.setWidth(flagSectionWidth());
    return size;
}
