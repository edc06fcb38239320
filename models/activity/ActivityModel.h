#pragma once

#include "models/activity/ActivityEntry.h"

#include <QAbstractTableModel>
#include <QVector>

// API attempts and user actions, newest last, for the activity panel: the activity log's
// recent rows loaded at start (setEntries), then live ones (appendEntry). Bounded: the oldest
// rows go once the cap is reached. It holds what ApiAttempt holds: never a token, and a
// request input only where AttemptInput allows it.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        RouteColumn,
        TargetColumn,
        StatusColumn,
        DurationColumn,
        RetryColumn,
        RequestIdColumn,
        ActionColumn, // the user action that caused the call
        ColumnCount
    };
    enum Role {
        AttemptFailedRole = Qt::UserRole + 1,
        IsActionRole, // bool: a user action row, not an attempt
        CommandRole, // QString: the call as a dx command; empty when it cannot be given
        CommandUnavailableRole, // QString: why CommandRole is empty
    };

    explicit ActivityModel(int cap = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const ApiAttempt &attempt);
    void appendEntry(const ActivityEntry &entry);
    void setEntries(const QList<ActivityEntry> &entries); // oldest first
    void clear();
    ApiAttempt attemptAt(int row) const { return m_rows.at(row).attempt; }
    const ActivityEntry &entryAt(int row) const { return m_rows.at(row); }

    // The attempt's call as a `dx` command (CommandLine::forCall), or empty and *reason says
    // why: a user action, or an input that was not kept (AttemptInput).
    static QString commandFor(const ActivityEntry &entry, QString *reason = nullptr);

private:
    QVector<ActivityEntry> m_rows;
    int m_cap;
};
