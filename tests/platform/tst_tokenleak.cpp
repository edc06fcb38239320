#include "api/ApiClient.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "platform/KeychainCredentialStore.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// After saving a profile with a token and signing in, no file under HOME except the keyring's
// own folder may hold the token: not the settings, not a log. Runs against the real keychain
// (dbus-run-session + unlocked gnome-keyring, as scripts/dev.sh test provides) so that nothing
// is faked on the way from the keychain to the client.
namespace {
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QStringList keyringFolders()
{
    QStringList folders { QDir::home().filePath(QStringLiteral(".local/share/keyrings")) };
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!dataHome.isEmpty())
        folders << QDir(dataHome).filePath(QStringLiteral("keyrings"));
    for (QString &f : folders)
        f = QDir::cleanPath(QFileInfo(f).absoluteFilePath()) + QLatin1Char('/');
    return folders;
}

// Every regular file under HOME that contains `secret` (as UTF-8 or UTF-16).
QStringList filesHolding(const QString &secret, int *scanned)
{
    const QStringList excluded = keyringFolders();
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList hits;
    *scanned = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir::cleanPath(it.next());
        bool skip = false;
        for (const QString &folder : excluded)
            skip = skip || path.startsWith(folder);
        if (skip)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++*scanned;
        const QByteArray contents = file.readAll();
        if (contents.contains(utf8) || contents.contains(utf16))
            hits << path;
    }
    return hits;
}
} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset). Run this test inside "
                  "dbus-run-session with an unlocked gnome-keyring, e.g. `scripts/dev.sh test`.");
        // Every category on: a token logged at any level would be caught.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void scanner_findsATokenThatWasWrittenToAFile()
    {
        // Proves the scan below can fail.
        const QString decoy
            = QStringLiteral("decoy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString path
            = QDir::home().filePath(QStringLiteral(".cache/dxconsole-tst-decoy.txt"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x=" + decoy.toUtf8());
        file.close();
        int scanned = 0;
        const QStringList hits = filesHolding(decoy, &scanned);
        QFile::remove(path);
        QCOMPARE(hits, QStringList({ QDir::cleanPath(path) }));
    }

    void signedIn_noFileUnderHomeHoldsTheToken()
    {
        const QString token
            = QStringLiteral("leakcheck-") + QUuid::createUuid().toString(QUuid::Id128);

        // The app's wiring: default-format QSettings of organisation "dxconsole" (own application
        // name, so a developer's real settings are not touched), keychain, client, session.
        QSettings settings(QStringLiteral("dxconsole"), QStringLiteral("tst_tokenleak"));
        KeychainCredentialStore credentials;
        ProfileStore profiles(&settings, &credentials);
        FakeNetworkAccessManager nam;
        nam.onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("id"), QStringLiteral("user-alice") } });
        });
        nam.onRoute(QStringLiteral("/user-alice/describe"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("id"), QStringLiteral("user-alice") },
                                     { QStringLiteral("first"), QStringLiteral("Alice") },
                                     { QStringLiteral("last"), QStringLiteral("Smith") } });
        });
        ApiClient client(&nam, QUrl(QStringLiteral("http://unset.invalid")));
        Session session(&profiles, &credentials, &client);

        Profile p;
        p.name = QStringLiteral("Leak check ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        p.serverUrl = QUrl(QStringLiteral("https://api.example.org"));
        std::optional<Session::SaveResult> saved;
        session.saveProfileWithToken(p, token, this,
                                     [&saved](const Session::SaveResult &r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000);
        QVERIFY2(saved->ok, qPrintable(saved->message));

        session.signIn(saved->profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != Session::State::SigningIn, 15000);
        QVERIFY2(session.state() == Session::State::SignedIn, qPrintable(session.errorMessage()));
        QCOMPARE(session.userDisplayName(), QStringLiteral("Alice Smith"));
        // The token really travelled keychain -> client -> request (compared without printing it).
        QVERIFY(nam.requests().first().header("Authorization") == "Bearer " + token.toUtf8());
        settings.sync();
        QVERIFY(QFileInfo::exists(settings.fileName()));
        QVERIFY(settings.fileName().startsWith(QDir::homePath()));

        int scanned = 0;
        const QStringList hits = filesHolding(token, &scanned);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("token found in: ") + hits.join(QLatin1String(", "))));
        QVERIFY(scanned > 0);
        for (const QString &message : qAsConst(g_messages))
            QVERIFY2(!message.contains(token), "a log message holds the token");

        // Leave nothing behind: the profile and its keychain entry.
        std::optional<bool> removed;
        profiles.remove(saved->profile.id, this,
                        [&removed](const CredentialResult &r) { removed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(*removed);
    }
};

QTEST_GUILESS_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
