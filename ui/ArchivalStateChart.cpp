#include "ArchivalStateChart.h"

#include "ArchiveRules.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

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
    chart->legend()->hide();
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(QStringLiteral("files"));
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
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
        categories.append(state + QStringLiteral(" · ") + ArchiveRules::humanSize(total.bytes));
    }
    // One set per state, zero outside its own bar: stacked, that gives one colour per bar.
    for (int i = 0; i < m_states.size(); ++i) {
        auto *set = new QBarSet(m_states.at(i));
        set->setColor(colorOf(m_states.at(i)));
        set->setLabelColor(Qt::black);
        for (int j = 0; j < m_states.size(); ++j)
            set->append(j == i ? m_counts.at(i) : 0);
        m_series->append(set);
    }
    m_categories->clear();
    m_categories->append(categories);
    m_values->setRange(0, qMax(1, int(highest * 1.15) + 1));
}
