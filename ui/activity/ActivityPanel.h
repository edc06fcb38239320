#pragma once

#include <QWidget>

class ActivityModel;
class QAction;
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

// Lists API attempts (time, route, target, status, duration, retry, request ID) and the user
// action behind them; a text filter, "failed only", export of the visible rows as CSV, and
// "Copy as command" (the selected calls as `dx` commands, one a line) where their input was
// logged.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The visible rows, in the visible order, as CSV.
    QByteArray visibleCsv() const;
    bool exportTo(const QString &path) const;

    // The selected calls as dx commands, one per call (retries of a call count once), in the
    // visible order; empty with *reason set when one of them cannot be given.
    QString selectedCommands(QString *reason = nullptr) const;
    void copyCommands();
    QAction *copyCommandAction() const { return m_copyCommandAction; }
    QToolButton *copyCommandButton() const { return m_copyCommand; }

private:
    void copySelection();
    void updateCommandState();
    void exportAsked();

    ActivityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_failedOnly;
    QTableView *m_view;
    QToolButton *m_copyCommand;
    QAction *m_copyCommandAction;
};
