#include "models/browser/ColumnLayout.h"
#include "models/browser/ProjectColumns.h"
#include "models/browser/ProjectListModel.h"
#include "tests/support/LaptopScreen.h"
#include "ui/browser/ProjectTableView.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>

namespace {
// Counts the paints of a widget.
struct PaintCounter : QObject
{
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

void appendRows(QStandardItemModel *model, int count)
{
    const int first = model->rowCount();
    model->insertRows(first, count);
    for (int r = first; r < first + count; ++r)
        model->setData(model->index(r, 0), QStringLiteral("row %1").arg(r));
}
} // namespace

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

    void rowsAddedBelowTheView_updateTheScrollBar_withoutRepaintingTheView()
    {
        QStandardItemModel model(0, 2);
        appendRows(&model, 100);
        ProjectTableView table;
        table.setModel(&model);
        table.resize(500, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTest::qWait(50);
        PaintCounter counter;
        table.viewport()->installEventFilter(&counter);
        const int maximum = table.verticalScrollBar()->maximum();
        // setData() after the insert repaints only rows in view, which these are not.
        appendRows(&model, 50);
        QTest::qWait(50);
        QCOMPARE(counter.paints, 0);
        QVERIFY(table.verticalScrollBar()->maximum() > maximum);
        QCOMPARE(table.model()->rowCount(), 150);

        // Rows added where they show, or with another change, are painted.
        model.insertRows(0, 1);
        QTRY_VERIFY(counter.paints > 0);
        counter.paints = 0;
        appendRows(&model, 5);
        model.sort(0, Qt::DescendingOrder); // a layout change in the same turn
        QTRY_VERIFY(counter.paints > 0);
    }

    void rowsAdded_toAViewNotYetFull_arePainted()
    {
        QStandardItemModel model(0, 2);
        appendRows(&model, 2);
        ProjectTableView table;
        table.setModel(&model);
        table.resize(500, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTest::qWait(50);
        PaintCounter counter;
        table.viewport()->installEventFilter(&counter);
        model.insertRows(2, 3); // empty rows: nothing but the insert asks for a paint
        QTRY_VERIFY(counter.paints > 0);
    }
};

int main(int argc, char **argv)
{
    return runOnLaptopScreen<TestProjectTableView>(argc, argv);
}
#include "tst_projecttableview.moc"
