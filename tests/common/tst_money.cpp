// Money: dollars with one rule of decimals for amounts and one for prices, and what they are
// per in words.
#include "models/common/Money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 14 item 12: "$2.40" and "$0.80", not "$0.800"; the millidollar only when needed.
    void amount_cents_andAThirdDecimalOnlyWhenItIsNotZero()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(Money::amount(0.8, Money::Per::Nothing, c), QStringLiteral("$0.80"));
        QCOMPARE(Money::amount(2.4, Money::Per::Nothing, c), QStringLiteral("$2.40"));
        QCOMPARE(Money::amount(0.11, Money::Per::Nothing, c), QStringLiteral("$0.11"));
        QCOMPARE(Money::amount(0.028, Money::Per::Nothing, c), QStringLiteral("$0.028"));
        QCOMPARE(Money::amount(12.345, Money::Per::Nothing, c), QStringLiteral("$12.35"));
        QCOMPARE(Money::amount(1, Money::Per::Nothing, c), QStringLiteral("$1.00"));
        QCOMPARE(Money::amount(0.015, Money::Per::Nothing, c), QStringLiteral("$0.015"));
        QCOMPARE(Money::amount(0, Money::Per::Nothing, c), QStringLiteral("$0.00"));
        QCOMPARE(Money::amount(-2.5, Money::Per::Nothing, c), QStringLiteral("-$2.50"));
    }

    void amount_neverReadsAsFree()
    {
        QCOMPARE(Money::amount(0.0003, Money::Per::Nothing, QLocale::c()),
                 QStringLiteral("< $0.001"));
        QCOMPARE(Money::fromMillidollars(0.3, QLocale::c()), QStringLiteral("< $0.001"));
    }

    void fromMillidollars_isAThousandth()
    {
        QCOMPARE(Money::fromMillidollars(12350, QLocale::c()), QStringLiteral("$12.35"));
        QCOMPARE(Money::fromMillidollars(15, QLocale::c()), QStringLiteral("$0.015"));
    }

    void amount_perMonth()
    {
        QCOMPARE(Money::amount(4.2, Money::Per::Month, QLocale::c()),
                 QStringLiteral("$4.20 per month"));
    }

    void price_keepsUpToFourDecimals_atLeastTwo()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(Money::price(0.023, Money::Per::GBMonth, c),
                 QStringLiteral("$0.023 per GB per month"));
        QCOMPARE(Money::price(0.0038333, Money::Per::GB, c), QStringLiteral("$0.0038 per GB"));
        QCOMPARE(Money::price(2.5, Money::Per::Nothing, c), QStringLiteral("$2.50"));
        QCOMPARE(Money::price(1, Money::Per::Nothing, c), QStringLiteral("$1.00"));
    }

    void price_followsTheLocale()
    {
        QCOMPARE(Money::price(2.5, Money::Per::GB, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("$2,50 per GB"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
