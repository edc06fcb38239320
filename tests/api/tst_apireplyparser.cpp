// Reading replies: success bodies, error bodies, Retry-After.
#include "api/ApiReplyParser.h"

#include <QTest>

using namespace ApiReplyParser;

class TestApiReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSuccess_jsonObject_isOk()
    {
        const SuccessReply r
            = parseSuccess(200, QStringLiteral("application/json"), "{\"id\":\"x\"}");
        QVERIFY(r.ok);
        QCOMPARE(r.object.value(QLatin1String("id")).toString(), QStringLiteral("x"));
    }

    void parseSuccess_unusable_saysWhy_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("html") << "text/html" << QByteArray("<html/>") << "text/html";
        QTest::newRow("no type") << "" << QByteArray("{}") << "none";
        QTest::newRow("truncated")
            << "application/json" << QByteArray("{\"id\":") << "cannot be read";
        QTest::newRow("array") << "application/json" << QByteArray("[]") << "not an object";
        QTest::newRow("empty") << "application/json" << QByteArray() << "cannot be read";
    }
    void parseSuccess_unusable_saysWhy()
    {
        QFETCH(QString, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        const SuccessReply r = parseSuccess(200, contentType, body);
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(problem), qPrintable(r.problem));
        QVERIFY(r.problem.contains(QLatin1String("200")));
    }

    void parseError_platformError_readsAllFields()
    {
        const ApiError e = parseError(
            422,
            R"({"error":{"type":"InvalidState","message":"m","details":{"alreadySponsored":[]}}})");
        QCOMPARE(e.type, ApiError::Type::InvalidState);
        QCOMPARE(e.typeName, QStringLiteral("InvalidState"));
        QCOMPARE(e.message, QStringLiteral("m"));
        QVERIFY(e.details.toObject().contains(QLatin1String("alreadySponsored")));
        QCOMPARE(e.httpStatus, 422);
    }

    void parseError_notAnError_isBadReply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>502</html>");
        QTest::newRow("no error key") << QByteArray("{\"message\":\"x\"}");
        QTest::newRow("error is a string") << QByteArray("{\"error\":\"x\"}");
        QTest::newRow("error without type") << QByteArray("{\"error\":{\"message\":\"x\"}}");
    }
    void parseError_notAnError_isBadReply()
    {
        QFETCH(QByteArray, body);
        const ApiError e = parseError(502, body);
        QCOMPARE(e.type, ApiError::Type::BadReply);
        QCOMPARE(e.httpStatus, 502);
        QVERIFY(e.message.contains(QLatin1String("502")));
    }

    void parseRetryAfter_readsSecondsAndDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("spaces") << QByteArray(" 1 ") << qint64(1000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("fraction") << QByteArray("0.25") << qint64(250);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("http date") << QByteArray("Sun, 01 Mar 2026 10:00:30 GMT") << qint64(30000);
        QTest::newRow("past date") << QByteArray("Sun, 01 Mar 2026 09:00:00 GMT") << qint64(0);
    }
    void parseRetryAfter_readsSecondsAndDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 3, 1), QTime(10, 0, 0), Qt::UTC);
        const auto ms = parseRetryAfterMs(value, now);
        QCOMPARE(ms.value_or(-1), expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestApiReplyParser)
#include "tst_apireplyparser.moc"
