#include "ActivityPanel.h"

#include "ActivityModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setPlaceholderText(tr("Filter by route, target, status or request ID"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });

    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("activityClear"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove every row from this list"));
    connect(clear, &QToolButton::clicked, model, &ActivityModel::clear);

    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ActivityModel::TimeColumn, 100);
    m_view->setColumnWidth(ActivityModel::RouteColumn, 260);
    m_view->setColumnWidth(ActivityModel::TargetColumn, 260);
    m_view->setColumnWidth(ActivityModel::StatusColumn, 170);
    m_view->setColumnWidth(ActivityModel::DurationColumn, 80);
    m_view->setColumnWidth(ActivityModel::RetryColumn, 50);
    m_view->setAccessibleName(tr("API activity"));

    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ActivityPanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Follow new rows unless the user scrolled up to read older ones.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (m_view->selectionModel()->hasSelection())
            return;
        m_view->scrollToBottom();
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);
}

void ActivityPanel::copySelection()
{
    QStringList lines;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(index.row(), c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}
