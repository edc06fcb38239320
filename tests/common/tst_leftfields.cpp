#include "models/common/LeftFields.h"

#include <QTest>

// "Required" errors wait until the field was left or sending was tried; others show at once.
class TestLeftFields : public QObject
{
    Q_OBJECT
    const QString required = QStringLiteral("name: required");

private Q_SLOTS:
    void aRequiredError_waitsUntilTheFieldIsLeft()
    {
        LeftFields left;
        QVERIFY(left.shown(QStringLiteral("name"), required, true).isEmpty());
        QVERIFY(left.markLeft(QStringLiteral("name")));
        QVERIFY(!left.markLeft(QStringLiteral("name"))); // once is enough
        QCOMPARE(left.shown(QStringLiteral("name"), required, true), required);
        // Another field is still untouched.
        QVERIFY(left.shown(QStringLiteral("url"), required, true).isEmpty());
    }
    void aTriedSend_showsEveryRequiredError()
    {
        LeftFields left;
        QVERIFY(left.markTried());
        QVERIFY(!left.markTried());
        QVERIFY(left.wasTried());
        QCOMPARE(left.shown(QStringLiteral("url"), required, true), required);
        QVERIFY(!left.markLeft(QStringLiteral("url"))); // already counts as left
    }
    void otherErrors_showAtOnce()
    {
        const LeftFields left;
        const QString typed = QStringLiteral("name: no control characters");
        QCOMPARE(left.shown(QStringLiteral("name"), typed, false), typed);
        QVERIFY(left.shown(QStringLiteral("name"), QString(), false).isEmpty());
    }
};

QTEST_MAIN(TestLeftFields)
#include "tst_leftfields.moc"
