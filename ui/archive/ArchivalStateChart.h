#pragma once

#include "models/archive/FileListModel.h"

#include <QChartView>

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

// Files per archival state as bars, one colour per state, each bar labelled with its count and
// total size so that the numbers can be read without hovering.
class ArchivalStateChart : public QChartView
{
    Q_OBJECT
public:
    explicit ArchivalStateChart(QWidget *parent = nullptr);

    void setTotals(const QMap<QString, StateTotal> &totals);
    // The states in the order of the bars, and their counts (for tests).
    QStringList states() const { return m_states; }
    QList<int> counts() const { return m_counts; }
    static QColor colorOf(const QString &state);

private:
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QStringList m_states;
    QList<int> m_counts;
};
