#include "app/console/ConsoleOptions.h"

#include <QTest>

class TestConsoleOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_sandboxScreenshot_setsOptions();
    void parse_unknownView_failsListingKnownViews();
    void parse_sandboxDbWithoutSandbox_fails();
    void parse_unknownOption_fails();
};

static bool parse(const QStringList &args, ConsoleOptions *o, QString *error, int *code)
{
    return parseConsoleOptions(QStringList { QStringLiteral("dxconsole") } + args,
                               { QStringLiteral("main"), QStringLiteral("files") }, o, error, code);
}

void TestConsoleOptions::parse_sandboxScreenshot_setsOptions()
{
    ConsoleOptions o;
    QString error;
    int code = -1;
    QVERIFY(parse({ QStringLiteral("--sandbox"), QStringLiteral("--screenshot"),
                    QStringLiteral("a.png"), QStringLiteral("--show"), QStringLiteral("files") },
                  &o, &error, &code));
    QVERIFY(o.sandbox);
    QCOMPARE(o.screenshot, QStringLiteral("a.png"));
    QCOMPARE(o.show, QStringLiteral("files"));
}

void TestConsoleOptions::parse_unknownView_failsListingKnownViews()
{
    ConsoleOptions o;
    QString error;
    int code = -1;
    QVERIFY(!parse({ QStringLiteral("--show"), QStringLiteral("nope") }, &o, &error, &code));
    QCOMPARE(code, 2);
    QVERIFY2(error.contains(QLatin1String("main, files")), qPrintable(error));
}

void TestConsoleOptions::parse_sandboxDbWithoutSandbox_fails()
{
    ConsoleOptions o;
    QString error;
    int code = -1;
    QVERIFY(
        !parse({ QStringLiteral("--sandbox-db"), QStringLiteral("x.sqlite") }, &o, &error, &code));
    QCOMPARE(code, 2);
}

void TestConsoleOptions::parse_unknownOption_fails()
{
    ConsoleOptions o;
    QString error;
    int code = -1;
    QVERIFY(!parse({ QStringLiteral("--frobnicate") }, &o, &error, &code));
    QCOMPARE(code, 2);
    QVERIFY(error.contains(QLatin1String("frobnicate")));
}

QTEST_APPLESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
