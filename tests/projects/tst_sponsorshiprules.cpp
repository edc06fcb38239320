#include "models/projects/SponsorshipRules.h"

#include <QTest>

using namespace SponsorshipRules;

class TestSponsorshipRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseBytes_withUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("bare bytes") << "1024" << qint64(1024);
        QTest::newRow("B") << "7 B" << qint64(7);
        QTest::newRow("KB is 1000") << "2 KB" << qint64(2000);
        QTest::newRow("MB") << "3MB" << qint64(3000000);
        QTest::newRow("GB") << "500 GB" << qint64(500000000000);
        QTest::newRow("TB fraction") << "1.5 TB" << qint64(1500000000000);
        QTest::newRow("PB") << "2 PB" << qint64(2000000000000000);
        QTest::newRow("KiB is 1024") << "1 KiB" << qint64(1024);
        QTest::newRow("KiB fraction") << "1.5 KiB" << qint64(1536);
        QTest::newRow("MiB") << "1 MiB" << qint64(1048576);
        QTest::newRow("GiB") << "500 GiB" << qint64(536870912000);
        QTest::newRow("TiB") << "1 TiB" << qint64(1099511627776);
        QTest::newRow("PiB") << "1 PiB" << qint64(1125899906842624);
        QTest::newRow("lower case unit") << "2 gb" << qint64(2000000000);
        QTest::newRow("spaces around") << "  4 KB  " << qint64(4000);
        QTest::newRow("leading point") << ".5 KB" << qint64(500);
        QTest::newRow("trailing zeros") << "1.500 KB" << qint64(1500);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("minus zero") << "-0 GB" << qint64(0);
        QTest::newRow("largest") << "9007199254740991" << maxBytes;
    }
    void parseBytes_withUnits()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const BytesResult r = parseBytes(text);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(*r.bytes, bytes);
        QVERIFY(r.message.isEmpty());
    }

    void parseBytes_invalid_namesTheRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rule");
        QTest::newRow("empty") << "  " << int(Rule::Required);
        QTest::newRow("words") << "lots" << int(Rule::NotANumber);
        QTest::newRow("comma") << "1,5 GB" << int(Rule::NotANumber);
        QTest::newRow("exponent") << "1e9" << int(Rule::NotANumber);
        QTest::newRow("negative") << "-5 GB" << int(Rule::Negative);
        QTest::newRow("unknown unit") << "5 XB" << int(Rule::UnknownUnit);
        QTest::newRow("fraction of a byte") << "1.5 B" << int(Rule::NotWholeBytes);
        QTest::newRow("fraction of a byte in KiB") << "0.3 KiB" << int(Rule::NotWholeBytes);
        QTest::newRow("beyond 2^53") << "9007199254740992" << int(Rule::TooLarge);
        QTest::newRow("10 PiB") << "10 PiB" << int(Rule::TooLarge);
        QTest::newRow("overflow") << "99999999999999999 PB" << int(Rule::TooLarge);
    }
    void parseBytes_invalid_namesTheRule()
    {
        QFETCH(QString, text);
        QFETCH(int, rule);
        const BytesResult r = parseBytes(text);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.rule), rule);
        QVERIFY(r.message.startsWith(QLatin1String("total sponsored egress:")));
    }

    void parseBytes_separateUnit_usesUnitUnlessTyped()
    {
        QCOMPARE(*parseBytes(QStringLiteral("2"), QStringLiteral("TB")).bytes,
                 qint64(2000000000000));
        QCOMPARE(*parseBytes(QStringLiteral("2 KiB"), QStringLiteral("TB")).bytes, qint64(2048));
        QCOMPARE(parseBytes(QString(), QStringLiteral("GB")).rule, Rule::Required);
    }

    void unitFactor_unknown_isZero()
    {
        QCOMPARE(unitFactor(QStringLiteral("GB")), qint64(1000000000));
        QCOMPARE(unitFactor(QStringLiteral("GiB")), qint64(1073741824));
        QCOMPARE(unitFactor(QStringLiteral("EB")), qint64(0));
        QCOMPARE(unitNames().size(), 11);
    }

    void exactAmount_picksLargestExactUnit()
    {
        QCOMPARE(exactAmount(500000000000).number, QStringLiteral("500"));
        QCOMPARE(exactAmount(500000000000).unit, QStringLiteral("GB"));
        QCOMPARE(exactAmount(536870912000).unit, QStringLiteral("GiB"));
        QCOMPARE(exactAmount(1500).unit, QStringLiteral("B"));
        QCOMPARE(exactAmount(0).number, QStringLiteral("0"));
        // Round trip.
        const Amount a = exactAmount(12884901888);
        QCOMPARE(*parseBytes(a.number, a.unit).bytes, qint64(12884901888));
    }

    void replacesTotalWarning_saysItDoesNotAdd()
    {
        QVERIFY(replacesTotalWarning(0, 100).isEmpty());
        QVERIFY(replacesTotalWarning(100, 100).isEmpty());
        const QString raise = replacesTotalWarning(500000000000, 1000000000000);
        QVERIFY(raise.contains(QLatin1String("does not add")));
        QVERIFY(raise.contains(QLatin1String("1.5 TB"))); // what adding would have made
        QVERIFY(replacesTotalWarning(500000000000, 100).contains(QLatin1String("lowered")));
    }

    void belowConsumedWarning_onlyBelowConsumed()
    {
        QVERIFY(belowConsumedWarning(100, 100).isEmpty());
        QVERIFY(belowConsumedWarning(200, 100).isEmpty());
        QVERIFY(belowConsumedWarning(99, 100).contains(QLatin1String("ends at once")));
    }

    void endsSponsorship_nullPastOrNow()
    {
        const qint64 now = 1700000000000;
        QVERIFY(endsSponsorship(std::nullopt, now));
        QVERIFY(endsSponsorship(now - 1, now));
        QVERIFY(endsSponsorship(now, now));
        QVERIFY(!endsSponsorship(now + 1, now));
        QVERIFY(!endsSponsorshipWarning(now - 1, now).isEmpty());
        QVERIFY(endsSponsorshipWarning(now + 1000, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSponsorshipRules)
#include "tst_sponsorshiprules.moc"
