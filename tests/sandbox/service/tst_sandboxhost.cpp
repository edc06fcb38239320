#include "app/sandbox/service/SandboxHost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray requestId;
    QByteArray contentType;
};

} // namespace

// The sandbox over real HTTP, the way dxconsole --sandbox uses it.
class tst_SandboxHost : public QObject
{
    Q_OBJECT

    Answer call(const QString &path, const QByteArray &body, const QString &token)
    {
        QUrl url = m_host->url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        answer.requestId = reply->rawHeader("X-Request-Id");
        answer.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return answer;
    }

    static QString errorType(const Answer &a)
    {
        return a.body.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("type"))
            .toString();
    }

    QString adminToken() const { return m_host->users().value(0).token; }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.memory = true;
        m_host = std::make_unique<SandboxHost>(options);
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_host.reset(); }

    void start_listensOnLoopbackAndListsTheAdministratorFirst()
    {
        QCOMPARE(m_host->url().scheme(), QStringLiteral("http"));
        QCOMPARE(m_host->url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_host->url().port() > 0);
        QVERIFY(!m_host->users().isEmpty());
        QVERIFY(m_host->users().constFirst().id.startsWith(QStringLiteral("user-")));
        QVERIFY(!adminToken().isEmpty());
    }

    void whoami_withAdminToken_returnsTheAdministrator()
    {
        const Answer a = call(QStringLiteral("/system/whoami"), "{}", adminToken());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("id")).toString(), m_host->users().constFirst().id);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QVERIFY(!a.requestId.isEmpty());
    }

    void whoami_withoutToken_is401InvalidAuthentication()
    {
        const Answer a = call(QStringLiteral("/system/whoami"), "{}", QString());
        QCOMPARE(a.status, 401);
        QCOMPARE(errorType(a), QStringLiteral("InvalidAuthentication"));
    }

    void unknownRoute_is404()
    {
        const Answer a = call(QStringLiteral("/system/noSuchMethod"), "{}", adminToken());
        QCOMPARE(a.status, 404);
        QVERIFY(!errorType(a).isEmpty());
    }

    void malformedJson_is400MalformedJSON()
    {
        const Answer a = call(QStringLiteral("/system/whoami"), "{\"a\":", adminToken());
        QCOMPARE(a.status, 400);
        QCOMPARE(errorType(a), QStringLiteral("MalformedJSON"));
    }

    void requestIds_differBetweenReplies()
    {
        const Answer a = call(QStringLiteral("/system/whoami"), "{}", adminToken());
        const Answer b = call(QStringLiteral("/system/whoami"), "{}", adminToken());
        QVERIFY(!a.requestId.isEmpty());
        QVERIFY(a.requestId != b.requestId);
    }

    void start_onAPortInUse_failsWithAMessage()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress(QHostAddress::LocalHost)));
        SandboxOptions options;
        options.memory = true;
        SandboxHost second(options);
        second.setListenAddress(QHostAddress(QHostAddress::LocalHost), occupier.serverPort());
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(second.url().isEmpty());
    }

    void start_withUnusableDatabase_failsWithTheServiceError()
    {
        SandboxOptions options;
        options.dbPath = QStringLiteral("/nonexistent-folder/for/sure/sandbox.sqlite");
        SandboxHost broken(options);
        QString error;
        QVERIFY(!broken.start(&error));
        QVERIFY(!error.isEmpty());
    }

    void stop_thenStartAgain_servesAgain()
    {
        SandboxOptions options;
        options.memory = true;
        SandboxHost host(options);
        QString error;
        QVERIFY(host.start(&error));
        host.stop();
        QVERIFY(host.url().isEmpty());
        QVERIFY(host.start(&error));
        QVERIFY(host.url().port() > 0);
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHost> m_host;
};

QTEST_GUILESS_MAIN(tst_SandboxHost)
#include "tst_sandboxhost.moc"
