#include "tests/regions/TestWorld.h"
#include "ui/regions/WorldMapWidget.h"

#include <QSignalSpy>
#include <QTest>

class TestWorldMapWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pins_sitOnTheirCities();
    void pins_ofOneCity_fanOutWithoutOverlap();
    void unknownRegion_getsAPinOffTheMap();
    void setCurrentRegion_greyRegion_isRefused();
    void arrowKeys_moveBetweenPermittedPinsAndWrap();
    void enter_onTheFocusedPin_activatesIt();
    void keyboardFocus_isVisibleOnTheMap();
    void notSelectable_ignoresClicksAndKeys();
    void accessibleDescription_namesSelectedAndPermitted();
    void setRegions_dropsASelectionThatIsNoLongerPermitted();
    void showRegion_onePinSelectedAndReadOnly();
    void showRegion_withoutLocation_showsNoPin();

private:
    QList<RegionChoice> choicesFor(const QString &billTo, const QStringList &extra = {}) const;
    WorldMapWidget *m_map = nullptr;
};

QList<RegionChoice> TestWorldMapWidget::choicesFor(const QString &billTo,
                                                   const QStringList &extra) const
{
    for (BillToOption o : BillToRules::options(TestWorld::user(), TestWorld::orgs())) {
        if (o.id == billTo) {
            o.permittedRegions << extra;
            return BillToRules::regionsFor(o, RegionCatalog());
        }
    }
    return {};
}

void TestWorldMapWidget::init()
{
    m_map = new WorldMapWidget;
    m_map->resize(720, 360);
    m_map->setRegions(choicesFor(QStringLiteral("org-billing")));
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
}

void TestWorldMapWidget::cleanup()
{
    delete m_map;
}

void TestWorldMapWidget::pins_sitOnTheirCities()
{
    // An equirectangular map 720 px wide: 2 px per degree of longitude.
    const QPointF sydney = m_map->pinPosition(QStringLiteral("aws:ap-southeast-2"));
    const QPointF virginia = m_map->pinPosition(QStringLiteral("aws:us-east-1"));
    const QPointF california = m_map->pinPosition(QStringLiteral("azure:westus"));
    QVERIFY2(std::abs(sydney.x() - (180 + 151.21) * 716 / 360.0 - 2) < 3,
             qPrintable(QString::number(sydney.x())));
    QVERIFY(std::abs(virginia.x() - (180 - 77.49) * 716 / 360.0 - 2) < 3);
    QVERIFY(std::abs(california.x() - (180 - 122.42) * 716 / 360.0 - 2) < 3);
    QVERIFY(sydney.y() > virginia.y()); // south of the equator, lower on the map
    QVERIFY(virginia.y() > m_map->pinPosition(QStringLiteral("aws:eu-west-2")).y() - 40);
}

void TestWorldMapWidget::pins_ofOneCity_fanOutWithoutOverlap()
{
    const QStringList europe { "aws:eu-west-2", "aws:eu-west-2-g", "azure:uksouth-ofh",
                               "azure:westeurope", "aws:eu-central-1" };
    for (int a = 0; a < europe.size(); ++a) {
        for (int b = a + 1; b < europe.size(); ++b) {
            const QPointF d = m_map->pinPosition(europe[a]) - m_map->pinPosition(europe[b]);
            QVERIFY2(std::hypot(d.x(), d.y()) >= 12,
                     qPrintable(europe[a] + QLatin1Char(' ') + europe[b]));
        }
        QCOMPARE(m_map->regionAt(m_map->pinPosition(europe[a])), europe[a]);
    }
}

void TestWorldMapWidget::unknownRegion_getsAPinOffTheMap()
{
    m_map->setRegions(
        choicesFor(QStringLiteral("org-billing"), { QStringLiteral("aws:me-south-1") }));
    const QPointF pin = m_map->pinPosition(QStringLiteral("aws:me-south-1"));
    QVERIFY(m_map->rect().contains(pin.toPoint()));
    QVERIFY(m_map->setCurrentRegion(QStringLiteral("aws:me-south-1")));
}

void TestWorldMapWidget::setCurrentRegion_greyRegion_isRefused()
{
    QSignalSpy changed(m_map, &WorldMapWidget::currentRegionChanged);
    QVERIFY(!m_map->setCurrentRegion(QStringLiteral("azure:westus")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_map->setCurrentRegion(QStringLiteral("aws:us-east-1")));
    QCOMPARE(changed.count(), 1);
}

void TestWorldMapWidget::arrowKeys_moveBetweenPermittedPinsAndWrap()
{
    m_map->setCurrentRegion(QStringLiteral("aws:us-east-1"));
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(m_map->focusedRegion(), QStringLiteral("aws:eu-central-1")); // London pins are grey
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(m_map->focusedRegion(), QStringLiteral("aws:ap-southeast-2"));
    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(m_map->focusedRegion(), QStringLiteral("aws:us-east-1")); // wraps to the far west
    QTest::keyClick(m_map, Qt::Key_Down);
    QCOMPARE(m_map->focusedRegion(), QStringLiteral("aws:ap-southeast-2"));
    QCOMPARE(m_map->currentRegion(), QStringLiteral("aws:us-east-1")); // moving does not select
}

void TestWorldMapWidget::keyboardFocus_isVisibleOnTheMap()
{
    // Issue 14 item 7: focus is visible even when the keyboard cursor is on the chosen pin.
    m_map->setCurrentRegion(QStringLiteral("aws:us-east-1"));
    m_map->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_map));
    m_map->clearFocus();
    QTRY_VERIFY(!m_map->hasFocus());
    const QImage unfocused = m_map->grab().toImage();
    m_map->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_map->hasFocus());
    const QImage focused = m_map->grab().toImage();
    // A ring in the highlight colour around the map: look along its middle row for it.
    const QColor ring = m_map->palette().color(QPalette::Highlight);
    const auto ringPixels = [&ring](const QImage &image) {
        int found = 0;
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, image.height() / 2);
            found += qAbs(c.red() - ring.red()) + qAbs(c.green() - ring.green())
                    + qAbs(c.blue() - ring.blue())
                < 40;
        }
        return found;
    };
    QCOMPARE(ringPixels(unfocused), 0);
    QVERIFY(ringPixels(focused) >= 2); // its left and right sides
}

void TestWorldMapWidget::enter_onTheFocusedPin_activatesIt()
{
    QSignalSpy activated(m_map, &WorldMapWidget::regionActivated);
    m_map->setCurrentRegion(QStringLiteral("aws:us-east-1"));
    QTest::keyClick(m_map, Qt::Key_Left); // wraps east: Sydney
    QTest::keyClick(m_map, Qt::Key_Enter);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("aws:ap-southeast-2"));
    QCOMPARE(m_map->currentRegion(), QStringLiteral("aws:ap-southeast-2"));
}

void TestWorldMapWidget::notSelectable_ignoresClicksAndKeys()
{
    m_map->setSelectable(false);
    m_map->setCurrentRegion(QStringLiteral("aws:us-east-1"));
    QSignalSpy activated(m_map, &WorldMapWidget::regionActivated);
    QTest::mouseClick(m_map, Qt::LeftButton, {},
                      m_map->pinPosition(QStringLiteral("aws:ap-southeast-2")).toPoint());
    QTest::keyClick(m_map, Qt::Key_Right);
    QTest::keyClick(m_map, Qt::Key_Space);
    QCOMPARE(activated.count(), 0);
    QCOMPARE(m_map->currentRegion(), QStringLiteral("aws:us-east-1"));
    QCOMPARE(m_map->focusPolicy(), Qt::NoFocus);
}

void TestWorldMapWidget::accessibleDescription_namesSelectedAndPermitted()
{
    m_map->setCurrentRegion(QStringLiteral("aws:eu-central-1"));
    const QString text = m_map->accessibleDescription();
    QVERIFY2(text.startsWith(QLatin1String("Selected: AWS Europe (Frankfurt).")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String(
        "Permitted: AWS US (East), AWS Europe (Frankfurt), AWS Asia Pacific (Sydney).")));
    QVERIFY(text.contains(QLatin1String("Not permitted: ")));
    QVERIFY(!m_map->accessibleName().isEmpty());
}

void TestWorldMapWidget::setRegions_dropsASelectionThatIsNoLongerPermitted()
{
    m_map->setCurrentRegion(QStringLiteral("aws:ap-southeast-2"));
    m_map->setRegions(choicesFor(QStringLiteral("user-alice")));
    QCOMPARE(m_map->currentRegion(), QString());
}

void TestWorldMapWidget::showRegion_onePinSelectedAndReadOnly()
{
    QVERIFY(m_map->showRegion(RegionCatalog().region(QStringLiteral("azure:westeurope"))));
    QCOMPARE(m_map->regions().size(), 1);
    QCOMPARE(m_map->currentRegion(), QStringLiteral("azure:westeurope"));
    QVERIFY(!m_map->isSelectable());
    QCOMPARE(m_map->focusPolicy(), Qt::NoFocus);
    QVERIFY(m_map->pinPosition(QStringLiteral("azure:westeurope")).x() >= 0);
}

void TestWorldMapWidget::showRegion_withoutLocation_showsNoPin()
{
    QVERIFY(!m_map->showRegion(RegionCatalog().region(QStringLiteral("cloud:nowhere"))));
    QVERIFY(m_map->regions().isEmpty());
    QVERIFY(m_map->currentRegion().isEmpty());
}

QTEST_MAIN(TestWorldMapWidget)
#include "tst_worldmapwidget.moc"
