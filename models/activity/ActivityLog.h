#pragma once

#include "api/AttemptInput.h"
#include "models/activity/ActivityEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QSqlDatabase;

// What to read back from the log; empty fields do not filter.
struct ActivityFilter
{
    QString profile;
    QString text; // in route, target, method, action, request ID, error type or input
    bool failedOnly = false;
    QDateTime since;
    int limit = 5000; // the newest rows
};

// Every API attempt and the user action that caused it, per profile, across runs, in an SQLite
// file of its own (its own connection name). Bounded: past maxRows() the oldest rows go, in
// batches so that inserts stay cheap. It stores what ApiAttempt carries and nothing else: never
// a token, and a request input only where AttemptInput allows it (checked again here, with a
// size cap per entry). A log file of an older schema gains the new columns when opened.
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
    // Inputs larger than this are not stored (the entry says TooLarge).
    void setMaxInputBytes(int bytes) { m_maxInputBytes = qMax(0, bytes); }
    int maxInputBytes() const { return m_maxInputBytes; }
    // The inputs of all rows together stay under this: past it, the oldest rows lose their
    // input (Expired) but keep the rest of their entry.
    void setMaxTotalInputBytes(qint64 bytes) { m_maxTotalInputBytes = qMax<qint64>(0, bytes); }
    qint64 maxTotalInputBytes() const { return m_maxTotalInputBytes; }

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
    static bool migrate(const QSqlDatabase &db);
    bool insert(ActivityEntry &entry);
    void trim();

    QString m_path;
    QString m_connection;
    QString m_profile;
    QHash<quint64, QString> m_actions; // callId -> action, until the call's last attempt
    int m_maxRows = 50000;
    int m_trimBatch = 1000;
    int m_maxInputBytes = AttemptInput::DefaultMaxBytes;
    qint64 m_maxTotalInputBytes = 32 * 1024 * 1024;
    int m_sinceTrim = 0;
    bool m_open = false;
};
