#include "models/archive/FileListModel.h"
#include "tests/archive/ArchiveWorld.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace ArchiveWorld;

class TestFileListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_2503files_pagedInFull_withStateTotals()
    {
        Fixture f;
        QVERIFY(f.start());
        FileListModel model(f.client.get());
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &FileListModel::loaded);
        model.load(QLatin1String(BigId));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2503);
        const QMap<QString, StateTotal> totals = model.stateTotals();
        QCOMPARE(totals.value(QStringLiteral("live")).count, 2500);
        QCOMPARE(totals.value(QStringLiteral("live")).bytes, 2500.0 * 1024 * 1024);
        QCOMPARE(totals.value(QStringLiteral("archived")).count, 3);
        QCOMPARE(totals.value(QStringLiteral("archived")).bytes, 6 * GiB);
    }
    void load_columns_nameFolderHumanSizeState()
    {
        Fixture f;
        QVERIFY(f.start());
        FileListModel model(f.client.get());
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &FileListModel::loaded);
        model.load(QLatin1String(AzureId));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FileListModel::NameColumn).data().toString(),
                 QStringLiteral("f8001.dat"));
        QCOMPARE(model.index(0, FileListModel::FolderColumn).data().toString(),
                 QStringLiteral("/x"));
        QCOMPARE(model.index(0, FileListModel::SizeColumn).data().toString(),
                 QStringLiteral("10.7 GB")); // 10 GiB, in decimal units as everywhere
        QCOMPARE(model.index(0, FileListModel::StateColumn).data().toString(),
                 QStringLiteral("archived"));
        QCOMPARE(model.index(0, 0).data(FileListModel::IdRole).toString(), fileId(8001));
    }
    void folders_includeParents_sorted()
    {
        Fixture f;
        QVERIFY(f.start());
        FileListModel model(f.client.get());
        QSignalSpy loaded(&model, &FileListModel::loaded);
        model.load(QLatin1String(BigId));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.folders(),
                 (QStringList { QStringLiteral("/"), QStringLiteral("/a"), QStringLiteral("/b"),
                                QStringLiteral("/b/c"), QStringLiteral("/cold") }));
    }
    void load_unknownProject_failsWithError()
    {
        Fixture f;
        QVERIFY(f.start());
        FileListModel model(f.client.get());
        QSignalSpy failed(&model, &FileListModel::failed);
        model.load(QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBB9"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().isError());
    }
};

QTEST_GUILESS_MAIN(TestFileListModel)
#include "tst_filelistmodel.moc"
