// What a call waiting to be resent says: "server busy, retry 5 in 1 s".
#include "api/RetryNotice.h"

#include <QTest>

class TestRetryNotice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notice_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<QString>("expected");
        const int none = int(QNetworkReply::NoError);
        const int net = int(ApiError::Type::Network);
        const int server = int(ApiError::Type::ServiceUnavailable);
        QTest::newRow("503") << 503 << none << server << 5 << qint64(1000)
                             << "server busy, retry 5 in 1 s";
        QTest::newRow("429 rounds up") << 429 << none << int(ApiError::Type::RateLimitConditional)
                                       << 2 << qint64(1500) << "server busy, retry 2 in 2 s";
        QTest::newRow("500") << 500 << none << int(ApiError::Type::InternalError) << 3
                             << qint64(4000) << "server error 500, retry 3 in 4 s";
        QTest::newRow("no wait") << 503 << none << server << 1 << qint64(0)
                                 << "server busy, retry 1 now";
        QTest::newRow("under a second")
            << 503 << none << server << 1 << qint64(5) << "server busy, retry 1 in 1 s";
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << net << 1
                                 << qint64(1000) << "server not reachable, retry 1 in 1 s";
        QTest::newRow("lost") << 0 << int(QNetworkReply::RemoteHostClosedError) << net << 2
                              << qint64(2000) << "connection lost, retry 2 in 2 s";
        QTest::newRow("timeout") << 0 << int(QNetworkReply::TimeoutError)
                                 << int(ApiError::Type::Timeout) << 1 << qint64(1000)
                                 << "no answer in time, retry 1 in 1 s";
    }
    void notice()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(int, type);
        QFETCH(int, retry);
        QFETCH(qint64, waitMs);
        QFETCH(QString, expected);
        ApiError e = ApiError::make(ApiError::Type(type));
        e.httpStatus = status;
        e.networkError = QNetworkReply::NetworkError(networkError);
        QCOMPARE(retryNotice(retry, waitMs, e), expected);
    }
};

QTEST_GUILESS_MAIN(TestRetryNotice)
#include "tst_retrynotice.moc"
