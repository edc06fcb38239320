#include "models/browser/ProjectListModel.h"
#include "models/details/ProjectDetails.h"
#include "models/signin/Session.h"
#include "tests/console/SandboxConsole.h"
#include "ui/browser/ProjectBrowser.h"
#include "ui/browser/ProjectTableView.h"
#include "ui/details/DetailPage.h"
#include "ui/details/DetailPane.h"
#include "ui/regions/WorldMapWidget.h"

#include <QAbstractItemView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

// The whole console against the embedded sandbox: sign in, list, select, details.
class TestConsoleApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sandbox_signsInAsDemoAdministrator();
    void selectingAProject_showsItsDescribeFieldsOnEveryPage();
    void refresh_keepsTheSelection();

private:
    std::unique_ptr<ConsoleApp> m_app;
};

// Every text a page shows: labels, tables and text editors below it.
static QString pageText(QWidget *page)
{
    QStringList out;
    for (auto *label : page->findChildren<QLabel *>()) {
        if (!label->isHidden())
            out << label->text();
    }
    for (auto *edit : page->findChildren<QPlainTextEdit *>())
        out << edit->toPlainText();
    for (auto *view : page->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *m = view->model();
        for (int r = 0; m && r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->index(r, c).data().toString();
        }
    }
    return out.join(QLatin1Char('\n'));
}

void TestConsoleApp::initTestCase()
{
    m_app = startSandboxConsole();
    QVERIFY(m_app);
}

void TestConsoleApp::sandbox_signsInAsDemoAdministrator()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::SignedIn, 20000);
    QVERIFY(m_app->session()->userId().startsWith(QLatin1String("user-")));
    QVERIFY(!m_app->session()->userDisplayName().isEmpty());
}

void TestConsoleApp::selectingAProject_showsItsDescribeFieldsOnEveryPage()
{
    ProjectListModel *list = m_app->projectList();
    QTRY_VERIFY_WITH_TIMEOUT(
        list->rowCount() > 0 && list->state() != ProjectListModel::State::Loading, 20000);
    ProjectBrowser *browser = m_app->browser();
    // Pick a project with members, tags and properties: the demo world's first with tags.
    QString chosen;
    for (int r = 0; r < list->rowCount() && chosen.isEmpty(); ++r) {
        if (!list->rowAt(r).tags.isEmpty())
            chosen = list->rowAt(r).id;
    }
    QVERIFY(!chosen.isEmpty());
    QVERIFY(browser->selectProject(chosen));
    QCOMPARE(browser->selectedProjectId(), chosen);
    ProjectDetails *details = m_app->projectDetails();
    QTRY_COMPARE_WITH_TIMEOUT(details->state(), ProjectDetails::State::Loaded, 20000);
    QCOMPARE(details->projectId(), chosen);
    const QJsonObject d = details->describe();

    DetailPane *pane = browser->detailPane();
    const auto expect = [&](const QString &key, const QStringList &values) {
        QVERIFY(pane->setCurrentPage(key));
        const QString text = pageText(pane->page(key));
        for (const QString &v : values)
            QVERIFY2(text.contains(v), qPrintable(key + QStringLiteral(": missing ") + v));
    };
    expect(QStringLiteral("overview"),
           { d.value(QLatin1String("name")).toString(), d.value(QLatin1String("id")).toString(),
             d.value(QLatin1String("region")).toString() });
    // The Overview shows the region on a small map.
    auto *map = pane->page(QStringLiteral("overview"))
                    ->findChild<WorldMapWidget *>(QStringLiteral("overview_regionMap"));
    QVERIFY(map);
    QVERIFY(!map->isHidden());
    QCOMPARE(map->currentRegion(), d.value(QLatin1String("region")).toString());
    expect(QStringLiteral("billing"), { d.value(QLatin1String("billTo")).toString() });
    const QJsonObject permissions = d.value(QLatin1String("permissions")).toObject();
    QVERIFY(!permissions.isEmpty());
    expect(QStringLiteral("members"), { permissions.keys().constFirst() });
    expect(QStringLiteral("tags"), { d.value(QLatin1String("tags")).toArray().first().toString() });
    const QJsonObject types = d.value(QLatin1String("availableInstanceTypes")).toObject();
    if (!types.isEmpty())
        expect(QStringLiteral("instances"), { types.keys().constFirst() });
    expect(QStringLiteral("json"), { d.value(QLatin1String("id")).toString() });
    // Access & flags and upload limits show something for a fully described project.
    QVERIFY(!pageText(pane->page(QStringLiteral("access"))).isEmpty());
    QVERIFY(!pageText(pane->page(QStringLiteral("uploads"))).isEmpty());
}

void TestConsoleApp::refresh_keepsTheSelection()
{
    ProjectBrowser *browser = m_app->browser();
    const QString before = browser->selectedProjectId();
    QVERIFY(!before.isEmpty());
    browser->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->projectList()->state() == ProjectListModel::State::Loaded
                                 && browser->selectedProjectId() == before,
                             20000);
}

QTEST_MAIN(TestConsoleApp)
#include "tst_consoleapp.moc"
