#include "app/sandbox/http/HttpRequestParser.h"

#include <QTest>

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

    using Result = HttpRequestParser::Result;

    // A view, not a QByteArray: the head points into the input, and a string literal passed
    // here must stay the input rather than become a temporary that is gone when parse returns.
    static Result parse(QByteArrayView input, HttpRequestHead *head, HttpParseError *error,
                        qsizetype max = 64 * 1024)
    {
        return HttpRequestParser::parse(input, max, head, error);
    }

private Q_SLOTS:
    void completeHead_givesMethodPathAndHeaders()
    {
        const QByteArray input
            = "POST /project-x/describe HTTP/1.1\r\nHost: a\r\n"
              "authorization:  Bearer t \r\nCONTENT-LENGTH: 12\r\n"
              "Connection: keep-alive, Close\r\nExpect: 100-Continue\r\n\r\nbody";
        HttpRequestHead head;
        HttpParseError error;
        QCOMPARE(parse(input, &head, &error), Result::Complete);
        QCOMPARE(head.method, QByteArrayView("POST"));
        QCOMPARE(head.path, QByteArrayView("/project-x/describe"));
        QCOMPARE(head.authorization, QByteArrayView("Bearer t"));
        QCOMPARE(head.contentLength, 12);
        QVERIFY(head.connectionClose);
        QVERIFY(head.connectionKeepAlive);
        QVERIFY(head.expectContinue);
        QCOMPARE(head.minorVersion, 1);
        QCOMPARE(head.headSize, input.size() - 4);
    }

    void bareLineFeedsAndLeadingEmptyLines_areAccepted()
    {
        HttpRequestHead head;
        HttpParseError error;
        QCOMPARE(parse("\r\n\nPOST /a HTTP/1.0\nContent-Length: 0\n\n", &head, &error),
                 Result::Complete);
        QCOMPARE(head.path, QByteArrayView("/a"));
        QCOMPARE(head.minorVersion, 0);
        QCOMPARE(head.contentLength, 0);
    }

    void incompleteHead_needsMore()
    {
        HttpRequestHead head;
        HttpParseError error;
        QCOMPARE(parse("POST /a HTTP/1.1\r\nHost: a\r\n", &head, &error), Result::NeedMore);
        QCOMPARE(parse("POST /a HT", &head, &error), Result::NeedMore);
        QCOMPARE(parse("", &head, &error), Result::NeedMore);
    }

    void headOverTheLimit_is431()
    {
        HttpRequestHead head;
        HttpParseError error;
        const QByteArray input = "POST /a HTTP/1.1\r\nX: " + QByteArray(100, 'a');
        QCOMPARE(parse(input, &head, &error, 64), Result::Error);
        QCOMPARE(error.status, 431);
    }

    void absoluteFormAndQuery_leaveThePath()
    {
        HttpRequestHead head;
        HttpParseError error;
        QCOMPARE(parse("POST http://h:1/system/whoami?a=b HTTP/1.1\r\n\r\n", &head, &error),
                 Result::Complete);
        QCOMPARE(head.path, QByteArrayView("/system/whoami"));
    }

    void transferEncoding_isFlagged()
    {
        HttpRequestHead head;
        HttpParseError error;
        QCOMPARE(parse("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", &head, &error),
                 Result::Complete);
        QVERIFY(head.transferEncoding);
    }

    void controlCharacterInValue_isRefused()
    {
        HttpRequestHead head;
        HttpParseError error;
        QCOMPARE(parse(QByteArray("POST /a HTTP/1.1\r\nA: b\x01"
                                  "c\r\n\r\n"),
                       &head, &error),
                 Result::Error);
        QCOMPARE(error.status, 400);
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
