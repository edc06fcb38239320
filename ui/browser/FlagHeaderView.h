#pragma once

#include <QHeaderView>

// The project table's header: the flag columns show their icon rather than their title, so
// that four flags take the width of one text column on a laptop. The title stays the tooltip
// (from the model) and the name in the column menu.
class FlagHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit FlagHeaderView(QWidget *parent = nullptr);

    // The width a flag column needs: its icon and the sort indicator.
    int flagSectionWidth() const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};
