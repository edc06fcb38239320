#include "models/browser/ProjectColumns.h"
#include "tests/browser/RowFromJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

namespace {
const qint64 now = 1800000000000;
} // namespace

class TestProjectColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys_roundTrip_andAreUnique()
    {
        QSet<QString> keys;
        for (int c = 0; c < ProjectColumns::Count; ++c) {
            const QString key = ProjectColumns::key(c);
            QVERIFY(!key.isEmpty());
            QCOMPARE(ProjectColumns::fromKey(key), c);
            QVERIFY(!ProjectColumns::title(c).isEmpty());
            QVERIFY2(ProjectColumns::toolTip(c).size() > 30, qPrintable(key));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), int(ProjectColumns::Count));
        QCOMPARE(ProjectColumns::fromKey(QStringLiteral("nope")), -1);
    }

    void compare_numbers_asNumbers()
    {
        ProjectRow small = rowFrom(R"({"id":"a","describe":{"dataUsage":9}})");
        ProjectRow big = rowFrom(R"({"id":"b","describe":{"dataUsage":10}})");
        QVERIFY(ProjectColumns::compare(small, big, ProjectColumns::DataUsage, now) < 0);
        // As text "9 GB" would sort after "10 GB".
        QVERIFY(ProjectColumns::displayText(small, ProjectColumns::DataUsage, now)
                > ProjectColumns::displayText(big, ProjectColumns::DataUsage, now));
    }

    void displayText_flagsAndLevel()
    {
        const ProjectRow row = rowFrom(R"({"id":"a","level":"ADMINISTER","describe":{
            "protected":true,"restricted":false,"downloadRestricted":false,"containsPHI":true}})");
        QCOMPARE(ProjectColumns::displayText(row, ProjectColumns::Level, now),
                 QStringLiteral("ADMINISTER"));
        QCOMPARE(ProjectColumns::displayText(row, ProjectColumns::Protected, now),
                 QStringLiteral("Protected"));
        QCOMPARE(ProjectColumns::displayText(row, ProjectColumns::Restricted, now), QString());
        QCOMPARE(ProjectColumns::displayText(row, ProjectColumns::ContainsPHI, now),
                 QStringLiteral("Contains PHI"));
        QCOMPARE(ProjectColumns::formatTimestamp(1700000000000),
                 QDateTime::fromMSecsSinceEpoch(1700000000000)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
};

QTEST_GUILESS_MAIN(TestProjectColumns)
#include "tst_projectcolumns.moc"
