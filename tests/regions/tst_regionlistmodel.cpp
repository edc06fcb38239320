#include "models/regions/RegionListModel.h"
#include "tests/regions/TestWorld.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestRegionListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rows_oneForEveryRegion();
    void flags_onlyPermittedRegionsAreEnabled();
    void tooltip_notPermitted_isTheReason();
    void roles_carryTheRegion();
    void display_marksTheDefaultRegion();
    void setRegions_again_resetsCleanly();
    void roles_startAfterUserRole();

private:
    RegionListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

namespace {
QList<RegionChoice> choicesFor(int org)
{
    const auto options = BillToRules::options(TestWorld::user(), TestWorld::orgs());
    return BillToRules::regionsFor(options.at(org), RegionCatalog());
}
} // namespace

void TestRegionListModel::init()
{
    m_model = new RegionListModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setRegions(choicesFor(1)); // org-billing
}

void TestRegionListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestRegionListModel::rows_oneForEveryRegion()
{
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void TestRegionListModel::flags_onlyPermittedRegionsAreEnabled()
{
    QStringList enabled;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool on = m_model->flags(index).testFlag(Qt::ItemIsEnabled);
        QCOMPARE(m_model->flags(index).testFlag(Qt::ItemIsSelectable), on);
        QCOMPARE(index.data(RegionListModel::PermittedRole).toBool(), on);
        if (on)
            enabled << index.data(RegionListModel::RegionIdRole).toString();
    }
    QCOMPARE(enabled, (QStringList { "aws:us-east-1", "aws:eu-central-1", "aws:ap-southeast-2" }));
}

void TestRegionListModel::tooltip_notPermitted_isTheReason()
{
    const QModelIndex westus = m_model->index(m_model->rowOf(QStringLiteral("azure:westus")), 0);
    QCOMPARE(westus.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Not among the permitted regions of org-billing."));
    QCOMPARE(westus.data(Qt::AccessibleDescriptionRole).toString(),
             westus.data(Qt::ToolTipRole).toString());
    const QModelIndex east = m_model->index(m_model->rowOf(QStringLiteral("aws:us-east-1")), 0);
    QVERIFY(east.data(Qt::ToolTipRole).toString().contains(QLatin1String("N. Virginia")));
}

void TestRegionListModel::roles_carryTheRegion()
{
    const QModelIndex sydney
        = m_model->index(m_model->rowOf(QStringLiteral("aws:ap-southeast-2")), 0);
    QCOMPARE(sydney.data(RegionListModel::CityRole).toString(), QStringLiteral("Sydney"));
    QCOMPARE(sydney.data(RegionListModel::CloudRole).toString(), QStringLiteral("AWS"));
    QVERIFY(sydney.data(RegionListModel::LatitudeRole).toDouble() < -33);
    QVERIFY(sydney.data(RegionListModel::HasLocationRole).toBool());
    QVERIFY(sydney.data(RegionListModel::KnownRole).toBool());
    QCOMPARE(sydney.data(RegionListModel::DisplayNameRole).toString(),
             QStringLiteral("AWS Asia Pacific (Sydney)"));
}

void TestRegionListModel::display_marksTheDefaultRegion()
{
    QCOMPARE(m_model->defaultRegion(), QStringLiteral("aws:eu-central-1"));
    const QModelIndex frankfurt
        = m_model->index(m_model->rowOf(QStringLiteral("aws:eu-central-1")), 0);
    QVERIFY(frankfurt.data(RegionListModel::IsDefaultRole).toBool());
    QVERIFY(frankfurt.data().toString().contains(QLatin1String("(default)")));
}

void TestRegionListModel::setRegions_again_resetsCleanly()
{
    m_model->setRegions(choicesFor(2)); // org-member: one permitted region
    int enabled = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        enabled += m_model->flags(m_model->index(row, 0)).testFlag(Qt::ItemIsEnabled) ? 1 : 0;
    QCOMPARE(enabled, 1);
    m_model->setRegions({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("aws:us-east-1")), -1);
}

void TestRegionListModel::roles_startAfterUserRole()
{
    QCOMPARE(int(RegionListModel::RegionIdRole), int(Qt::UserRole) + 1);
    QVERIFY(m_model->roleNames().contains(RegionListModel::ReasonRole));
}

QTEST_GUILESS_MAIN(TestRegionListModel)
#include "tst_regionlistmodel.moc"
