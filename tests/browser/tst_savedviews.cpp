#include "models/browser/ProjectColumns.h"
#include "models/browser/SavedViews.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
SavedView sampleView(const QString &name)
{
    SavedView v;
    v.name = name;
    v.query.name = QStringLiteral("rna*");
    v.query.nameMode = ProjectQuery::NameMode::Glob;
    v.query.regions
        = QStringList { QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westus") };
    v.query.tags = QStringList { QStringLiteral("tag one") };
    v.query.properties = { PropertyFilter { QStringLiteral("stage"), QStringLiteral("final") } };
    v.query.containsPHI = true;
    v.query.createdAfter = 1700000000000;
    v.layout = ColumnLayout::defaults();
    v.layout.columns[0].width = 240;
    v.layout.columns.move(0, 3);
    v.layout.columns[5].visible = !v.layout.columns[5].visible;
    v.layout.sortColumn = QStringLiteral("dataUsage");
    v.layout.sortDescending = true;
    return v;
}
} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json_roundTrip_keepsQueryAndLayout()
    {
        const QList<SavedView> views { sampleView(QStringLiteral("Mine")),
                                       sampleView(QStringLiteral("Ünïcode, \"quoted\"")) };
        QString error;
        const QList<SavedView> back = SavedViews::fromJson(SavedViews::toJson(views), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back, views);
    }

    void fromJson_garbage_saysWhy()
    {
        QString error;
        QVERIFY(SavedViews::fromJson("{not json", &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
    }

    void settings_perProfile_roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            SavedViews a(&settings, QStringLiteral("profile-a"));
            QVERIFY(a.save(sampleView(QStringLiteral("One"))));
            QVERIFY(a.save(sampleView(QStringLiteral("Two"))));
            SavedView replaced = sampleView(QStringLiteral("One"));
            replaced.query.billTo = QStringLiteral("org-x");
            QVERIFY(a.save(replaced));
            QVERIFY(!a.save(sampleView(QStringLiteral("  "))));
            a.setCurrentLayout(sampleView(QStringLiteral("x")).layout);
        }
        QSettings settings(file, QSettings::IniFormat);
        SavedViews a(&settings, QStringLiteral("profile-a"));
        SavedViews b(&settings, QStringLiteral("profile-b"));
        QCOMPARE(a.names(), (QStringList { QStringLiteral("One"), QStringLiteral("Two") }));
        QCOMPARE(a.view(QStringLiteral("One"))->query.billTo, QStringLiteral("org-x"));
        QCOMPARE(a.currentLayout(), sampleView(QStringLiteral("x")).layout);
        QVERIFY(b.names().isEmpty());
        QCOMPARE(b.currentLayout(), ColumnLayout::defaults());
        QVERIFY(a.remove(QStringLiteral("Two")));
        QVERIFY(!a.remove(QStringLiteral("Two")));
        QCOMPARE(a.names(), QStringList { QStringLiteral("One") });
    }

    void layoutFromJson_unknownAndMissingColumns_areRepaired()
    {
        QJsonObject json = ColumnLayout::defaults().toJson();
        QJsonArray columns = json.value(QLatin1String("columns")).toArray();
        columns.removeAt(1); // a column this layout did not know yet
        columns.append(QJsonObject { { QLatin1String("key"), QLatin1String("gone") } });
        json.insert(QLatin1String("columns"), columns);
        const ColumnLayout layout = ColumnLayout::fromJson(json);
        QCOMPARE(layout.columns.size(), int(ProjectColumns::Count));
        QCOMPARE(layout.columns.last().visible, false);
        for (const ColumnLayout::Column &c : layout.columns)
            QVERIFY(ProjectColumns::fromKey(c.key) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
