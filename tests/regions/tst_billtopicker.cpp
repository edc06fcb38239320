#include "models/regions/RegionListModel.h"
#include "tests/regions/TestWorld.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/RegionPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>

class TestBillToPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void options_preselectTheUsersBillTo();
    void tab_leavesThePriceTableAtOnce();
    void options_disabledOnesAreListedWithTheirReason();
    void changingBillTo_updatesTheRegionPickerAtOnce();
    void keyboard_skipsDisabledOptions();
    void setCurrentBillTo_disabled_isRefused();
    void details_showRegionsPhiSpendingAndPrices();

private:
    QStringList enabledRegions() const;
    QWidget *m_window = nullptr;
    BillToPicker *m_billTo = nullptr;
    RegionPicker *m_regions = nullptr;
};

void TestBillToPicker::init()
{
    m_window = new QWidget;
    m_billTo = new BillToPicker(m_window);
    m_regions = new RegionPicker({}, m_window);
    m_billTo->setRegionPicker(m_regions);
    const auto options = BillToRules::options(TestWorld::user(), TestWorld::orgs());
    m_billTo->setOptions(options, BillToRules::preselectedBillTo(options));
}

void TestBillToPicker::cleanup()
{
    delete m_window;
}

QStringList TestBillToPicker::enabledRegions() const
{
    QStringList out;
    for (const RegionChoice &c : m_regions->model()->regions()) {
        if (c.enabled)
            out << c.info.id;
    }
    return out;
}

void TestBillToPicker::tab_leavesThePriceTableAtOnce()
{
    // Issue 14 item 7: the prices table does not trap Tab cell by cell.
    const auto options = BillToRules::options(TestWorld::user(), TestWorld::orgs());
    m_billTo->setOptions(options, QStringLiteral("org-phi")); // the org whose prices show
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("billToPricing"));
    QVERIFY(table && table->rowCount() > 0);
    table->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
}

void TestBillToPicker::options_preselectTheUsersBillTo()
{
    QCOMPARE(m_billTo->currentBillTo(), QStringLiteral("user-alice"));
    QCOMPARE(enabledRegions(), (QStringList { "aws:us-east-1", "azure:westus" }));
    QCOMPARE(m_regions->currentRegion(), QStringLiteral("azure:westus"));
}

void TestBillToPicker::options_disabledOnesAreListedWithTheirReason()
{
    QComboBox *combo = m_billTo->combo();
    QCOMPARE(combo->count(), 5);
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(model);
    QVERIFY(!model->item(2)->isEnabled()); // org-member
    QVERIFY(!model->item(3)->isEnabled()); // org-limit
    QVERIFY(model->item(1)->isEnabled());
    QVERIFY(combo->itemData(2, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("without permission to bill")));
    QVERIFY(
        combo->itemData(3, Qt::ToolTipRole).toString().contains(QLatin1String("spending limit")));
    auto *unavailable = m_billTo->findChild<QLabel *>(QStringLiteral("billToUnavailable"));
    QVERIFY(unavailable->text().contains(QLatin1String("org-member")));
    QVERIFY(unavailable->text().contains(QLatin1String("org-limit")));
}

void TestBillToPicker::changingBillTo_updatesTheRegionPickerAtOnce()
{
    QSignalSpy chosen(m_regions, &RegionPicker::regionChosen);
    QSignalSpy changed(m_billTo, &BillToPicker::billToChanged);
    QVERIFY(m_billTo->setCurrentBillTo(QStringLiteral("org-billing")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(enabledRegions(),
             (QStringList { "aws:us-east-1", "aws:eu-central-1", "aws:ap-southeast-2" }));
    QCOMPARE(m_regions->currentRegion(), QStringLiteral("aws:eu-central-1"));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().first().toString(), QStringLiteral("aws:eu-central-1"));

    QVERIFY(m_billTo->setCurrentBillTo(QStringLiteral("org-phi")));
    QCOMPARE(enabledRegions(),
             (QStringList { "aws:us-east-1", "aws:eu-west-2-g", "azure:uksouth-ofh" }));
    QCOMPARE(m_regions->currentRegion(), QStringLiteral("aws:eu-west-2-g"));
}

void TestBillToPicker::keyboard_skipsDisabledOptions()
{
    QComboBox *combo = m_billTo->combo();
    QTest::keyClick(combo, Qt::Key_Down); // org-billing
    QCOMPARE(m_billTo->currentBillTo(), QStringLiteral("org-billing"));
    QTest::keyClick(combo, Qt::Key_Down); // over org-member and org-limit
    QCOMPARE(m_billTo->currentBillTo(), QStringLiteral("org-phi"));
    QCOMPARE(m_regions->currentRegion(), QStringLiteral("aws:eu-west-2-g"));
}

void TestBillToPicker::setCurrentBillTo_disabled_isRefused()
{
    QVERIFY(!m_billTo->setCurrentBillTo(QStringLiteral("org-member")));
    QVERIFY(!m_billTo->setCurrentBillTo(QStringLiteral("org-unknown")));
    QCOMPARE(m_billTo->currentBillTo(), QStringLiteral("user-alice"));
}

void TestBillToPicker::details_showRegionsPhiSpendingAndPrices()
{
    auto label = [this](const char *name) {
        return m_billTo->findChild<QLabel *>(QLatin1String(name))->text();
    };
    auto *pricing = m_billTo->findChild<QTableWidget *>(QStringLiteral("billToPricing"));
    QCOMPARE(label("billToRegions"), QStringLiteral("AWS US (East), Azure West US"));
    QCOMPARE(label("billToDefaultRegion"), QStringLiteral("Azure West US"));
    QVERIFY(label("billToPhi").startsWith(QLatin1String("Not enabled")));
    QCOMPARE(label("billToSpending"), QStringLiteral("Within its spending limit"));
    QVERIFY(pricing->isHidden());

    m_billTo->setCurrentBillTo(QStringLiteral("org-phi"));
    QVERIFY(label("billToPhi").startsWith(QLatin1String("Enabled")));
    QVERIFY(!pricing->isHidden());
    QCOMPARE(pricing->rowCount(), 1);
    QCOMPARE(pricing->item(0, 0)->text(), QStringLiteral("AWS US (East)"));
    QCOMPARE(pricing->columnCount(), 2); // the region, then one column per price item
    QCOMPARE(pricing->horizontalHeaderItem(1)->toolTip(), QStringLiteral("storagePerGBMonth"));
    QCOMPARE(pricing->item(0, 1)->text(), QStringLiteral("0.023"));
}

QTEST_MAIN(TestBillToPicker)
#include "tst_billtopicker.moc"
