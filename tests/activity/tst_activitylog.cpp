#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/AttemptInput.h"
#include "app/sandbox/service/SandboxHost.h"
#include "models/activity/ActivityLog.h"
#include "models/activity/ActivityModel.h"
#include "tests/support/CallRunner.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestActivityLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultPath_isInTheAppDataFolder();
    void entries_surviveCloseAndReopen();
    void noteCall_tiesEveryAttemptOfTheCallToTheAction();
    void singleProjectCalls_nameTheirUserAction();
    void profiles_areKeptApart();
    void filter_byTextAndFailedOnly();
    void cap_dropsTheOldestInBatches();
    void exportCsv_hasHeaderAndRows();
    void sandboxCalls_neverStoreTheToken();
    void model_loadsFromTheLogThenAppendsLive();
    void input_keptWhereAllowed_survivesReopen();
    void input_ruleAppliedAgainByTheLog();
    void oldLogFile_gainsTheInputColumns();
    void model_commandRole_givesTheCommandOrWhyNot();
    void inputBudget_oldestRowsLoseTheirInputButStay();
};

static ApiAttempt attempt(const QString &method, int status, const QString &error = {},
                          quint64 callId = 1)
{
    ApiAttempt a;
    a.time = QDateTime::fromMSecsSinceEpoch(1700000000000 + qint64(callId) * 1000, Qt::UTC);
    a.route = QStringLiteral("/project-xxxx/") + method;
    a.target = QStringLiteral("project-B00000000000000000000001");
    a.method = method;
    a.httpStatus = status;
    a.durationMs = 42;
    a.retry = 0;
    a.requestId = QStringLiteral("req-%1").arg(callId);
    a.errorType = error;
    a.callId = callId;
    return a;
}

void TestActivityLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActivityLog::defaultPath_isInTheAppDataFolder()
{
    ActivityLog log;
    QCOMPARE(QFileInfo(log.filePath()).absolutePath(),
             QFileInfo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                 .absoluteFilePath());
}

void TestActivityLog::entries_surviveCloseAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    {
        ActivityLog log(path);
        QVERIFY(log.open());
        log.setProfile(QStringLiteral("sandbox"));
        log.recordAction(QStringLiteral("Bulk: add tag 'qc' on 2 projects"));
        log.recordAttempt(attempt(QStringLiteral("addTags"), 200, {}, 1));
        log.recordAttempt(
            attempt(QStringLiteral("addTags"), 401, QStringLiteral("PermissionDenied"), 2));
    }
    ActivityLog reopened(path);
    QVERIFY(reopened.open());
    reopened.setProfile(QStringLiteral("sandbox"));
    const QList<ActivityEntry> entries = reopened.recent();
    QCOMPARE(entries.size(), 3);
    QVERIFY(entries.at(0).isAction);
    QCOMPARE(entries.at(0).action, QStringLiteral("Bulk: add tag 'qc' on 2 projects"));
    const ApiAttempt &a = entries.at(2).attempt;
    QCOMPARE(a.route, QStringLiteral("/project-xxxx/addTags"));
    QCOMPARE(a.target, QStringLiteral("project-B00000000000000000000001"));
    QCOMPARE(a.httpStatus, 401);
    QCOMPARE(a.errorType, QStringLiteral("PermissionDenied"));
    QCOMPARE(a.durationMs, qint64(42));
    QCOMPARE(a.requestId, QStringLiteral("req-2"));
    QCOMPARE(a.time, attempt(QStringLiteral("x"), 0, {}, 2).time);
    QCOMPARE(entries.at(2).profile, QStringLiteral("sandbox"));
}

void TestActivityLog::noteCall_tiesEveryAttemptOfTheCallToTheAction()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    QVERIFY(log.open());
    QSignalSpy recorded(&log, &ActivityLog::recorded);
    log.noteCall(7, QStringLiteral("Bulk: set flags"));
    ApiAttempt first
        = attempt(QStringLiteral("update"), 503, QStringLiteral("ServiceUnavailable"), 7);
    first.willRetry = true;
    ApiAttempt second = attempt(QStringLiteral("update"), 200, {}, 7);
    second.retry = 1;
    log.recordAttempt(first);
    log.recordAttempt(second);
    log.recordAttempt(attempt(QStringLiteral("update"), 200, {}, 7)); // a later call, same id
    QCOMPARE(recorded.count(), 3);
    const QList<ActivityEntry> entries = log.recent();
    QCOMPARE(entries.at(0).action, QStringLiteral("Bulk: set flags"));
    QCOMPARE(entries.at(1).action, QStringLiteral("Bulk: set flags"));
    QCOMPARE(entries.at(1).attempt.retry, 1);
    // The later call was not noted: it is named after what it does.
    QCOMPARE(entries.at(2).action, QStringLiteral("Edit project"));
}

void TestActivityLog::singleProjectCalls_nameTheirUserAction()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    QVERIFY(log.open());
    const QStringList methods { QStringLiteral("update"), QStringLiteral("invite"),
                                QStringLiteral("destroy"), QStringLiteral("archive") };
    quint64 id = 10;
    for (const QString &method : methods)
        log.recordAttempt(attempt(method, 200, {}, id++));
    ApiAttempt created = attempt(QStringLiteral("new"), 200, {}, id++);
    created.route = QStringLiteral("/project/new");
    created.target = QStringLiteral("project");
    log.recordAttempt(created);
    const QList<ActivityEntry> entries = log.recent();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0).action, QStringLiteral("Edit project"));
    QCOMPARE(entries.at(1).action, QStringLiteral("Invite member"));
    QCOMPARE(entries.at(2).action, QStringLiteral("Destroy project"));
    QCOMPARE(entries.at(3).action, QStringLiteral("Archive files"));
    QCOMPARE(entries.at(4).action, QStringLiteral("Create project"));
    for (const ActivityEntry &e : entries)
        QVERIFY(!e.action.isEmpty());
}

void TestActivityLog::profiles_areKeptApart()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    QVERIFY(log.open());
    log.setProfile(QStringLiteral("prod"));
    log.recordAttempt(attempt(QStringLiteral("describe"), 200));
    log.setProfile(QStringLiteral("sandbox"));
    log.recordAttempt(attempt(QStringLiteral("describe"), 200));
    log.recordAttempt(attempt(QStringLiteral("describe"), 200));
    QCOMPARE(log.recent().size(), 2);
    log.setProfile(QStringLiteral("prod"));
    QCOMPARE(log.recent().size(), 1);
}

void TestActivityLog::filter_byTextAndFailedOnly()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    QVERIFY(log.open());
    log.noteCall(1, QStringLiteral("Bulk: add tag 'Rare'"));
    log.recordAttempt(attempt(QStringLiteral("addTags"), 200, {}, 1));
    log.recordAttempt(
        attempt(QStringLiteral("describe"), 404, QStringLiteral("ResourceNotFound"), 2));
    log.recordAttempt(attempt(QStringLiteral("describe"), 200, {}, 3));
    ActivityFilter f;
    f.text = QStringLiteral("RARE");
    QCOMPARE(log.entries(f).size(), 1);
    f.text = QStringLiteral("describe");
    QCOMPARE(log.entries(f).size(), 2);
    f.failedOnly = true;
    QCOMPARE(log.entries(f).size(), 1);
    QCOMPARE(log.entries(f).at(0).attempt.requestId, QStringLiteral("req-2"));
    ActivityFilter newest;
    newest.limit = 2;
    QCOMPARE(log.entries(newest).at(0).attempt.requestId, QStringLiteral("req-2"));
}

void TestActivityLog::cap_dropsTheOldestInBatches()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    log.setMaxRows(10);
    log.setTrimBatch(5);
    QVERIFY(log.open());
    for (int i = 1; i <= 40; ++i)
        log.recordAttempt(attempt(QStringLiteral("describe"), 200, {}, quint64(i)));
    QVERIFY2(log.rowCount() <= 15, qPrintable(QString::number(log.rowCount())));
    QVERIFY(log.rowCount() >= 10);
    const QList<ActivityEntry> entries = log.recent();
    QCOMPARE(entries.last().attempt.requestId, QStringLiteral("req-40"));
    QCOMPARE(entries.first().attempt.requestId, QStringLiteral("req-31"));
}

void TestActivityLog::exportCsv_hasHeaderAndRows()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    QVERIFY(log.open());
    log.setProfile(QStringLiteral("sandbox"));
    log.noteCall(1, QStringLiteral("Bulk: add tag 'qc' on 1 project"));
    log.recordAttempt(attempt(QStringLiteral("addTags"), 200, {}, 1));
    const QStringList lines = QString::fromUtf8(log.exportCsv(ActivityFilter()))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Time (UTC),Profile,Action,Route")));
    QCOMPARE(
        lines.at(1),
        QStringLiteral("2023-11-14T22:13:21.000Z,sandbox,Bulk: add tag 'qc' on 1 project,"
                       "/project-xxxx/addTags,project-B00000000000000000000001,200,,42,0,req-1"));
}

void TestActivityLog::sandboxCalls_neverStoreTheToken()
{
    SandboxOptions options;
    options.memory = true;
    SandboxHost host(options);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    const QString token = host.users().value(0).token;
    QVERIFY(token.size() >= 8);
    QNetworkAccessManager nam;
    ApiClient client(&nam, host.url());
    client.setToken(token);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    {
        ActivityLog log(path);
        QVERIFY(log.open());
        log.setProfile(QStringLiteral("sandbox"));
        connect(&client, &ApiClient::attempt, &log, &ActivityLog::recordAttempt);
        QVERIFY(
            runCall(client.call(QStringLiteral("system"), QStringLiteral("whoami"))).succeeded());
        const CallOutcome found
            = runCall(client.call(QStringLiteral("system"), QStringLiteral("findProjects"),
                                  QJsonObject { { QStringLiteral("limit"), 3 } }));
        QVERIFY(found.succeeded());
        const QString id = found.result.value(QLatin1String("results"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        log.noteCall(0, QString());
        ApiCall *tag = client.call(
            id, QStringLiteral("addTags"),
            QJsonObject { { QStringLiteral("tags"), QJsonArray { QStringLiteral("logged") } } });
        log.noteCall(tag->id(), QStringLiteral("Bulk: add tag 'logged' on 1 project"));
        QVERIFY(runCall(tag).succeeded());
        // A refused call, and one whose input carries the token as text.
        QVERIFY(
            runCall(client.call(id, QStringLiteral("setProperties"),
                                QJsonObject { { QStringLiteral("properties"),
                                                QJsonObject { { QStringLiteral("t"), token } } } }))
                .succeeded());
        QVERIFY(runCall(client.call(QStringLiteral("project-nope"), QStringLiteral("describe")))
                    .failedOnce());
        // A key named like a secret, and a route that is not on the allow-list.
        QVERIFY(runCall(client.call(id, QStringLiteral("setProperties"),
                                    QJsonObject { { QStringLiteral("properties"),
                                                    QJsonObject { { QStringLiteral("apiToken"),
                                                                    QStringLiteral("x") } } } }))
                    .succeeded());
        runCall(client.call(QStringLiteral("user-alice"), QStringLiteral("newApiToken"),
                            QJsonObject { { QStringLiteral("value"), token } }));
        const QList<ActivityEntry> entries = log.recent();
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries.at(2).action, QStringLiteral("Bulk: add tag 'logged' on 1 project"));
        QCOMPARE(entries.at(0).attempt.inputKept, InputKept::Kept); // whoami
        QCOMPARE(entries.at(0).attempt.input, QStringLiteral("{}"));
        QCOMPARE(entries.at(2).attempt.inputKept, InputKept::Kept);
        QCOMPARE(entries.at(2).attempt.input, QStringLiteral("{\"tags\":[\"logged\"]}"));
        QCOMPARE(entries.at(3).attempt.inputKept, InputKept::HeldToken);
        QCOMPARE(entries.at(3).attempt.input, QString());
        QCOMPARE(entries.at(5).attempt.inputKept, InputKept::Redacted);
        QVERIFY(!entries.at(5).attempt.input.contains(QLatin1String("apiToken")));
        QCOMPARE(entries.at(6).attempt.inputKept, InputKept::NotAllowed);
        QCOMPARE(entries.at(6).attempt.input, QString());
    }
    const QByteArray needle = token.toUtf8();
    int files = 0;
    for (const QFileInfo &info : QDir(dir.path()).entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(needle), qPrintable(info.fileName()));
        QVERIFY2(!bytes.contains(QByteArray("Bearer")), qPrintable(info.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
    // The scan can find what is there: the route is in the file.
    QFile db(path);
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray bytes = db.readAll();
    QVERIFY(bytes.contains("/project-xxxx/addTags"));
    QVERIFY(bytes.contains("{\"tags\":[\"logged\"]}")); // inputs are in the file
    QVERIFY(!bytes.contains("apiToken"));
}

void TestActivityLog::model_loadsFromTheLogThenAppendsLive()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    QVERIFY(log.open());
    log.recordAction(QStringLiteral("Bulk: add tag 'qc' on 1 project"));
    log.noteCall(1, QStringLiteral("Bulk: add tag 'qc' on 1 project"));
    log.recordAttempt(attempt(QStringLiteral("addTags"), 200, {}, 1));

    ActivityModel model(100);
    QAbstractItemModelTester tester(&model);
    model.setEntries(log.recent());
    connect(&log, &ActivityLog::recorded, &model, &ActivityModel::appendEntry);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, 0).data(ActivityModel::IsActionRole).toBool());
    QCOMPARE(model.index(0, ActivityModel::RouteColumn).data().toString(),
             QStringLiteral("(user action)"));
    QCOMPARE(model.index(1, ActivityModel::ActionColumn).data().toString(),
             QStringLiteral("Bulk: add tag 'qc' on 1 project"));
    log.recordAttempt(attempt(QStringLiteral("describe"), 200, {}, 2));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, ActivityModel::RouteColumn).data().toString(),
             QStringLiteral("/project-xxxx/describe"));
}

static ApiAttempt withInput(ApiAttempt a, const QString &json)
{
    a.input = json;
    a.inputKept = InputKept::Kept;
    return a;
}

void TestActivityLog::input_keptWhereAllowed_survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    {
        ActivityLog log(path);
        QVERIFY(log.open());
        log.recordAttempt(withInput(attempt(QStringLiteral("addTags"), 200, {}, 1),
                                    QStringLiteral("{\"tags\":[\"qc\"]}")));
        log.recordAttempt(attempt(QStringLiteral("describe"), 200, {}, 2)); // nothing decided
    }
    ActivityLog reopened(path);
    QVERIFY(reopened.open());
    const QList<ActivityEntry> entries = reopened.recent();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).attempt.inputKept, InputKept::Kept);
    QCOMPARE(entries.at(0).attempt.input, QStringLiteral("{\"tags\":[\"qc\"]}"));
    QCOMPARE(entries.at(1).attempt.inputKept, InputKept::Unknown);
    QCOMPARE(entries.at(1).attempt.input, QString());
    // The input can be searched.
    ActivityFilter f;
    f.text = QStringLiteral("\"qc\"");
    QCOMPARE(reopened.entries(f).size(), 1);
}

void TestActivityLog::input_ruleAppliedAgainByTheLog()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    log.setMaxInputBytes(64);
    QVERIFY(log.open());
    ApiAttempt secret = withInput(attempt(QStringLiteral("newApiToken"), 200, {}, 1),
                                  QStringLiteral("{\"label\":\"ci\"}"));
    log.recordAttempt(secret);
    log.recordAttempt(withInput(attempt(QStringLiteral("update"), 200, {}, 2),
                                QStringLiteral("{\"name\":\"n\",\"password\":\"pw\"}")));
    log.recordAttempt(withInput(attempt(QStringLiteral("update"), 200, {}, 3),
                                QStringLiteral("{\"summary\":\"") + QString(100, QLatin1Char('s'))
                                    + QStringLiteral("\"}")));
    const QList<ActivityEntry> entries = log.recent();
    QCOMPARE(entries.at(0).attempt.inputKept, InputKept::NotAllowed);
    QCOMPARE(entries.at(0).attempt.input, QString());
    QCOMPARE(entries.at(1).attempt.inputKept, InputKept::Redacted);
    QCOMPARE(entries.at(1).attempt.input, QStringLiteral("{\"name\":\"n\"}"));
    QCOMPARE(entries.at(2).attempt.inputKept, InputKept::TooLarge);
    QCOMPARE(entries.at(2).attempt.input, QString());
}

void TestActivityLog::oldLogFile_gainsTheInputColumns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // The layout of schema 1, with one row in it.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE activity ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL,"
            " profile TEXT NOT NULL, is_action INTEGER NOT NULL, action TEXT NOT NULL,"
            " route TEXT NOT NULL, target TEXT NOT NULL, method TEXT NOT NULL,"
            " status INTEGER NOT NULL, duration INTEGER NOT NULL, request_id TEXT NOT NULL,"
            " retry INTEGER NOT NULL, error_type TEXT NOT NULL, will_retry INTEGER NOT NULL,"
            " call_id INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO activity (time, profile, is_action, action, route, target, method,"
            " status, duration, request_id, retry, error_type, will_retry, call_id) VALUES"
            " (1700000000000, 'p', 0, '', '/project-xxxx/describe', 'project-x', 'describe',"
            " 200, 5, 'req-old', 0, '', 0, 1)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    {
        ActivityLog log(path);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        log.setProfile(QStringLiteral("p"));
        log.recordAttempt(withInput(attempt(QStringLiteral("addTags"), 200, {}, 2),
                                    QStringLiteral("{\"tags\":[\"new\"]}")));
    }
    ActivityLog reopened(path);
    QVERIFY(reopened.open());
    reopened.setProfile(QStringLiteral("p"));
    const QList<ActivityEntry> entries = reopened.recent();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).attempt.requestId, QStringLiteral("req-old"));
    QCOMPARE(entries.at(0).attempt.inputKept, InputKept::Unknown);
    QCOMPARE(entries.at(1).attempt.input, QStringLiteral("{\"tags\":[\"new\"]}"));
    QCOMPARE(entries.at(1).attempt.inputKept, InputKept::Kept);
}

void TestActivityLog::model_commandRole_givesTheCommandOrWhyNot()
{
    ActivityModel model(10);
    QAbstractItemModelTester tester(&model);
    ActivityEntry action;
    action.isAction = true;
    action.action = QStringLiteral("Bulk: add tag");
    model.appendEntry(action);
    ApiAttempt tagged = withInput(attempt(QStringLiteral("addTags"), 200, {}, 1),
                                  QStringLiteral("{\"tags\":[\"qc\",\"rare disease\"]}"));
    model.append(tagged);
    ApiAttempt large = attempt(QStringLiteral("update"), 200, {}, 2);
    large.inputKept = InputKept::TooLarge;
    model.append(large);
    model.append(attempt(QStringLiteral("describe"), 200, {}, 3)); // logged before inputs

    const auto command
        = [&](int row) { return model.index(row, 0).data(ActivityModel::CommandRole).toString(); };
    const auto why = [&](int row) {
        return model.index(row, 0).data(ActivityModel::CommandUnavailableRole).toString();
    };
    QCOMPARE(command(0), QString());
    QVERIFY(why(0).contains(QLatin1String("user action")));
    QCOMPARE(command(1),
             QStringLiteral("dx tag project-B00000000000000000000001 qc 'rare disease'"));
    QCOMPARE(why(1), QString());
    QCOMPARE(model.index(1, ActivityModel::RouteColumn).data(Qt::ToolTipRole).toString(),
             command(1));
    QCOMPARE(command(2), QString());
    QCOMPARE(why(2), AttemptInput::unavailableReason(InputKept::TooLarge));
    QCOMPARE(model.index(2, ActivityModel::RouteColumn).data(Qt::ToolTipRole).toString(), why(2));
    QCOMPARE(command(3), QString());
    QCOMPARE(why(3), AttemptInput::unavailableReason(InputKept::Unknown));
}

void TestActivityLog::inputBudget_oldestRowsLoseTheirInputButStay()
{
    QTemporaryDir dir;
    ActivityLog log(dir.filePath(QStringLiteral("log.sqlite")));
    const QString input = QStringLiteral("{\"tags\":[\"qc\"]}"); // 15 bytes
    log.setMaxTotalInputBytes(input.size() * 3);
    log.setTrimBatch(5);
    QVERIFY(log.open());
    for (int i = 1; i <= 10; ++i)
        log.recordAttempt(
            withInput(attempt(QStringLiteral("addTags"), 200, {}, quint64(i)), input));
    const QList<ActivityEntry> entries = log.recent();
    QCOMPARE(entries.size(), 10); // the rows stay
    // After the trim at the 10th row: the newest three keep their input, the older ones not.
    for (int i = 0; i < 10; ++i) {
        const ApiAttempt &a = entries.at(i).attempt;
        QCOMPARE(a.inputKept, i >= 7 ? InputKept::Kept : InputKept::Expired);
        QCOMPARE(a.input.isEmpty(), i < 7);
    }
    QVERIFY(!AttemptInput::unavailableReason(InputKept::Expired).isEmpty());
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
