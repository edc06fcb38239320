#include "models/signin/Session.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/RetryNotice.h"
#include "models/signin/ProfileStore.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "dxc.session")

Session::Session(ProfileStore *profiles, CredentialStore *credentials, ApiClient *client,
                 QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_client(client)
{
    connect(m_profiles, &ProfileStore::profilesChanged, this, &Session::onProfilesChanged);
}

Session::~Session()
{
    cancelInFlight();
}

void Session::signIn(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles->find(profileId);
    if (!profile) {
        cancelInFlight();
        m_client->setToken(QString());
        m_profile = Profile();
        m_profileIsStored = false;
        Q_EMIT profileChanged(m_profile);
        fail(QStringLiteral("There is no profile with the id \"%1\".").arg(profileId));
        return;
    }
    // First, so that a listener of currentChanged that calls signIn() again is superseded
    // by this call rather than racing it.
    m_profiles->setCurrentProfileId(profile->id);
    begin(*profile);
    const quint64 generation = m_generation;
    m_credentials->read(profile->id, this, [this, generation](const CredentialResult &result) {
        if (generation != m_generation)
            return; // another profile was chosen meanwhile
        if (result.status == CredentialResult::Status::NotFound) {
            fail(QStringLiteral("No token stored for profile %1. Import or paste a token to "
                                "sign in.")
                     .arg(profileText()));
            return;
        }
        if (!result.ok()) {
            fail(result.message);
            return;
        }
        checkToken(result.secret);
    });
}

void Session::signInWithToken(const Profile &profile, const QString &token)
{
    if (m_profiles->find(profile.id))
        m_profiles->setCurrentProfileId(profile.id);
    begin(profile);
    checkToken(token);
}

void Session::signOut()
{
    cancelInFlight();
    m_client->setToken(QString());
    m_userId.clear();
    m_userName.clear();
    m_error.clear();
    setState(State::SignedOut);
}

void Session::cancelSignIn()
{
    if (m_state != State::SigningIn)
        return;
    cancelInFlight(); // also drops a credential read still under way
    // Stopped while waiting out a server that does not answer: as unreachable as a failure.
    fail(QStringLiteral("Signing in to %1 was cancelled.").arg(serverText()), m_noAnswer);
}

void Session::saveProfileWithToken(const Profile &profile, const QString &token, QObject *context,
                                   SaveCallback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto reply = [guard, hadContext, done](const SaveResult &result) {
        if (done && (!hadContext || guard))
            done(result);
    };

    SaveResult result;
    result.profile = profile;
    if (token.trimmed().isEmpty()) {
        result.message = QStringLiteral("Enter the API token for this profile.");
        QTimer::singleShot(0, this, [reply, result] { reply(result); });
        return;
    }
    result.problems = m_profiles->add(result.profile);
    if (!result.problems.isEmpty()) {
        result.message = result.problems.constFirst().message;
        QTimer::singleShot(0, this, [reply, result] { reply(result); });
        return;
    }
    m_credentials->write(result.profile.id, token.trimmed(), this,
                         [this, reply, result](const CredentialResult &written) mutable {
                             if (!written.ok()) {
                                 // A profile without its token would only fail later; take it
                                 // back now and say why.
                                 m_profiles->remove(result.profile.id);
                                 result.message = written.message;
                                 reply(result);
                                 return;
                             }
                             result.ok = true;
                             reply(result);
                         });
}

void Session::cancelInFlight()
{
    ++m_generation;
    m_call.abort();
    // No signal here: the destructor comes through this too.
    m_retryNotice.clear();
}

void Session::begin(const Profile &profile)
{
    cancelInFlight();
    m_client->setToken(QString());
    m_profile = profile;
    m_profileIsStored = m_profiles->find(profile.id).has_value();
    m_userId.clear();
    m_userName.clear();
    m_error.clear();
    m_noAnswer = false;
    m_client->setBaseUrl(profile.serverUrl);
    qCInfo(lcSession) << "signing in with profile" << profile.name << "on" << serverText();
    Q_EMIT profileChanged(m_profile);
    setState(State::SigningIn);
}

void Session::checkToken(const QString &token)
{
    if (token.trimmed().isEmpty()) {
        fail(QStringLiteral("No token stored for profile %1. Import or paste a token to sign in.")
                 .arg(profileText()));
        return;
    }
    m_client->setToken(token.trimmed());
    startCall(QStringLiteral("system"), QStringLiteral("whoami"), &Session::onWhoami);
}

void Session::startCall(const QString &subject, const QString &method,
                        void (Session::*onFinished)(const QJsonObject &))
{
    ApiCall *call = m_client->call(subject, method, QJsonObject());
    // Someone waits at the window (with the cached projects, if any): a server that cannot
    // be reached is said to be so in seconds, not after minutes of attempts. A busy server
    // (429, 503) is still waited out, and can be stopped.
    RetryPolicy policy = m_client->retryPolicy();
    policy.attemptTimeoutMs = qMin(policy.attemptTimeoutMs, signInAttemptTimeoutMs);
    policy.maxTransportRetries = qMin(policy.maxTransportRetries, signInTransportRetries);
    call->setRetryPolicy(policy);
    connect(call, &ApiCall::retrying, this,
            [this](int retry, qint64 waitMs, const ApiError &reason) {
                m_noAnswer = reason.type == ApiError::Type::Network
                    || reason.type == ApiError::Type::Timeout;
                setRetryNotice(::retryNotice(retry, waitMs, reason));
            });
    m_call.start(
        call,
        [this, onFinished](const QJsonObject &result) {
            setRetryNotice(QString());
            (this->*onFinished)(result);
        },
        [this](const ApiError &error) {
            setRetryNotice(QString());
            onCallFailed(error);
        });
}

void Session::onWhoami(const QJsonObject &result)
{
    const QString id = result.value(QLatin1String("id")).toString();
    if (!id.startsWith(QLatin1String("user-"))) {
        fail(QStringLiteral("%1 answered /system/whoami without a user ID; is it a DNAnexus API "
                            "server?")
                 .arg(serverText()));
        return;
    }
    m_userId = id;
    startCall(id, QStringLiteral("describe"), &Session::onDescribe);
}

void Session::onDescribe(const QJsonObject &result)
{
    const QString first = result.value(QLatin1String("first")).toString().trimmed();
    const QString last = result.value(QLatin1String("last")).toString().trimmed();
    QString name = QString(first + QLatin1Char(' ') + last).trimmed();
    if (name.isEmpty())
        name = result.value(QLatin1String("handle")).toString();
    if (name.isEmpty())
        name = m_userId.mid(int(qstrlen("user-")));
    m_userName = name;

    if (std::optional<Profile> stored = m_profiles->find(m_profile.id)) {
        if (stored->userId != m_userId || stored->userName != m_userName) {
            stored->userId = m_userId;
            stored->userName = m_userName;
            m_profiles->update(*stored);
        }
    }
    m_profile.userId = m_userId;
    m_profile.userName = m_userName;
    qCInfo(lcSession) << "signed in as" << m_userId << "on" << serverText();
    Q_EMIT profileChanged(m_profile);
    setState(State::SignedIn);
}

void Session::onCallFailed(const ApiError &error)
{
    switch (error.type) {
    case ApiError::Type::InvalidAuthentication:
        fail(QStringLiteral("The token for profile %1 was refused by the server (expired or "
                            "revoked). Import or paste a new one.")
                 .arg(profileText()));
        return;
    case ApiError::Type::Network:
    case ApiError::Type::Timeout:
        fail(QStringLiteral("Cannot reach %1: %2").arg(serverText(), error.userMessage()), true);
        return;
    case ApiError::Type::BadReply:
        fail(QStringLiteral("%1 does not answer like a DNAnexus API server: %2")
                 .arg(serverText(), error.userMessage()));
        return;
    default:
        fail(QStringLiteral("Signing in to %1 failed: %2").arg(serverText(), error.userMessage()));
        return;
    }
}

void Session::fail(const QString &message, bool unreachable)
{
    // A token that did not lead to a sign-in is not kept in the client either.
    m_client->setToken(QString());
    m_userId.clear();
    m_userName.clear();
    setRetryNotice(QString());
    m_error = message;
    m_unreachable = unreachable;
    qCInfo(lcSession) << "sign-in failed:" << message;
    setState(State::Failed, true);
}

void Session::setState(State state, bool always)
{
    if (m_state == state && !always)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::setRetryNotice(const QString &notice)
{
    if (notice == m_retryNotice)
        return;
    m_retryNotice = notice;
    Q_EMIT retryNoticeChanged(notice);
}

void Session::onProfilesChanged()
{
    // The signed-in profile was removed: its token is gone, so is the sign-in.
    if (m_state == State::SignedOut || m_profile.id.isEmpty())
        return;
    if (m_profileIsStored && !m_profiles->find(m_profile.id))
        signOut();
}

QString Session::serverText() const
{
    return m_profile.serverUrl.toDisplayString(QUrl::RemoveUserInfo);
}

QString Session::profileText() const
{
    return QLatin1Char('"') + m_profile.name + QLatin1Char('"');
}
