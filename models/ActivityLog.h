#pragma once

#include "ActivityEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

// What to read back from the log; empty fields do not filter.
struct ActivityFilter
{
    QString profile;
    QString text; // in route, target, method, action, request ID or error type
    bool failedOnly = false;
    QDateTime since;
    int limit = 5000; // the newest rows
};

// Every API attempt and the user action that caused it, per profile, across runs, in an SQLite
// file of its own (its own connection name). Bounded: past maxRows() the oldest rows go, in
// batches so that inserts stay cheap. It stores what ApiAttempt carries and nothing else: no
// token, no request body.
class ActivityLog : public QObject
{
    Q_OBJECT
public:
    // filePath empty: activity.sqlite in QStandardPaths::AppDataLocation.
    explicit ActivityLog(const QString &filePath = {}, QObject *parent = nullptr);
    ~ActivityLog() override;

    bool open(QString *error = nullptr);
    void close();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_path; }

    void setProfile(const QString &profile) { m_profile = profile; }
    QString profile() const { return m_profile; }
    void setMaxRows(int rows) { m_maxRows = qMax(1, rows); }
    int maxRows() const { return m_maxRows; }
    void setTrimBatch(int rows) { m_trimBatch = qMax(1, rows); }

    // Oldest first, as the panel lists them.
    QList<ActivityEntry> entries(const ActivityFilter &filter) const;
    QList<ActivityEntry> recent(int limit = 5000) const;
    int rowCount() const;
    QByteArray exportCsv(const ActivityFilter &filter) const;

public Q_SLOTS:
    void recordAttempt(const ApiAttempt &attempt);
    // Ties the attempts of call `callId` to the user action `action` (BulkRunner::callStarted).
    void noteCall(quint64 callId, const QString &action);
    // A user action as a row of its own.
    void recordAction(const QString &action);

Q_SIGNALS:
    void recorded(const ActivityEntry &entry);

private:
    bool insert(ActivityEntry &entry);
    void trim();

    QString m_path;
    QString m_connection;
    QString m_profile;
    QHash<quint64, QString> m_actions; // callId -> action, until the call's last attempt
    int m_maxRows = 50000;
    int m_trimBatch = 1000;
    int m_sinceTrim = 0;
    bool m_open = false;
};
