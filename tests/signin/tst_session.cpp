#include "api/ApiClient.h"
#include "models/signin/DxConfigImport.h"
#include "models/signin/MemoryCredentialStore.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString aliceToken = QStringLiteral("tok-alice-0123456789");

QJsonObject alice()
{
    return { { QStringLiteral("id"), QStringLiteral("user-alice") },
             { QStringLiteral("class"), QStringLiteral("user") },
             { QStringLiteral("handle"), QStringLiteral("alice") },
             { QStringLiteral("first"), QStringLiteral("Alice") },
             { QStringLiteral("last"), QStringLiteral("Smith") } };
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get(),
                                               QUrl(QStringLiteral("http://unset.invalid")));
        RetryPolicy policy;
        policy.attemptTimeoutMs = 2000;
        policy.overallDeadlineMs = 4000;
        policy.backoffBaseMs = 1;
        policy.maxTransportRetries = 0;
        policy.maxServerErrorRetries = 0;
        m_client->setRetryPolicy(policy);
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("s.ini")),
                                                    m_credentials.get());
        m_session
            = std::make_unique<Session>(m_profiles.get(), m_credentials.get(), m_client.get());
        m_states.clear();
        connect(m_session.get(), &Session::stateChanged, this,
                [this](Session::State s) { m_states.append(s); });
        m_nam->onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("id"), QStringLiteral("user-alice") } });
        });
        m_nam->onRoute(QStringLiteral("/user-alice/describe"),
                       [](const QJsonObject &) { return FakeReply::json(alice()); });
    }

    void cleanup()
    {
        m_session.reset();
        m_profiles.reset();
        m_client.reset();
        m_nam.reset();
    }

    void signIn_withStoredToken_showsTheUserNameAndRemembersIt()
    {
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QCOMPARE(m_session->state(), Session::State::SigningIn);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        QCOMPARE(m_states,
                 QList<Session::State>({ Session::State::SigningIn, Session::State::SignedIn }));
        QCOMPARE(m_session->userId(), QStringLiteral("user-alice"));
        QCOMPARE(m_session->userDisplayName(), QStringLiteral("Alice Smith"));
        QVERIFY(m_session->errorMessage().isEmpty());
        QCOMPARE(m_session->profile().id, p.id);
        QCOMPARE(m_client->baseUrl(), QUrl(QStringLiteral("https://api.example.org")));
        QVERIFY(m_client->hasToken());
        QCOMPARE(m_nam->requests().first().header("Authorization"),
                 QByteArray("Bearer ") + aliceToken.toUtf8());
        QCOMPARE(m_nam->count(QStringLiteral("/user-alice/describe")), 1);
        // The profile remembers who signed in, and is now the current one.
        QCOMPARE(m_profiles->find(p.id)->userId, QStringLiteral("user-alice"));
        QCOMPARE(m_profiles->find(p.id)->userName, QStringLiteral("Alice Smith"));
        QCOMPARE(m_profiles->currentProfileId(), p.id);
    }

    void signIn_userWithoutNames_showsTheHandle()
    {
        m_nam->onRoute(QStringLiteral("/user-alice/describe"), [](const QJsonObject &) {
            QJsonObject a = alice();
            a.remove(QStringLiteral("first"));
            a.remove(QStringLiteral("last"));
            return FakeReply::json(a);
        });
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        QCOMPARE(m_session->userDisplayName(), QStringLiteral("alice"));
    }

    void signIn_refusedToken_failsAndForgetsTheToken()
    {
        m_nam->onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::apiError(401, QStringLiteral("InvalidAuthentication"),
                                       QStringLiteral("The token could not be found"));
        });
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::Failed);
        QCOMPARE(
            m_session->errorMessage(),
            QStringLiteral("The token for profile \"Prod\" was refused by the server (expired or "
                           "revoked). Import or paste a new one."));
        QVERIFY(!m_client->hasToken());
        QVERIFY(m_session->userId().isEmpty());
        QCOMPARE(m_nam->count(QStringLiteral("/user-alice/describe")), 0);
    }

    void signIn_noTokenStored_failsWithoutAskingTheServer()
    {
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), QString());
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::Failed);
        QVERIFY2(m_session->errorMessage().startsWith(
                     QLatin1String("No token stored for profile \"Prod\"")),
                 qPrintable(m_session->errorMessage()));
        QVERIFY(m_nam->requests().isEmpty());
        QVERIFY(!m_client->hasToken());
    }

    void signIn_keychainUnavailable_failsWithItsSentenceAndNoRequest()
    {
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_credentials->simulateFailure(CredentialResult::Status::NoBackend);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::Failed);
        QCOMPARE(m_session->errorMessage(),
                 CredentialResult::sentenceFor(CredentialResult::Status::NoBackend));
        QVERIFY(m_nam->requests().isEmpty());
    }

    void signIn_serverUnreachable_saysCannotReachTheServer()
    {
        m_nam->onRoute(QStringLiteral("/system/whoami"),
                       [](const QJsonObject &) { return FakeReply::connectionRefused(); });
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::Failed);
        QVERIFY2(m_session->errorMessage().startsWith(
                     QLatin1String("Cannot reach https://api.example.org: ")),
                 qPrintable(m_session->errorMessage()));
        QVERIFY(!m_client->hasToken());
        QVERIFY(m_session->isUnreachable());
    }

    // An unreachable server is said to be so after a few quick attempts, not the patience
    // of other calls (6 retries with back-off, about a minute on a refused connection).
    void signIn_unreachable_givesUpAfterAFewAttempts()
    {
        RetryPolicy patient; // the client's defaults, but quick back-off
        patient.backoffBaseMs = 5;
        m_client->setRetryPolicy(patient);
        m_nam->onRoute(QStringLiteral("/system/whoami"),
                       [](const QJsonObject &) { return FakeReply::connectionRefused(); });
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::Failed);
        QVERIFY(m_session->isUnreachable());
        QCOMPARE(m_nam->count(QStringLiteral("/system/whoami")),
                 1 + Session::signInTransportRetries);
    }

    // Unreachable is "no answer", never "refused": a refused token must not let the console
    // go on showing what it kept. Stopping the wait for an answer counts as no answer.
    void unreachable_onlyWithoutAnAnswer()
    {
        m_nam->onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::apiError(401, QStringLiteral("InvalidAuthentication"),
                                       QStringLiteral("expired"));
        });
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::Failed);
        QVERIFY(!m_session->isUnreachable());

        RetryPolicy slow;
        slow.backoffBaseMs = 60000;
        m_client->setRetryPolicy(slow);
        m_nam->onRoute(QStringLiteral("/system/whoami"),
                       [](const QJsonObject &) { return FakeReply::connectionRefused(); });
        m_session->signIn(p.id);
        QTRY_VERIFY(!m_session->retryNotice().isEmpty());
        m_session->cancelSignIn();
        QCOMPARE(m_session->state(), Session::State::Failed);
        QVERIFY(m_session->isUnreachable());
    }

    void signIn_unknownProfile_fails()
    {
        m_session->signIn(QStringLiteral("no-such-profile"));
        QCOMPARE(m_session->state(), Session::State::Failed);
        QVERIFY(!m_session->errorMessage().isEmpty());
        QVERIFY(m_nam->requests().isEmpty());
    }

    void switchingProfiles_abortsTheSignInInFlight()
    {
        // The first whoami (A's) never answers; the next one (B's) does.
        m_nam->onRouteSequence(
            QStringLiteral("/system/whoami"),
            { FakeReply::hang(),
              FakeReply::json({ { QStringLiteral("id"), QStringLiteral("user-bob") } }) });
        m_nam->onRoute(QStringLiteral("/user-bob/describe"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("id"), QStringLiteral("user-bob") },
                                     { QStringLiteral("handle"), QStringLiteral("bob") } });
        });
        const Profile a = addProfile(QStringLiteral("A"), QStringLiteral("https://a.example.org"),
                                     QStringLiteral("tok-a"));
        const Profile b = addProfile(QStringLiteral("B"), QStringLiteral("https://b.example.org"),
                                     QStringLiteral("tok-b"));
        QStringList aborted;
        connect(m_client.get(), &ApiClient::attempt, this, [&aborted](const ApiAttempt &attempt) {
            if (attempt.errorType == QLatin1String("Aborted"))
                aborted << attempt.route;
        });
        m_session->signIn(a.id);
        QTRY_COMPARE(m_nam->requests().size(), 1); // A's whoami is in flight
        m_session->signIn(b.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        QCOMPARE(m_session->profile().id, b.id);
        QCOMPARE(m_session->userId(), QStringLiteral("user-bob"));
        QCOMPARE(m_session->userDisplayName(), QStringLiteral("bob"));
        QCOMPARE(m_nam->requests().first().url.host(), QStringLiteral("a.example.org"));
        QCOMPARE(aborted, QStringList({ QStringLiteral("/system/whoami") }));
        QVERIFY(!m_states.contains(Session::State::Failed));
        QCOMPARE(m_nam->requests().last().header("Authorization"), QByteArray("Bearer tok-b"));
        QCOMPARE(m_profiles->currentProfileId(), b.id);
        QVERIFY(m_profiles->find(a.id)->userId.isEmpty());
    }

    void profileSwitcherCallingSignInOnCurrentChanged_signsInOnce()
    {
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        connect(m_profiles.get(), &ProfileStore::currentChanged, this,
                [this](const QString &id) { m_session->signIn(id); });
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        QTest::qWait(50);
        QCOMPARE(m_nam->count(QStringLiteral("/system/whoami")), 1);
        QCOMPARE(m_states,
                 QList<Session::State>({ Session::State::SigningIn, Session::State::SignedIn }));
    }

    void signOut_forgetsTheTokenInTheClient()
    {
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        m_session->signOut();
        QCOMPARE(m_session->state(), Session::State::SignedOut);
        QVERIFY(!m_client->hasToken());
        QVERIFY(m_session->userId().isEmpty());
        QVERIFY(m_session->userDisplayName().isEmpty());
    }

    void removingTheSignedInProfile_signsOut()
    {
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        m_profiles->remove(p.id);
        QCOMPARE(m_session->state(), Session::State::SignedOut);
        QVERIFY(!m_client->hasToken());
    }

    void signInWithToken_ephemeralProfile_keepsTheTokenInMemoryOnly()
    {
        Profile sandbox;
        sandbox.id = QStringLiteral("sandbox");
        sandbox.name = QStringLiteral("Local sandbox");
        sandbox.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:8124"));
        m_session->signInWithToken(sandbox, aliceToken);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        QCOMPARE(m_session->userDisplayName(), QStringLiteral("Alice Smith"));
        QCOMPARE(m_session->profile().userId, QStringLiteral("user-alice"));
        QCOMPARE(m_client->baseUrl(), sandbox.serverUrl);
        QCOMPARE(m_credentials->count(), 0);
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(m_profiles->currentProfileId().isEmpty());
    }

    void signInWithToken_emptyToken_neverSignsIn()
    {
        Profile sandbox;
        sandbox.id = QStringLiteral("sandbox");
        sandbox.name = QStringLiteral("Local sandbox");
        sandbox.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:8124"));
        m_session->signInWithToken(sandbox, QStringLiteral("  "));
        QCOMPARE(m_session->state(), Session::State::Failed);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void saveProfileWithToken_storesTheProfileAndTheTokenInTheStore()
    {
        Profile p;
        p.name = QStringLiteral("Prod");
        p.serverUrl = QUrl(QStringLiteral("https://api.example.org"));
        std::optional<Session::SaveResult> result;
        m_session->saveProfileWithToken(p, aliceToken, this,
                                        [&result](const Session::SaveResult &r) { result = r; });
        QVERIFY(!result); // never answered before returning
        QTRY_VERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->message));
        QVERIFY(!result->profile.id.isEmpty());
        QVERIFY(m_profiles->find(result->profile.id));
        QVERIFY(m_credentials->contains(result->profile.id));
        m_session->signIn(result->profile.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
    }

    void saveProfileWithToken_keychainFails_removesTheProfileAgain()
    {
        m_credentials->simulateFailure(CredentialResult::Status::NoBackend);
        Profile p;
        p.name = QStringLiteral("Prod");
        p.serverUrl = QUrl(QStringLiteral("https://api.example.org"));
        std::optional<Session::SaveResult> result;
        m_session->saveProfileWithToken(p, aliceToken, this,
                                        [&result](const Session::SaveResult &r) { result = r; });
        QTRY_VERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->message,
                 CredentialResult::sentenceFor(CredentialResult::Status::NoBackend));
        QVERIFY(m_profiles->profiles().isEmpty());
        QCOMPARE(m_credentials->count(), 0);
    }

    void saveProfileWithToken_invalidProfile_reportsTheProblemsAndStoresNothing()
    {
        Profile p;
        p.name = QStringLiteral("");
        p.serverUrl = QUrl(QStringLiteral("https://api.example.org"));
        std::optional<Session::SaveResult> result;
        m_session->saveProfileWithToken(p, aliceToken, this,
                                        [&result](const Session::SaveResult &r) { result = r; });
        QTRY_VERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->problems.size(), 1);
        QCOMPARE(result->problems.at(0).field, ProfileRules::Field::Name);
        QCOMPARE(m_credentials->count(), 0);
    }

    void importedDxConfig_savedAndSignedIn_tokenOnlyInTheCredentialStore()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DX_SECURITY_CONTEXT"),
                   QStringLiteral("{\"auth_token\": \"%1\", \"auth_token_type\": \"Bearer\"}")
                       .arg(aliceToken));
        env.insert(QStringLiteral("DX_APISERVER_HOST"), QStringLiteral("api.example.org"));
        env.insert(QStringLiteral("DX_USERNAME"), QStringLiteral("alice"));
        const DxConfigResult imported = DxConfigImport::read(env, m_dir->path());
        QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
        Profile p;
        p.name = DxConfigImport::suggestedProfileName(imported, m_profiles->profiles());
        p.serverUrl = imported.serverUrl;
        std::optional<Session::SaveResult> saved;
        m_session->saveProfileWithToken(p, imported.token, this,
                                        [&saved](const Session::SaveResult &r) { saved = r; });
        QTRY_VERIFY(saved);
        QVERIFY2(saved->ok, qPrintable(saved->message));
        m_session->signIn(saved->profile.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
        QCOMPARE(m_session->profile().name, QStringLiteral("alice on api.example.org"));
        QVERIFY(m_credentials->contains(saved->profile.id));
        QFile settings(QDir(m_dir->path()).filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray contents = settings.readAll();
        QVERIFY(contents.contains("api.example.org"));
        QVERIFY(!contents.contains(aliceToken.toUtf8()));
    }

    void busyServer_showsEachRetryAndCancelStopsTheSignIn()
    {
        // 42 retries of a 503 would hold the sign-in for up to 600 s: the session says which
        // retry comes when, and cancelSignIn() ends it at once.
        m_nam->onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                .withHeader("Retry-After", "1");
        });
        const Profile p = addProfile(QStringLiteral("Prod"),
                                     QStringLiteral("https://api.example.org"), aliceToken);
        QSignalSpy notices(m_session.get(), &Session::retryNoticeChanged);
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->retryNotice(), QStringLiteral("server busy, retry 1 in 1 s"));
        QCOMPARE(m_session->state(), Session::State::SigningIn);
        m_session->cancelSignIn();
        QCOMPARE(m_session->state(), Session::State::Failed);
        QVERIFY2(m_session->errorMessage().contains(QLatin1String("cancelled")),
                 qPrintable(m_session->errorMessage()));
        QVERIFY(m_session->retryNotice().isEmpty());
        QVERIFY(!m_client->hasToken());
        QTest::qWait(1300); // past the Retry-After: nothing is sent again
        QCOMPARE(m_nam->count(QStringLiteral("/system/whoami")), 1);
        QCOMPARE(m_session->state(), Session::State::Failed);
        // The same profile can be tried again.
        m_nam->onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::json({ { QStringLiteral("id"), QStringLiteral("user-alice") } });
        });
        m_session->signIn(p.id);
        QTRY_COMPARE(m_session->state(), Session::State::SignedIn);
    }

    void quitWhileSignInWaitsForARetry_callsBackNobody()
    {
        // As in the app: one owner, the client its first child, so ~ApiClient runs while the
        // session still exists (and the session's client is going). Nothing may reach the
        // session from inside that destructor.
        m_session.reset();
        m_client.reset();
        m_nam->onRoute(QStringLiteral("/system/whoami"), [](const QJsonObject &) {
            return FakeReply::apiError(503, QStringLiteral("ServiceUnavailable"), {})
                .withHeader("Retry-After", "5");
        });
        auto *root = new QObject;
        auto *client = new ApiClient(m_nam.get(), QUrl(QStringLiteral("http://x.invalid")), root);
        auto *session = new Session(m_profiles.get(), m_credentials.get(), client, root);
        QSignalSpy states(session, &Session::stateChanged);
        Profile p;
        p.id = QStringLiteral("ephemeral");
        p.name = QStringLiteral("Sandbox");
        p.serverUrl = QUrl(QStringLiteral("http://x.invalid"));
        session->signInWithToken(p, aliceToken);
        QTRY_VERIFY(!session->retryNotice().isEmpty());
        states.clear();
        delete root;
        QCOMPARE(states.size(), 0);
        QTest::qWait(20); // nothing queued for the objects that are gone
    }

    void quitWhileSignInIsInFlight_callsBackNobody()
    {
        m_session.reset();
        m_client.reset();
        m_nam->onRoute(QStringLiteral("/system/whoami"),
                       [](const QJsonObject &) { return FakeReply::hang(); });
        auto *root = new QObject;
        auto *client = new ApiClient(m_nam.get(), QUrl(QStringLiteral("http://x.invalid")), root);
        auto *session = new Session(m_profiles.get(), m_credentials.get(), client, root);
        QSignalSpy states(session, &Session::stateChanged);
        Profile p;
        p.id = QStringLiteral("ephemeral");
        p.name = QStringLiteral("Sandbox");
        p.serverUrl = QUrl(QStringLiteral("http://x.invalid"));
        session->signInWithToken(p, aliceToken);
        QTRY_COMPARE(m_nam->count(QStringLiteral("/system/whoami")), 1);
        states.clear();
        delete root;
        QCOMPARE(states.size(), 0);
        QTest::qWait(20);
    }

private:
    Profile addProfile(const QString &name, const QString &url, const QString &token)
    {
        Profile p;
        p.name = name;
        p.serverUrl = QUrl(url);
        if (!m_profiles->add(p).isEmpty())
            qFatal("profile not added");
        if (!token.isEmpty()) {
            bool done = false;
            m_credentials->write(p.id, token, nullptr,
                                 [&done](const CredentialResult &) { done = true; });
            if (!QTest::qWaitFor([&done] { return done; }, 2000))
                qFatal("token not written");
        }
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Session> m_session;
    QList<Session::State> m_states;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
