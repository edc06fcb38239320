#include "models/regions/RegionCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestRegionCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalog_hasTheEightDocumentedRegions_data();
    void catalog_hasTheEightDocumentedRegions();
    void catalog_listsKnownRegionsInDocumentationOrder();
    void region_unknownString_isShownAsItIs();
    void add_unknownRegion_isKeptAfterTheKnownOnes();
    void add_knownRegionTwice_keepsOneEntry();
    void phi_isUnknownUntilTheServerSays();
    void applyServerRegions_arrayOfObjects_setsPhiAndKeepsUnknown();
    void applyServerRegions_objectKeyedByRegion_setsPhi();
    void cloudOf_readsThePrefix();
};

void TestRegionCatalog::catalog_hasTheEightDocumentedRegions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("city");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::newRow("us-east-1") << "aws:us-east-1"
                               << "AWS US (East)"
                               << "AWS"
                               << "N. Virginia" << 39.0 << -77.5;
    QTest::newRow("eu-central-1") << "aws:eu-central-1"
                                  << "AWS Europe (Frankfurt)"
                                  << "AWS"
                                  << "Frankfurt" << 50.1 << 8.7;
    QTest::newRow("ap-southeast-2") << "aws:ap-southeast-2"
                                    << "AWS Asia Pacific (Sydney)"
                                    << "AWS"
                                    << "Sydney" << -33.9 << 151.2;
    QTest::newRow("eu-west-2") << "aws:eu-west-2"
                               << "AWS UKB-RAP (London)"
                               << "AWS"
                               << "London" << 51.5 << -0.1;
    QTest::newRow("eu-west-2-g") << "aws:eu-west-2-g"
                                 << "AWS Europe (London)"
                                 << "AWS"
                                 << "London" << 51.5 << -0.1;
    QTest::newRow("westus") << "azure:westus"
                            << "Azure West US"
                            << "Azure"
                            << "California" << 37.8 << -122.4;
    QTest::newRow("westeurope") << "azure:westeurope"
                                << "Azure West Europe"
                                << "Azure"
                                << "Netherlands" << 52.4 << 4.9;
    QTest::newRow("uksouth-ofh") << "azure:uksouth-ofh"
                                 << "Azure OFH-TRE (London)"
                                 << "Azure"
                                 << "London" << 51.5 << -0.1;
}

void TestRegionCatalog::catalog_hasTheEightDocumentedRegions()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, cloud);
    QFETCH(QString, city);
    QFETCH(double, lat);
    QFETCH(double, lon);
    const RegionCatalog catalog;
    QVERIFY(catalog.contains(id));
    const RegionInfo r = catalog.region(id);
    QVERIFY(r.known);
    QVERIFY(r.hasLocation);
    QCOMPARE(r.displayName, name);
    QCOMPARE(r.cloud, cloud);
    QCOMPARE(r.city, city);
    QVERIFY2(std::abs(r.latitude - lat) < 0.2, qPrintable(QString::number(r.latitude)));
    QVERIFY2(std::abs(r.longitude - lon) < 0.2, qPrintable(QString::number(r.longitude)));
}

void TestRegionCatalog::catalog_listsKnownRegionsInDocumentationOrder()
{
    const RegionCatalog catalog;
    QCOMPARE(catalog.regions().size(), 8);
    QCOMPARE(catalog.ids().first(), QStringLiteral("aws:us-east-1"));
    QCOMPARE(catalog.ids().last(), QStringLiteral("azure:uksouth-ofh"));
}

void TestRegionCatalog::region_unknownString_isShownAsItIs()
{
    const RegionCatalog catalog;
    const RegionInfo r = catalog.region(QStringLiteral("aws:me-south-1"));
    QVERIFY(r.isValid());
    QVERIFY(!r.known);
    QVERIFY(!r.hasLocation);
    QCOMPARE(r.displayName, QStringLiteral("aws:me-south-1"));
    QCOMPARE(r.cloud, QStringLiteral("AWS"));
    QVERIFY(!catalog.contains(QStringLiteral("aws:me-south-1")));
}

void TestRegionCatalog::add_unknownRegion_isKeptAfterTheKnownOnes()
{
    RegionCatalog catalog;
    catalog.add(QStringLiteral("gcp:europe-west4"));
    QCOMPARE(catalog.regions().size(), 9);
    QCOMPARE(catalog.regions().last().id, QStringLiteral("gcp:europe-west4"));
    QCOMPARE(catalog.regions().last().cloud, QStringLiteral("gcp"));
    QCOMPARE(catalog.displayName(QStringLiteral("gcp:europe-west4")),
             QStringLiteral("gcp:europe-west4"));
}

void TestRegionCatalog::add_knownRegionTwice_keepsOneEntry()
{
    RegionCatalog catalog;
    catalog.add(QStringLiteral("aws:us-east-1"));
    catalog.add(QString());
    QCOMPARE(catalog.regions().size(), 8);
}

void TestRegionCatalog::phi_isUnknownUntilTheServerSays()
{
    RegionCatalog catalog;
    QCOMPARE(catalog.region(QStringLiteral("aws:us-east-1")).phi, RegionInfo::Phi::Unknown);
    catalog.setPhiSupport(QStringLiteral("aws:us-east-1"), true);
    catalog.setPhiSupport(QStringLiteral("azure:westus"), false);
    QCOMPARE(catalog.region(QStringLiteral("aws:us-east-1")).phi, RegionInfo::Phi::Supported);
    QCOMPARE(catalog.region(QStringLiteral("azure:westus")).phi, RegionInfo::Phi::Unsupported);
}

void TestRegionCatalog::applyServerRegions_arrayOfObjects_setsPhiAndKeepsUnknown()
{
    RegionCatalog catalog;
    const QJsonArray server {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("aws:eu-central-1") },
                      { QStringLiteral("phi"), true } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("aws:me-south-1") },
                      { QStringLiteral("phi"), false } },
        QStringLiteral("azure:westeurope"),
    };
    QCOMPARE(catalog.applyServerRegions(server), 3);
    QCOMPARE(catalog.region(QStringLiteral("aws:eu-central-1")).phi, RegionInfo::Phi::Supported);
    QVERIFY(catalog.contains(QStringLiteral("aws:me-south-1")));
    QCOMPARE(catalog.region(QStringLiteral("aws:me-south-1")).phi, RegionInfo::Phi::Unsupported);
    QCOMPARE(catalog.region(QStringLiteral("azure:westeurope")).phi, RegionInfo::Phi::Unknown);
    QCOMPARE(catalog.region(QStringLiteral("aws:eu-central-1")).city, QStringLiteral("Frankfurt"));
}

void TestRegionCatalog::applyServerRegions_objectKeyedByRegion_setsPhi()
{
    RegionCatalog catalog;
    const QJsonObject server {
        { QStringLiteral("aws:us-east-1"), QJsonObject { { QStringLiteral("phi"), true } } },
        { QStringLiteral("azure:westus"), false },
    };
    QCOMPARE(catalog.applyServerRegions(server), 2);
    QCOMPARE(catalog.region(QStringLiteral("aws:us-east-1")).phi, RegionInfo::Phi::Supported);
    QCOMPARE(catalog.region(QStringLiteral("azure:westus")).phi, RegionInfo::Phi::Unsupported);
}

void TestRegionCatalog::cloudOf_readsThePrefix()
{
    QCOMPARE(RegionCatalog::cloudOf(QStringLiteral("azure:westus")), QStringLiteral("Azure"));
    QCOMPARE(RegionCatalog::cloudOf(QStringLiteral("AWS:x")), QStringLiteral("AWS"));
    QCOMPARE(RegionCatalog::cloudOf(QStringLiteral("oci:x")), QStringLiteral("oci"));
    QCOMPARE(RegionCatalog::cloudOf(QStringLiteral("nocolon")), QString());
}

QTEST_GUILESS_MAIN(TestRegionCatalog)
#include "tst_regioncatalog.moc"
