#pragma once

#include <QApplication>
#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Runs the test class T on an offscreen screen of a 1366x768 laptop, the smallest screen the
// console is laid out for (the offscreen platform's default screen is 800x800, narrower than
// any supported one), through the platform's configfile. Use instead of QTEST_MAIN.
template<typename T> int runOnLaptopScreen(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    T test;
    return QTest::qExec(&test, argc, argv);
}
