#include "ui/browser/FlagDelegate.h"

#include "models/browser/ProjectColumns.h"
#include "ui/browser/FlagIcons.h"

#include <QApplication>
#include <QPainter>

void FlagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const std::optional<FlagIcons::Flag> flag = FlagIcons::ofColumn(index.column());
    if (!flag) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as for any cell, then the icon instead of the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool on = !opt.text.isEmpty();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (!on)
        return;
    const int size = qMin(option.rect.height() - 4, option.fontMetrics.height());
    const QRect icon(option.rect.center().x() - size / 2, option.rect.center().y() - size / 2, size,
                     size);
    FlagIcons::paint(painter, icon, *flag);
}

QSize FlagDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!FlagIcons::ofColumn(index.column()))
        return QStyledItemDelegate::sizeHint(option, index);
    const int h = option.fontMetrics.height() + 6;
    return { h + 8, h };
}
