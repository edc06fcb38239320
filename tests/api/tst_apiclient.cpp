// ApiClient: the shape of every request (verb, URL, headers, body) and the attempt events,
// which must never carry the token or a body.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "tests/support/CallRunner.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "tests/support/RawHttpServer.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
const QString token = QStringLiteral("tok-SECRET-4f2a");
const QString projectId = QStringLiteral("project-B0123456789BFGJKPQVXYZbf");

QStringList s_logLines; // filled by the message handler while a test captures logs
void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    s_logLines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
            + message;
}

QString serialize(const ApiAttempt &a)
{
    return a.time.toString(Qt::ISODateWithMs) + QLatin1Char('|') + a.route + QLatin1Char('|')
        + a.target + QLatin1Char('|') + a.method + QLatin1Char('|') + QString::number(a.httpStatus)
        + QLatin1Char('|') + QString::number(a.durationMs) + QLatin1Char('|')
        + QString::number(a.retry) + QLatin1Char('|') + a.requestId + QLatin1Char('|') + a.errorType
        + QLatin1Char('|') + (a.willRetry ? QStringLiteral("1") : QStringLiteral("0"))
        + QLatin1Char('|') + QString::number(a.callId);
}

QUrl loopbackUrl(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.attemptTimeoutMs = 100;
    policy.overallDeadlineMs = 2000;
    policy.backoffBaseMs = 5;
    policy.maxTransportRetries = 2;
    return policy;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_nam->setHandler([](const QNetworkRequest &, const QByteArray &) {
            return FakeReply::json({ { QStringLiteral("ok"), true } });
        });
        m_client = new ApiClient(m_nam, QUrl(QStringLiteral("https://api.test:8443")), this);
        m_client->setRetryPolicy(fastPolicy());
    }
    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    void call_isNotStartedUntilStart()
    {
        ApiCall *call = m_client->call(QStringLiteral("system"), QStringLiteral("whoami"));
        QTest::qWait(20);
        QCOMPARE(m_nam->requests().size(), 0);
        QVERIFY(runCall(call).succeeded());
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void request_isPostToBaseSubjectMethod_withJsonObjectBody()
    {
        const QJsonObject input { { QStringLiteral("fields"), QJsonObject { { "name", true } } } };
        QVERIFY(runCall(m_client->call(projectId, QStringLiteral("describe"), input)).succeeded());
        const RecordedRequest &r = m_nam->requests().at(0);
        QCOMPARE(r.operation, QNetworkAccessManager::PostOperation);
        QCOMPARE(r.url,
                 QUrl(QStringLiteral("https://api.test:8443/") + projectId
                      + QStringLiteral("/describe")));
        QCOMPARE(r.input(), input);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    void request_withoutInput_sendsEmptyObject()
    {
        QVERIFY(runCall(m_client->call(QStringLiteral("system"), QStringLiteral("whoami")))
                    .succeeded());
        QCOMPARE(m_nam->requests().at(0).body, QByteArray("{}"));
        QCOMPARE(m_nam->requests().at(0).path(), QStringLiteral("/system/whoami"));
    }

    void request_baseUrlWithTrailingSlash_hasNoDoubleSlash()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://localhost:8124/")));
        QVERIFY(
            runCall(m_client->call(QStringLiteral("project"), QStringLiteral("new"))).succeeded());
        QCOMPARE(m_nam->requests().at(0).url.toString(),
                 QStringLiteral("http://localhost:8124/project/new"));
    }

    void request_oddSubject_cannotAddQueryOrPath()
    {
        runCall(m_client->call(QStringLiteral("a?b=1/c"), QStringLiteral("describe")));
        const QUrl url = m_nam->requests().at(0).url;
        QVERIFY(!url.hasQuery());
        QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/a%3Fb%3D1%2Fc/describe"));
    }

    void request_withToken_carriesBearerAuthorization()
    {
        m_client->setToken(token);
        QVERIFY(runCall(m_client->call(projectId, QStringLiteral("describe"))).succeeded());
        QCOMPARE(m_nam->requests().at(0).header("Authorization"), "Bearer " + token.toUtf8());
    }

    void request_withoutToken_hasNoAuthorization()
    {
        QVERIFY(runCall(m_client->call(projectId, QStringLiteral("describe"))).succeeded());
        QVERIFY(!m_nam->requests().at(0).hasHeader("Authorization"));
    }

    void request_retried_carriesTheSameHeadersAndBody()
    {
        m_client->setToken(token);
        m_nam->onRouteSequence(
            QStringLiteral("/project-B0123456789BFGJKPQVXYZbf/describe"),
            { FakeReply::apiError(500, QStringLiteral("InternalError"), {}), FakeReply::json({}) });
        const QJsonObject input { { QStringLiteral("properties"), true } };
        QVERIFY(runCall(m_client->call(projectId, QStringLiteral("describe"), input)).succeeded());
        QCOMPARE(m_nam->requests().size(), 2);
        for (const RecordedRequest &r : m_nam->requests()) {
            QCOMPARE(r.header("Authorization"), "Bearer " + token.toUtf8());
            QCOMPARE(r.input(), input);
        }
    }

    void attempts_reportEveryAttemptWithItsFields()
    {
        m_nam->onRouteSequence(QStringLiteral("/project-B0123456789BFGJKPQVXYZbf/describe"),
                               { FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                                     .withHeader("Retry-After", "0")
                                     .withRequestId("r-1"),
                                 FakeReply::json({}).withRequestId("r-2") });
        QSignalSpy spy(m_client, &ApiClient::attempt);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(runCall(m_client->call(projectId, QStringLiteral("describe"))).succeeded());
        QCOMPARE(spy.size(), 2);
        const auto first = spy.at(0).at(0).value<ApiAttempt>();
        const auto second = spy.at(1).at(0).value<ApiAttempt>();
        QCOMPARE(first.route, QStringLiteral("/project-xxxx/describe"));
        QCOMPARE(first.target, projectId);
        QCOMPARE(first.method, QStringLiteral("describe"));
        QCOMPARE(first.httpStatus, 503);
        QCOMPARE(first.retry, 0);
        QCOMPARE(first.requestId, QStringLiteral("r-1"));
        QCOMPARE(first.errorType, QStringLiteral("ServiceUnavailable"));
        QVERIFY(first.willRetry);
        QVERIFY(first.time >= before.addMSecs(-1));
        QVERIFY(first.durationMs >= 0);
        QCOMPARE(second.httpStatus, 200);
        QCOMPARE(second.retry, 1);
        QCOMPARE(second.requestId, QStringLiteral("r-2"));
        QVERIFY(second.errorType.isEmpty());
        QVERIFY(!second.willRetry);
        QCOMPARE(second.callId, first.callId);
        QVERIFY(first.callId != 0);
    }

    void attempts_ofDifferentCalls_haveDifferentCallIds()
    {
        QSignalSpy spy(m_client, &ApiClient::attempt);
        QVERIFY(runCall(m_client->call(QStringLiteral("system"), QStringLiteral("whoami")))
                    .succeeded());
        QVERIFY(runCall(m_client->call(QStringLiteral("system"), QStringLiteral("whoami")))
                    .succeeded());
        QCOMPARE(spy.size(), 2);
        QVERIFY(spy.at(0).at(0).value<ApiAttempt>().callId
                != spy.at(1).at(0).value<ApiAttempt>().callId);
    }

    void attemptsAndLogs_neverCarryTheTokenOrTheBody()
    {
        m_client->setToken(token);
        const QString bodySecret = QStringLiteral("body-secret-77");
        const QJsonObject input { { QStringLiteral("name"), bodySecret } };
        m_nam->setHandler([](const QNetworkRequest &request, const QByteArray &) {
            const QString path = request.url().path();
            if (path.endsWith(QLatin1String("/a")))
                return FakeReply::json({});
            if (path.endsWith(QLatin1String("/b")))
                return FakeReply::apiError(401, QStringLiteral("InvalidAuthentication"), {});
            if (path.endsWith(QLatin1String("/c")))
                return FakeReply::truncated("{\"x");
            if (path.endsWith(QLatin1String("/d")))
                return FakeReply::hang();
            return FakeReply::apiError(500, QStringLiteral("InternalError"), {});
        });
        QSignalSpy spy(m_client, &ApiClient::attempt);
        s_logLines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("dxc.api.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        for (const char *method : { "a", "b", "c", "d", "e" })
            runCall(m_client->call(projectId, QLatin1String(method), input));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(spy.size() >= 5);
        QVERIFY(!s_logLines.isEmpty()); // the log does say something per attempt
        QStringList seen = s_logLines;
        for (const auto &args : std::as_const(spy))
            seen << serialize(args.at(0).value<ApiAttempt>());
        for (const QString &line : std::as_const(seen)) {
            QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("SECRET")), qPrintable(line));
            QVERIFY2(!line.contains(bodySecret), qPrintable(line));
        }
    }
    // The same client over a real QNetworkAccessManager and a loopback socket: checks that
    // what the fake plays is what Qt really reports.
    void loopback_ok_sendsTokenAndJsonOnTheWire()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        server.setResponder([](const QByteArray &) {
            return RawHttpServer::reply(200, "application/json", "{\"id\":\"user-alice\"}", -1,
                                        "X-Request-Id: wire-1\r\n");
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, loopbackUrl(server.port()));
        client.setToken(token);
        QSignalSpy attempts(&client, &ApiClient::attempt);
        const CallOutcome out
            = runCall(client.call(QStringLiteral("system"), QStringLiteral("whoami")));
        QVERIFY(out.succeeded());
        QCOMPARE(out.result.value(QLatin1String("id")).toString(), QStringLiteral("user-alice"));
        QCOMPARE(server.requests().size(), 1);
        const QByteArray raw = server.requests().at(0);
        QVERIFY(raw.startsWith("POST /system/whoami HTTP/1.1\r\n"));
        QVERIFY(raw.contains(QByteArray("Authorization: Bearer " + token.toUtf8() + "\r\n")));
        QVERIFY(raw.toLower().contains("content-type: application/json\r\n"));
        QVERIFY(raw.endsWith("\r\n\r\n{}"));
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).at(0).value<ApiAttempt>().requestId, QStringLiteral("wire-1"));
    }

    void loopback_cutShortReply_onDescribe_isResent()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        server.setResponder([&server](const QByteArray &) {
            if (server.requests().size() == 1)
                return RawHttpServer::reply(200, "application/json", "{\"name\":", 200);
            return RawHttpServer::reply(200, "application/json", "{\"name\":\"p\"}");
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, loopbackUrl(server.port()));
        client.setRetryPolicy(fastPolicy());
        const CallOutcome out = runCall(client.call(projectId, QStringLiteral("describe")));
        QVERIFY(out.succeeded());
        QCOMPARE(server.requests().size(), 2);
    }

    void loopback_cutShortReply_onProjectNew_isOutcomeUnknown()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        server.setResponder([](const QByteArray &) {
            return RawHttpServer::reply(200, "application/json", "{\"id\":", 200);
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, loopbackUrl(server.port()));
        client.setRetryPolicy(fastPolicy());
        const CallOutcome out
            = runCall(client.call(QStringLiteral("project"), QStringLiteral("new")));
        QCOMPARE(out.error.type, ApiError::Type::OutcomeUnknown);
        QCOMPARE(server.requests().size(), 1);
    }

    void loopback_redirect_isNotFollowed()
    {
        RawHttpServer server;
        QVERIFY(server.listen());
        const QByteArray location = "Location: http://127.0.0.1:"
            + QByteArray::number(server.port()) + "/elsewhere/new\r\n";
        server.setResponder([location](const QByteArray &) {
            return RawHttpServer::reply(307, {}, {}, -1, location);
        });
        QNetworkAccessManager nam;
        ApiClient client(&nam, loopbackUrl(server.port()));
        client.setRetryPolicy(fastPolicy());
        const CallOutcome out
            = runCall(client.call(QStringLiteral("project"), QStringLiteral("new")));
        QCOMPARE(out.error.type, ApiError::Type::BadReply);
        QCOMPARE(out.error.httpStatus, 307);
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 1);
    }

    void loopback_connectionRefused_isRetriedThenNetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and has no listener now
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QNetworkAccessManager nam;
        ApiClient client(&nam, loopbackUrl(port));
        client.setRetryPolicy(fastPolicy());
        QSignalSpy attempts(&client, &ApiClient::attempt);
        const CallOutcome out
            = runCall(client.call(QStringLiteral("project"), QStringLiteral("new")));
        QCOMPARE(out.error.type, ApiError::Type::Network);
        QCOMPARE(out.error.networkError, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(attempts.size(), 1 + fastPolicy().maxTransportRetries);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
