#pragma once

#include <QWidget>

class ApiClient;
class ExecutionCounts;
class QBarCategoryAxis;
class QHorizontalBarSeries;
class QChartView;
class QLabel;
class QValueAxis;

// Root executions of the project by state: a horizontal bar chart (state names such as
// waiting_on_input need the room) with the numbers beside the bars. When the
// server lacks countRootExecutions the page hides itself and says so through availability().
class ExecutionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExecutionsPage(ApiClient *client, QWidget *parent = nullptr);

    void load(const QString &projectId);
    ExecutionCounts *counts() const { return m_counts; }
    QChartView *chartView() const { return m_view; }
    bool isAvailable() const { return m_available; }

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    void refresh();

    ExecutionCounts *m_counts;
    QChartView *m_view;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QLabel *m_summary;
    bool m_available = true;
};
