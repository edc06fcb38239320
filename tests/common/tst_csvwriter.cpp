#include "models/common/CsvWriter.h"

#include <QStandardItemModel>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatRow_quotesPerRfc4180_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("plain") << QStringList { "a", "b c" } << QByteArray("a,b c\r\n");
        QTest::newRow("empty cells") << QStringList { "", "", "" } << QByteArray(",,\r\n");
        QTest::newRow("comma") << QStringList { "a,b" } << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote doubled")
            << QStringList { "say \"hi\"" } << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringList { "two\nlines" }
                                 << QByteArray("\"two\nlines\"\r\n");
        QTest::newRow("utf-8") << QStringList { QString::fromUtf8("Zürich 東京") }
                               << QByteArray("Z\xC3\xBCrich \xE6\x9D\xB1\xE4\xBA\xAC\r\n");
    }
    void formatRow_quotesPerRfc4180()
    {
        QFETCH(QStringList, cells);
        QFETCH(QByteArray, line);
        QCOMPARE(CsvWriter::formatRow(cells), line);
    }

    void formatRow_formulaStarts_arePrefixedWithQuote_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("=") << "=SUM(A1)" << QByteArray("'=SUM(A1)\r\n");
        QTest::newRow("+") << "+1" << QByteArray("'+1\r\n");
        QTest::newRow("-") << "-2+3" << QByteArray("'-2+3\r\n");
        QTest::newRow("@") << "@cmd" << QByteArray("'@cmd\r\n");
        QTest::newRow("tab") << "\tx" << QByteArray("'\tx\r\n");
        QTest::newRow("CR") << "\rx" << QByteArray("\"'\rx\"\r\n");
        QTest::newRow("formula with comma is also quoted")
            << "=HYPERLINK(\"http://x\",\"y\")"
            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
        QTest::newRow("inside is fine") << "a=b" << QByteArray("a=b\r\n");
    }
    void formatRow_formulaStarts_arePrefixedWithQuote()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, line);
        QCOMPARE(CsvWriter::formatRow({ cell }), line);
    }

    void write_headerThenRows_withOptionalBom()
    {
        const QByteArray csv = CsvWriter::write({ "Name", "ID" }, { { "a", "1" }, { "b", "2" } });
        QCOMPARE(csv, QByteArray("Name,ID\r\na,1\r\nb,2\r\n"));
        QVERIFY(CsvWriter::write({ "x" }, {}, true).startsWith("\xEF\xBB\xBF"));
    }

    void fromModel_givenColumns_inGivenOrder()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({ "A", "B", "C" });
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(QStringLiteral("%1%2").arg(r).arg(c)));
        }
        model.setItem(1, 2, new QStandardItem(QStringLiteral("=evil")));
        QCOMPARE(CsvWriter::fromModel(model, { 2, 0 }),
                 QByteArray("C,A\r\n02,00\r\n'=evil,10\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
