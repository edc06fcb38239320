#include "app/console/ConsoleOptions.h"

#include <QTest>

class TestConsoleOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_sandboxMemory_setsOptions();
    void parse_screenshotOptions_areNotTheConsoles();
    void parse_sandboxDbWithoutSandbox_fails();
    void parse_unknownOption_fails();
};

static bool parse(const QStringList &args, ConsoleOptions *o, QString *error, int *code)
{
    return parseConsoleOptions(QStringList { QStringLiteral("dxconsole") } + args, o, error, code);
}

void TestConsoleOptions::parse_sandboxMemory_setsOptions()
{
    ConsoleOptions o;
    QString error;
    int code = -1;
    QVERIFY(parse({ QStringLiteral("--sandbox"), QStringLiteral("--sandbox-memory"),
                    QStringLiteral("--profile"), QStringLiteral("Production") },
                  &o, &error, &code));
    QVERIFY(o.sandbox);
    QVERIFY(o.sandboxMemory);
    QVERIFY(o.sandboxDb.isEmpty());
    QCOMPARE(o.profile, QStringLiteral("Production"));
}

// Rendering views is dxconsole-shots' job (tools/screenshots), not an option of the product.
void TestConsoleOptions::parse_screenshotOptions_areNotTheConsoles()
{
    for (const QString &option : { QStringLiteral("--show"), QStringLiteral("--screenshot") }) {
        ConsoleOptions o;
        QString error;
        int code = -1;
        QVERIFY(!parse({ QStringLiteral("--sandbox"), option, QStringLiteral("main") }, &o, &error,
                       &code));
        QCOMPARE(code, 2);
        QVERIFY2(error.contains(option.mid(2)), qPrintable(error));
    }
    ConsoleOptions o;
    QString help;
    int code = -1;
    QVERIFY(!parse({ QStringLiteral("--help") }, &o, &help, &code));
    QCOMPARE(code, 0);
    QVERIFY2(!help.contains(QLatin1String("screenshot"), Qt::CaseInsensitive), qPrintable(help));
    QVERIFY(help.contains(QLatin1String("--sandbox-memory")));
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

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
