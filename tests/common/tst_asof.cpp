#include "models/common/AsOf.h"

#include <QTest>

class TestAsOf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameDay_timeOnly_otherDay_dateToo()
    {
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        const QDateTime now(QDate(2026, 12, 4), QTime(19, 40), Qt::LocalTime);
        const QDateTime earlier(QDate(2026, 12, 4), QTime(9, 5), Qt::LocalTime);
        const QDateTime yesterday(QDate(2026, 12, 3), QTime(19, 32), Qt::LocalTime);
        QCOMPARE(asOfText(earlier, now, locale), QStringLiteral("09:05"));
        const QString older = asOfText(yesterday, now, locale);
        QVERIFY2(older.contains(QLatin1String("03/12/2026")), qPrintable(older));
        QVERIFY2(older.contains(QLatin1String("19:32")), qPrintable(older));
        // A UTC time is shown in local time, as the clock on the wall reads.
        QCOMPARE(asOfText(earlier.toUTC(), now, locale), QStringLiteral("09:05"));
    }
};

QTEST_APPLESS_MAIN(TestAsOf)
#include "tst_asof.moc"
