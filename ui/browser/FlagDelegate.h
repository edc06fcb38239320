#pragma once

#include <QStyledItemDelegate>

// Shows the flag columns of the project table as icons. The model's text stays what is
// sorted, exported and read by screen readers; it is the icon's tooltip too.
class FlagDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
