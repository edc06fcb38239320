#include "models/activity/ActivityModel.h"

#include "api/AttemptInput.h"
#include "models/activity/ActionNames.h"
#include "models/common/CommandLine.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QJsonDocument>

ActivityModel::ActivityModel(int cap, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cap(qMax(1, cap))
{ }

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString statusText(const ApiAttempt &a)
{
    if (a.httpStatus > 0 && a.errorType.isEmpty())
        return QString::number(a.httpStatus);
    if (a.httpStatus > 0)
        return QString::number(a.httpStatus) + QLatin1Char(' ') + a.errorType;
    return a.errorType.isEmpty() ? QStringLiteral("-") : a.errorType;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = m_rows.at(index.row());
    const ApiAttempt &a = e.attempt;
    const bool failed = !a.errorType.isEmpty();
    if (role == AttemptFailedRole)
        return failed;
    if (role == IsActionRole)
        return e.isAction;
    if (role == CommandRole)
        return commandFor(e);
    if (role == CommandUnavailableRole) {
        QString reason;
        commandFor(e, &reason);
        return reason;
    }
    if (role == Qt::ToolTipRole && index.column() == RouteColumn && !e.isAction) {
        QString reason;
        const QString command = commandFor(e, &reason);
        return command.isEmpty() ? reason : command;
    }
    if (role == Qt::FontRole && e.isAction) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && failed && index.column() == StatusColumn)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::TextAlignmentRole
        && (index.column() == DurationColumn || index.column() == RetryColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && a.willRetry)
        return tr("This attempt failed and the call was retried.");
    if (role == Qt::ToolTipRole && index.column() == ActionColumn && !e.action.isEmpty())
        return e.action;
    if (role != Qt::DisplayRole)
        return {};
    if (e.isAction && index.column() != TimeColumn && index.column() != ActionColumn)
        return index.column() == RouteColumn ? tr("(user action)") : QVariant();
    switch (index.column()) {
    case TimeColumn: {
        // The log spans runs: rows of another day say which day.
        const QDateTime local = a.time.toLocalTime();
        return local.date() == QDate::currentDate()
            ? local.toString(QStringLiteral("HH:mm:ss.zzz"))
            : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case RouteColumn:
        return a.route;
    case TargetColumn:
        return a.target;
    case StatusColumn:
        return statusText(a);
    case DurationColumn:
        return tr("%1 ms").arg(a.durationMs);
    case RetryColumn:
        return a.retry == 0 ? QString() : QString::number(a.retry);
    case RequestIdColumn:
        return a.requestId;
    case ActionColumn:
        return e.action;
    }
    return {};
}

QString ActivityModel::commandFor(const ActivityEntry &entry, QString *reason)
{
    const ApiAttempt &a = entry.attempt;
    QString why;
    QJsonObject input;
    if (entry.isAction) {
        why = tr("A user action, not an API call: copy one of the calls it made.");
    } else if (a.inputKept != InputKept::Kept) {
        why = AttemptInput::unavailableReason(a.inputKept);
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(a.input.toUtf8());
        if (doc.isObject() && !a.target.isEmpty() && !a.method.isEmpty())
            input = doc.object();
        else
            why = AttemptInput::unavailableReason(InputKept::Unknown);
    }
    if (reason)
        *reason = why;
    return why.isEmpty() ? CommandLine::forCall(a.target, a.method, input) : QString();
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RouteColumn:
        return tr("Route");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case RetryColumn:
        return tr("Retry");
    case RequestIdColumn:
        return tr("Request ID");
    case ActionColumn:
        return tr("Action");
    }
    return {};
}

void ActivityModel::append(const ApiAttempt &attempt)
{
    ActivityEntry entry;
    entry.attempt = attempt;
    entry.action = ActionNames::forCall(attempt.target, attempt.method);
    appendEntry(entry);
}

void ActivityModel::setEntries(const QList<ActivityEntry> &entries)
{
    beginResetModel();
    const qsizetype skip = qMax<qsizetype>(0, entries.size() - m_cap);
    m_rows = QVector<ActivityEntry>(entries.begin() + skip, entries.end());
    endResetModel();
}

void ActivityModel::appendEntry(const ActivityEntry &entry)
{
    if (m_rows.size() >= m_cap) {
        const int drop = int(m_rows.size()) - m_cap + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
}

void ActivityModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}
