#pragma once

#include <QWidget>

class ApiClient;
class ProjectTagCounts;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The tags on the visible projects with their project counts, sortable by either column.
// Activating a tag (double-click or Enter) emits tagActivated so that the browser can filter.
class TagOverview : public QWidget
{
    Q_OBJECT
public:
    explicit TagOverview(ApiClient *client, QWidget *parent = nullptr);

    void load();
    ProjectTagCounts *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void tagActivated(const QString &tag);

private:
    ProjectTagCounts *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
};
