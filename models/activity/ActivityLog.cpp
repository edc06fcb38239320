#include "models/activity/ActivityLog.h"

#include "api/AttemptInput.h"
#include "models/activity/ActionNames.h"
#include "models/common/CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

Q_LOGGING_CATEGORY(lcActivityLog, "dxc.activitylog")

// 1: the first layout. 2: the request input (where AttemptInput allows it) and why not.
static const int SchemaVersion = 2;

// A null QString binds as SQL NULL; the columns hold '' for "none".
static QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

ActivityLog::ActivityLog(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
    , m_connection(QStringLiteral("dxc-activity-%1").arg(quintptr(this), 0, 16))
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/activity.sqlite");
}

ActivityLog::~ActivityLog()
{
    close();
}

bool ActivityLog::open(QString *error)
{
    if (m_open)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        QString why;
        if (!db.open()) {
            why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // WAL with NORMAL sync: one insert per attempt must not cost an fsync each.
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            ok = q.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS activity ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL,"
                " profile TEXT NOT NULL, is_action INTEGER NOT NULL, action TEXT NOT NULL,"
                " route TEXT NOT NULL, target TEXT NOT NULL, method TEXT NOT NULL,"
                " status INTEGER NOT NULL, duration INTEGER NOT NULL, request_id TEXT NOT NULL,"
                " retry INTEGER NOT NULL, error_type TEXT NOT NULL, will_retry INTEGER NOT NULL,"
                " call_id INTEGER NOT NULL, input TEXT NOT NULL DEFAULT '',"
                " input_kept INTEGER NOT NULL DEFAULT 0)"));
            ok = ok && migrate(db);
            ok = ok
                && q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS activity_profile ON "
                                         "activity(profile, id)"));
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
            if (!ok)
                why = q.lastError().text();
        }
        if (!ok) {
            if (error)
                *error = tr("Cannot open the activity log %1: %2").arg(m_path, why);
            qCWarning(lcActivityLog, "cannot open %s: %s", qPrintable(m_path), qPrintable(why));
        }
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_open = true;
    trim();
    return true;
}

// A log written by schema 1 gains the input columns; its rows read back as "input not logged".
bool ActivityLog::migrate(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(activity)")))
        return false;
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    q.finish();
    if (!columns.contains(QLatin1String("input"))
        && !q.exec(
            QStringLiteral("ALTER TABLE activity ADD COLUMN input TEXT NOT NULL DEFAULT ''")))
        return false;
    if (!columns.contains(QLatin1String("input_kept"))
        && !q.exec(QStringLiteral(
            "ALTER TABLE activity ADD COLUMN input_kept INTEGER NOT NULL DEFAULT 0")))
        return false;
    return true;
}

void ActivityLog::close()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void ActivityLog::noteCall(quint64 callId, const QString &action)
{
    if (callId != 0 && !action.isEmpty())
        m_actions.insert(callId, action);
}

void ActivityLog::recordAttempt(const ApiAttempt &attempt)
{
    ActivityEntry entry;
    entry.profile = m_profile;
    // The client already applied the rule; the log applies it again before anything is written.
    entry.attempt = AttemptInput::recheck(attempt, m_maxInputBytes);
    entry.action = m_actions.value(attempt.callId);
    // A call that no bulk run noted comes from one user action on one project or the list.
    if (entry.action.isEmpty())
        entry.action = ActionNames::forCall(attempt.target, attempt.method);
    if (!attempt.willRetry)
        m_actions.remove(attempt.callId);
    if (insert(entry))
        Q_EMIT recorded(entry);
}

void ActivityLog::recordAction(const QString &action)
{
    ActivityEntry entry;
    entry.profile = m_profile;
    entry.isAction = true;
    entry.action = action;
    entry.attempt.time = QDateTime::currentDateTimeUtc();
    if (insert(entry))
        Q_EMIT recorded(entry);
}

bool ActivityLog::insert(ActivityEntry &entry)
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO activity (time, profile, is_action, action, route, target, method, status,"
        " duration, request_id, retry, error_type, will_retry, call_id, input, input_kept)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const ApiAttempt &a = entry.attempt;
    q.addBindValue(a.time.toMSecsSinceEpoch());
    q.addBindValue(notNull(entry.profile));
    q.addBindValue(entry.isAction ? 1 : 0);
    q.addBindValue(notNull(entry.action));
    q.addBindValue(notNull(a.route));
    q.addBindValue(notNull(a.target));
    q.addBindValue(notNull(a.method));
    q.addBindValue(a.httpStatus);
    q.addBindValue(a.durationMs);
    q.addBindValue(notNull(a.requestId));
    q.addBindValue(a.retry);
    q.addBindValue(notNull(a.errorType));
    q.addBindValue(a.willRetry ? 1 : 0);
    q.addBindValue(qint64(a.callId));
    q.addBindValue(notNull(a.input));
    q.addBindValue(int(a.inputKept));
    if (!q.exec()) {
        qCWarning(lcActivityLog, "insert failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    entry.id = q.lastInsertId().toLongLong();
    if (++m_sinceTrim >= m_trimBatch)
        trim();
    return true;
}

void ActivityLog::trim()
{
    m_sinceTrim = 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("DELETE FROM activity WHERE id <= (SELECT MAX(id) FROM activity) - ?"));
    q.addBindValue(m_maxRows);
    if (!q.exec())
        qCWarning(lcActivityLog, "trim failed: %s", qPrintable(q.lastError().text()));
    // Newest first, the running total of input sizes; rows past the budget lose their input.
    QSqlQuery inputs(QSqlDatabase::database(m_connection, false));
    inputs.prepare(QStringLiteral(
        "UPDATE activity SET input = '', input_kept = ? WHERE id IN (SELECT id FROM ("
        " SELECT id, SUM(LENGTH(input)) OVER (ORDER BY id DESC) AS total FROM activity"
        " WHERE input <> '') WHERE total > ?)"));
    inputs.addBindValue(int(InputKept::Expired));
    inputs.addBindValue(m_maxTotalInputBytes);
    if (!inputs.exec())
        qCWarning(lcActivityLog, "input trim failed: %s", qPrintable(inputs.lastError().text()));
}

int ActivityLog::rowCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM activity")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<ActivityEntry> ActivityLog::recent(int limit) const
{
    ActivityFilter filter;
    filter.profile = m_profile;
    filter.limit = limit;
    return entries(filter);
}

QList<ActivityEntry> ActivityLog::entries(const ActivityFilter &filter) const
{
    QList<ActivityEntry> out;
    if (!m_open)
        return out;
    QStringList where;
    QVariantList binds;
    if (!filter.profile.isEmpty()) {
        where << QStringLiteral("profile = ?");
        binds << filter.profile;
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("(instr(lower(route), ?) OR instr(lower(target), ?) OR "
                                "instr(lower(method), ?) OR instr(lower(action), ?) OR "
                                "instr(lower(request_id), ?) OR instr(lower(error_type), ?) OR "
                                "instr(lower(input), ?))");
        for (int i = 0; i < 7; ++i)
            binds << filter.text.toLower();
    }
    if (filter.failedOnly)
        where << QStringLiteral("error_type <> ''");
    if (filter.since.isValid()) {
        where << QStringLiteral("time >= ?");
        binds << filter.since.toMSecsSinceEpoch();
    }
    QString sql = QStringLiteral(
        "SELECT id, time, profile, is_action, action, route, target, method, status, duration,"
        " request_id, retry, error_type, will_retry, call_id, input, input_kept FROM activity");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(0, filter.limit));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : qAsConst(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcActivityLog, "query failed: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        ActivityEntry e;
        e.id = q.value(0).toLongLong();
        e.attempt.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.profile = q.value(2).toString();
        e.isAction = q.value(3).toInt() != 0;
        e.action = q.value(4).toString();
        e.attempt.route = q.value(5).toString();
        e.attempt.target = q.value(6).toString();
        e.attempt.method = q.value(7).toString();
        e.attempt.httpStatus = q.value(8).toInt();
        e.attempt.durationMs = q.value(9).toLongLong();
        e.attempt.requestId = q.value(10).toString();
        e.attempt.retry = q.value(11).toInt();
        e.attempt.errorType = q.value(12).toString();
        e.attempt.willRetry = q.value(13).toInt() != 0;
        e.attempt.callId = q.value(14).toULongLong();
        e.attempt.input = q.value(15).toString();
        const int kept = q.value(16).toInt();
        e.attempt.inputKept = kept >= int(InputKept::Unknown) && kept <= int(InputKept::Expired)
            ? InputKept(kept)
            : InputKept::Unknown;
        out.prepend(e);
    }
    return out;
}

QByteArray ActivityLog::exportCsv(const ActivityFilter &filter) const
{
    const QStringList header { tr("Time (UTC)"), tr("Profile"),       tr("Action"),
                               tr("Route"),      tr("Target"),        tr("HTTP status"),
                               tr("Error"),      tr("Duration (ms)"), tr("Retry"),
                               tr("Request ID") };
    QList<QStringList> rows;
    for (const ActivityEntry &e : entries(filter)) {
        const ApiAttempt &a = e.attempt;
        rows << QStringList { a.time.toUTC().toString(Qt::ISODateWithMs),
                              e.profile,
                              e.action,
                              a.route,
                              a.target,
                              e.isAction ? QString() : QString::number(a.httpStatus),
                              a.errorType,
                              e.isAction ? QString() : QString::number(a.durationMs),
                              e.isAction ? QString() : QString::number(a.retry),
                              a.requestId };
    }
    return CsvWriter::write(header, rows);
}
