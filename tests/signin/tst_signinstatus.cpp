// The sign-in status of the main window while the server keeps answering "busy": it shows
// which retry comes when, and Cancel (or Esc) ends the sign-in.
#include "api/ApiClient.h"
#include "models/activity/ActivityModel.h"
#include "models/signin/MemoryCredentialStore.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "tests/support/WidgetLookup.h"
#include "ui/browser/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestSignInStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<MainWindow> m_window;

    void signIn()
    {
        Profile p;
        p.id = QStringLiteral("busy");
        p.name = QStringLiteral("Busy");
        p.serverUrl = QUrl(QStringLiteral("http://busy.invalid"));
        m_session->signInWithToken(p, QStringLiteral("tok-0123456789"));
    }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_nam->onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                .withHeader("Retry-After", "1");
        });
        m_client = std::make_unique<ApiClient>(m_nam.get(), QUrl());
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("p.ini")),
                                                    m_credentials.get());
        m_session
            = std::make_unique<Session>(m_profiles.get(), m_credentials.get(), m_client.get());
        m_activity = std::make_unique<ActivityModel>();
        m_window = std::make_unique<MainWindow>(m_profiles.get(), m_session.get(), m_activity.get(),
                                                nullptr);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_profiles.reset();
        m_client.reset();
        m_nam.reset();
    }

    void busyServer_showsTheRetryAndCancelEndsTheSignIn()
    {
        auto *cancel = child<QPushButton>(m_window.get(), "cancelSignIn");
        QVERIFY(!cancel->isVisible());
        signIn();
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY2(child<QLabel>(m_window.get(), "welcomeText")
                         ->text()
                         .contains(QStringLiteral("server busy, retry 1 in 1 s")),
                     qPrintable(child<QLabel>(m_window.get(), "welcomeText")->text()));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_session->state(), Session::State::Failed);
        QVERIFY(!cancel->isVisible());
        QVERIFY(child<QPushButton>(m_window.get(), "retrySignIn")->isVisible());
        QVERIFY(child<QLabel>(m_window.get(), "welcomeText")
                    ->text()
                    .contains(QStringLiteral("cancelled")));
    }

    void escape_cancelsTheSignIn()
    {
        signIn();
        QTRY_VERIFY(!m_session->retryNotice().isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QCOMPARE(m_session->state(), Session::State::Failed);
        QTest::qWait(1200);
        QCOMPARE(m_nam->count(QStringLiteral("/system/whoami")), 1);
    }
};

QTEST_MAIN(TestSignInStatus)
#include "tst_signinstatus.moc"
