#include "models/bulk/BulkResultModel.h"

#include "models/bulk/BulkRunner.h"

#include <QBrush>
#include <QColor>

BulkResultModel::BulkResultModel(BulkRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    connect(runner, &BulkRunner::resultsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(runner, &BulkRunner::resultChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_runner->count();
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkResult &r = m_runner->resultAt(index.row());
    if (role == StateRole)
        return int(r.state);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        switch (r.state) {
        case BulkResult::State::Done:
            return QBrush(QColor(0x1e, 0x7b, 0x34));
        case BulkResult::State::Failed:
            return QBrush(QColor(0xb0, 0x20, 0x20));
        case BulkResult::State::Skipped:
        case BulkResult::State::Cancelled:
            return QBrush(QColor(0x80, 0x80, 0x80));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn && !r.message.isEmpty())
        return r.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProjectColumn:
        return r.step.projectId;
    case NameColumn:
        return r.step.projectName;
    case ChangeColumn:
        return r.state == BulkResult::State::Skipped ? tr("(nothing)") : r.step.change;
    case ResultColumn:
        if (r.state == BulkResult::State::Pending)
            return tr("will run");
        return BulkResult::stateName(r.state);
    case MessageColumn:
        return r.message;
    }
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case NameColumn:
        return tr("Name");
    case ChangeColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Reason or error");
    }
    return {};
}
