#include "tests/support/WidgetLookup.h"
#include "ui/browser/FilterBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_sendNoFilterButLevelView();
    void typedFilters_becomeTheQuery();
    void badPropertyFilter_showsErrorAndDisablesApply();
    void badBillTo_namesTheField();
    void enterInName_applies();
    void setQuery_roundTrips();
    void nameMode_defaultsToContains();
    void levelPhiOrRegionChoice_appliesAtOnce();
    void setQuery_doesNotApply();
    void regions_areNamedAsOnTheMap_andSentAsIds();
    void orgScope_offeredForAdministeredOrgs_andDisablesWhatItCannotFilter();
};

void TestFilterBar::defaults_sendNoFilterButLevelView()
{
    FilterBar bar;
    const ProjectQuery q = bar.query();
    QVERIFY(q.name.isEmpty());
    QCOMPARE(q.minLevel, Level::View);
    QVERIFY(q.tags.isEmpty());
    QVERIFY(!q.containsPHI);
    QVERIFY(child<QPushButton>(&bar, "filterApply")->isEnabled());
}

void TestFilterBar::typedFilters_becomeTheQuery()
{
    FilterBar bar;
    QTest::keyClicks(child<QLineEdit>(&bar, "filterName"), QStringLiteral("rna*"));
    auto *mode = child<QComboBox>(&bar, "filterNameMode");
    mode->setCurrentIndex(mode->findData(int(ProjectQuery::NameMode::Glob)));
    QTest::keyClicks(child<QLineEdit>(&bar, "filterTags"), QStringLiteral("rna, qc ,rna"));
    QTest::keyClicks(child<QLineEdit>(&bar, "filterProperties"),
                     QStringLiteral("owner=alice, reviewed"));
    QTest::keyClicks(child<QLineEdit>(&bar, "filterBillTo"), QStringLiteral("org-genomics"));
    child<QComboBox>(&bar, "filterPHI")->setCurrentIndex(1);
    const ProjectQuery q = bar.query();
    QCOMPARE(q.name, QStringLiteral("rna*"));
    QCOMPARE(q.nameMode, ProjectQuery::NameMode::Glob);
    QCOMPARE(q.tags, (QStringList { QStringLiteral("rna"), QStringLiteral("qc") }));
    QCOMPARE(q.properties.size(), 2);
    QCOMPARE(q.properties.at(0).key, QStringLiteral("owner"));
    QCOMPARE(q.properties.at(0).value.value_or(QString()), QStringLiteral("alice"));
    QVERIFY(!q.properties.at(1).value);
    QCOMPARE(q.billTo, QStringLiteral("org-genomics"));
    QCOMPARE(q.containsPHI.value_or(false), true);
}

void TestFilterBar::badPropertyFilter_showsErrorAndDisablesApply()
{
    FilterBar bar;
    QTest::keyClicks(child<QLineEdit>(&bar, "filterProperties"), QStringLiteral("=value"));
    auto *error = child<QLabel>(&bar, "filterError");
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().startsWith(QLatin1String("Properties:")));
    QVERIFY(!child<QPushButton>(&bar, "filterApply")->isEnabled());
    // Nothing typed is lost.
    QCOMPARE(child<QLineEdit>(&bar, "filterProperties")->text(), QStringLiteral("=value"));
}

void TestFilterBar::badBillTo_namesTheField()
{
    FilterBar bar;
    QTest::keyClicks(child<QLineEdit>(&bar, "filterBillTo"), QStringLiteral("genomics"));
    QVERIFY(bar.problem().startsWith(QLatin1String("billTo:")));
    QVERIFY(!child<QPushButton>(&bar, "filterApply")->isEnabled());
}

void TestFilterBar::enterInName_applies()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::applyRequested);
    auto *name = child<QLineEdit>(&bar, "filterName");
    QTest::keyClicks(name, QStringLiteral("demo"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ProjectQuery>().name, QStringLiteral("demo"));
}

void TestFilterBar::setQuery_roundTrips()
{
    FilterBar bar;
    bar.setKnownRegions({ QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westus") });
    ProjectQuery q;
    q.name = QStringLiteral("^a.*");
    q.nameMode = ProjectQuery::NameMode::Regexp;
    q.minLevel = Level::Administer;
    q.regions = { QStringLiteral("azure:westus") };
    q.tags = { QStringLiteral("x") };
    q.properties = { PropertyFilter { QStringLiteral("k"), QStringLiteral("v") } };
    q.containsPHI = false;
    bar.setQuery(q);
    const ProjectQuery back = bar.query();
    QCOMPARE(back.name, q.name);
    QCOMPARE(back.nameMode, q.nameMode);
    QCOMPARE(back.minLevel, q.minLevel);
    QCOMPARE(back.regions, q.regions);
    QCOMPARE(back.tags, q.tags);
    QCOMPARE(back.properties.size(), 1);
    QCOMPARE(back.containsPHI.value_or(true), false);
}

void TestFilterBar::nameMode_defaultsToContains()
{
    FilterBar bar;
    QTest::keyClicks(child<QLineEdit>(&bar, "filterName"), QStringLiteral("Tumour"));
    QCOMPARE(bar.query().nameMode, ProjectQuery::NameMode::Contains);
    QCOMPARE(child<QComboBox>(&bar, "filterNameMode")->currentText(), QStringLiteral("contains"));
}

void TestFilterBar::levelPhiOrRegionChoice_appliesAtOnce()
{
    FilterBar bar;
    bar.setKnownRegions({ QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westus") });
    bar.show();
    QSignalSpy spy(&bar, &FilterBar::applyRequested);
    auto *level = child<QComboBox>(&bar, "filterLevel");
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Down); // a keyboard choice emits activated()
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).value<ProjectQuery>().minLevel, Level::Upload);
    auto *phi = child<QComboBox>(&bar, "filterPHI");
    phi->setFocus();
    QTest::keyClick(phi, Qt::Key_Down);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).value<ProjectQuery>().containsPHI.value_or(false), true);
    QAction *west = child<QToolButton>(&bar, "filterRegions")->menu()->actions().at(1);
    west->trigger();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().at(0).value<ProjectQuery>().regions,
             QStringList { QStringLiteral("azure:westus") });
}

void TestFilterBar::regions_areNamedAsOnTheMap_andSentAsIds()
{
    FilterBar bar;
    bar.setKnownRegions({ QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westeurope") });
    QSignalSpy spy(&bar, &FilterBar::applyRequested);
    auto *button = child<QToolButton>(&bar, "filterRegions");
    QAction *east = button->menu()->actions().at(0);
    // One word per thing: the name the map shows, and the ID the server and dx use.
    QCOMPARE(east->text(), QStringLiteral("AWS US (East) · N. Virginia  (aws:us-east-1)"));
    east->trigger();
    QCOMPARE(spy.last().at(0).value<ProjectQuery>().regions,
             QStringList { QStringLiteral("aws:us-east-1") });
    QCOMPARE(button->text(), QStringLiteral("AWS US (East)"));
    ProjectQuery q;
    q.regions = { QStringLiteral("azure:westeurope") };
    bar.setQuery(q);
    QVERIFY(button->menu()->actions().at(1)->isChecked());
    QVERIFY(!east->isChecked());
}

void TestFilterBar::setQuery_doesNotApply()
{
    FilterBar bar;
    bar.setKnownRegions({ QStringLiteral("aws:us-east-1") });
    QSignalSpy spy(&bar, &FilterBar::applyRequested);
    ProjectQuery q;
    q.minLevel = Level::Administer;
    q.containsPHI = true;
    q.regions = { QStringLiteral("aws:us-east-1") };
    bar.setQuery(q);
    QCOMPARE(spy.count(), 0);
}

void TestFilterBar::orgScope_offeredForAdministeredOrgs_andDisablesWhatItCannotFilter()
{
    FilterBar bar;
    bar.show();
    auto *scope = child<QComboBox>(&bar, "filterScope");
    QVERIFY(!scope->isVisible()); // nothing to choose yet
    BillToOption lab;
    lab.id = QStringLiteral("org-lab");
    lab.name = QStringLiteral("Lab");
    lab.kind = BillToOption::Kind::Org;
    lab.level = QStringLiteral("ADMIN");
    bar.setOrgs({ lab });
    QVERIFY(scope->isVisible());
    QCOMPARE(scope->count(), 2);
    QSignalSpy spy(&bar, &FilterBar::applyRequested);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).value<ProjectQuery>().org, QStringLiteral("org-lab"));
    QVERIFY(!child<QComboBox>(&bar, "filterLevel")->isEnabled());
    QVERIFY(!child<QLineEdit>(&bar, "filterBillTo")->isEnabled());
    QVERIFY(!child<QComboBox>(&bar, "filterExternalUpload")->isEnabled());
    QVERIFY(child<QComboBox>(&bar, "filterLevel")->toolTip().contains(QStringLiteral("org")));
    // Another account: its own projects again.
    bar.setOrgs({});
    QVERIFY(bar.query().org.isEmpty());
    QVERIFY(!scope->isVisible());
    QVERIFY(child<QComboBox>(&bar, "filterLevel")->isEnabled());
    // A saved view of an org's projects brings its scope along.
    ProjectQuery saved;
    saved.org = QStringLiteral("org-lab");
    bar.setQuery(saved);
    QCOMPARE(bar.query().org, QStringLiteral("org-lab"));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
