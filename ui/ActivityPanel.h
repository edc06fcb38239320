#pragma once

#include <QWidget>

class ActivityModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// Lists every API attempt of this run: time, route, target, status, duration, retry, request ID.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void copySelection();

    ActivityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};
