#include "models/archive/FindPaging.h"

#include <QJsonObject>
#include <QTest>

// The find routes' "next": another page only for a non-empty cursor string.
class TestFindPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aCursor_meansAnotherPage()
    {
        QVERIFY(hasNextPage(QJsonObject { { QStringLiteral("next"), QStringLiteral("file-x") } }));
    }
    void nullAbsentOrEmpty_isTheLastPage()
    {
        QVERIFY(!hasNextPage(QJsonObject { { QStringLiteral("next"), QJsonValue::Null } }));
        QVERIFY(!hasNextPage(QJsonObject {}));
        QVERIFY(!hasNextPage(QJsonObject { { QStringLiteral("next"), QString() } }));
        // An object cursor is not what these routes send: treated as the end, not looped on.
        QVERIFY(!hasNextPage(QJsonObject { { QStringLiteral("next"), QJsonObject {} } }));
    }
};

QTEST_MAIN(TestFindPaging)
#include "tst_findpaging.moc"
