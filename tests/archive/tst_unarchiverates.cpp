// Issue 14 item 11: each rate says what it means in time, and a rate a cloud lacks says why.
#include "models/archive/ArchiveRules.h"
#include "models/archive/UnarchiveRates.h"

#include <QTest>

class TestUnarchiveRates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoreTime_aws_eachRateHasTheCloudsDocumentedTime()
    {
        const QString aws = QStringLiteral("aws:us-east-1");
        QCOMPARE(UnarchiveRates::restoreTime(aws, QStringLiteral("Expedited")),
                 QStringLiteral("typically 1–5 minutes"));
        QCOMPARE(UnarchiveRates::restoreTime(aws, QStringLiteral("Standard")),
                 QStringLiteral("typically 3–5 hours"));
        QCOMPARE(UnarchiveRates::restoreTime(aws, QStringLiteral("Bulk")),
                 QStringLiteral("typically 5–12 hours"));
    }
    void restoreTime_azure_highPriorityAndStandard()
    {
        const QString azure = QStringLiteral("azure:westus");
        QVERIFY(UnarchiveRates::restoreTime(azure, QStringLiteral("Expedited"))
                    .contains(QStringLiteral("1 hour")));
        QCOMPARE(UnarchiveRates::restoreTime(azure, QStringLiteral("Standard")),
                 QStringLiteral("up to 15 hours"));
    }
    void restoreTime_unknownCloud_saysNotDocumented()
    {
        QCOMPARE(UnarchiveRates::restoreTime(QStringLiteral("gcp:x"), QStringLiteral("Standard")),
                 QStringLiteral("not documented"));
        QVERIFY(UnarchiveRates::restoreTimeSource(QStringLiteral("aws:us-east-1"))
                    .contains(QStringLiteral("DNAnexus publishes no times")));
    }
    void whyMissing_azureBulk_saysAzureHasNoBulk()
    {
        QVERIFY(UnarchiveRates::whyMissing(QStringLiteral("azure:westus"), QStringLiteral("Bulk"))
                    .startsWith(QStringLiteral("Azure has no Bulk rate")));
        QVERIFY(
            UnarchiveRates::whyMissing(QStringLiteral("azure:westus"), QStringLiteral("Standard"))
                .isEmpty());
        for (const QString &rate : UnarchiveRates::all())
            QVERIFY(UnarchiveRates::whyMissing(QStringLiteral("aws:us-east-1"), rate).isEmpty());
    }
    void all_coversEveryRateOfEveryCloud()
    {
        for (const char *region : { "aws:us-east-1", "azure:westus", "gcp:x" }) {
            for (const QString &rate : ArchiveRules::unarchiveRates(QLatin1String(region)))
                QVERIFY(UnarchiveRates::all().contains(rate));
        }
    }
};

QTEST_GUILESS_MAIN(TestUnarchiveRates)
#include "tst_unarchiverates.moc"
