// ApiError: names, statuses and the sentence people read.
#include "api/ApiError.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverTypes_roundTripWithTheirStatus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("MalformedJSON") << "MalformedJSON" << 400;
        QTest::newRow("InvalidAuthentication") << "InvalidAuthentication" << 401;
        QTest::newRow("PermissionDenied") << "PermissionDenied" << 401;
        QTest::newRow("SpendingLimitExceeded") << "SpendingLimitExceeded" << 403;
        QTest::newRow("ResourceNotFound") << "ResourceNotFound" << 404;
        QTest::newRow("InvalidInput") << "InvalidInput" << 422;
        QTest::newRow("InvalidState") << "InvalidState" << 422;
        QTest::newRow("InvalidType") << "InvalidType" << 422;
        QTest::newRow("RateLimitConditional") << "RateLimitConditional" << 429;
        QTest::newRow("InternalError") << "InternalError" << 500;
        QTest::newRow("ServiceUnavailable") << "ServiceUnavailable" << 503;
    }
    void serverTypes_roundTripWithTheirStatus()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        const ApiError::Type type = ApiError::typeFromName(name);
        QVERIFY(type != ApiError::Type::UnknownServerError);
        QCOMPARE(ApiError::nameOf(type), name);
        QCOMPARE(ApiError::httpStatusOf(type), status);
        QVERIFY(!ApiError::defaultMessage(type).isEmpty());
    }

    void typeFromName_unknownOrClientSide_isUnknownServerError()
    {
        QCOMPARE(ApiError::typeFromName(QStringLiteral("Teapot")),
                 ApiError::Type::UnknownServerError);
        QCOMPARE(ApiError::typeFromName(QStringLiteral("invalidinput")),
                 ApiError::Type::UnknownServerError);
        // A server cannot claim a client-side failure.
        QCOMPARE(ApiError::typeFromName(QStringLiteral("Aborted")),
                 ApiError::Type::UnknownServerError);
        QCOMPARE(ApiError::typeFromName(QStringLiteral("None")),
                 ApiError::Type::UnknownServerError);
    }

    void clientTypes_haveNoHttpStatus()
    {
        QCOMPARE(ApiError::httpStatusOf(ApiError::Type::Network), 0);
        QCOMPARE(ApiError::httpStatusOf(ApiError::Type::OutcomeUnknown), 0);
        QCOMPARE(ApiError::nameOf(ApiError::Type::OutcomeUnknown),
                 QStringLiteral("OutcomeUnknown"));
    }

    void userMessage_serverError_namesTheProblemAndTheRequestId()
    {
        ApiError e;
        e.type = ApiError::Type::PermissionDenied;
        e.typeName = QStringLiteral("PermissionDenied");
        e.message = QStringLiteral("ADMINISTER access required");
        e.httpStatus = 401;
        e.requestId = QStringLiteral("abc123");
        QCOMPARE(e.userMessage(),
                 QStringLiteral("Permission denied: ADMINISTER access required (request abc123)"));
        e.requestId.clear();
        QCOMPARE(e.userMessage(), QStringLiteral("Permission denied: ADMINISTER access required"));
    }

    void userMessage_withoutMessage_usesTheTypesWords()
    {
        ApiError e;
        e.type = ApiError::Type::InvalidAuthentication;
        QCOMPARE(e.userMessage(),
                 QStringLiteral("Not signed in: the token is missing, expired or not valid"));
    }

    void userMessage_badReply_includesTheHttpStatus()
    {
        ApiError e = ApiError::make(ApiError::Type::BadReply, QStringLiteral("odd reply"));
        e.httpStatus = 502;
        e.requestId = QStringLiteral("r9");
        QCOMPARE(e.userMessage(),
                 QStringLiteral("Unreadable reply: odd reply (HTTP 502, request r9)"));
    }

    void userMessage_network_includesTheNetworkErrorText()
    {
        ApiError e = ApiError::make(ApiError::Type::Network, QStringLiteral("Connection refused"));
        e.networkError = QNetworkReply::ConnectionRefusedError;
        e.route = QStringLiteral("/system/whoami");
        QCOMPARE(e.userMessage(),
                 QStringLiteral("Network error: Connection refused (/system/whoami)"));
    }

    void userMessage_unknownServerType_showsTheRawType()
    {
        ApiError e;
        e.type = ApiError::Type::UnknownServerError;
        e.typeName = QStringLiteral("QuotaExceeded");
        e.message = QStringLiteral("too many");
        e.httpStatus = 409;
        QCOMPARE(e.userMessage(),
                 QStringLiteral("Server error QuotaExceeded: too many (HTTP 409)"));
    }

    void userMessage_outcomeUnknown_tellsToCheckFirst()
    {
        ApiError e = ApiError::make(ApiError::Type::OutcomeUnknown);
        e.route = QStringLiteral("/project/new");
        QVERIFY(e.userMessage().startsWith(QLatin1String("Outcome unknown: ")));
        QVERIFY(e.userMessage().contains(QLatin1String("check before trying again")));
        QVERIFY(e.userMessage().contains(QLatin1String("/project/new")));
    }

    void noError_hasNoSentence()
    {
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().userMessage().isEmpty());
        QVERIFY(ApiError::make(ApiError::Type::Aborted).isError());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
