#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// dxconsole-shots as scripts/screenshots.sh runs it: a separate process that starts the console
// on an in-memory sandbox, reaches each view and writes VIEW.png.
class TestDxconsoleShots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list_namesEveryView();
    void render_twoViews_writesPicturesOfThem();
    void badCommandLine_exits2WithTheReason_data();
    void badCommandLine_exits2WithTheReason();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, int timeoutMs = 30000);
};

TestDxconsoleShots::Run TestDxconsoleShots::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(DXC_SHOTS_BIN), arguments);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("did not finish in time");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// Every view of the README's list, in its order.
void TestDxconsoleShots::list_namesEveryView()
{
    const Run r = run({ QStringLiteral("--list") });
    QCOMPARE(r.exitCode, 0);
    const QStringList expected {
        QStringLiteral("main"),
        QStringLiteral("details-overview"),
        QStringLiteral("details-access"),
        QStringLiteral("details-tags"),
        QStringLiteral("details-members"),
        QStringLiteral("details-billing"),
        QStringLiteral("details-instances"),
        QStringLiteral("details-uploads"),
        QStringLiteral("details-json"),
        QStringLiteral("files"),
        QStringLiteral("executions"),
        QStringLiteral("tags"),
        QStringLiteral("archive"),
        QStringLiteral("unarchive-preview"),
        QStringLiteral("bulk-preview"),
        QStringLiteral("bulk-results"),
        QStringLiteral("activity"),
        QStringLiteral("org-projects"),
        QStringLiteral("new-project"),
        QStringLiteral("edit-project"),
        QStringLiteral("properties"),
        QStringLiteral("sponsorship"),
        QStringLiteral("destroy"),
        QStringLiteral("members"),
        QStringLiteral("region-picker"),
        QStringLiteral("billto-picker"),
        QStringLiteral("account"),
    };
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
}

// The main window at the asked size, and the unarchive preview of two archived files: both
// written, both pictures of something (many colours, not one flat fill).
void TestDxconsoleShots::render_twoViews_writesPicturesOfThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run r = run({ QStringLiteral("--out"), dir.path(), QStringLiteral("--size"),
                        QStringLiteral("1200x800"), QStringLiteral("main"),
                        QStringLiteral("unarchive-preview") },
                      180000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &view : { QStringLiteral("main"), QStringLiteral("unarchive-preview") }) {
        const QString file = dir.filePath(view + QStringLiteral(".png"));
        QVERIFY2(r.out.contains(file), qPrintable(r.out));
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY(image.width() >= 300 && image.height() >= 150);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20,
                 qPrintable(QStringLiteral("%1: %2 colours").arg(view).arg(colours.size())));
    }
    QCOMPARE(QImage(dir.filePath(QStringLiteral("main.png"))).size(), QSize(1200, 800));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("files.png"))));
}

void TestDxconsoleShots::badCommandLine_exits2WithTheReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown view") << QStringList { QStringLiteral("--out"), QStringLiteral("x"),
                                                   QStringLiteral("nope") }
                                  << QStringLiteral("Unknown view \"nope\"");
    QTest::newRow("bad size") << QStringList { QStringLiteral("--out"), QStringLiteral("x"),
                                               QStringLiteral("--size"), QStringLiteral("big") }
                              << QStringLiteral("--size");
    QTest::newRow("no out") << QStringList { QStringLiteral("main") } << QStringLiteral("--out");
}

void TestDxconsoleShots::badCommandLine_exits2WithTheReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
}

QTEST_MAIN(TestDxconsoleShots)
#include "tst_dxconsoleshots.moc"
