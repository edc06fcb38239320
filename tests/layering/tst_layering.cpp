#include "tests/layering/LayerRules.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT
private:
    QtModuleHeaders m_qt;

private Q_SLOTS:
    void initTestCase()
    {
        m_qt = QtModuleHeaders::fromFolders(
            QStringLiteral(DXC_QT_WIDGETS_DIR), QStringLiteral(DXC_QT_NETWORK_DIR),
            QStringLiteral(DXC_QT_SQL_DIR), QStringLiteral(DXC_QT_GUI_DIR));
        QVERIFY(m_qt.widgets.contains(QStringLiteral("QDialog")));
        QVERIFY(m_qt.network.contains(QStringLiteral("QNetworkReply")));
        QVERIFY(m_qt.sql.contains(QStringLiteral("QSqlQuery")));
        QVERIFY(m_qt.gui.contains(QStringLiteral("QPainter")));
        QVERIFY(!m_qt.widgets.contains(QStringLiteral("QString")));
    }

    // The rule itself, on files made up for it: each of these must be caught.
    void rules_uiIncludingNetwork_refused()
    {
        QCOMPARE(layerViolations(QStringLiteral("ui/archive/X.cpp"),
                                 QStringLiteral("#include <QNetworkAccessManager>\n"), m_qt)
                     .size(),
                 1);
        QCOMPARE(layerViolations(QStringLiteral("ui/archive/X.cpp"),
                                 QStringLiteral("#include \"api/ApiClient.h\"\n"), m_qt)
                     .size(),
                 1);
        QVERIFY(layerViolations(QStringLiteral("ui/archive/X.cpp"),
                                QStringLiteral("#include \"api/ApiError.h\"\n"), m_qt)
                    .isEmpty());
    }
    void rules_uiIncludingSandboxOrPlatform_refused()
    {
        QCOMPARE(
            layerViolations(QStringLiteral("ui/browser/X.h"),
                            QStringLiteral("#include \"app/sandbox/service/SandboxHost.h\"\n"
                                           "#include \"platform/KeychainCredentialStore.h\"\n"),
                            m_qt)
                .size(),
            2);
    }
    void rules_modelsIncludingWidgets_refused()
    {
        const QStringList problems = layerViolations(
            QStringLiteral("models/bulk/X.cpp"),
            QStringLiteral("#include <QLabel>\n#include <QtWidgets/QDialog>\n#include \"ui/bulk/"
                           "BulkDialog.h\"\n#include <QString>\n"),
            m_qt);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.first().startsWith(QStringLiteral("models/bulk/X.cpp:1: ")));
    }
    void rules_apiIncludingModels_refused()
    {
        QCOMPARE(layerViolations(QStringLiteral("api/X.cpp"),
                                 QStringLiteral("#include \"models/signin/Session.h\"\n"), m_qt)
                     .size(),
                 1);
    }
    void rules_sandboxIncludingConsole_refused()
    {
        QCOMPARE(layerViolations(
                     QStringLiteral("app/sandbox/routes/X.cpp"),
                     QStringLiteral("#include \"api/EntityId.h\"\n#include <QWidget>\n"), m_qt)
                     .size(),
                 2);
    }
    void rules_bareInclude_refused()
    {
        QCOMPARE(layerViolations(QStringLiteral("tests/x/tst_x.cpp"),
                                 QStringLiteral("#include \"Routes.h\"\n#include \"tst_x.moc\"\n"),
                                 m_qt)
                     .size(),
                 1);
    }

    // The repository as it is.
    void repository_keepsTheLayerRule()
    {
        const QString root = QStringLiteral(DXC_SOURCE_DIR);
        QStringList problems;
        int files = 0;
        const QStringList folders
            = { QStringLiteral("api"),  QStringLiteral("models"), QStringLiteral("platform"),
                QStringLiteral("ui"),   QStringLiteral("app"),    QStringLiteral("tools"),
                QStringLiteral("tests") };
        for (const QString &folder : folders) {
            QDirIterator it(root + u'/' + folder,
                            { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QFile f(file);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
                ++files;
                problems += layerViolations(file.mid(root.size() + 1),
                                            QString::fromUtf8(f.readAll()), m_qt);
            }
        }
        QVERIFY2(files > 300, qPrintable(QString::number(files)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
