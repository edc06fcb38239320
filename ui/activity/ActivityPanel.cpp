#include "ui/activity/ActivityPanel.h"

#include "models/activity/ActivityModel.h"
#include "models/common/CsvWriter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// The text filter over every column, plus "failed attempts only".
class ActivityFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFailedOnly(bool on)
    {
        m_failedOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_failedOnly
            && !sourceModel()
                    ->index(row, 0, parent)
                    .data(ActivityModel::AttemptFailedRole)
                    .toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_failedOnly = false;
};
} // namespace

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ActivityFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_failedOnly(new QCheckBox(tr("Failed only"), this))
    , m_view(new QTableView(this))
    , m_copyCommand(new QToolButton(this))
    , m_copyCommandAction(new QAction(tr("Copy as &command"), this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, route, target, status or request ID"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });

    m_failedOnly->setObjectName(QStringLiteral("activityFailedOnly"));
    connect(m_failedOnly, &QCheckBox::toggled, m_proxy,
            [this](bool on) { static_cast<ActivityFilterProxy *>(m_proxy)->setFailedOnly(on); });

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("activityExport"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the rows shown as a CSV file"));
    connect(exportButton, &QToolButton::clicked, this, &ActivityPanel::exportAsked);

    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("activityClear"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove every row from this list (the log file keeps them)"));
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
    // The action says why a call was made: show it next to the time.
    m_view->horizontalHeader()->moveSection(ActivityModel::ActionColumn, 1);
    m_view->setColumnWidth(ActivityModel::TimeColumn, 100);
    m_view->setColumnWidth(ActivityModel::ActionColumn, 310);
    m_view->setColumnWidth(ActivityModel::RouteColumn, 190);
    m_view->setColumnWidth(ActivityModel::TargetColumn, 250);
    m_view->setColumnWidth(ActivityModel::StatusColumn, 150);
    m_view->setColumnWidth(ActivityModel::DurationColumn, 70);
    m_view->setColumnWidth(ActivityModel::RetryColumn, 45);
    m_view->setAccessibleName(tr("API activity"));

    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ActivityPanel::copySelection);
    m_view->addAction(copy);

    m_copyCommandAction->setObjectName(QStringLiteral("activityCopyCommandAction"));
    m_copyCommandAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCommandAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyCommandAction, &QAction::triggered, this, &ActivityPanel::copyCommands);
    m_view->addAction(m_copyCommandAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_copyCommand->setObjectName(QStringLiteral("activityCopyCommand"));
    m_copyCommand->setText(tr("Copy as command"));
    connect(m_copyCommand, &QToolButton::clicked, this, &ActivityPanel::copyCommands);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityPanel::updateCommandState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateCommandState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateCommandState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityPanel::updateCommandState);

    // Follow new rows unless the user scrolled up to read older ones.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (m_view->selectionModel()->hasSelection())
            return;
        m_view->scrollToBottom();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, [this] { m_view->scrollToBottom(); });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_failedOnly);
    top->addWidget(m_copyCommand);
    top->addWidget(exportButton);
    top->addWidget(clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);
    // The shortcut works anywhere in the panel (filter field included), not only in the table.
    addAction(m_copyCommandAction);
    updateCommandState();
}

QString ActivityPanel::selectedCommands(QString *reason) const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.isEmpty()) {
        if (reason)
            *reason = tr("Select a call in the list first.");
        return {};
    }
    QStringList commands;
    QSet<quint64> calls;
    for (const QModelIndex &index : qAsConst(rows)) {
        const ActivityEntry &entry = m_model->entryAt(m_proxy->mapToSource(index).row());
        QString why;
        const QString command = ActivityModel::commandFor(entry, &why);
        if (command.isEmpty()) {
            if (reason)
                *reason = why;
            return {};
        }
        const quint64 call = entry.attempt.callId;
        if (call != 0 && calls.contains(call))
            continue; // a retry: the same call once
        calls.insert(call);
        commands << command;
    }
    if (reason)
        reason->clear();
    return commands.join(QLatin1Char('\n'));
}

void ActivityPanel::copyCommands()
{
    const QString commands = selectedCommands();
    if (!commands.isEmpty())
        QApplication::clipboard()->setText(commands);
}

void ActivityPanel::updateCommandState()
{
    QString reason;
    const bool can = !selectedCommands(&reason).isEmpty();
    const QString tip = can ? tr("Copy the selected calls as commands of the dx command-line "
                                 "client (Ctrl+Shift+C)")
                            : reason;
    m_copyCommand->setEnabled(can);
    m_copyCommand->setToolTip(tip);
    m_copyCommandAction->setEnabled(can);
    m_copyCommandAction->setToolTip(tip);
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

QByteArray ActivityPanel::visibleCsv() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (!header->isSectionHidden(c))
            columns << c;
    }
    return CsvWriter::fromModel(*m_proxy, columns, true);
}

bool ActivityPanel::exportTo(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(visibleCsv()) >= 0 && file.flush();
}

void ActivityPanel::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export activity"), QStringLiteral("activity.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}
