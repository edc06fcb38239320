// LatestCall: one call in flight, the latest one's end delivered once, nothing delivered for a
// call that was dropped (by a new start, by abort(), by the owner going away).
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/common/LatestCall.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString idA = QStringLiteral("project-AAAAAAAAAAAAAAAAAAAAAAAA");
const QString idB = QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBBB");

QString describePath(const QString &id)
{
    return QLatin1Char('/') + id + QLatin1String("/describe");
}

// What the handlers of one owner heard.
struct Heard
{
    QStringList finished; // the "id" of each result
    QList<ApiError::Type> failed;
};

// A model in miniature: one LatestCall member, handlers that record what they hear.
class Owner : public QObject
{
public:
    Owner(ApiClient *client, Heard *heard)
        : m_client(client)
        , m_heard(heard)
    { }

    ApiCall *describe(const QString &id)
    {
        ApiCall *call = m_client->call(id, QStringLiteral("describe"));
        latest.start(
            call,
            [this](const QJsonObject &result) {
                m_heard->finished.append(result.value(QLatin1String("id")).toString());
            },
            [this](const ApiError &error) { m_heard->failed.append(error.type); });
        return call;
    }

    LatestCall latest { this };

private:
    ApiClient *m_client;
    Heard *m_heard;
};
} // namespace

class TestLatestCall : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        FakeNetworkAccessManager nam;
        ApiClient client { &nam, QUrl(QStringLiteral("http://fake")) };
        Heard heard;
        Owner owner { &client, &heard };
        Fixture() { client.setToken(QStringLiteral("token")); }
        void answer(const QString &id, FakeReply reply)
        {
            nam.onRoute(describePath(id), [reply](const QJsonObject &) { return reply; });
        }
    };

private Q_SLOTS:
    void finished_reachesTheHandlerOnce_andFreesTheSlot()
    {
        Fixture f;
        f.answer(idA, FakeReply::json({ { QLatin1String("id"), idA } }));
        f.owner.describe(idA);
        QVERIFY(f.owner.latest.isActive());
        QTRY_COMPARE(f.heard.finished, QStringList { idA });
        QVERIFY(!f.owner.latest.isActive());
        QTest::qWait(20);
        QCOMPARE(f.heard.finished.size(), 1);
        QVERIFY(f.heard.failed.isEmpty());
    }

    void failed_reachesTheFailureHandler()
    {
        Fixture f;
        f.answer(idA, FakeReply::apiError(401, QStringLiteral("InvalidAuthentication"), {}));
        f.owner.describe(idA);
        QTRY_COMPARE(f.heard.failed.size(), 1);
        QCOMPARE(f.heard.failed.first(), ApiError::Type::InvalidAuthentication);
        QVERIFY(f.heard.finished.isEmpty());
        QVERIFY(!f.owner.latest.isActive());
    }

    void secondStart_abortsTheFirst_andOnlyTheSecondIsDelivered()
    {
        Fixture f;
        f.answer(idA, FakeReply::json({ { QLatin1String("id"), idA } }).withDelay(50));
        f.answer(idB, FakeReply::json({ { QLatin1String("id"), idB } }));
        QPointer<ApiCall> first = f.owner.describe(idA);
        QSignalSpy firstFailed(first.data(), &ApiCall::failed);
        f.owner.describe(idB);
        // An aborted call reports to no one, not even its own failed(); it goes away soon.
        QCOMPARE(firstFailed.count(), 0);
        QTRY_VERIFY(first.isNull());
        QTRY_COMPARE(f.heard.finished, QStringList { idB });
        QTest::qWait(100); // past the first reply's delay
        QCOMPARE(f.heard.finished, QStringList { idB });
        QVERIFY(f.heard.failed.isEmpty());
        QVERIFY(first.isNull());
    }

    void staleReplyAfterAbort_isNeverDelivered()
    {
        Fixture f;
        f.answer(idA, FakeReply::hang());
        f.answer(idB, FakeReply::hang());
        QPointer<ApiCall> first = f.owner.describe(idA);
        f.owner.describe(idB);
        // The aborted call still exists until its deleteLater runs: a reply that raced the
        // abort would come now.
        QVERIFY(first);
        Q_EMIT first->finished({ { QLatin1String("id"), idA } });
        Q_EMIT first->failed(ApiError::make(ApiError::Type::Network));
        QVERIFY(f.heard.finished.isEmpty());
        QVERIFY(f.heard.failed.isEmpty());
        QVERIFY(f.owner.latest.isActive()); // the second call is still the one in flight
    }

    void abort_dropsTheCall_andReportsNothing()
    {
        Fixture f;
        f.answer(idA, FakeReply::json({ { QLatin1String("id"), idA } }).withDelay(30));
        QPointer<ApiCall> call = f.owner.describe(idA);
        f.owner.latest.abort();
        QVERIFY(!f.owner.latest.isActive());
        QTRY_VERIFY(call.isNull());
        QTest::qWait(60);
        QVERIFY(f.heard.finished.isEmpty());
        QVERIFY(f.heard.failed.isEmpty());
        f.owner.latest.abort(); // nothing in flight: harmless
    }

    void handler_mayStartTheNextCall()
    {
        Fixture f;
        f.answer(idA, FakeReply::json({ { QLatin1String("id"), idA } }));
        f.answer(idB, FakeReply::json({ { QLatin1String("id"), idB } }));
        QStringList order;
        ApiCall *first = f.client.call(idA, QStringLiteral("describe"));
        f.owner.latest.start(first,
                             [&](const QJsonObject &result) {
                                 order.append(result.value(QLatin1String("id")).toString());
                                 f.owner.describe(idB);
                             },
                             {});
        QTRY_COMPARE(f.heard.finished, QStringList { idB });
        QCOMPARE(order, QStringList { idA });
    }

    void ownerDestroyedWhilePending_reportsNothing_andAbortsTheCall()
    {
        FakeNetworkAccessManager nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
        client.setToken(QStringLiteral("token"));
        nam.onRoute(describePath(idA), [](const QJsonObject &) { return FakeReply::hang(); });
        Heard heard;
        auto *owner = new Owner(&client, &heard);
        QPointer<ApiCall> call = owner->describe(idA);
        QSignalSpy callFailed(call.data(), &ApiCall::failed);
        delete owner;
        // Aborted, not left hanging: a hanging call would never go away. An aborted call
        // reports to no one.
        QTRY_VERIFY(call.isNull());
        QCOMPARE(callFailed.count(), 0);
        QVERIFY(heard.finished.isEmpty());
        QVERIFY(heard.failed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLatestCall)
#include "tst_latestcall.moc"
