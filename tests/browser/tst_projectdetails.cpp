#include "api/ApiClient.h"
#include "models/details/ProjectDetails.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString idA = QStringLiteral("project-AAAAAAAAAAAAAAAAAAAAAAAA");
const QString idB = QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBBB");

QString describePath(const QString &id)
{
    return QLatin1Char('/') + id + QLatin1String("/describe");
}
} // namespace

class TestProjectDetails : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        FakeNetworkAccessManager nam;
        ApiClient client { &nam, QUrl(QStringLiteral("http://fake")) };
        ProjectDetails details { &client };
        Fixture() { client.setToken(QStringLiteral("token")); }
        bool settle()
        {
            return QTest::qWaitFor(
                [&] { return details.state() != ProjectDetails::State::Loading; }, 5000);
        }
    };

private Q_SLOTS:
    void load_asksForTheDefaultFieldsPlusTheOnesOnlyGivenOnRequest()
    {
        Fixture f;
        f.nam.onRoute(describePath(idA), [](const QJsonObject &) {
            return FakeReply::json({ { QLatin1String("id"), idA } });
        });
        f.details.load(idA);
        QVERIFY(f.settle());
        QCOMPARE(f.nam.count(describePath(idA)), 1);
        const QJsonObject input = f.nam.requests().last().input();
        // The whole default set, so that fields the console does not know of (a newer
        // platform's) still reach the Raw JSON page; a list of fields would drop them.
        QCOMPARE(input.value(QLatin1String("defaultFields")), QJsonValue(true));
        const QJsonObject fields = input.value(QLatin1String("fields")).toObject();
        for (const char *field : { "properties", "permissions", "appCaches", "fileUploadParameters",
                                   "availableInstanceTypes", "objects", "folders" }) {
            QVERIFY2(fields.value(QLatin1String(field)) == QJsonValue(true), field);
        }
        QVERIFY(!fields.contains(QLatin1String("name")));
    }

    void has_fieldsTheServerLeftOut_areAbsent()
    {
        Fixture f;
        f.nam.onRoute(describePath(idA), [](const QJsonObject &) {
            return FakeReply::json({ { QLatin1String("id"), idA },
                                     { QLatin1String("name"), QLatin1String("A") },
                                     { QLatin1String("dataUsage"), 0 },
                                     { QLatin1String("pendingTransfer"), QJsonValue::Null } });
        });
        QSignalSpy changed(&f.details, &ProjectDetails::changed);
        QSignalSpy described(&f.details, &ProjectDetails::described);
        f.details.load(idA);
        QVERIFY(f.settle());
        QCOMPARE(f.details.state(), ProjectDetails::State::Loaded);
        QVERIFY(f.details.has(QStringLiteral("name")));
        QVERIFY(f.details.has(QStringLiteral("dataUsage"))); // zero is a value
        QVERIFY(f.details.has(QStringLiteral("pendingTransfer"))); // null means "none"
        QVERIFY(!f.details.has(QStringLiteral("storageCost")));
        QVERIFY(!f.details.has(QStringLiteral("properties")));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(described.count(), 1);
        QCOMPARE(described.first().at(0).toString(), idA);
    }

    void load_anotherProject_dropsOldResult_andIgnoresTheStaleReply()
    {
        Fixture f;
        f.nam.onRoute(describePath(idA), [](const QJsonObject &) {
            return FakeReply::json({ { QLatin1String("name"), QLatin1String("A") } })
                .withDelay(200);
        });
        f.nam.onRoute(describePath(idB), [](const QJsonObject &) {
            return FakeReply::json({ { QLatin1String("name"), QLatin1String("B") } });
        });
        f.details.load(idA);
        QTest::qWait(10);
        f.details.load(idB);
        QVERIFY(f.settle());
        QCOMPARE(f.details.value(QStringLiteral("name")).toString(), QStringLiteral("B"));
        QTest::qWait(300);
        QCOMPARE(f.details.projectId(), idB);
        QCOMPARE(f.details.value(QStringLiteral("name")).toString(), QStringLiteral("B"));
    }

    void error_keepsTheReason_andRetryLoadsAgain()
    {
        Fixture f;
        f.nam.onRouteSequence(
            describePath(idA),
            { FakeReply::apiError(404, QStringLiteral("ResourceNotFound"),
                                  QStringLiteral("The specified project does not exist")),
              FakeReply::json({ { QLatin1String("name"), QLatin1String("A") } }) });
        f.details.load(idA);
        QVERIFY(f.settle());
        QCOMPARE(f.details.state(), ProjectDetails::State::Error);
        QVERIFY2(f.details.errorText().contains(QStringLiteral("does not exist")),
                 qPrintable(f.details.errorText()));
        QVERIFY(!f.details.has(QStringLiteral("name")));
        f.details.retry();
        QVERIFY(f.settle());
        QCOMPARE(f.details.state(), ProjectDetails::State::Loaded);
        QVERIFY(f.details.errorText().isEmpty());
        QCOMPARE(f.details.value(QStringLiteral("name")).toString(), QStringLiteral("A"));
    }

    void clear_forgetsTheProject()
    {
        Fixture f;
        f.details.setDescribe(idA, { { QLatin1String("name"), QLatin1String("A") } });
        QCOMPARE(f.details.state(), ProjectDetails::State::Loaded);
        f.details.clear();
        QCOMPARE(f.details.state(), ProjectDetails::State::Idle);
        QVERIFY(f.details.projectId().isEmpty());
        QVERIFY(!f.details.has(QStringLiteral("name")));
    }
};

QTEST_GUILESS_MAIN(TestProjectDetails)
#include "tst_projectdetails.moc"
