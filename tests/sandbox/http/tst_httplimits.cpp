// What a client may hold of the HTTP server: deadlines for the request head and body, a cap on
// connections, and accepting again after running out of file descriptors (issue 17).
#include "tests/sandbox/http/EchoServerThread.h"
#include "tests/sandbox/http/HttpTestClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <fcntl.h>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QString errorType(const HttpTestReply &reply)
{
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("type"))
        .toString();
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

class tst_HttpLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_echo = std::make_unique<EchoServerThread>();
        m_port = m_echo->port();
        QVERIFY(m_port != 0);
        m_echo->setRequestTimeouts(400, 400, 1024 * 1024);
    }

    void cleanup() { m_echo.reset(); }

    void slowHeaders_get408AndClose()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /x HTTP/1.1\r\nHost: x\r\n");
        HttpTestReply reply;
        QVERIFY(client.read(&reply, 3000));
        QCOMPARE(reply.status, 408);
        QCOMPARE(errorType(reply), QStringLiteral("InvalidInput"));
        QCOMPARE(reply.header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClose(3000));
    }

    void headerBytesDrippingIn_doNotExtendTheDeadline()
    {
        // A byte every 100 ms keeps the idle timer happy; the head's deadline still ends it.
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        const QByteArray head = "POST /x HTTP/1.1\r\nHost: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n";
        QElapsedTimer timer;
        timer.start();
        bool closed = false;
        for (char c : head) {
            client.send(QByteArray(1, c));
            if (client.waitForClose(100)) {
                closed = true;
                break;
            }
        }
        QVERIFY2(closed, "still open after the whole drip");
        QVERIFY(client.unread().startsWith("HTTP/1.1 408 "));
        qInfo("closed after %lld ms of dripping", timer.elapsed());
    }

    void slowBody_gets408()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789");
        HttpTestReply reply;
        QVERIFY(client.read(&reply, 3000));
        QCOMPARE(reply.status, 408);
        QVERIFY(QString::fromUtf8(reply.body).contains(QStringLiteral("body")));
        QVERIFY(client.waitForClose(3000));
        QCOMPARE(m_echo->calls(), 0);
    }

    void silentNewConnection_getsTheHeaderDeadline()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        HttpTestReply reply;
        QVERIFY(client.read(&reply, 3000));
        QCOMPARE(reply.status, 408);
    }

    void keepAliveBetweenRequests_isNotCutByTheDeadlines()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        for (int i = 0; i < 2; ++i) {
            client.send(post("/a", "{}"));
            HttpTestReply reply;
            QVERIFY(client.read(&reply));
            QCOMPARE(reply.status, 200);
            QTest::qWait(700); // longer than both deadlines, shorter than the idle timeout
            QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        }
    }

    void pipelinedRequests_eachGetAFreshDeadline()
    {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        client.send(post("/a", "{}") + "POST /b HTTP/1.1\r\n");
        HttpTestReply first;
        QVERIFY(client.read(&first));
        QCOMPARE(first.status, 200);
        QTest::qWait(200);
        client.send("Content-Length: 0\r\n\r\n");
        HttpTestReply second;
        QVERIFY(client.read(&second));
        QCOMPARE(second.status, 200);
    }

    void beyondTheConnectionCap_503WithRetryAfter_thenServedAgain()
    {
        m_echo->setRequestTimeouts(10000, 10000, 64 * 1024);
        m_echo->setMaxConnections(3);
        std::vector<std::unique_ptr<HttpTestClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<HttpTestClient>());
            QVERIFY(held.back()->connectTo(m_port));
            held.back()->send(post("/held", "{}"));
            HttpTestReply reply;
            QVERIFY(held.back()->read(&reply));
            QCOMPARE(reply.status, 200);
        }
        HttpTestClient extra;
        QVERIFY(extra.connectTo(m_port));
        extra.send(post("/extra", "{}"));
        HttpTestReply refused;
        QVERIFY(extra.read(&refused));
        QCOMPARE(refused.status, 503);
        QCOMPARE(errorType(refused), QStringLiteral("ServiceUnavailable"));
        QCOMPARE(refused.header("retry-after"), QByteArray("1"));
        QCOMPARE(refused.header("connection"), QByteArray("close"));
        QVERIFY(extra.waitForClose(3000));
        QCOMPARE(m_echo->calls(), 3);

        held.front()->socket().disconnectFromHost();
        held.erase(held.begin());
        QTRY_COMPARE(m_echo->onServerThread([](HttpServer *s) { return s->activeConnections(); }),
                     2);
        HttpTestClient next;
        QVERIFY(next.connectTo(m_port));
        next.send(post("/next", "{}"));
        HttpTestReply served;
        QVERIFY(next.read(&served));
        QCOMPARE(served.status, 200);
    }

    void outOfFileDescriptors_pausesWithoutSpinning_andAcceptsAgain()
    {
#ifdef __SANITIZE_ADDRESS__
        // The sanitizers need descriptors of their own while they check (UBSan opens a pipe to
        // test whether memory is readable, and reports "invalid vptr" when it cannot), so with
        // every descriptor taken they report their own failure. The plain build runs this.
        QSKIP("needs every file descriptor, which the sanitizers' checks cannot spare");
#endif
        m_echo->setRequestTimeouts(10000, 10000, 64 * 1024);
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        // Fill every descriptor but one; the client's socket takes that one, and the server's
        // accept() then fails with EMFILE.
        const int spare = ::open("/dev/null", O_RDONLY);
        QVERIFY(spare >= 0);
        rlimit low = saved;
        low.rlim_cur = rlim_t(spare + 64);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        std::vector<int> filler;
        for (;;) {
            const int fd = ::open("/dev/null", O_RDONLY);
            if (fd < 0)
                break;
            filler.push_back(fd);
        }
        ::close(filler.back());
        filler.pop_back();
        HttpTestClient client;
        const bool connected = client.connectTo(m_port);
        if (connected)
            client.send(post("/late", "{}"));
        const double cpuBefore = cpuSeconds();
        QTest::qWait(1000);
        const double cpuUsed = cpuSeconds() - cpuBefore;
        for (int fd : filler)
            ::close(fd);
        ::close(spare);
        setrlimit(RLIMIT_NOFILE, &saved);
        qInfo("CPU used in 1 s without a descriptor to accept with: %.3f s", cpuUsed);
        QVERIFY(connected);
        HttpTestReply reply;
        QVERIFY2(client.read(&reply, 3000), "the server did not accept again");
        QCOMPARE(reply.status, 200);
    }

private:
    std::unique_ptr<EchoServerThread> m_echo;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(tst_HttpLimits)
#include "tst_httplimits.moc"
