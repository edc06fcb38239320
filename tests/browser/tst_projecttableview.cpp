#include "models/browser/ColumnLayout.h"
#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectListModel.h"
#include "tests/support/LaptopScreen.h"
#include "ui/browser/ProjectTableView.h"

#include <QHeaderView>
#include <QTest>

// The project table as a laptop shows it: the default columns are the ones an administrator
// scans (not the ID), and they fit the table's share of a 1366 px window.
class TestProjectTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_areTheAdminColumns_withoutTheId()
    {
        const QList<int> visible = ProjectColumns::defaultVisible();
        for (int c : { ProjectColumns::Name, ProjectColumns::Region, ProjectColumns::BillTo,
                       ProjectColumns::Level, ProjectColumns::DataUsage, ProjectColumns::Modified,
                       ProjectColumns::Protected, ProjectColumns::Restricted,
                       ProjectColumns::DownloadRestricted, ProjectColumns::ContainsPHI })
            QVERIFY2(visible.contains(c), qPrintable(ProjectColumns::key(c)));
        QVERIFY(!visible.contains(ProjectColumns::Id));
        QCOMPARE(visible.constFirst(), int(ProjectColumns::Name));
    }
    void defaultColumns_fitTheTablesShareOfALaptop()
    {
        ProjectListModel list(nullptr);
        ProjectTableView table;
        table.setModel(&list);
        table.applyLayout(ColumnLayout::defaults());
        const QHeaderView *header = table.horizontalHeader();
        int width = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (!header->isSectionHidden(c))
                width += header->sectionSize(c);
        }
        // ProjectBrowser gives the table 58% of the window; less a scroll bar and a frame.
        const int share = 1366 * 58 / 100 - 24;
        QVERIFY2(width <= share, qPrintable(QStringLiteral("%1 > %2").arg(width).arg(share)));
        // A flag column is as wide as its icon, not its title.
        const int flag = header->sectionSize(ProjectColumns::DownloadRestricted);
        QVERIFY2(flag < table.fontMetrics().horizontalAdvance(
                     ProjectColumns::title(ProjectColumns::DownloadRestricted)),
                 qPrintable(QString::number(flag)));
        QVERIFY(header->isSectionHidden(ProjectColumns::Id));
    }
};

int main(int argc, char **argv)
{
    return runOnLaptopScreen<TestProjectTableView>(argc, argv);
}
#include "tst_projecttableview.moc"
