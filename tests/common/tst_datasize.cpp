// DataSize: decimal units everywhere (1 GB = 10^9 bytes), the decimals rule, exact figures.
#include "models/common/DataSize.h"

#include <QTest>

class TestDataSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_usesDecimalUnits_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0 bytes";
        QTest::newRow("negative is nothing") << -5.0 << "0 bytes";
        QTest::newRow("bytes") << 500.0 << "500 bytes";
        QTest::newRow("a kilobyte is 1000 bytes") << 1000.0 << "1.0 kB";
        QTest::newRow("kilobytes") << 1500.0 << "1.5 kB";
        QTest::newRow("megabytes, no decimal from 100 on") << 250e6 << "250 MB";
        QTest::newRow("99.96 rounds to 100") << 99.96e6 << "100 MB";
        QTest::newRow("a gigabyte is 10^9 bytes") << 1e9 << "1.0 GB";
        QTest::newRow("not 2^30") << 1073741824.0 << "1.1 GB";
        QTest::newRow("round up to the next unit") << 999.99e9 << "1.0 TB";
        QTest::newRow("terabytes") << 12345e9 << "12.3 TB";
        QTest::newRow("petabytes") << 2.5e15 << "2.5 PB";
    }
    void format_usesDecimalUnits()
    {
        QFETCH(double, bytes);
        QFETCH(QString, text);
        QCOMPARE(DataSize::format(bytes, QLocale::c()), text);
    }

    void fromGB_isTenToTheNinthBytes()
    {
        QCOMPARE(DataSize::fromGB(1.5, QLocale::c()), QStringLiteral("1.5 GB"));
        QCOMPARE(DataSize::fromGB(0.0000005, QLocale::c()), QStringLiteral("500 bytes"));
        QCOMPARE(DataSize::fromGB(1260, QLocale::c()), QStringLiteral("1.3 TB"));
    }

    void format_followsTheLocale()
    {
        QCOMPARE(DataSize::format(1.5e9, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("1,5 GB"));
    }

    void exact_addsTheByteCountFromAThousandOn()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(DataSize::exact(1, c), QStringLiteral("1 byte"));
        QCOMPARE(DataSize::exact(0, c), QStringLiteral("0 bytes"));
        QCOMPARE(DataSize::exact(999, c), QStringLiteral("999 bytes"));
        QCOMPARE(DataSize::exact(5242880, c), QStringLiteral("5.2 MB (5242880 bytes)"));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(DataSize::exact(5242880, us), QStringLiteral("5.2 MB (5,242,880 bytes)"));
    }
};

QTEST_GUILESS_MAIN(TestDataSize)
#include "tst_datasize.moc"
