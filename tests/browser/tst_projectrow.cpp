#include "models/browser/ProjectColumns.h"
#include "models/browser/StringPool.h"
#include "tests/browser/RowFromJson.h"

#include <QJsonDocument>
#include <QTest>

namespace {
const qint64 now = 1800000000000;
} // namespace

class TestProjectRow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromFindResult_fullDescribe_fillsEveryField()
    {
        const ProjectRow row
            = rowFrom(R"({"id":"project-000000000000000000000001","level":"CONTRIBUTE",
            "describe":{"id":"project-000000000000000000000001","name":"RNA","region":"aws:us-east-1",
            "billTo":"org-genomics","created":1700000000000,"modified":1700000001000,
            "dataUsage":1.5,"storageCost":0.03,"tags":["a","b"],"protected":true,
            "restricted":false,"downloadRestricted":true,"containsPHI":false,
            "pendingTransfer":"user-bob","sponsoredUntil":1900000000000}})");
        QCOMPARE(row.id, QStringLiteral("project-000000000000000000000001"));
        QCOMPARE(row.name, QStringLiteral("RNA"));
        QCOMPARE(row.level, Level::Contribute);
        QCOMPARE(row.created, 1700000000000);
        QCOMPARE(row.dataUsage, 1.5);
        QVERIFY(row.has(ProjectRow::HasStorageCost));
        QCOMPARE(row.tags, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(row.has(ProjectRow::Protected));
        QVERIFY(!row.has(ProjectRow::Restricted));
        QVERIFY(row.has(ProjectRow::DownloadRestricted));
        QCOMPARE(row.pendingTransfer, QStringLiteral("user-bob"));
        QVERIFY(row.isSponsored(now));
        QVERIFY(!row.isSponsored(1900000000001));
    }

    void fromFindResult_withoutStorageCost_isAbsentNotZero()
    {
        const ProjectRow row = rowFrom(R"({"id":"project-1","level":"VIEW",
            "describe":{"name":"x","dataUsage":0,"pendingTransfer":null}})");
        QVERIFY(!row.has(ProjectRow::HasStorageCost));
        QVERIFY(row.has(ProjectRow::HasDataUsage));
        QVERIFY(!ProjectColumns::hasValue(row, ProjectColumns::StorageCost, now));
        QCOMPARE(ProjectColumns::displayText(row, ProjectColumns::StorageCost, now), QString());
        QVERIFY(!ProjectColumns::sortKey(row, ProjectColumns::StorageCost, now).isValid());
        QCOMPARE(ProjectColumns::displayText(row, ProjectColumns::DataUsage, now),
                 QStringLiteral("0 bytes"));
        QVERIFY(row.pendingTransfer.isEmpty());
        QVERIFY(!row.isSponsored(now));
    }

    void fromFindResult_repeatedStrings_shareOneBuffer()
    {
        StringPool pool;
        const QJsonObject a
            = QJsonDocument::fromJson(
                  R"({"id":"p1","describe":{"region":"aws:us-east-1","billTo":"org-a","tags":["t"]}})")
                  .object();
        const QJsonObject b
            = QJsonDocument::fromJson(
                  R"({"id":"p2","describe":{"region":"aws:us-east-1","billTo":"org-a","tags":["t"]}})")
                  .object();
        const ProjectRow ra = ProjectRow::fromFindResult(a, &pool);
        const ProjectRow rb = ProjectRow::fromFindResult(b, &pool);
        QCOMPARE(ra.region.constData(), rb.region.constData());
        QCOMPARE(ra.billTo.constData(), rb.billTo.constData());
        QCOMPARE(ra.tags.at(0).constData(), rb.tags.at(0).constData());
    }

    void applyDescribe_partial_keepsOtherFields()
    {
        ProjectRow row = rowFrom(
            R"({"id":"p1","level":"VIEW","describe":{"name":"old","tags":["a"],"storageCost":2}})");
        row.applyDescribe(QJsonDocument::fromJson(R"({"tags":["b","c"]})").object(), nullptr);
        QCOMPARE(row.name, QStringLiteral("old"));
        QCOMPARE(row.tags.size(), 2);
        QVERIFY(row.has(ProjectRow::HasStorageCost));
    }

    void applyDescribe_eachKindOfField_presentAbsentNullOrWrongType()
    {
        ProjectRow row = rowFrom(R"({"id":"p1","level":"VIEW","describe":{"name":"n",
            "region":"aws:us-east-1","billTo":"org-a","created":5,"modified":6,"dataUsage":1,
            "storageCost":2,"protected":true,"containsPHI":true,"sponsoredUntil":1900000000000,
            "pendingTransfer":"user-bob"}})");
        QVERIFY(row.isSponsored(now));
        // Numbers: null or another type clears them; absent ones stay. Flags: present ones are
        // set, absent ones stay. A describe with its name but no sponsoredUntil: not sponsored.
        row.applyDescribe(QJsonDocument::fromJson(R"({"id":"p1","name":"m","created":null,
            "modified":"7","protected":false,"level":"ADMINISTER","pendingTransfer":null})")
                              .object(),
                          nullptr);
        QCOMPARE(row.name, QStringLiteral("m"));
        QVERIFY(!row.has(ProjectRow::HasCreated));
        QCOMPARE(row.created, 0);
        QVERIFY(!row.has(ProjectRow::HasModified));
        QVERIFY(row.has(ProjectRow::HasDataUsage));
        QCOMPARE(row.dataUsage, 1.0);
        QVERIFY(row.has(ProjectRow::HasStorageCost));
        QVERIFY(!row.has(ProjectRow::Protected));
        QVERIFY(row.has(ProjectRow::ContainsPHI));
        QVERIFY(row.has(ProjectRow::HasFlags));
        QCOMPARE(row.level, Level::Administer);
        QCOMPARE(row.region, QStringLiteral("aws:us-east-1"));
        QVERIFY(row.pendingTransfer.isEmpty());
        QVERIFY(!row.isSponsored(now));
        // Without the name (a partial describe), an absent sponsoredUntil says nothing.
        row.applyDescribe(QJsonDocument::fromJson(R"({"sponsoredUntil":1900000000000})").object(),
                          nullptr);
        QVERIFY(row.isSponsored(now));
        row.applyDescribe(QJsonDocument::fromJson(R"({"tags":["x"]})").object(), nullptr);
        QVERIFY(row.isSponsored(now));
    }
};

QTEST_GUILESS_MAIN(TestProjectRow)
#include "tst_projectrow.moc"
