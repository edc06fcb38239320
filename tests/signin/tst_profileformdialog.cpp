#include "api/ApiClient.h"
#include "models/signin/MemoryCredentialStore.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "tests/support/WidgetLookup.h"
#include "ui/signin/ProfileFormDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestProfileFormDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void newProfile_okDisabledUntilValid();
    void badUrl_showsReasonBesideField();
    void duplicateName_isRefusedInline();
    void submit_storesTokenInCredentialStoreOnly();
    void anEmptyField_isNotReproachedUntilLeft_andNothingMoves();

private:
    QTemporaryDir *m_dir = nullptr;
    MemoryCredentialStore *m_credentials = nullptr;
    ProfileStore *m_profiles = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;
    Session *m_session = nullptr;
};

void TestProfileFormDialog::init()
{
    m_dir = new QTemporaryDir;
    m_credentials = new MemoryCredentialStore;
    m_profiles = new ProfileStore(m_dir->filePath(QStringLiteral("p.ini")), m_credentials);
    m_nam = new QNetworkAccessManager;
    m_client = new ApiClient(m_nam, QUrl());
    m_session = new Session(m_profiles, m_credentials, m_client);
}

void TestProfileFormDialog::cleanup()
{
    delete m_session;
    delete m_client;
    delete m_nam;
    delete m_profiles;
    delete m_credentials;
    delete m_dir;
}

void TestProfileFormDialog::newProfile_okDisabledUntilValid()
{
    ProfileFormDialog dialog(m_profiles, m_session, Profile {}, QString());
    auto *ok = child<QPushButton>(&dialog, "ok");
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Production"));
    QVERIFY(!ok->isEnabled()); // no token yet
    QTest::keyClicks(child<QLineEdit>(&dialog, "token"), QStringLiteral("abc123"));
    QVERIFY(ok->isEnabled());
}

void TestProfileFormDialog::badUrl_showsReasonBesideField()
{
    ProfileFormDialog dialog(m_profiles, m_session, Profile {}, QStringLiteral("tok"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("P"));
    auto *url = child<QLineEdit>(&dialog, "serverUrl");
    url->clear();
    QTest::keyClicks(url, QStringLiteral("ftp://example.org"));
    auto *error = child<QLabel>(&dialog, "serverUrlError");
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "ok")->isEnabled());
    QCOMPARE(url->text(), QStringLiteral("ftp://example.org"));
}

void TestProfileFormDialog::duplicateName_isRefusedInline()
{
    Profile existing;
    existing.name = QStringLiteral("Production");
    existing.serverUrl = QUrl(QStringLiteral("https://api.dnanexus.com"));
    QVERIFY(m_profiles->add(existing).isEmpty());
    ProfileFormDialog dialog(m_profiles, m_session, Profile {}, QStringLiteral("tok"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("production"));
    QVERIFY(!child<QLabel>(&dialog, "nameError")->isHidden());
    QVERIFY(!child<QPushButton>(&dialog, "ok")->isEnabled());
}

void TestProfileFormDialog::anEmptyField_isNotReproachedUntilLeft_andNothingMoves()
{
    // Issue 14 item 3: "required" only after leaving the field; the error lines keep their
    // room, so the fields below stay where they were.
    ProfileFormDialog dialog(m_profiles, m_session, Profile {}, QStringLiteral("tok"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, "name");
    auto *url = child<QLineEdit>(&dialog, "serverUrl");
    auto *token = child<QLineEdit>(&dialog, "token");
    auto *nameError = child<QLabel>(&dialog, "nameError");
    auto *urlError = child<QLabel>(&dialog, "serverUrlError");
    QVERIFY(nameError->text().isEmpty());
    QCoreApplication::processEvents();
    const QRect tokenAt = token->geometry();
    url->clear(); // emptied, still in the field
    QVERIFY(urlError->text().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "ok")->isEnabled());
    Q_EMIT url->editingFinished(); // left
    QVERIFY(!urlError->text().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(token->geometry(), tokenAt);
    QTest::keyClicks(name, QStringLiteral("P"));
    name->clear();
    QVERIFY(nameError->text().isEmpty()); // not left yet
    Q_EMIT name->editingFinished();
    QVERIFY(!nameError->text().isEmpty());
    QTest::keyClicks(url, QStringLiteral("https://api.dnanexus.com"));
    QVERIFY(urlError->text().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(token->geometry(), tokenAt);
}

void TestProfileFormDialog::submit_storesTokenInCredentialStoreOnly()
{
    ProfileFormDialog dialog(m_profiles, m_session, Profile {}, QString());
    QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Staging"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "token"), QStringLiteral("secret-token-42"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(&dialog, "ok"), Qt::LeftButton);
    QTRY_COMPARE(accepted.count(), 1);
    const Profile saved = dialog.savedProfile();
    QVERIFY(!saved.id.isEmpty());
    bool read = false;
    m_credentials->read(saved.id, this, [&](const CredentialResult &r) {
        QVERIFY(r.ok());
        QCOMPARE(r.secret, QStringLiteral("secret-token-42"));
        read = true;
    });
    QTRY_VERIFY(read);
    QFile ini(m_dir->filePath(QStringLiteral("p.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("secret-token-42"));
}

QTEST_MAIN(TestProfileFormDialog)
#include "tst_profileformdialog.moc"
