#include "models/browser/ProjectColumns.h"
#include "tests/details/DescribeSamples.h"
#include "tests/details/PaneFixture.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>

using namespace PaneFixture;

class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noProject_saysSelectAProject()
    {
        Fixture f;
        QCOMPARE(f.shownText("detailMessage"),
                 QStringLiteral("Select a project to see its details"));
        QVERIFY(f.pane.tabs()->isHidden());
        QVERIFY(!f.isShown("detailRetryButton"));
        saveShot(f.pane, QStringLiteral("state-none"));
    }

    void load_whileWaiting_showsLoadingLine()
    {
        Fixture f;
        f.nam.onRoute(describePath(fullId), [](const QJsonObject &) { return FakeReply::hang(); });
        f.details.load(fullId);
        QVERIFY(f.shownText("detailMessage").contains(QStringLiteral("Loading")));
        QVERIFY(f.pane.tabs()->isHidden());
        saveShot(f.pane, QStringLiteral("state-loading"));
    }

    void load_failing_showsErrorAndRetryLoadsAgain()
    {
        Fixture f;
        f.nam.onRouteSequence(describePath(fullId),
                              { FakeReply::apiError(404, QStringLiteral("ResourceNotFound"),
                                                    QStringLiteral("The project does not exist")),
                                FakeReply::json(DescribeSamples::full()) });
        f.details.load(fullId);
        QTRY_VERIFY(f.details.state() == ProjectDetails::State::Error);
        QVERIFY2(f.shownText("detailMessage").contains(f.details.errorText()),
                 qPrintable(f.shownText("detailMessage")));
        QVERIFY(!f.details.errorText().isEmpty());
        QVERIFY(f.isShown("detailRetryButton"));
        saveShot(f.pane, QStringLiteral("state-error"));

        QTest::mouseClick(f.pane.findChild<QPushButton *>(QStringLiteral("detailRetryButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(f.details.state() == ProjectDetails::State::Loaded);
        QCOMPARE(f.nam.count(describePath(fullId)), 2);
        QVERIFY(!f.pane.tabs()->isHidden());
        QCOMPARE(f.shownText("overview_name"), QStringLiteral("Cohort sequencing 2024"));
    }

    void reload_keepsValuesVisible_andSaysRefreshing()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        f.nam.onRoute(describePath(fullId), [](const QJsonObject &) { return FakeReply::hang(); });
        f.details.reload();
        QVERIFY(!f.pane.tabs()->isHidden());
        QCOMPARE(f.shownText("overview_name"), QStringLiteral("Cohort sequencing 2024"));
        QVERIFY(f.shownText("detailStatus").contains(QStringLiteral("Refreshing")));
        QVERIFY(!f.isShown("detailStatusRetryButton"));
        saveShot(f.pane, QStringLiteral("state-refreshing"));
    }

    void reload_failing_keepsValues_andOffersRetry()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        f.nam.onRoute(describePath(fullId), [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"),
                                       QStringLiteral("Down for maintenance"))
                .withHeader("Retry-After", "0");
        });
        RetryPolicy policy = f.client.retryPolicy();
        policy.overallDeadlineMs = 200;
        f.client.setRetryPolicy(policy);
        f.details.reload();
        QTRY_VERIFY(f.details.state() == ProjectDetails::State::Error);
        QCOMPARE(f.shownText("overview_name"), QStringLiteral("Cohort sequencing 2024"));
        QVERIFY2(f.shownText("detailStatus").contains(f.details.errorText()),
                 qPrintable(f.shownText("detailStatus")));
        QVERIFY(f.isShown("detailStatusRetryButton"));
        saveShot(f.pane, QStringLiteral("state-refresh-failed"));
    }

    void header_showsNameAndId()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        QCOMPARE(f.shownText("detailTitle"), QStringLiteral("Cohort sequencing 2024"));
        QCOMPARE(f.shownText("detailSubtitle"), fullId);
    }

    void minimalDescribe_showsOnlyWhatTheServerReturned()
    {
        Fixture f;
        f.setDescribe(DescribeSamples::full()); // then a smaller result must clear old values
        f.setDescribe(DescribeSamples::minimal());
        QCOMPARE(f.shownText("overview_name"), QStringLiteral("Only a name"));
        QCOMPARE(f.shownText("overview_id"), fullId);
        for (const char *name : { "overview_storageCost",
                                  "overview_storageCost_caption",
                                  "overview_dataUsage",
                                  "overview_objects",
                                  "overview_version",
                                  "overview_region",
                                  "overview_created",
                                  "overview_createdByUser",
                                  "overview_level",
                                  "access_protected",
                                  "access_allowedExecutables",
                                  "billing_sponsoredUntil",
                                  "billing_storageCost",
                                  "billing_totalSponsoredEgressBytes",
                                  "billing_remainingSponsoredEgress",
                                  "billing_egressBar",
                                  "billing_pendingTransfer",
                                  "billing_atSpendingLimit",
                                  "uploads_minimumPartSize",
                                  "uploads_intro",
                                  "tags_tags",
                                  "tags_properties",
                                  "members_table",
                                  "instances_table",
                                  "overview_section_1" })
            QVERIFY2(!f.isShown(name), name);
        saveShot(f.pane, QStringLiteral("minimal-overview"));
        QVERIFY(!f.isShown("overview_empty"));
        for (const char *empty : { "access_empty", "tags_empty", "members_empty", "billing_empty",
                                   "instances_empty", "uploads_empty" })
            QVERIFY2(f.isShown(empty), empty);
        QVERIFY(!f.isShown("json_empty"));
        f.pane.setCurrentPage(QStringLiteral("billing"));
        saveShot(f.pane, QStringLiteral("minimal-billing"));
        // No value label anywhere says zero for a field that was not returned.
        for (QLabel *label : f.pane.findChildren<QLabel *>()) {
            if (!label->isHidden())
                QVERIFY2(label->text() != QLatin1String("0")
                             && !label->text().startsWith(QLatin1String("0 ")),
                         qPrintable(label->objectName()));
        }
    }

    void pageKeys_selectEveryPage_andUnknownKeysAreRejected()
    {
        Fixture f;
        QCOMPARE(DetailPane::pageKeys().size(), f.pane.tabs()->count());
        QStringList emitted;
        connect(&f.pane, &DetailPane::currentPageChanged, &f.pane,
                [&](const QString &key) { emitted.append(key); });
        for (const QString &key : DetailPane::pageKeys()) {
            QVERIFY(f.pane.setCurrentPage(key));
            QCOMPARE(f.pane.currentPageKey(), key);
            QVERIFY(f.pane.page(key));
        }
        QCOMPARE(emitted, DetailPane::pageKeys().mid(1)); // overview was already current
        QVERIFY(!f.pane.setCurrentPage(QStringLiteral("archive")));
        QCOMPARE(f.pane.currentPageKey(), QStringLiteral("json"));
    }

    void everyPage_fitsIn600Pixels()
    {
        // Pages of rows must wrap rather than need sideways scrolling at ~600 px. With
        // DXC_DETAIL_PNG_DIR set, each page is also saved as a PNG to look at.
        Fixture f;
        f.setDescribe(DescribeSamples::full());
        f.pane.resize(600, 760);
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        const QString dir = qEnvironmentVariable("DXC_DETAIL_PNG_DIR");
        for (const QString &key : DetailPane::pageKeys()) {
            f.pane.setCurrentPage(key);
            QCoreApplication::processEvents();
            QWidget *page = f.pane.page(key);
            if (auto *scroll = f.pane.findChild<QScrollArea *>(key + QLatin1String("Scroll"))) {
                QVERIFY2(page->minimumSizeHint().width() <= scroll->viewport()->width(),
                         qPrintable(key + QLatin1Char(' ')
                                    + QString::number(page->minimumSizeHint().width())));
            }
            if (!dir.isEmpty())
                QVERIFY(f.pane.grab().save(QDir(dir).filePath(key + QLatin1String(".png"))));
        }
        f.pane.resize(1000, 500);
        QCoreApplication::processEvents();
        QCOMPARE(f.pane.tabs()->tabText(1), QStringLiteral("Access && flags")); // room enough
        f.pane.setCurrentPage(QStringLiteral("overview"));
        if (!dir.isEmpty())
            QVERIFY(f.pane.grab().save(QDir(dir).filePath(QStringLiteral("wide-overview.png"))));
        f.pane.resize(600, 500);
        QCoreApplication::processEvents();
        QCOMPARE(f.pane.tabs()->tabText(1), QStringLiteral("Access"));
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
