#include "tests/sandbox/http/EchoServerThread.h"
#include "tests/sandbox/http/HttpTestClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString errorType(const HttpTestReply &reply)
{
    return json(reply.body)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("type"))
        .toString();
}

QString errorMessage(const HttpTestReply &reply)
{
    return json(reply.body)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_echo = std::make_unique<EchoServerThread>();
        m_port = m_echo->port();
        QVERIFY(m_port != 0);
    }

    void cleanup() { m_echo.reset(); }

    void post_passesPathAuthorizationAndBodyToHandler()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/project-x/describe", "{\"a\":1}", "Authorization: Bearer tok\r\n"));
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.header("content-length").toInt(), reply.body.size());
        const QJsonObject o = json(reply.body);
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("/project-x/describe"));
        QCOMPARE(o.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer tok"));
        QCOMPARE(o.value(QStringLiteral("body")).toString(), QStringLiteral("{\"a\":1}"));
    }

    void handlerStatusAndRetryAfter_passedThrough()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/status/422", "{}") + post("/retry", "{}"));
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 422);
        QVERIFY(!reply.headers.contains("retry-after"));
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("retry-after"), QByteArray("7"));
    }

    void handlerThrows_answers500InternalErrorAndKeepsServing()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/throw", "{}") + post("/ok", "{}"));
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 500);
        QCOMPARE(errorType(reply), QStringLiteral("InternalError"));
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
    }

    void keepAlive_twoRequestsOnOneConnection_bothAnswered()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        const quint16 localPort = client.socket().localPort();
        HttpTestReply reply;
        client.send(post("/one", "{}"));
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.headers.contains("connection"));
        client.send(post("/two", "{}"));
        QVERIFY(client.read(&reply));
        QCOMPARE(json(reply.body).value(QStringLiteral("path")).toString(), QStringLiteral("/two"));
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        QCOMPARE(client.socket().localPort(), localPort);
        QCOMPARE(m_echo->calls(), 2);
    }

    void pipelining_repliesInRequestOrder()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        QByteArray batch;
        for (int i = 0; i < 20; ++i)
            batch += post("/p" + QByteArray::number(i), "{\"i\":" + QByteArray::number(i) + "}");
        client.send(batch);
        for (int i = 0; i < 20; ++i) {
            HttpTestReply reply;
            QVERIFY(client.read(&reply));
            QCOMPARE(json(reply.body).value(QStringLiteral("path")).toString(),
                     QStringLiteral("/p%1").arg(i));
        }
    }

    void requestSplitIntoPieces_isAssembled()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        const QByteArray request = post("/split", "{\"x\":\"0123456789\"}");
        for (qsizetype i = 0; i < request.size(); i += 7) {
            client.send(request.mid(i, 7));
            QTest::qWait(1);
        }
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body).value(QStringLiteral("size")).toInt(), 18);
    }

    void connectionClose_repliesThenCloses()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/x", "{}", "Connection: close\r\n") + post("/ignored", "{}"));
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClose());
        QVERIFY(!client.read(&reply, 200));
        QCOMPARE(m_echo->calls(), 1);
    }

    void http10_closesUnlessKeepAliveAsked()
    {
        HttpTestClient plain;
        QVERIFY(plain.connectTo(m_port));
        plain.send("POST /a HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}");
        HttpTestReply reply;
        QVERIFY(plain.read(&reply));
        QCOMPARE(reply.status, 200);
        QVERIFY(plain.waitForClose());

        HttpTestClient keep;
        QVERIFY(keep.connectTo(m_port));
        keep.send("POST /a HTTP/1.0\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY(keep.read(&reply));
        QCOMPARE(reply.header("connection"), QByteArray("keep-alive"));
        keep.send("POST /b HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY(keep.read(&reply));
        QCOMPARE(reply.status, 200);
    }

    void contentLengthOver16MiB_refusedWith413BeforeTheBody()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /big HTTP/1.1\r\nContent-Length: 16777217\r\n\r\n");
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 413);
        QCOMPARE(errorType(reply), QStringLiteral("InvalidInput"));
        QVERIFY(!errorMessage(reply).isEmpty());
        QCOMPARE(reply.header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClose());
        QCOMPARE(m_echo->calls(), 0);
    }

    void contentLengthOver16MiB_withBodyStreaming_clientStillReads413()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.socket().write("POST /big HTTP/1.1\r\nContent-Length: 20000000\r\n\r\n");
        client.socket().write(QByteArray(2 * 1024 * 1024, 'x'));
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 413);
    }

    void bodyOfExactly16MiB_isAccepted()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        const QByteArray body(16 * 1024 * 1024, ' ');
        client.send(post("/size", body));
        HttpTestReply reply;
        QVERIFY(client.read(&reply, 20000));
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body).value(QStringLiteral("size")).toInt(), body.size());
    }

    void expectContinue_answers100ThenTheReply()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 7\r\n\r\n");
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 100);
        QCOMPARE(m_echo->calls(), 0);
        client.send("{\"a\":1}");
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body).value(QStringLiteral("body")).toString(),
                 QStringLiteral("{\"a\":1}"));
    }

    void expectContinueWithTooLargeBody_answers413Only()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 99999999\r\n\r\n");
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 413);
    }

    void malformedRequest_answersErrorAndCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("binary") << QByteArray("\x01\x02\x03 \xff\xfe HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("POST /x HTTP/one\r\n\r\n") << 400;
        QTest::newRow("http2") << QByteArray("POST /x HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("header without colon")
            << QByteArray("POST /x HTTP/1.1\r\nBad Header\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("POST /x HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("folding") << QByteArray("POST /x HTTP/1.1\r\nA: b\r\n  c\r\n\r\n") << 400;
        QTest::newRow("negative length")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("length not a number")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("length overflow")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400;
        QTest::newRow("chunked") << QByteArray(
            "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                 << 411;
        QTest::newRow("unknown expectation")
            << QByteArray("POST /x HTTP/1.1\r\nExpect: tea\r\n\r\n") << 417;
    }

    void malformedRequest_answersErrorAndCloses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(request);
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, status);
        QCOMPARE(errorType(reply), QStringLiteral("InvalidInput"));
        QVERIFY(!errorMessage(reply).isEmpty());
        QVERIFY(client.waitForClose());
        QCOMPARE(m_echo->calls(), 0);

        HttpTestClient next; // the server still serves
        QVERIFY(next.connectTo(m_port));
        next.send(post("/after", "{}"));
        QVERIFY(next.read(&reply));
        QCOMPARE(reply.status, 200);
    }

    void randomBytes_neverCrashTheServer()
    {
        QList<HttpTestClient *> clients;
        for (int i = 0; i < 20; ++i) {
            auto *client = new HttpTestClient;
            clients.append(client);
            QVERIFY(client->connectTo(m_port));
            QByteArray noise(1 + (i * 7919) % 5000, '\0');
            for (qsizetype k = 0; k < noise.size(); ++k)
                noise[k] = char((k * 31 + i * 17) ^ (k >> 3));
            if (i % 2)
                noise.prepend("POST /x HTTP/1.1\r\n");
            client->send(noise);
        }
        qDeleteAll(clients);
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/alive", "{}"));
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
    }

    void get_answers405WithAllowPost()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("GET /system/whoami HTTP/1.1\r\nHost: x\r\n\r\n");
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("allow"), QByteArray("POST"));
        QCOMPARE(errorType(reply), QStringLiteral("InvalidInput"));
        QVERIFY(!errorMessage(reply).isEmpty());
        client.send(post("/after", "{}")); // the connection stays usable
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_echo->calls(), 1);
    }

    void headersTooBig_answers431AndCloses()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /x HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n{}");
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 431);
        QVERIFY(client.waitForClose());
    }

    // The platform's shape, "<milliseconds>-<counter>", on every reply, with nosniff.
    void requestIds_presentUniqueAndShapedLikeThePlatforms()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        QByteArray batch;
        for (int i = 0; i < 50; ++i)
            batch += post("/id", "{}");
        batch += "GET / HTTP/1.1\r\n\r\n";
        client.send(batch);
        QSet<QByteArray> ids;
        for (int i = 0; i < 51; ++i) {
            HttpTestReply reply;
            QVERIFY(client.read(&reply));
            const QByteArray id = reply.header("x-request-id");
            const QList<QByteArray> parts = id.split('-');
            QCOMPARE(parts.size(), 2);
            bool msOk = false;
            bool counterOk = false;
            const qint64 ms = parts.at(0).toLongLong(&msOk);
            parts.at(1).toULongLong(&counterOk);
            QVERIFY2(msOk && counterOk, id.constData());
            QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60 * 1000);
            QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 51);
    }

    void postWithoutContentLength_hasEmptyBody()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /empty HTTP/1.1\r\n\r\n");
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body).value(QStringLiteral("size")).toInt(), 0);
    }

    void queryString_isNotPartOfThePath()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/system/whoami?x=1", "{}"));
        HttpTestReply reply;
        QVERIFY(client.read(&reply));
        QCOMPARE(json(reply.body).value(QStringLiteral("path")).toString(),
                 QStringLiteral("/system/whoami"));
    }

    void clientNotReadingReplies_isThrottledAndResumes()
    {
        HttpTestClient lazy;
        QVERIFY(lazy.connectTo(m_port));
        // Small receive buffers, or the kernel and QTcpSocket (which reads during qWait) would
        // take tens of MB on the client's behalf.
        lazy.socket().setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
        lazy.socket().setReadBufferSize(64 * 1024);
        QByteArray batch;
        const int count = 400; // 40 MB of replies, more than the server keeps unsent
        for (int i = 0; i < count; ++i)
            batch += post("/large", "{}");
        lazy.socket().write(batch);
        lazy.socket().flush();
        QTest::qWait(300);
        const int before = m_echo->calls();
        QVERIFY2(before < count, "throttled, not buffering every reply");

        HttpTestClient other; // others are still served
        QVERIFY(other.connectTo(m_port));
        other.send(post("/other", "{}"));
        HttpTestReply reply;
        QVERIFY(other.read(&reply));
        QCOMPARE(reply.status, 200);

        for (int i = 0; i < count; ++i) {
            QVERIFY2(lazy.read(&reply, 10000), qPrintable(QString::number(i)));
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.body.size() > 100 * 1024);
        }
    }

    void idleConnection_isClosedAfterTheTimeout()
    {
        m_echo->setIdleTimeout(400);
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        QTest::qWait(150);
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        QVERIFY(client.waitForClose(3000));
    }

private:
    std::unique_ptr<EchoServerThread> m_echo;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
