#pragma once

#include "ApiAttempt.h"

#include <QAbstractTableModel>
#include <QVector>

// Every API attempt of this run, newest last, for the activity panel. Bounded: the oldest
// rows go once the cap is reached. It holds what ApiAttempt holds: never a token or a body.
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
        ColumnCount
    };
    enum Role { AttemptFailedRole = Qt::UserRole + 1 };

    explicit ActivityModel(int cap = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const ApiAttempt &attempt);
    void clear();
    ApiAttempt attemptAt(int row) const { return m_rows.at(row); }

private:
    QVector<ApiAttempt> m_rows;
    int m_cap;
};
