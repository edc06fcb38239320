#include "ui/regions/WorldOutline.h"

#include <QTest>

class TestWorldOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resource_loadsTheEmbeddedOutline();
    void fromJson_notAnOutline_isEmptyWithError();
    void fromJson_readsFlatRings();
};

void TestWorldOutline::resource_loadsTheEmbeddedOutline()
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    const WorldOutline outline = WorldOutline::load(WorldOutline::resourcePath(), &error);
    qInfo("parsed %d rings, %d points in %lld ms", int(outline.rings().size()),
          outline.pointCount(), timer.elapsed());
    QVERIFY2(!outline.isEmpty(), qPrintable(error));
    QVERIFY(outline.rings().size() > 50);
    QVERIFY(outline.pointCount() > 2000);
    QRectF bounds;
    for (const QPolygonF &ring : outline.rings())
        bounds = bounds.united(ring.boundingRect());
    QVERIFY(bounds.left() >= -180 && bounds.right() <= 180);
    QVERIFY(bounds.top() >= -90 && bounds.bottom() <= 90);
    QVERIFY(bounds.width() > 350); // the whole world, not a piece of it
}

void TestWorldOutline::fromJson_notAnOutline_isEmptyWithError()
{
    QString error;
    QVERIFY(WorldOutline::fromJson("{\"polygons\": ", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(WorldOutline::fromJson("[]", &error).isEmpty());
}

void TestWorldOutline::fromJson_readsFlatRings()
{
    const WorldOutline outline
        = WorldOutline::fromJson("{\"polygons\": [[0,0, 10,0, 10,10], [1,1]]}");
    QCOMPARE(outline.rings().size(), 1); // a ring needs three points
    QCOMPARE(outline.rings().first().at(1), QPointF(10, 0));
}

QTEST_GUILESS_MAIN(TestWorldOutline)
#include "tst_worldoutline.moc"
