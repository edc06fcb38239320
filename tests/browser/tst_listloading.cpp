// The project list's loading status while the server keeps answering "busy": it shows which
// retry comes when, and Cancel (or Esc) stops the loading; Retry goes on.
#include "api/ApiClient.h"
#include "models/browser/ProjectListModel.h"
#include "models/browser/TagCompletion.h"
#include "models/details/ProjectDetails.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "tests/support/WidgetLookup.h"
#include "ui/browser/ProjectBrowser.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestListLoading : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProjectListModel> m_list;
    std::unique_ptr<ProjectDetails> m_details;
    std::unique_ptr<TagCompletion> m_tags;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProjectBrowser> m_browser;

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_nam->setHandler([](const QNetworkRequest &, const QByteArray &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                .withHeader("Retry-After", "1");
        });
        m_client = std::make_unique<ApiClient>(m_nam.get(), QUrl(QStringLiteral("http://fake")));
        m_client->setToken(QStringLiteral("t"));
        m_list = std::make_unique<ProjectListModel>(m_client.get());
        m_details = std::make_unique<ProjectDetails>(m_client.get());
        m_tags = std::make_unique<TagCompletion>(m_client.get(), m_list.get());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_browser = std::make_unique<ProjectBrowser>(m_client.get(), m_list.get(), m_details.get(),
                                                     m_tags.get(), m_settings.get());
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    }
    void cleanup()
    {
        m_browser.reset();
        m_tags.reset();
        m_details.reset();
        m_list.reset();
        m_client.reset();
        m_nam.reset();
    }

    void busyServer_showsTheRetry_andCancelStopsTheLoading()
    {
        m_list->reload();
        auto *state = child<QLabel>(m_browser.get(), "listState");
        auto *cancel = child<QPushButton>(m_browser.get(), "listCancel");
        QTRY_VERIFY2(state->text().contains(QStringLiteral("server busy, retry 1 in 1 s")),
                     qPrintable(state->text()));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_list->state(), ProjectListModel::State::Error);
        QVERIFY(!cancel->isVisible());
        QVERIFY2(state->text().contains(QStringLiteral("cancelled")), qPrintable(state->text()));
        QVERIFY(child<QPushButton>(m_browser.get(), "listRetry")->isVisible());
        QTest::qWait(1200);
        QCOMPARE(m_nam->count(QStringLiteral("/system/findProjects")), 1);
    }

    void escape_stopsTheLoading()
    {
        m_list->reload();
        QTRY_VERIFY(!m_list->retryNotice().isEmpty());
        m_browser->activateWindow();
        child<QPushButton>(m_browser.get(), "listCancel")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_list->state(), ProjectListModel::State::Error);
        QCOMPARE(m_list->lastError().type, ApiError::Type::Aborted);
    }
};

QTEST_MAIN(TestListLoading)
#include "tst_listloading.moc"
