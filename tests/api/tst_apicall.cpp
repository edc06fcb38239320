// ApiCall against a fake network: every answer a server (or a network) can give, and what the
// call makes of it: result, error mapping, retries, timeouts, abort, lifetime.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Routes.h"
#include "tests/support/CallRunner.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(FakeReply)

namespace {
const QString projectId = QStringLiteral("project-B0123456789BFGJKPQVXYZbf");
const QString describePath = QStringLiteral("/project-B0123456789BFGJKPQVXYZbf/describe");
const QString newPath = QStringLiteral("/project/new");

// Keeps the last reply it handed out, so that a test can act right after the call has seen
// that reply finish (its slot is connected first).
class CapturingNam : public FakeNetworkAccessManager
{
public:
    QPointer<QNetworkReply> last;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QNetworkReply *reply = FakeNetworkAccessManager::createRequest(op, request, outgoingData);
        last = reply;
        return reply;
    }
};

// A describe result larger than ApiCall::parseOffThreadBytes.
QJsonObject largeResult()
{
    QJsonArray folders;
    for (int i = 0; folders.size() * 20 < ApiCall::parseOffThreadBytes * 2; ++i)
        folders.append(QStringLiteral("/folder-%1").arg(i, 8, 10, QLatin1Char('0')));
    return { { QStringLiteral("name"), QStringLiteral("big") },
             { QStringLiteral("folders"), folders } };
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.attemptTimeoutMs = 200;
    policy.overallDeadlineMs = 3000;
    policy.maxServerErrorRetries = 6;
    policy.backoffBaseMs = 5;
    policy.maxRetryAfterSeconds = 600;
    policy.maxTransportRetries = 3;
    return policy;
}
} // namespace

class TestApiCall : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;

    ApiCall *describe() { return m_client->call(projectId, QStringLiteral("describe")); }
    ApiCall *newProject()
    {
        return m_client->call(QStringLiteral("project"), QStringLiteral("new"),
                              { { QStringLiteral("name"), QStringLiteral("p1") } });
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_client = new ApiClient(m_nam, QUrl(QStringLiteral("http://api.test")), this);
        m_client->setToken(QStringLiteral("tok-123"));
        m_client->setRetryPolicy(fastPolicy());
    }
    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    void ok200_finishesWithTheObject_onceAndDeletesItself()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("name"), QStringLiteral("p") } });
        });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.succeeded());
        QCOMPARE(out.result.value(QLatin1String("name")).toString(), QStringLiteral("p"));
        QVERIFY(out.deleted);
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void ok200_withCharsetInContentType_isAccepted()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::raw(200, "application/json; charset=utf-8", "{\"a\":1}");
        });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.succeeded());
        QCOMPARE(out.result.value(QLatin1String("a")).toInt(), 1);
    }

    void errorReply_mapsTypeStatusMessageDetailsAndRequestId_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<int>("type");
        QTest::newRow("MalformedJSON")
            << 400 << "MalformedJSON" << int(ApiError::Type::MalformedJSON);
        QTest::newRow("InvalidAuthentication")
            << 401 << "InvalidAuthentication" << int(ApiError::Type::InvalidAuthentication);
        QTest::newRow("PermissionDenied")
            << 401 << "PermissionDenied" << int(ApiError::Type::PermissionDenied);
        QTest::newRow("SpendingLimitExceeded")
            << 403 << "SpendingLimitExceeded" << int(ApiError::Type::SpendingLimitExceeded);
        QTest::newRow("ResourceNotFound")
            << 404 << "ResourceNotFound" << int(ApiError::Type::ResourceNotFound);
        QTest::newRow("InvalidInput") << 422 << "InvalidInput" << int(ApiError::Type::InvalidInput);
        QTest::newRow("InvalidState") << 422 << "InvalidState" << int(ApiError::Type::InvalidState);
        QTest::newRow("InvalidType") << 422 << "InvalidType" << int(ApiError::Type::InvalidType);
        QTest::newRow("RateLimitConditional")
            << 429 << "RateLimitConditional" << int(ApiError::Type::RateLimitConditional);
        QTest::newRow("InternalError")
            << 500 << "InternalError" << int(ApiError::Type::InternalError);
        QTest::newRow("ServiceUnavailable")
            << 503 << "ServiceUnavailable" << int(ApiError::Type::ServiceUnavailable);
        QTest::newRow("unknown type")
            << 418 << "TeapotError" << int(ApiError::Type::UnknownServerError);
    }
    void errorReply_mapsTypeStatusMessageDetailsAndRequestId()
    {
        QFETCH(int, status);
        QFETCH(QString, typeName);
        QFETCH(int, type);
        RetryPolicy policy = fastPolicy();
        policy.overallDeadlineMs = 150; // bounds the 503/429 retries
        m_client->setRetryPolicy(policy);
        const QJsonObject details { { QStringLiteral("field"), QStringLiteral("name") } };
        m_nam->onRoute(describePath, [=](const QJsonObject &) {
            return FakeReply::apiError(status, typeName, QStringLiteral("it went wrong"), details)
                .withRequestId("req-7");
        });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.failedOnce());
        QCOMPARE(int(out.error.type), type);
        QCOMPARE(out.error.typeName, typeName);
        QCOMPARE(out.error.httpStatus, status);
        QCOMPARE(out.error.message, QStringLiteral("it went wrong"));
        QCOMPARE(out.error.details.toObject(), details);
        QCOMPARE(out.error.requestId, QStringLiteral("req-7"));
        QCOMPARE(out.error.route, QStringLiteral("/project-xxxx/describe"));
        QVERIFY(out.error.userMessage().contains(QLatin1String("request req-7)")));
        QVERIFY(out.deleted);
        const bool retried = status >= 500 || status == 429;
        QCOMPARE(m_nam->count(describePath) > 1, retried);
    }

    void errorReply_notJson_isBadReplyNamingTheStatus()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::raw(502, "text/html", "<html>Bad Gateway</html>");
        });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
        QCOMPARE(out.error.httpStatus, 502);
        QVERIFY2(out.error.userMessage().contains(
                     QLatin1String("answered 502 with a reply that is not JSON")),
                 qPrintable(out.error.userMessage()));
        QCOMPARE(m_nam->count(describePath), 7); // a 5xx is retried even when unreadable
    }

    void errorReply_jsonWithoutErrorKey_isBadReply()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("oops"), true } }, 404);
        });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
        QCOMPARE(out.error.httpStatus, 404);
        QVERIFY(out.error.userMessage().contains(QLatin1String("404")));
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void errorReply_withoutMessage_getsAMessageFromItsType()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::apiError(404, QStringLiteral("ResourceNotFound"), QString());
        });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::ResourceNotFound);
        QCOMPARE(out.error.message, ApiError::defaultMessage(ApiError::Type::ResourceNotFound));
        QVERIFY(!out.error.message.isEmpty());
        QCOMPARE(out.error.userMessage(),
                 QStringLiteral("Not found: the object or route does not exist"));
    }

    void unprocessable422_isNeverRetried()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::apiError(422, QStringLiteral("InvalidInput"), QStringLiteral("x"));
        });
        QVERIFY(runCall(describe()).failedOnce());
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void truncatedBody_onSafeRoute_isRetriedThenBadReply()
    {
        m_nam->onRoute(describePath,
                       [](const QJsonObject &) { return FakeReply::truncated("{\"name\":\"p"); });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
        QCOMPARE(out.error.httpStatus, 200);
        QVERIFY(out.error.message.contains(QLatin1String("cut short")));
        QCOMPARE(m_nam->count(describePath), 1 + fastPolicy().maxTransportRetries);
    }

    void truncatedBody_once_onSafeRoute_isResentAndSucceeds()
    {
        m_nam->onRouteSequence(
            describePath, { FakeReply::truncated("{\"na"), FakeReply::json({ { "name", "p" } }) });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.succeeded());
        QCOMPARE(m_nam->count(describePath), 2);
    }

    void truncatedBodyWithoutTransportError_isDetectedByContentLength()
    {
        FakeReply cut = FakeReply::truncated("{\"na");
        cut.error = QNetworkReply::NoError; // a stack that does not flag the short body
        m_nam->onRouteSequence(describePath, { cut, FakeReply::json({ { "name", "p" } }) });
        QVERIFY(runCall(describe()).succeeded());
        QCOMPARE(m_nam->count(describePath), 2);
    }

    void truncatedBody_onProjectNew_isOutcomeUnknownAndNotResent()
    {
        m_nam->onRoute(newPath, [](const QJsonObject &) { return FakeReply::truncated("{\"id"); });
        const CallOutcome out = runCall(newProject());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::OutcomeUnknown);
        QCOMPARE(m_nam->count(newPath), 1);
    }

    void wrongContentType_onSuccess_isBadReplyAndNotRetried()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::raw(200, "text/html", "<html>captive portal</html>");
        });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
        QVERIFY(out.error.message.contains(QLatin1String("text/html")));
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void jsonArrayOnSuccess_isBadReply()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::raw(200, "application/json", "[1]");
        });
        const CallOutcome out = runCall(describe());
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
    }

    void redirect_isNotFollowedAndIsBadReply()
    {
        m_nam->onRoute(newPath, [](const QJsonObject &) {
            return FakeReply::raw(307, QByteArray(), QByteArray())
                .withHeader("Location", "http://elsewhere.test/project/new");
        });
        const CallOutcome out = runCall(newProject());
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
        QCOMPARE(out.error.httpStatus, 307);
        QCOMPARE(m_nam->count(newPath), 1);
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void serviceUnavailable_withRetryAfter_waitsThatLongThenSucceeds()
    {
        m_nam->onRouteSequence(
            describePath,
            { FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), QStringLiteral("busy"))
                  .withHeader("Retry-After", "1"),
              FakeReply::json({ { "name", "p" } }) });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.succeeded());
        QCOMPARE(m_nam->count(describePath), 2);
        QVERIFY2(out.elapsedMs >= 950, qPrintable(QString::number(out.elapsedMs)));
    }

    void serviceUnavailable_doesNotUseUpTheServerErrorBudget()
    {
        QList<FakeReply> replies;
        for (int i = 0; i < 10; ++i)
            replies << FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), QString())
                           .withHeader("Retry-After", "0");
        replies << FakeReply::json({ { "name", "p" } });
        m_nam->onRouteSequence(describePath, replies);
        QVERIFY(runCall(describe()).succeeded());
        QCOMPARE(m_nam->count(describePath), 11);
    }

    void rateLimited_onProjectNew_isRetried()
    {
        // A 429 is a refusal before any work: resending /project/new cannot make two.
        m_nam->onRouteSequence(
            newPath,
            { FakeReply::apiError(429, QStringLiteral("RateLimitConditional"), {})
                  .withHeader("Retry-After", "0"),
              FakeReply::json({ { "id", projectId } }) });
        QVERIFY(runCall(newProject()).succeeded());
        QCOMPARE(m_nam->count(newPath), 2);
    }

    void anyServerErrorOrUnclearReply_onEveryUnsafeRoute_isSentOnceAndOutcomeUnknown_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("method");
        QTest::addColumn<FakeReply>("reply");
        const QList<QPair<QString, QString>> routes {
            { QStringLiteral("project"), QStringLiteral("new") },
            { projectId, QStringLiteral("invite") },
            { projectId, QStringLiteral("clone") },
            { QStringLiteral("user-alice"), QStringLiteral("update") },
            { QStringLiteral("org-lab"), QStringLiteral("update") },
        };
        const QList<QPair<const char *, FakeReply>> replies {
            { "500", FakeReply::apiError(500, QStringLiteral("InternalError"), {}) },
            { "502 html", FakeReply::raw(502, "text/html", "<html>bad gateway</html>") },
            { "503",
              FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                  .withHeader("Retry-After", "0") },
            { "200 unreadable", FakeReply::raw(200, "application/json", "{\"id\": ") },
            { "200 not json", FakeReply::raw(200, "text/html", "<html>ok</html>") },
            { "200 truncated", FakeReply::truncated("{\"id\"") },
            { "connection lost", FakeReply::remoteClosed() },
        };
        for (const auto &route : routes) {
            for (const auto &reply : replies) {
                QTest::addRow("%s/%s %s", qPrintable(route.first), qPrintable(route.second),
                              reply.first)
                    << route.first << route.second << reply.second;
            }
        }
    }
    void anyServerErrorOrUnclearReply_onEveryUnsafeRoute_isSentOnceAndOutcomeUnknown()
    {
        // A 500 on /project/new was resent 6 times: 7 projects from one click.
        QFETCH(QString, subject);
        QFETCH(QString, method);
        QFETCH(FakeReply, reply);
        m_nam->setHandler([reply](const QNetworkRequest &, const QByteArray &) { return reply; });
        QVERIFY(!Routes::lookup(subject, method).safeToRetry);
        QPointer<ApiCall> call = m_client->call(subject, method);
        QSignalSpy retrying(call.data(), &ApiCall::retrying);
        const CallOutcome out = runCall(call);
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::OutcomeUnknown);
        QVERIFY2(out.error.userMessage().contains(QLatin1String("may or may not")),
                 qPrintable(out.error.userMessage()));
        QCOMPARE(m_nam->requests().size(), 1);
        QCOMPARE(retrying.size(), 0);
    }

    void internalError_onProjectNew_saysWhatTheServerAnswered()
    {
        m_nam->onRoute(newPath, [](const QJsonObject &) {
            return FakeReply::apiError(500, QStringLiteral("InternalError"),
                                       QStringLiteral("database hiccup"))
                .withRequestId("req-7");
        });
        const CallOutcome out = runCall(newProject());
        QCOMPARE(out.error.type, ApiError::Type::OutcomeUnknown);
        QCOMPARE(out.error.httpStatus, 500);
        QCOMPARE(out.error.requestId, QStringLiteral("req-7"));
        QVERIFY2(out.error.message.contains(QLatin1String("database hiccup")),
                 qPrintable(out.error.message));
        QCOMPARE(m_nam->count(newPath), 1);
    }

    void retrying_tellsWhichRetryComesWhenAndWhy()
    {
        m_nam->onRouteSequence(describePath,
                               { FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                                     .withHeader("Retry-After", "1"),
                                 FakeReply::json({ { "name", "p" } }) });
        QPointer<ApiCall> call = describe();
        QSignalSpy retrying(call.data(), &ApiCall::retrying);
        QVERIFY(runCall(call).succeeded());
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(0).toInt(), 1);
        QCOMPARE(retrying.at(0).at(1).toLongLong(), 1000);
        QCOMPARE(retrying.at(0).at(2).value<ApiError>().httpStatus, 503);
    }

    void retryAfterBeyondTheDeadline_failsWithoutWaiting()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), QString())
                .withHeader("Retry-After", "30");
        });
        const CallOutcome out = runCall(describe());
        QCOMPARE(out.error.type, ApiError::Type::ServiceUnavailable);
        QCOMPARE(m_nam->count(describePath), 1);
        QVERIFY(out.elapsedMs < 1000);
    }

    void rateLimited_isRetriedUntilTheDeadline_thenFails()
    {
        RetryPolicy policy = fastPolicy();
        policy.overallDeadlineMs = 300;
        m_client->setRetryPolicy(policy);
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::apiError(429, QStringLiteral("RateLimitConditional"), QString());
        });
        const CallOutcome out = runCall(describe());
        QCOMPARE(out.error.type, ApiError::Type::RateLimitConditional);
        QVERIFY(m_nam->count(describePath) > 7); // more than the 5xx budget allows
        QVERIFY(out.elapsedMs < 1500);
    }

    void internalError_sevenTimes_failsAfterSixRetries()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::apiError(500, QStringLiteral("InternalError"),
                                       QStringLiteral("boom"));
        });
        QElapsedTimer clock;
        clock.start();
        const CallOutcome out = runCall(describe());
        QCOMPARE(out.error.type, ApiError::Type::InternalError);
        QCOMPARE(m_nam->count(describePath), 7);
        // backoff 5, 5-10, 10-20, 20-40, 40-80, 80-160 ms
        QVERIFY2(out.elapsedMs >= 160, qPrintable(QString::number(out.elapsedMs)));
    }

    void internalError_sixTimesThenOk_succeeds()
    {
        QList<FakeReply> replies;
        for (int i = 0; i < 6; ++i)
            replies << FakeReply::apiError(500, QStringLiteral("InternalError"), QString());
        replies << FakeReply::json({ { "name", "p" } });
        m_nam->onRouteSequence(describePath, replies);
        QVERIFY(runCall(describe()).succeeded());
        QCOMPARE(m_nam->count(describePath), 7);
    }

    void connectionRefused_isRetriedEvenOnProjectNew()
    {
        m_nam->onRouteSequence(newPath,
                               { FakeReply::connectionRefused(), FakeReply::connectionRefused(),
                                 FakeReply::json({ { "id", projectId } }) });
        const CallOutcome out = runCall(newProject());
        QVERIFY(out.succeeded());
        QCOMPARE(m_nam->count(newPath), 3);
    }

    void connectionRefused_always_failsWithNetworkAndTheErrorText()
    {
        m_nam->onRoute(describePath,
                       [](const QJsonObject &) { return FakeReply::connectionRefused(); });
        const CallOutcome out = runCall(describe());
        QCOMPARE(out.error.type, ApiError::Type::Network);
        QCOMPARE(out.error.networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY(out.error.userMessage().contains(QLatin1String("Connection refused")));
        QCOMPARE(m_nam->count(describePath), 1 + fastPolicy().maxTransportRetries);
    }

    void tlsError_isFinal()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::networkError(QNetworkReply::SslHandshakeFailedError,
                                           QStringLiteral("certificate expired"));
        });
        const CallOutcome out = runCall(describe());
        QCOMPARE(out.error.type, ApiError::Type::Network);
        QVERIFY(out.error.userMessage().contains(QLatin1String("certificate expired")));
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void timeout_onSafeRoute_isRetriedThenFailsWithTimeout()
    {
        RetryPolicy policy = fastPolicy();
        policy.attemptTimeoutMs = 80;
        m_client->setRetryPolicy(policy);
        m_nam->onRoute(describePath, [](const QJsonObject &) { return FakeReply::hang(); });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::Timeout);
        QCOMPARE(m_nam->count(describePath), 1 + policy.maxTransportRetries);
        QVERIFY(out.elapsedMs >= 4 * 80);
        QVERIFY(out.deleted);
    }

    void timeout_thenAnswer_succeeds()
    {
        m_nam->onRouteSequence(describePath,
                               { FakeReply::hang(), FakeReply::json({ { "name", "p" } }) });
        QVERIFY(runCall(describe()).succeeded());
        QCOMPARE(m_nam->count(describePath), 2);
    }

    void slowReply_withinTheAttemptTimeout_isNotCut()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::json({ { "a", 1 } }).withDelay(100);
        });
        QVERIFY(runCall(describe()).succeeded());
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void timeout_onProjectNew_isOutcomeUnknownAndNotResent()
    {
        m_nam->onRoute(newPath, [](const QJsonObject &) { return FakeReply::hang(); });
        const CallOutcome out = runCall(newProject());
        QCOMPARE(out.error.type, ApiError::Type::OutcomeUnknown);
        QCOMPARE(m_nam->count(newPath), 1);
    }

    void overallDeadline_cutsAHangingAttempt()
    {
        RetryPolicy policy = fastPolicy();
        policy.attemptTimeoutMs = 10000;
        policy.overallDeadlineMs = 150;
        m_client->setRetryPolicy(policy);
        m_nam->onRoute(describePath, [](const QJsonObject &) { return FakeReply::hang(); });
        const CallOutcome out = runCall(describe());
        QCOMPARE(out.error.type, ApiError::Type::Timeout);
        QVERIFY(out.elapsedMs < 1000);
    }

    void lostReply_onProjectNew_isSentOnceAndOutcomeUnknown()
    {
        m_nam->onRoute(newPath, [](const QJsonObject &) { return FakeReply::remoteClosed(); });
        const CallOutcome out = runCall(newProject());
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::OutcomeUnknown);
        QCOMPARE(out.error.networkError, QNetworkReply::RemoteHostClosedError);
        QVERIFY(out.error.userMessage().contains(QLatin1String("/project/new")));
        QCOMPARE(m_nam->count(newPath), 1);
    }

    void lostReply_onEveryUnsafeRoute_isNotResent_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("method");
        QTest::newRow("invite") << projectId << "invite";
        QTest::newRow("clone") << projectId << "clone";
        QTest::newRow("user update") << "user-alice"
                                     << "update";
    }
    void lostReply_onEveryUnsafeRoute_isNotResent()
    {
        QFETCH(QString, subject);
        QFETCH(QString, method);
        m_nam->setHandler(
            [](const QNetworkRequest &, const QByteArray &) { return FakeReply::remoteClosed(); });
        const CallOutcome out = runCall(m_client->call(subject, method));
        QCOMPARE(out.error.type, ApiError::Type::OutcomeUnknown);
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void lostReply_onDescribe_isResentThenSucceeds()
    {
        m_nam->onRouteSequence(describePath,
                               { FakeReply::remoteClosed(), FakeReply::json({ { "name", "p" } }) });
        const CallOutcome out = runCall(describe());
        QVERIFY(out.succeeded());
        QCOMPARE(m_nam->count(describePath), 2);
    }

    void abort_inFlight_reportsToNoOneAndDeletesItself()
    {
        // The owner that aborts may be inside its destructor: nothing may call it back.
        m_nam->onRoute(describePath, [](const QJsonObject &) { return FakeReply::hang(); });
        QPointer<ApiCall> call = describe();
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QSignalSpy failed(call.data(), &ApiCall::failed);
        QList<ApiAttempt> attempts;
        connect(m_client, &ApiClient::attempt, this,
                [&attempts](const ApiAttempt &a) { attempts << a; });
        call->start();
        QTRY_COMPARE(m_nam->count(describePath), 1);
        call->abort();
        call->abort(); // a second abort is harmless
        QCOMPARE(failed.size(), 0);
        QCOMPARE(attempts.size(), 0); // the log hears of it later, from the event loop
        QTRY_VERIFY(call.isNull());
        QTRY_COMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).errorType, QStringLiteral("Aborted"));
        QTest::qWait(300); // beyond the attempt timeout: nothing else happens
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void abort_fromTheOwnersDestructor_touchesNothingOfTheOwner()
    {
        // ~NewProjectForm -> abort -> onFailed -> the dialog's deleted label: the crash of a
        // Cancel while the call was pending.
        struct Owner : QObject
        {
            QPointer<ApiCall> call;
            ~Owner() override
            {
                if (call)
                    call->abort();
            }
        };
        m_nam->onRoute(describePath, [](const QJsonObject &) { return FakeReply::hang(); });
        int heard = 0;
        auto *owner = new Owner;
        owner->call = describe();
        connect(owner->call, &ApiCall::failed, owner, [&heard] { ++heard; });
        owner->call->start();
        QTRY_COMPARE(m_nam->count(describePath), 1);
        delete owner;
        QCOMPARE(heard, 0);
        QTest::qWait(20);
        QCOMPARE(heard, 0);
    }

    void abort_whileWaitingToRetry_stopsTheRetry()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), QString())
                .withHeader("Retry-After", "1");
        });
        QPointer<ApiCall> call = describe();
        QSignalSpy failed(call.data(), &ApiCall::failed);
        call->start();
        QTRY_COMPARE(m_nam->count(describePath), 1);
        QTest::qWait(50);
        call->abort();
        QCOMPARE(failed.size(), 0);
        QTest::qWait(1200);
        QCOMPARE(m_nam->count(describePath), 1);
        QVERIFY(call.isNull());
    }

    void largeReply_isParsedAfterTheReplySlot_thenFinishesOnceWithTheObject()
    {
        // Parsed on a worker: when the reply has finished, the call has not yet said anything;
        // its result comes later, from the event loop, once.
        CapturingNam nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://api.test")));
        const QJsonObject result = largeResult();
        nam.onRoute(describePath,
                    [result](const QJsonObject &) { return FakeReply::json(result); });
        QPointer<ApiCall> call = client.call(projectId, QStringLiteral("describe"));
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QSignalSpy failed(call.data(), &ApiCall::failed);
        call->start();
        QVERIFY(nam.last);
        int finishedAtReply = -1;
        connect(nam.last, &QNetworkReply::finished, this,
                [&] { finishedAtReply = int(finished.size()); });
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finishedAtReply, 0);
        QCOMPARE(finished.at(0).at(0).toJsonObject(), result);
        QTRY_VERIFY(call.isNull());
        QCOMPARE(failed.size(), 0);
    }

    void abort_whileTheReplyIsParsed_reportsToNoOneAndDeletesItself()
    {
        CapturingNam nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://api.test")));
        const QJsonObject result = largeResult();
        nam.onRoute(describePath,
                    [result](const QJsonObject &) { return FakeReply::json(result); });
        QPointer<ApiCall> call = client.call(projectId, QStringLiteral("describe"));
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QSignalSpy failed(call.data(), &ApiCall::failed);
        QList<ApiAttempt> attempts;
        connect(&client, &ApiClient::attempt, this,
                [&attempts](const ApiAttempt &a) { attempts << a; });
        call->start();
        QVERIFY(nam.last);
        bool aborted = false;
        connect(nam.last, &QNetworkReply::finished, this, [&] {
            QVERIFY(call);
            call->abort();
            aborted = true;
        });
        QTRY_VERIFY(aborted);
        QTRY_VERIFY(call.isNull());
        QTRY_COMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).errorType, QStringLiteral("Aborted"));
        QTest::qWait(100); // the parse has long ended: its result goes nowhere
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(attempts.size(), 1);
    }

    void clientDestroyed_whileTheReplyIsParsed_endsTheCallSilently()
    {
        CapturingNam nam;
        auto *client = new ApiClient(&nam, QUrl(QStringLiteral("http://api.test")));
        const QJsonObject result = largeResult();
        nam.onRoute(describePath,
                    [result](const QJsonObject &) { return FakeReply::json(result); });
        QPointer<ApiCall> call = client->call(projectId, QStringLiteral("describe"));
        int heard = 0;
        connect(call, &ApiCall::finished, this, [&heard] { ++heard; });
        connect(call, &ApiCall::failed, this, [&heard] { ++heard; });
        call->start();
        QVERIFY(nam.last);
        bool destroyed = false;
        connect(nam.last, &QNetworkReply::finished, this, [&] {
            delete client;
            destroyed = true;
        });
        QTRY_VERIFY(destroyed);
        QVERIFY(call.isNull());
        QTest::qWait(100);
        QCOMPARE(heard, 0);
    }

    void largeUnreadableReply_parsedOffThread_failsAsBadReply()
    {
        CapturingNam nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://api.test")));
        QByteArray body = QJsonDocument(largeResult()).toJson(QJsonDocument::Compact);
        body.chop(1); // no closing brace
        nam.onRoute(describePath, [body](const QJsonObject &) {
            return FakeReply::raw(200, "application/json", body).withRequestId("req-7");
        });
        const CallOutcome out = runCall(client.call(projectId, QStringLiteral("describe")));
        QVERIFY(out.failedOnce());
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
        QCOMPARE(out.error.httpStatus, 200);
        QCOMPARE(out.error.requestId, QStringLiteral("req-7"));
        QVERIFY2(out.error.message.contains(QLatin1String("cannot be read")),
                 qPrintable(out.error.message));
        QVERIFY(out.deleted);
    }

    void abort_beforeStart_reportsToNoOne()
    {
        QPointer<ApiCall> call = describe();
        QSignalSpy failed(call.data(), &ApiCall::failed);
        call->abort();
        call->start(); // too late: it stays aborted
        QCOMPARE(failed.size(), 0);
        QTRY_VERIFY(call.isNull());
        QCOMPARE(m_nam->requests().size(), 0);
    }

    void clientDestroyedMidCall_endsTheCallSilently()
    {
        // Quitting: ~ApiClient must not call owners back (Session::fail ran on freed memory).
        m_nam->onRoute(describePath, [](const QJsonObject &) { return FakeReply::hang(); });
        QPointer<ApiCall> call = describe();
        QSignalSpy failed(call.data(), &ApiCall::failed);
        call->start();
        QTRY_COMPARE(m_nam->count(describePath), 1);
        delete m_client;
        m_client = nullptr;
        QCOMPARE(failed.size(), 0);
        QVERIFY(call.isNull());
        QTest::qWait(50);
        QCOMPARE(failed.size(), 0);
    }

    void clientDestroyedWhileWaitingToRetry_endsTheCallSilently()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), QString())
                .withHeader("Retry-After", "1");
        });
        QPointer<ApiCall> call = describe();
        QSignalSpy failed(call.data(), &ApiCall::failed);
        QSignalSpy retrying(call.data(), &ApiCall::retrying);
        call->start();
        QTRY_COMPARE(retrying.size(), 1);
        delete m_client;
        m_client = nullptr;
        QCOMPARE(failed.size(), 0);
        QVERIFY(call.isNull());
        QTest::qWait(1100);
        QCOMPARE(m_nam->count(describePath), 1);
    }

    void networkManagerDestroyedMidCall_failsCleanly()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) { return FakeReply::hang(); });
        QPointer<ApiCall> call = describe();
        QSignalSpy failed(call.data(), &ApiCall::failed);
        call->start();
        QTRY_COMPARE(m_nam->count(describePath), 1);
        delete m_nam;
        m_nam = nullptr;
        QCOMPARE(failed.size(), 0); // not from inside the manager's destructor
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().type, ApiError::Type::Network);
        QTRY_VERIFY(call.isNull());
        delete m_client; // its manager is gone; nothing may touch it
        m_client = nullptr;
    }

    void deletingTheCallInItsOwnSignal_isSafe()
    {
        m_nam->onRoute(describePath, [](const QJsonObject &) { return FakeReply::json({}); });
        ApiCall *call = describe();
        bool done = false;
        connect(call, &ApiCall::finished, this, [call, &done] {
            done = true;
            delete call;
        });
        call->start();
        QTRY_VERIFY(done);
        QTest::qWait(10);
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
