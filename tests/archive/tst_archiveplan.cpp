// Issue 14 item 9 (model part): what an archive request will do, and its monthly saving.
#include "models/archive/ArchivePlan.h"
#include "models/common/DataSize.h"

#include <QTest>

class TestArchivePlan : public QObject
{
    Q_OBJECT

    static FileRow row(const char *id, const char *folder, double bytes, const char *state)
    {
        return { QLatin1String(id), QLatin1String(id), QLatin1String(folder), bytes,
                 QLatin1String(state) };
    }

private Q_SLOTS:
    void selectedRows_folderWithOrWithoutSubfolders()
    {
        const QList<FileRow> rows { row("a", "/x", 1, "live"), row("b", "/x/y", 1, "live"),
                                    row("c", "/xy", 1, "live") };
        ArchiveSelection s;
        s.folder = QStringLiteral("/x");
        QCOMPARE(ArchivePlanning::selectedRows(s, rows).size(), 2);
        s.recurse = false;
        QCOMPARE(ArchivePlanning::selectedRows(s, rows).size(), 1);
    }
    void plan_liveCopyElsewhere_staysLive_restArchived_nonLiveUntouched()
    {
        const QList<FileRow> rows { row("a", "/", 2e9, "live"), row("b", "/", 3e9, "live"),
                                    row("c", "/", 1e9, "archived") };
        const QHash<QString, QStringList> copies { { QStringLiteral("a"),
                                                     { QStringLiteral("project-2") } } };
        const ArchivePlan p = ArchivePlanning::plan(rows, copies, false);
        QCOMPARE(p.tagged, 2);
        QCOMPARE(p.archived, 1);
        QCOMPARE(p.archivedBytes, 3e9);
        QCOMPARE(p.staysLive, 1);
        QCOMPARE(p.liveElsewhere, QStringList { QStringLiteral("project-2") });
        QCOMPARE(p.untouched, 1);
        QCOMPARE(ArchivePlanning::plan(rows, copies, true).archived, 2); // allCopies
    }
    void monthlySaving_fromThePriceSheet()
    {
        const StoragePrices prices
            = ArchivePlanning::storagePrices({ { QStringLiteral("storagePricePerGB"), 0.023 },
                                               { QStringLiteral("archivedPricePerGB"), 0.004 } });
        QVERIFY(prices.known());
        ArchivePlan p;
        p.tagged = p.archived = p.selected = 1;
        p.archivedBytes = p.taggedBytes = 100e9;
        QCOMPARE(qRound(ArchivePlanning::monthlySaving(p, prices) * 100), 190); // $1.90
        const QString text = ArchivePlanning::summary(p, prices, QStringLiteral("aws:us-east-1"));
        QVERIFY2(text.contains(QStringLiteral("$1.90 per month")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("100 GB")), qPrintable(text));
        QVERIFY(!ArchivePlanning::storagePrices({}).known());
    }
    // One file moves or stays; several move or stay.
    void summary_verbAgreesWithTheCount()
    {
        ArchivePlan p;
        p.selected = 4;
        p.tagged = 3;
        p.archived = 1;
        p.staysLive = 2;
        p.untouched = 1;
        p.liveElsewhere = { QStringLiteral("Shared") };
        const QString one = ArchivePlanning::summary(p, {}, QStringLiteral("aws:us-east-1"));
        QVERIFY2(
            one.contains(
                QStringLiteral("1 file (%1) moves to archive storage.").arg(DataSize::format(0))),
            qPrintable(one));
        QVERIFY2(one.contains(QStringLiteral(") stay in live storage, billed as live, because "
                                             "a copy in Shared is live: they are only tagged")),
                 qPrintable(one));
        QVERIFY2(one.contains(QStringLiteral("1 file already archived or requested is left as "
                                             "it is.")),
                 qPrintable(one));
        QVERIFY2(one.contains(QStringLiteral("The price sheet of aws:us-east-1 is not available "
                                             "to you, so the saving is not known.")),
                 qPrintable(one));
        p.archived = 2;
        p.staysLive = 1;
        const QString two = ArchivePlanning::summary(p, {}, QStringLiteral("aws:us-east-1"));
        QVERIFY2(two.contains(QStringLiteral(") move to archive storage.")), qPrintable(two));
        QVERIFY2(two.contains(QStringLiteral(") stays in live storage")), qPrintable(two));
        QVERIFY2(two.contains(QStringLiteral("it is only tagged for archival.")), qPrintable(two));
    }
};

QTEST_GUILESS_MAIN(TestArchivePlan)
#include "tst_archiveplan.moc"
