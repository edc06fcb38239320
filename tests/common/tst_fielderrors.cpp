#include "models/common/FieldErrors.h"

#include <QTest>

namespace {
ApiError serverError(ApiError::Type type, const QString &message)
{
    ApiError e;
    e.type = type;
    e.typeName = ApiError::nameOf(type);
    e.message = message;
    e.httpStatus = ApiError::httpStatusOf(type);
    return e;
}
const QStringList kFields { QStringLiteral("name"),       QStringLiteral("billTo"),
                            QStringLiteral("region"),     QStringLiteral("containsPHI"),
                            QStringLiteral("properties"), QStringLiteral("PHI") };
} // namespace

class TestFieldErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldOf_prefixedMessage_returnsThatField()
    {
        QCOMPARE(FieldErrors::fieldOf(serverError(ApiError::Type::InvalidInput,
                                                  QStringLiteral("name: must not be empty")),
                                      kFields),
                 QStringLiteral("name"));
    }
    void fieldOf_subFieldPrefix_returnsParentField()
    {
        QCOMPARE(FieldErrors::fieldOf(serverError(ApiError::Type::InvalidInput,
                                                  QStringLiteral("properties.k: must be a string")),
                                      kFields),
                 QStringLiteral("properties"));
    }
    void fieldOf_invalidWordThenField_returnsField()
    {
        QCOMPARE(FieldErrors::fieldOf(serverError(ApiError::Type::InvalidInput,
                                                  QStringLiteral("Invalid name \"a\\tb\"")),
                                      kFields),
                 QStringLiteral("name"));
    }
    void fieldOf_backquotedField_returnsField()
    {
        QCOMPARE(FieldErrors::fieldOf(
                     serverError(ApiError::Type::InvalidInput,
                                 QStringLiteral("Expected `billTo` to be a user or org ID")),
                     kFields),
                 QStringLiteral("billTo"));
    }
    void fieldOf_fieldInsideLongerWord_isNotMatched()
    {
        // "PHI" inside "containsPHI" must not win; "containsPHI" itself is named.
        QCOMPARE(FieldErrors::fieldOf(serverError(ApiError::Type::PermissionDenied,
                                                  QStringLiteral("the flag containsPHI needs it")),
                                      kFields),
                 QStringLiteral("containsPHI"));
        QCOMPARE(FieldErrors::fieldOf(serverError(ApiError::Type::InvalidInput,
                                                  QStringLiteral("renamed is not allowed")),
                                      kFields),
                 QString());
    }
    void fieldOf_severalFields_returnsFirstNamed()
    {
        QCOMPARE(FieldErrors::fieldOf(
                     serverError(ApiError::Type::PermissionDenied,
                                 QStringLiteral("The region is not permitted by the billTo")),
                     kFields),
                 QStringLiteral("region"));
    }
    void fieldOf_clientSideError_returnsEmpty()
    {
        ApiError e = ApiError::make(ApiError::Type::Network, QStringLiteral("name: refused"));
        QCOMPARE(FieldErrors::fieldOf(e, kFields), QString());
    }
    void fieldOf_noFieldNamed_returnsEmpty()
    {
        QCOMPARE(FieldErrors::fieldOf(serverError(ApiError::Type::PermissionDenied,
                                                  QStringLiteral("ADMINISTER access required")),
                                      kFields),
                 QString());
    }
    void fromApiError_fieldMessage_stripsPrefixAndKeepsRequestId()
    {
        ApiError e = serverError(ApiError::Type::PermissionDenied,
                                 QStringLiteral("region: aws:eu-central-1 is not permitted"));
        e.requestId = QStringLiteral("req-7");
        const FormError f = FieldErrors::fromApiError(e, kFields);
        QCOMPARE(f.field, QStringLiteral("region"));
        QCOMPARE(f.message, QStringLiteral("Aws:eu-central-1 is not permitted (request req-7)"));
    }
    void fromApiError_noField_usesUserMessage()
    {
        const ApiError e
            = serverError(ApiError::Type::SpendingLimitExceeded, QStringLiteral("limit reached"));
        const FormError f = FieldErrors::fromApiError(e, kFields);
        QVERIFY(!f.hasField());
        QCOMPARE(f.message, e.userMessage());
    }
    void fromApiError_noError_isEmpty()
    {
        QVERIFY(FieldErrors::fromApiError(ApiError(), kFields).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldErrors)
#include "tst_fielderrors.moc"
