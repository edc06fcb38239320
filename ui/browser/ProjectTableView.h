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

Q_SIGNALS:
    void layoutChanged();

private:
    int defaultWidth(int column) const;
    void showHeaderMenu(const QPoint &pos);
};
