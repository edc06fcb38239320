#pragma once

#include <QWidget>

class ActivityModel;
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// Lists API attempts (time, route, target, status, duration, retry, request ID) and the user
// action behind them; a text filter, "failed only", and export of the visible rows as CSV.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The visible rows, in the visible order, as CSV.
    QByteArray visibleCsv() const;
    bool exportTo(const QString &path) const;

private:
    void copySelection();
    void exportAsked();

    ActivityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_failedOnly;
    QTableView *m_view;
};
