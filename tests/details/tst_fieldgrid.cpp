#include "ui/details/FieldGrid.h"

#include <QLabel>
#include <QTest>

class TestFieldGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRow_withoutValue_staysHidden()
    {
        FieldGrid grid(QStringLiteral("p"));
        grid.addSection(QStringLiteral("Section"));
        grid.addRow(QStringLiteral("size"), QStringLiteral("Size"), QStringLiteral("How big"));
        QVERIFY(!grid.isRowShown(QStringLiteral("size")));
        QVERIFY(grid.valueLabel(QStringLiteral("size"))->isHidden());
        QVERIFY(grid.findChild<QLabel *>(QStringLiteral("p_size_caption"))->isHidden());
        QVERIFY(grid.findChild<QLabel *>(QStringLiteral("p_section_0"))->isHidden());
    }

    void setValue_showsRowSectionAndNote_withNamesAndTooltips()
    {
        FieldGrid grid(QStringLiteral("p"));
        grid.addSection(QStringLiteral("Section"));
        grid.addRow(QStringLiteral("size"), QStringLiteral("Size"), QStringLiteral("How big"));
        grid.setValue(QStringLiteral("size"), QStringLiteral("<b>5</b>"), QStringLiteral("Why"));
        auto *value = grid.findChild<QLabel *>(QStringLiteral("p_size"));
        QVERIFY(value && !value->isHidden());
        QCOMPARE(value->text(), QStringLiteral("<b>5</b>"));
        QCOMPARE(value->textFormat(), Qt::PlainText); // server text is never markup
        QCOMPARE(value->toolTip(), QStringLiteral("How big"));
        QVERIFY(value->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(value->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QCOMPARE(grid.noteLabel(QStringLiteral("size"))->text(), QStringLiteral("Why"));
        QVERIFY(!grid.noteLabel(QStringLiteral("size"))->isHidden());
        QVERIFY(!grid.findChild<QLabel *>(QStringLiteral("p_section_0"))->isHidden());
    }

    void setValue_withoutNote_hidesTheNote()
    {
        FieldGrid grid(QStringLiteral("p"));
        grid.addRow(QStringLiteral("a"), QStringLiteral("A"), QString());
        grid.setValue(QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("note"));
        grid.setValue(QStringLiteral("a"), QStringLiteral("2"));
        QVERIFY(grid.noteLabel(QStringLiteral("a"))->isHidden());
    }

    void hideAll_hidesRowsAndSections()
    {
        FieldGrid grid(QStringLiteral("p"));
        grid.addSection(QStringLiteral("One"));
        grid.addRow(QStringLiteral("a"), QStringLiteral("A"), QString());
        grid.addSection(QStringLiteral("Two"));
        grid.addRow(QStringLiteral("b"), QStringLiteral("B"), QString());
        grid.setValue(QStringLiteral("a"), QStringLiteral("1"));
        grid.setValue(QStringLiteral("b"), QStringLiteral("2"));
        grid.hideRow(QStringLiteral("b"));
        QVERIFY(!grid.findChild<QLabel *>(QStringLiteral("p_section_0"))->isHidden());
        QVERIFY(grid.findChild<QLabel *>(QStringLiteral("p_section_1"))->isHidden());
        grid.hideAll();
        QVERIFY(!grid.isRowShown(QStringLiteral("a")));
        QVERIFY(grid.valueLabel(QStringLiteral("a"))->text().isEmpty());
        QVERIFY(grid.findChild<QLabel *>(QStringLiteral("p_section_0"))->isHidden());
    }

    void unknownKey_isIgnored()
    {
        FieldGrid grid(QStringLiteral("p"));
        grid.setValue(QStringLiteral("nope"), QStringLiteral("1"));
        QVERIFY(!grid.isRowShown(QStringLiteral("nope")));
        QVERIFY(!grid.valueLabel(QStringLiteral("nope")));
    }
};

QTEST_MAIN(TestFieldGrid)
#include "tst_fieldgrid.moc"
