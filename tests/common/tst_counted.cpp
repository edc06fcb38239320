#include "models/common/Counted.h"

#include <QLocale>
#include <QTest>

class TestCounted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneIsSingular_othersPlural_numberInTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString file = QStringLiteral("file");
        const QString files = QStringLiteral("files");
        QCOMPARE(counted(1, file, files), QStringLiteral("1 file"));
        QCOMPARE(counted(0, file, files), QStringLiteral("0 files"));
        QCOMPARE(counted(2048, file, files), QStringLiteral("2,048 files"));
    }
};

QTEST_APPLESS_MAIN(TestCounted)
#include "tst_counted.moc"
