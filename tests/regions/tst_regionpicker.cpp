#include "models/regions/RegionListModel.h"
#include "tests/regions/TestWorld.h"
#include "ui/regions/RegionPicker.h"
#include "ui/regions/WorldMapWidget.h"

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

class TestRegionPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void setBillTo_preselectsTheDefaultRegion();
    void notice_saysTheRegionIsFixed();
    void list_arrowKeys_chooseTheNextPermittedRegion();
    void list_disabledRow_cannotBeChosen();
    void map_arrowKeysThenEnter_chooseARegion();
    void map_tab_walksPermittedPinsOnly();
    void map_clickOnGreyPin_choosesNothing();
    void map_clickOnPermittedPin_choosesItAndSyncsTheList();
    void setCurrentRegion_notPermitted_isRefused();
    void requirePhi_keepsAChosenRegionThatSupportsPhi();
    void requirePhi_movesOffARegionWithoutPhi();

private:
    BillToOption option(const QString &id) const;
    RegionPicker *m_picker = nullptr;
};

BillToOption TestRegionPicker::option(const QString &id) const
{
    for (const BillToOption &o : BillToRules::options(TestWorld::user(), TestWorld::orgs())) {
        if (o.id == id)
            return o;
    }
    return {};
}

void TestRegionPicker::init()
{
    m_picker = new RegionPicker;
    m_picker->resize(800, 700);
    m_picker->setBillTo(option(QStringLiteral("org-billing")));
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker));
}

void TestRegionPicker::cleanup()
{
    delete m_picker;
}

void TestRegionPicker::setBillTo_preselectsTheDefaultRegion()
{
    QSignalSpy chosen(m_picker, &RegionPicker::regionChosen);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:eu-central-1"));
    QCOMPARE(m_picker->map()->currentRegion(), QStringLiteral("aws:eu-central-1"));
    m_picker->setBillTo(option(QStringLiteral("user-alice")));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("azure:westus"));
    QCOMPARE(m_picker->list()->currentIndex().data(RegionListModel::RegionIdRole).toString(),
             QStringLiteral("azure:westus"));
}

void TestRegionPicker::notice_saysTheRegionIsFixed()
{
    auto *notice = m_picker->findChild<QLabel *>(QStringLiteral("regionNotice"));
    QVERIFY(notice);
    QCOMPARE(notice->text(),
             QStringLiteral("The region cannot be changed after the project is created: files can "
                            "only be cloned to projects in the same region."));
}

void TestRegionPicker::list_arrowKeys_chooseTheNextPermittedRegion()
{
    QSignalSpy chosen(m_picker, &RegionPicker::regionChosen);
    QTest::keyClick(m_picker->list(), Qt::Key_Down);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().first().toString(), QStringLiteral("aws:ap-southeast-2"));
    QTest::keyClick(m_picker->list(), Qt::Key_Up);
    QTest::keyClick(m_picker->list(), Qt::Key_Up);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:us-east-1"));
    QCOMPARE(m_picker->map()->currentRegion(), QStringLiteral("aws:us-east-1"));
}

void TestRegionPicker::list_disabledRow_cannotBeChosen()
{
    m_picker->setCurrentRegion(QStringLiteral("aws:ap-southeast-2"));
    QSignalSpy chosen(m_picker, &RegionPicker::regionChosen);
    // Below Sydney every region is outside org-billing's permitted regions.
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(m_picker->list(), Qt::Key_Down);
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:ap-southeast-2"));
    const QModelIndex westus
        = m_picker->model()->index(m_picker->model()->rowOf(QStringLiteral("azure:westus")), 0);
    QTest::mouseClick(m_picker->list()->viewport(), Qt::LeftButton, {},
                      m_picker->list()->visualRect(westus).center());
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:ap-southeast-2"));
}

void TestRegionPicker::map_arrowKeysThenEnter_chooseARegion()
{
    WorldMapWidget *map = m_picker->map();
    QSignalSpy chosen(m_picker, &RegionPicker::regionChosen);
    QCOMPARE(map->focusedRegion(), QStringLiteral("aws:eu-central-1"));
    QTest::keyClick(map, Qt::Key_Left); // west of Frankfurt: N. Virginia (London is not permitted)
    QCOMPARE(map->focusedRegion(), QStringLiteral("aws:us-east-1"));
    QCOMPARE(chosen.count(), 0); // moving the cursor does not choose
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().first().toString(), QStringLiteral("aws:us-east-1"));
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Right);
    QCOMPARE(map->focusedRegion(), QStringLiteral("aws:ap-southeast-2"));
    QTest::keyClick(map, Qt::Key_Space);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:ap-southeast-2"));
    QCOMPARE(m_picker->list()->currentIndex().data(RegionListModel::RegionIdRole).toString(),
             QStringLiteral("aws:ap-southeast-2"));
}

void TestRegionPicker::map_tab_walksPermittedPinsOnly()
{
    m_picker->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_picker));
    WorldMapWidget *map = m_picker->map();
    m_picker->list()->setFocus();
    QTest::keyClick(m_picker->list(), Qt::Key_Backtab); // from the list back into the map
    QVERIFY(map->hasFocus());
    QStringList visited { map->focusedRegion() };
    for (int i = 0; i < 5 && map->hasFocus(); ++i) {
        QTest::keyClick(map, Qt::Key_Backtab);
        if (map->hasFocus())
            visited << map->focusedRegion();
    }
    QCOMPARE(visited, (QStringList { "aws:ap-southeast-2", "aws:eu-central-1", "aws:us-east-1" }));
    QVERIFY(!map->hasFocus()); // after the westernmost pin, Shift+Tab leaves the map

    map->setFocus(Qt::TabFocusReason);
    QCOMPARE(map->focusedRegion(), QStringLiteral("aws:us-east-1"));
    QTest::keyClick(map, Qt::Key_Tab);
    QCOMPARE(map->focusedRegion(), QStringLiteral("aws:eu-central-1"));
    QTest::keyClick(map, Qt::Key_Tab);
    QTest::keyClick(map, Qt::Key_Tab);
    QVERIFY(m_picker->list()->hasFocus()); // after the easternmost pin, Tab goes on to the list
}

void TestRegionPicker::map_clickOnGreyPin_choosesNothing()
{
    WorldMapWidget *map = m_picker->map();
    QSignalSpy chosen(m_picker, &RegionPicker::regionChosen);
    const QPointF westus = map->pinPosition(QStringLiteral("azure:westus"));
    QVERIFY(map->rect().contains(westus.toPoint()));
    QCOMPARE(map->regionAt(westus), QStringLiteral("azure:westus"));
    QTest::mouseClick(map, Qt::LeftButton, {}, westus.toPoint());
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:eu-central-1"));
}

void TestRegionPicker::map_clickOnPermittedPin_choosesItAndSyncsTheList()
{
    WorldMapWidget *map = m_picker->map();
    QSignalSpy chosen(m_picker, &RegionPicker::regionChosen);
    QTest::mouseClick(map, Qt::LeftButton, {},
                      map->pinPosition(QStringLiteral("aws:ap-southeast-2")).toPoint());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().first().toString(), QStringLiteral("aws:ap-southeast-2"));
    QCOMPARE(m_picker->list()->selectionModel()->selectedIndexes().size(), 1);
    QCOMPARE(m_picker->list()
                 ->selectionModel()
                 ->selectedIndexes()
                 .first()
                 .data(RegionListModel::RegionIdRole)
                 .toString(),
             QStringLiteral("aws:ap-southeast-2"));
}

void TestRegionPicker::setCurrentRegion_notPermitted_isRefused()
{
    QVERIFY(!m_picker->setCurrentRegion(QStringLiteral("azure:westus")));
    QVERIFY(!m_picker->setCurrentRegion(QStringLiteral("nowhere:at-all")));
    QVERIFY(m_picker->setCurrentRegion(QStringLiteral("aws:us-east-1")));
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:us-east-1"));
}

void TestRegionPicker::requirePhi_keepsAChosenRegionThatSupportsPhi()
{
    RegionCatalog catalog;
    catalog.setPhiSupport(QStringLiteral("aws:eu-central-1"), false);
    m_picker->setCatalog(catalog);
    QVERIFY(m_picker->setCurrentRegion(QStringLiteral("aws:ap-southeast-2")));
    m_picker->setRequirePhi(true);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:ap-southeast-2"));
}

void TestRegionPicker::requirePhi_movesOffARegionWithoutPhi()
{
    RegionCatalog catalog;
    catalog.setPhiSupport(QStringLiteral("aws:eu-central-1"), false);
    m_picker->setCatalog(catalog);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:eu-central-1"));
    QSignalSpy chosen(m_picker, &RegionPicker::regionChosen);
    m_picker->setRequirePhi(true);
    QCOMPARE(m_picker->currentRegion(), QStringLiteral("aws:us-east-1"));
    QCOMPARE(chosen.count(), 1);
    QVERIFY(!m_picker->setCurrentRegion(QStringLiteral("aws:eu-central-1")));
}

QTEST_MAIN(TestRegionPicker)
#include "tst_regionpicker.moc"
