// The shared fake network: it must behave like real replies, or the client tests prove little.
#include "tests/support/FakeNetworkAccessManager.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestFakeNetworkAccessManager : public QObject
{
    Q_OBJECT

private:
    static QNetworkRequest request(const QString &path)
    {
        QNetworkRequest r(QUrl(QStringLiteral("http://fake.test") + path));
        r.setRawHeader("Authorization", "Bearer t");
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    }

private Q_SLOTS:
    void jsonReply_isAsynchronousWithStatusHeadersAndBody()
    {
        FakeNetworkAccessManager nam;
        nam.onRoute(QStringLiteral("/a/b"), [](const QJsonObject &in) {
            return FakeReply::json(in, 201).withRequestId("rid");
        });
        QNetworkReply *reply = nam.post(request(QStringLiteral("/a/b")), QByteArray("{\"x\":1}"));
        QVERIFY(!reply->isFinished());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->rawHeader("X-Request-Id"), QByteArray("rid"));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("{\"x\":1}"));
        QCOMPARE(nam.count(QStringLiteral("/a/b")), 1);
        QCOMPARE(nam.requests().at(0).header("authorization"), QByteArray("Bearer t"));
        QCOMPARE(nam.requests().at(0).header("Content-Type"), QByteArray("application/json"));
        delete reply;
    }

    void unknownRoute_is404ResourceNotFound()
    {
        FakeNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(request(QStringLiteral("/x/y")), QByteArray("{}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(reply->readAll().contains("ResourceNotFound"));
        delete reply;
    }

    void truncated_announcesMoreThanItSendsThenFails()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const QNetworkRequest &, const QByteArray &) {
            return FakeReply::truncated("{\"a\"", 100);
        });
        QNetworkReply *reply = nam.post(request(QStringLiteral("/x/y")), QByteArray("{}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->rawHeader("Content-Length"), QByteArray("100"));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply->readAll(), QByteArray("{\"a\""));
        delete reply;
    }

    void hang_finishesOnlyWhenAborted()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler(
            [](const QNetworkRequest &, const QByteArray &) { return FakeReply::hang(); });
        QNetworkReply *reply = nam.post(request(QStringLiteral("/x/y")), QByteArray("{}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(!finished.wait(100));
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        delete reply;
    }

    void sequence_answersInOrderThenRepeatsTheLast()
    {
        FakeNetworkAccessManager nam;
        nam.onRouteSequence(QStringLiteral("/s/m"),
                            { FakeReply::connectionRefused(), FakeReply::json({ { "n", 2 } }) });
        QList<QNetworkReply::NetworkError> errors;
        for (int i = 0; i < 3; ++i) {
            QNetworkReply *reply = nam.post(request(QStringLiteral("/s/m")), QByteArray("{}"));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(1000));
            errors << reply->error();
            delete reply;
        }
        QCOMPARE(errors,
                 (QList<QNetworkReply::NetworkError> { QNetworkReply::ConnectionRefusedError,
                                                       QNetworkReply::NoError,
                                                       QNetworkReply::NoError }));
    }
};

QTEST_GUILESS_MAIN(TestFakeNetworkAccessManager)
#include "tst_fakenetworkaccessmanager.moc"
