#include "models/archive/UnarchivePreview.h"
#include "models/common/Money.h"
#include "tests/archive/ArchiveWorld.h"

#include <QSignalSpy>

using namespace ArchiveWorld;

class TestUnarchivePreview : public QObject
{
    Q_OBJECT

    // Starts the preview and waits for its quotes; false when it did not start or finish.
    static bool run(UnarchivePreview &preview, const ArchiveSelection &selection)
    {
        QSignalSpy finished(&preview, &UnarchivePreview::finished);
        return preview.start(selection) && finished.wait(5000);
    }

    static ArchiveSelection folder(const char *path)
    {
        ArchiveSelection s;
        s.folder = QLatin1String(path);
        return s;
    }

private Q_SLOTS:
    void preview_aws_everyRateMatchesThePriceTable_andChangesNothing()
    {
        Fixture f;
        QVERIFY(f.start());
        const QHash<QString, QString> before = f.states(QLatin1String(BigId));
        UnarchivePreview preview(f.client.get(), QLatin1String(BigId),
                                 QStringLiteral("aws:us-east-1"));
        QVERIFY(run(preview, folder("/")));
        const QList<UnarchiveQuote> quotes = preview.quotes();
        QCOMPARE(quotes.size(), 3);
        // 3 archived files of 1+2+3 GiB = 6 GB; the prices are millidollars per GB.
        const QHash<QString, double> price { { QStringLiteral("Expedited"), 30 },
                                             { QStringLiteral("Standard"), 10 },
                                             { QStringLiteral("Bulk"), 2.5 } };
        for (const UnarchiveQuote &q : quotes) {
            QVERIFY2(q.ok(), qPrintable(q.error.userMessage()));
            QCOMPARE(q.files, 3);
            QCOMPARE(q.sizeGB, 6.0);
            QCOMPARE(q.costMillidollars, 6 * price.value(q.rate));
        }
        QCOMPARE(Money::fromMillidollars(quotes.at(0).costMillidollars), QStringLiteral("$0.18"));
        QCOMPARE(f.states(QLatin1String(BigId)), before);
    }
    void preview_azure_twoRates()
    {
        Fixture f;
        QVERIFY(f.start());
        UnarchivePreview preview(f.client.get(), QLatin1String(AzureId),
                                 QStringLiteral("azure:westus"));
        ArchiveSelection s;
        s.files = { fileId(8001), fileId(8002) };
        QVERIFY(run(preview, s));
        const QList<UnarchiveQuote> quotes = preview.quotes();
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).rate, QStringLiteral("Expedited"));
        QCOMPARE(quotes.at(0).files, 1); // the live file costs nothing and is not counted
        QCOMPARE(quotes.at(0).costMillidollars, 10 * 100.0);
        QCOMPARE(quotes.at(1).costMillidollars, 10 * 20.0);
        QCOMPARE(f.countIn(QLatin1String(AzureId), QStringLiteral("archived")), 1);
    }
    void preview_rateTheServerRefuses_errorInItsQuote()
    {
        Fixture f;
        QVERIFY(f.start());
        // Asking with AWS rates on an Azure project: Bulk is refused, the others answer.
        UnarchivePreview preview(f.client.get(), QLatin1String(AzureId),
                                 QStringLiteral("aws:us-east-1"));
        QVERIFY(run(preview, folder("/x")));
        QCOMPARE(preview.quotes().at(2).rate, QStringLiteral("Bulk"));
        QCOMPARE(preview.quotes().at(2).error.type, ApiError::Type::InvalidInput);
        QVERIFY(preview.quotes().at(1).ok());
    }
    void preview_withoutLicence_permissionDeniedPerRate()
    {
        Fixture f;
        QVERIFY(f.start());
        UnarchivePreview preview(f.client.get(), QLatin1String(UnlicensedId),
                                 QStringLiteral("aws:us-east-1"));
        QVERIFY(run(preview, folder("/")));
        for (const UnarchiveQuote &q : preview.quotes())
            QCOMPARE(q.error.type, ApiError::Type::PermissionDenied);
    }
    void preview_filesAndFolder_refusedBeforeSending()
    {
        UnarchivePreview preview(nullptr, QLatin1String(BigId), QStringLiteral("aws:us-east-1"));
        ArchiveSelection s;
        s.files = { fileId(1) };
        s.folder = QStringLiteral("/");
        QString problem;
        QVERIFY(!preview.start(s, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!preview.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestUnarchivePreview)
#include "tst_unarchivepreview.moc"
