#include "ui/widgets/SizeMemory.h"

#include <QDialog>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

// Sizes a user gives a window or a splitter come back the next time, per profile.
class TestSizeMemory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString iniFile() const { return m_dir.filePath(QStringLiteral("sizes.ini")); }

private Q_SLOTS:
    void aResizedDialog_opensAtThatSizeNextTime_perProfile()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        const QString alice = SizeMemory::key(QStringLiteral("alice/work"), QStringLiteral("d"));
        const QString sandbox = SizeMemory::key(QStringLiteral("\x01sandbox"), QStringLiteral("d"));
        QVERIFY(!alice.isEmpty());
        QVERIFY(alice != sandbox);
        QVERIFY(!sandbox.contains(QChar(1)));
        QCOMPARE(alice.count(QLatin1Char('/')), 3); // profiles/<id>/sizes/<name>
        {
            QDialog dialog;
            dialog.resize(300, 200);
            SizeMemory::remember(&dialog, &settings, alice);
            QCOMPARE(dialog.size(), QSize(300, 200)); // nothing saved yet
            dialog.show();
            dialog.resize(520, 410);
            dialog.hide();
        }
        QDialog again;
        again.resize(300, 200);
        SizeMemory::remember(&again, &settings, alice);
        QCOMPARE(again.size(), QSize(520, 410));
        QDialog other; // another profile's key: its own size
        other.resize(300, 200);
        SizeMemory::remember(&other, &settings, sandbox);
        QCOMPARE(other.size(), QSize(300, 200));
    }
    void aSavedSizeLargerThanTheScreen_isBounded()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        const QString key = SizeMemory::key(QStringLiteral("p"), QStringLiteral("huge"));
        settings.setValue(key, QSize(9000, 9000));
        QDialog dialog;
        SizeMemory::remember(&dialog, &settings, key);
        QVERIFY(dialog.width() < 9000);
        QVERIFY(dialog.height() < 9000);
    }
    void aMovedSplitter_isRestored()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        const QString key = SizeMemory::key(QStringLiteral("p"), QStringLiteral("split"));
        QList<int> moved;
        {
            QSplitter splitter;
            splitter.addWidget(new QLabel(QStringLiteral("left")));
            splitter.addWidget(new QLabel(QStringLiteral("right")));
            splitter.resize(600, 100);
            SizeMemory::remember(&splitter, &settings, key);
            splitter.show();
            QVERIFY(QTest::qWaitForWindowExposed(&splitter));
            QWidget *handle = splitter.handle(1);
            const QPoint start = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, start);
            QTest::mouseMove(handle, start + QPoint(-150, 0));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, start + QPoint(-150, 0));
            moved = splitter.sizes();
        }
        QVERIFY(settings.contains(key));
        QSplitter again;
        again.addWidget(new QLabel(QStringLiteral("left")));
        again.addWidget(new QLabel(QStringLiteral("right")));
        again.resize(600, 100);
        SizeMemory::remember(&again, &settings, key);
        QCOMPARE(again.sizes(), moved);
    }
};

QTEST_MAIN(TestSizeMemory)
#include "tst_sizememory.moc"
