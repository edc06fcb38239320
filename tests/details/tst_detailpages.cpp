#include "models/browser/ProjectColumns.h"
#include "tests/details/DescribeSamples.h"
#include "tests/details/PaneFixture.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace PaneFixture;

// Each page's content, read through the pane the way a user (or the lead's UI test) finds it.
class TestDetailPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overview_fullDescribe_showsEveryField()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        QCOMPARE(f.shownText("overview_name"), QStringLiteral("Cohort sequencing 2024"));
        QCOMPARE(f.shownText("overview_id"), fullId);
        for (const QString &key : DetailPane::pageKeys())
            QVERIFY2(!f.isShown(qPrintable(key + QLatin1String("_empty"))), qPrintable(key));
        QCOMPARE(f.shownText("overview_summary"),
                 QStringLiteral("Whole-genome sequencing of the 2024 cohort"));
        QVERIFY(f.shownText("overview_description").contains(QLatin1Char('\n')));
        QVERIFY(f.label("overview_description")->textInteractionFlags()
                & Qt::TextSelectableByMouse);
        const QString region = f.shownText("overview_region");
        QVERIFY2(region.contains(QStringLiteral("aws:eu-central-1")), qPrintable(region));
        QVERIFY2(region.contains(QStringLiteral("AWS")) && region.size() > 20, qPrintable(region));
        QCOMPARE(f.shownText("overview_billTo"), QStringLiteral("org-genomics_lab"));
        QCOMPARE(f.shownText("overview_created"), ProjectColumns::formatTimestamp(1704103200000));
        QCOMPARE(f.shownText("overview_createdByUser"), QStringLiteral("user-alice"));
        QCOMPARE(f.shownText("overview_createdByJob"),
                 QStringLiteral("job-G4x5Ky0J8V7Qf3b2Zk1Pq9Aa"));
        QCOMPARE(f.shownText("overview_createdByExecutable"),
                 QStringLiteral("app-G4x5Ky0J8V7Qf3b2Zk1Pq9Bb"));
        QCOMPARE(f.shownText("overview_modified"), ProjectColumns::formatTimestamp(1717236000000));
        QCOMPARE(f.shownText("overview_level"), QStringLiteral("ADMINISTER"));
        QVERIFY(!f.shownText("overview_level_note").isEmpty());
        QCOMPARE(f.shownText("overview_version"), QStringLiteral("42"));
        QCOMPARE(f.shownText("overview_dataUsage"), QStringLiteral("1.5 TB"));
        QCOMPARE(f.shownText("overview_sponsoredDataUsage"), QStringLiteral("12.5 GB"));
        QCOMPARE(f.shownText("overview_storageCost"), QStringLiteral("$35.29 per month"));
        QCOMPARE(f.shownText("overview_objects"), QLocale().toString(18234));
        QCOMPARE(f.shownText("overview_defaultInstanceType"), QStringLiteral("mem2_ssd1_v2_x4"));
        for (const char *name : { "overview_name", "overview_region", "overview_dataUsage" }) {
            QVERIFY2(!f.label(name)->toolTip().isEmpty(), name);
            QVERIFY2(f.label(name)->textInteractionFlags() & Qt::TextSelectableByKeyboard, name);
        }
    }

    void overview_userCreated_hidesJobRows()
    {
        Fixture f;
        QJsonObject d = DescribeSamples::full();
        d.insert(QLatin1String("createdBy"),
                 QJsonObject { { QLatin1String("user"), QLatin1String("user-bob") } });
        f.setDescribe(d);
        QCOMPARE(f.shownText("overview_createdByUser"), QStringLiteral("user-bob"));
        QVERIFY(!f.isShown("overview_createdByJob"));
        QVERIFY(!f.isShown("overview_createdByExecutable"));
    }

    void access_fullDescribe_showsFlagsWithExplanations()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        QCOMPARE(f.shownText("access_protected"), QStringLiteral("Yes"));
        QCOMPARE(f.shownText("access_restricted"), QStringLiteral("No"));
        QCOMPARE(f.shownText("access_downloadRestricted"), QStringLiteral("Yes"));
        QVERIFY(
            f.shownText("access_downloadRestricted_note").contains(QStringLiteral("downloaded")));
        QCOMPARE(f.shownText("access_previewViewerRestricted"), QStringLiteral("No"));
        QCOMPARE(f.shownText("access_externalUploadRestricted"), QStringLiteral("Yes"));
        QCOMPARE(f.shownText("access_databaseResultsRestricted"), QStringLiteral("10"));
        QCOMPARE(f.shownText("access_containsPHI"), QStringLiteral("No"));
        QCOMPARE(f.shownText("access_databaseUIViewOnly"), QStringLiteral("No"));
        for (const char *note : { "access_protected_note", "access_restricted_note",
                                  "access_containsPHI_note", "access_databaseUIViewOnly_note" })
            QVERIFY2(!f.shownText(note).isEmpty(), note);
        QCOMPARE(f.shownText("access_allowedExecutables"),
                 QStringLiteral("app-G4x5Ky0J8V7Qf3b2Zk1Pq9Cc\napplet-G4x5Ky0J8V7Qf3b2Zk1Pq9Dd"));
    }

    void access_withoutAllowedExecutables_saysAnyExecutable()
    {
        for (const QJsonValue &value :
             { QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined) }) {
            Fixture f;
            QJsonObject d = DescribeSamples::full();
            if (value.isNull())
                d.insert(QLatin1String("allowedExecutables"), value);
            else
                d.remove(QLatin1String("allowedExecutables"));
            f.setDescribe(d);
            QCOMPARE(f.shownText("access_allowedExecutables"), QStringLiteral("Any executable"));
        }
    }

    void tags_fullDescribe_showsTagsAndPropertiesSortedByKey()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        const QString tags = f.shownText("tags_tags");
        for (const char *tag : { "wgs", "cohort&nbsp;2024", "GRCh38" })
            QVERIFY2(tags.contains(QLatin1String(tag)), qPrintable(tags));
        QTableWidget *properties = f.table("tags_properties");
        QVERIFY(properties && !properties->isHidden());
        QCOMPARE(column(properties, 0),
                 QStringList({ QStringLiteral("batch"), QStringLiteral("PI"),
                               QStringLiteral("sequencer") }));
        QCOMPARE(column(properties, 1),
                 QStringList({ QStringLiteral("B-17"), QStringLiteral("Dr. Alice Smith"),
                               QStringLiteral("NovaSeq 6000") }));
    }

    void tags_htmlInTag_isShownAsText()
    {
        Fixture f;
        QJsonObject d = DescribeSamples::full();
        d.insert(QLatin1String("tags"), QJsonArray { QStringLiteral("<b>x</b>") });
        f.setDescribe(d);
        QVERIFY(f.shownText("tags_tags").contains(QStringLiteral("&lt;b&gt;")));
    }

    void members_sortedByLevelThenName_withPublicAsEveryone()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        QTableWidget *members = f.table("members_table");
        QVERIFY(members && !members->isHidden());
        QCOMPARE(column(members, 0),
                 QStringList({ QStringLiteral("user-alice"), QStringLiteral("user-bob"),
                               QStringLiteral("org-genomics_lab"), QStringLiteral("user-carol"),
                               QStringLiteral("Everyone (PUBLIC)"), QStringLiteral("user-zoe") }));
        QCOMPARE(column(members, 2),
                 QStringList({ QStringLiteral("ADMINISTER"), QStringLiteral("ADMINISTER"),
                               QStringLiteral("CONTRIBUTE"), QStringLiteral("UPLOAD"),
                               QStringLiteral("VIEW"), QStringLiteral("VIEW") }));
        QCOMPARE(members->item(2, 1)->text(), QStringLiteral("Organization"));
        QVERIFY(f.shownText("members_summary").contains(QStringLiteral("6 members")));
    }

    void billing_fullDescribe_showsSponsorshipAndEgress()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        QCOMPARE(f.shownText("billing_billTo"), QStringLiteral("org-genomics_lab"));
        QCOMPARE(f.shownText("billing_sponsoredUntil"),
                 ProjectColumns::formatTimestamp(4102444800000));
        QVERIFY(
            f.shownText("billing_totalSponsoredEgressBytes").startsWith(QStringLiteral("5.0 TB")));
        QVERIFY(f.shownText("billing_consumedSponsoredEgressBytes")
                    .startsWith(QStringLiteral("1.3 TB")));
        QVERIFY(
            f.shownText("billing_remainingSponsoredEgress").startsWith(QStringLiteral("3.7 TB")));
        QProgressBar *bar = f.pane.findChild<QProgressBar *>(QStringLiteral("billing_egressBar"));
        QVERIFY(bar && !bar->isHidden());
        QCOMPARE(bar->value(), 260);
        QCOMPARE(f.shownText("billing_atSpendingLimit"), QStringLiteral("No"));
        QCOMPARE(f.shownText("billing_pendingTransfer"), QStringLiteral("org-partner_institute"));
        QCOMPARE(f.shownText("billing_storageCost"), QStringLiteral("$35.29 per month"));
    }

    void billing_unsponsoredWithoutTransfer_saysSo()
    {
        Fixture f;
        QJsonObject d = DescribeSamples::full();
        d.remove(QLatin1String("sponsoredUntil"));
        d.insert(QLatin1String("pendingTransfer"), QJsonValue::Null);
        d.insert(QLatin1String("totalSponsoredEgressBytes"), 0);
        d.insert(QLatin1String("consumedSponsoredEgressBytes"), 0);
        f.setDescribe(d);
        QCOMPARE(f.shownText("billing_sponsoredUntil"), QStringLiteral("Not sponsored"));
        QCOMPARE(f.shownText("billing_pendingTransfer"), QStringLiteral("None"));
        QVERIFY(!f.isShown("billing_remainingSponsoredEgress"));
        QVERIFY(!f.isShown("billing_egressBar"));
    }

    void billing_overConsumed_showsNothingRemaining()
    {
        Fixture f;
        QJsonObject d = DescribeSamples::full();
        d.insert(QLatin1String("totalSponsoredEgressBytes"), 1000);
        d.insert(QLatin1String("consumedSponsoredEgressBytes"), 5000);
        f.setDescribe(d);
        QCOMPARE(f.shownText("billing_remainingSponsoredEgress"), QStringLiteral("0 bytes"));
        QVERIFY(!f.shownText("billing_remainingSponsoredEgress_note").isEmpty());
    }

    void instances_table_byRankFirst_andSortsNumerically()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        QTableWidget *t = f.table("instances_table");
        QVERIFY(t && !t->isHidden());
        QCOMPARE(column(t, 0),
                 QStringList({ QStringLiteral("mem1_ssd1_v2_x2"), QStringLiteral("mem2_ssd1_v2_x4"),
                               QStringLiteral("mem1_ssd1_v2_x36"),
                               QStringLiteral("mem3_ssd1_v2_x16") }));
        t->sortByColumn(1, Qt::AscendingOrder); // cores: 2 < 4 < 16 < 36 only as numbers
        QCOMPARE(column(t, 1),
                 QStringList({ QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("16"),
                               QStringLiteral("36") }));
        const int row = int(column(t, 0).indexOf(QStringLiteral("mem2_ssd1_v2_x4")));
        QCOMPARE(t->item(row, 2)->text(), QStringLiteral("15"));
        QCOMPARE(t->item(row, 3)->text(), QStringLiteral("75"));
        QCOMPARE(t->item(row, 4)->text(), QStringLiteral("Ubuntu 20.04\nUbuntu 24.04"));
        QVERIFY(t->item(row, 0)->font().bold()); // the default instance type
    }

    void uploads_showsLimitsInHumanUnits()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        QVERIFY(f.shownText("uploads_minimumPartSize").startsWith(QStringLiteral("5.2 MB (")));
        QVERIFY(f.shownText("uploads_maximumPartSize").startsWith(QStringLiteral("5.4 GB (")));
        QVERIFY(f.shownText("uploads_maximumFileSize").startsWith(QStringLiteral("5.5 TB (")));
        QCOMPARE(f.shownText("uploads_maximumNumParts"), QLocale().toString(10000));
        QCOMPARE(f.shownText("uploads_emptyLastPartAllowed"), QStringLiteral("Yes"));
        QVERIFY(!f.shownText("uploads_emptyLastPartAllowed_note").isEmpty());
    }

    void rawJson_holdsTheDescribe_andCopiesIt()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        auto *text = f.pane.findChild<QPlainTextEdit *>(QStringLiteral("json_text"));
        QVERIFY(text && text->isReadOnly());
        QVERIFY(text->toPlainText().contains(fullId));
        QVERIFY(text->toPlainText().contains(QStringLiteral("\n    \"billTo\"")));
        QCOMPARE(QJsonDocument::fromJson(text->toPlainText().toUtf8()).object(),
                 DescribeSamples::full());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(f.pane.findChild<QPushButton *>(QStringLiteral("json_copyButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
    }
};

QTEST_MAIN(TestDetailPages)
#include "tst_detailpages.moc"
