#include "platform/KeychainCredentialStore.h"

#include <QTest>
#include <QUuid>
#include <optional>

// Against the real Secret Service: run under dbus-run-session with an unlocked gnome-keyring
// (scripts/dev.sh test does this). Without a session bus the test fails; it never skips and
// the store never falls back to plain text.
namespace {
std::optional<CredentialResult>
await(const std::function<void(QObject *, CredentialStore::Callback)> &op)
{
    std::optional<CredentialResult> answer;
    QObject context;
    op(&context, [&answer](const CredentialResult &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return std::nullopt;
    return answer;
}
} // namespace

// A failure, never a skip: a keychain test that silently does not run proves nothing.
#define REQUIRE_SESSION_BUS()                                                                      \
    do {                                                                                           \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                               \
            QFAIL("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset). Run this test "       \
                  "inside dbus-run-session with an unlocked gnome-keyring, e.g. `scripts/dev.sh "  \
                  "test`.");                                                                       \
    } while (false)

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_key = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanupTestCase()
    {
        if (hasBus())
            await([&](QObject *c, auto done) { m_store.remove(m_key, c, done); });
    }

    // The mapping needs no keychain.
    void statusFor_keychainErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        using S = CredentialResult::Status;
        QTest::newRow("ok") << int(QKeychain::NoError) << "" << int(S::Ok);
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << "Entry not found" << int(S::NotFound);
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << "" << int(S::NoBackend);
        QTest::newRow("access denied")
            << int(QKeychain::AccessDenied) << "" << int(S::AccessDenied);
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << "" << int(S::AccessDenied);
        QTest::newRow("no session bus")
            << int(QKeychain::OtherError) << "Cannot autolaunch D-Bus without X11 $DISPLAY"
            << int(S::NoBackend);
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << "The name org.freedesktop.secrets was not provided by any .service files"
            << int(S::NoBackend);
        QTest::newRow("other")
            << int(QKeychain::OtherError)
            << "Object does not exist at path /org/freedesktop/secrets/collection/login"
            << int(S::OtherError);
    }

    void statusFor_keychainErrors()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(int, status);
        QCOMPARE(int(KeychainCredentialStore::statusFor(QKeychain::Error(error), text)), status);
    }

    void noBackendSentence_saysNothingIsStoredInPlainText()
    {
        const QString sentence = CredentialResult::sentenceFor(CredentialResult::Status::NoBackend);
        QVERIFY(sentence.contains(QLatin1String("Secret Service not running")));
        QVERIFY(sentence.contains(QLatin1String("will not store the token in plain text")));
    }

    void service_isDxconsole() { QCOMPARE(m_store.service(), QStringLiteral("dxconsole")); }

    void write_readBack_remove_readIsNotFound()
    {
        REQUIRE_SESSION_BUS();
        const QString secret
            = QStringLiteral("kc-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto written = await([&](QObject *c, auto done) { m_store.write(m_key, secret, c, done); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->message));

        auto read = await([&](QObject *c, auto done) { m_store.read(m_key, c, done); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->message));
        QCOMPARE(read->secret, secret);

        auto removed = await([&](QObject *c, auto done) { m_store.remove(m_key, c, done); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->message));

        read = await([&](QObject *c, auto done) { m_store.read(m_key, c, done); });
        QVERIFY(read);
        QCOMPARE(read->status, CredentialResult::Status::NotFound);
        QVERIFY(read->secret.isEmpty());
    }

    void write_twice_keepsTheLatest()
    {
        REQUIRE_SESSION_BUS();
        QVERIFY(await([&](QObject *c, auto done) {
                    m_store.write(m_key, QStringLiteral("first"), c, done);
                })->ok());
        QVERIFY(await([&](QObject *c, auto done) {
                    m_store.write(m_key, QStringLiteral("second"), c, done);
                })->ok());
        auto read = await([&](QObject *c, auto done) { m_store.read(m_key, c, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QStringLiteral("second"));
    }

    void contextDestroyed_callbackIsNotCalled()
    {
        REQUIRE_SESSION_BUS();
        bool called = false;
        auto *context = new QObject;
        m_store.read(m_key, context, [&called](const CredentialResult &) { called = true; });
        delete context;
        // Let the job finish: a later job in the same store answers after it.
        QVERIFY(await([&](QObject *c, auto done) { m_store.read(m_key, c, done); }));
        QTest::qWait(50);
        QVERIFY(!called);
    }

private:
    static bool hasBus() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

    KeychainCredentialStore m_store;
    QString m_key;
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
