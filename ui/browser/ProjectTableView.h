#pragma once

#include "models/browser/ColumnLayout.h"

#include <QTableView>

// The project table: the user chooses columns (header context menu), orders them by dragging
// and sizes them; layout() captures that so it can be remembered per profile.
class ProjectTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ProjectTableView(QWidget *parent = nullptr);

    void applyLayout(const ColumnLayout &layout);
    ColumnLayout layout() const;

    void setModel(QAbstractItemModel *model) override;
    // Lays the items out again. When the only change since the last layout is rows added below
    // the last row in view (a listing that streams in while the top of the list is shown),
    // what is in view is unchanged: the scroll bars are updated, but the viewport is not
    // repainted (about 7 ms each time at 1200 x 800, several times per listing).
    void doItemsLayout() override;

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

Q_SIGNALS:
    void layoutChanged();

private:
    int defaultWidth(int column) const;
    void showHeaderMenu(const QPoint &pos);

    // Rows were inserted since the last layout, all below the view, and nothing else asked
    // for a layout.
    bool m_onlyAddedBelow = false;
    bool m_otherChange = false;
};
