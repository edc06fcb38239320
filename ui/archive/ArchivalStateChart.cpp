#include "ui/archive/ArchivalStateChart.h"

#include "models/archive/ArchiveRules.h"
#include "models/common/DataSize.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

ArchivalStateChart::ArchivalStateChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("archivalStateChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Files by archival state"));
    // No legend: each bar's label names its state, and the Files page's summary line above
    // gives every state's count and size (a bar of 3 files beside one of 2,500 is too thin to
    // read). A legend beside the bars took half of a laptop's side pane; below them its
    // entries were cut.
    chart->legend()->hide();
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(QStringLiteral("files"));
    // The numbers go into the category labels, not on the bars: a bar of 3 files next to
    // one of 2,500 is too thin to carry a label, and those 3 may be the costly ones.
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setMinimumHeight(220);
}

QColor ArchivalStateChart::colorOf(const QString &state)
{
    if (state == QLatin1String("live"))
        return QColor(0x2e, 0x8b, 0x57);
    if (state == QLatin1String("archival"))
        return QColor(0xd9, 0x8c, 0x1f);
    if (state == QLatin1String("archived"))
        return QColor(0x3b, 0x6e, 0xb4);
    if (state == QLatin1String("unarchiving"))
        return QColor(0x8e, 0x5b, 0xb5);
    return QColor(0x80, 0x80, 0x80);
}

void ArchivalStateChart::setTotals(const QMap<QString, StateTotal> &totals)
{
    m_series->clear();
    m_states = FileListModel::knownStates();
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        if (!m_states.contains(it.key()))
            m_states.append(it.key());
    }
    m_counts.clear();
    QStringList categories;
    int highest = 0;
    for (const QString &state : std::as_const(m_states)) {
        const StateTotal total = totals.value(state);
        m_counts.append(total.count);
        highest = qMax(highest, total.count);
        categories.append(state);
    }
    // One set per state, zero outside its own bar: stacked, that gives one colour per bar.
    for (int i = 0; i < m_states.size(); ++i) {
        auto *set = new QBarSet(m_states.at(i));
        set->setColor(colorOf(m_states.at(i)));
        for (int j = 0; j < m_states.size(); ++j)
            set->append(j == i ? m_counts.at(i) : 0);
        m_series->append(set);
    }
    m_categories->clear();
    m_categories->append(categories);
    // Four steps of 1, 2 or 5 times a power of ten: round numbers on the axis.
    double step = 1;
    while (step * 4 < highest)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0);
    m_values->setTickInterval(step);
    m_values->setRange(0, step * std::ceil(qMax(1, highest) / step));
}
