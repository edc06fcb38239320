#include "models/activity/ActionNames.h"
#include "models/activity/ActivityModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestActivityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void append_showsEveryField();
    void append_pastCap_dropsOldest();
    void failedAttempt_isMarked();
    void actionNames_sayWhatEachCallDid();
};

static ApiAttempt attempt(const QString &route, int status, const QString &error = {})
{
    ApiAttempt a;
    a.time = QDateTime::currentDateTimeUtc();
    a.route = route;
    a.target = QStringLiteral("project-B0000000000000000000000");
    a.method = QStringLiteral("describe");
    a.httpStatus = status;
    a.durationMs = 12;
    a.retry = 1;
    a.requestId = QStringLiteral("req-1");
    a.errorType = error;
    return a;
}

void TestActivityModel::append_showsEveryField()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model);
    model.append(attempt(QStringLiteral("/project-xxxx/describe"), 200));
    QCOMPARE(model.rowCount(), 1);
    auto cell = [&](int c) { return model.index(0, c).data().toString(); };
    QCOMPARE(cell(ActivityModel::RouteColumn), QStringLiteral("/project-xxxx/describe"));
    QCOMPARE(cell(ActivityModel::TargetColumn), QStringLiteral("project-B0000000000000000000000"));
    QCOMPARE(cell(ActivityModel::StatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(ActivityModel::DurationColumn), QStringLiteral("12 ms"));
    QCOMPARE(cell(ActivityModel::RetryColumn), QStringLiteral("1"));
    QCOMPARE(cell(ActivityModel::RequestIdColumn), QStringLiteral("req-1"));
    // Without a log behind the model, the call is still named after its user action.
    QCOMPARE(cell(ActivityModel::ActionColumn), QStringLiteral("Show project details"));
}

void TestActivityModel::append_pastCap_dropsOldest()
{
    ActivityModel model(3);
    QAbstractItemModelTester tester(&model);
    for (int i = 0; i < 5; ++i)
        model.append(attempt(QStringLiteral("/r%1").arg(i), 200));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ActivityModel::RouteColumn).data().toString(), QStringLiteral("/r2"));
    QCOMPARE(model.index(2, ActivityModel::RouteColumn).data().toString(), QStringLiteral("/r4"));
}

void TestActivityModel::failedAttempt_isMarked()
{
    ActivityModel model;
    model.append(attempt(QStringLiteral("/x"), 401, QStringLiteral("PermissionDenied")));
    QCOMPARE(model.index(0, ActivityModel::StatusColumn).data().toString(),
             QStringLiteral("401 PermissionDenied"));
    QVERIFY(model.index(0, 0).data(ActivityModel::AttemptFailedRole).toBool());
}

void TestActivityModel::actionNames_sayWhatEachCallDid()
{
    QCOMPARE(ActionNames::forCall(QStringLiteral("system"), QStringLiteral("findProjects")),
             QStringLiteral("List projects"));
    QCOMPARE(ActionNames::forCall(QStringLiteral("org-lab"), QStringLiteral("findProjects")),
             QStringLiteral("List org projects"));
    QCOMPARE(ActionNames::forCall(QStringLiteral("org-lab"), QStringLiteral("findMembers")),
             QStringLiteral("Call findMembers"));
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
