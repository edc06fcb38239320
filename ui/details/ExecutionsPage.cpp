#include "ui/details/ExecutionsPage.h"

#include "models/details/ExecutionCounts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

ExecutionsPage::ExecutionsPage(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_counts(new ExecutionCounts(client, this))
    , m_view(new QChartView(this))
    , m_series(new QHorizontalBarSeries)
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("executionsPage"));
    m_view->setObjectName(QStringLiteral("executionsChart"));
    m_summary->setObjectName(QStringLiteral("executionsSummary"));
    m_summary->setWordWrap(true);
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Root executions by state"));
    chart->legend()->hide();
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_counts, &ExecutionCounts::changed, this, &ExecutionsPage::refresh);
}

void ExecutionsPage::load(const QString &projectId)
{
    m_counts->load(projectId);
}

void ExecutionsPage::refresh()
{
    using Status = ExecutionCounts::Status;
    const bool available = m_counts->status() != Status::Unsupported;
    if (available != m_available) {
        m_available = available;
        setVisible(available);
        Q_EMIT availabilityChanged(available);
    }
    m_series->clear();
    m_categories->clear();
    switch (m_counts->status()) {
    case Status::Loading:
        m_summary->setText(QStringLiteral("Counting root executions…"));
        return;
    case Status::Unsupported:
        m_summary->setText(QStringLiteral("This server does not count root executions."));
        return;
    case Status::Error:
        m_summary->setText(m_counts->lastError().userMessage());
        return;
    case Status::Idle:
        m_summary->clear();
        return;
    case Status::Loaded:
        break;
    }
    const QMap<QString, int> counts = m_counts->counts();
    const QStringList states = ExecutionCounts::orderedStates(counts);
    auto *set = new QBarSet(QStringLiteral("Root executions"));
    set->setColor(QColor(0x3b, 0x6e, 0xb4));
    set->setLabelColor(Qt::black);
    int highest = 0;
    // Top to bottom in reading order: the horizontal axis lists the first category lowest.
    QStringList shown = states;
    std::reverse(shown.begin(), shown.end());
    for (const QString &state : std::as_const(shown)) {
        set->append(counts.value(state));
        highest = qMax(highest, counts.value(state));
    }
    m_series->append(set);
    m_categories->append(shown);
    m_values->setRange(0, qMax(4, int(highest * 1.1) + 1));
    m_values->applyNiceNumbers();
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_summary->setText(
        states.isEmpty()
            ? QStringLiteral("No root executions in this project.")
            : QStringLiteral("%1 root executions in this project.").arg(m_counts->total()));
}
