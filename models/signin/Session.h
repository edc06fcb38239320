#pragma once

#include "models/common/LatestCall.h"
#include "models/signin/CredentialStore.h"
#include "models/signin/Profile.h"
#include "models/signin/ProfileRules.h"

#include <QList>
#include <QObject>
#include <functional>

class ApiClient;
class ApiError;
class ProfileStore;

// Who is signed in, on which profile. Signing in reads the profile's token from the
// credential store, hands it to the ApiClient (memory only) and checks it with
// /system/whoami and /user-xxxx/describe. Without a token there is no sign-in.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Failed };
    Q_ENUM(State)

    struct SaveResult
    {
        bool ok = false;
        Profile profile; // with its new id when ok
        QList<ProfileRules::Problem> problems; // form problems (nothing was stored)
        QString message; // a sentence for people when !ok
    };
    using SaveCallback = std::function<void(const SaveResult &)>;

    // None is owned. `credentials` holds the tokens of the profiles in `profiles`.
    Session(ProfileStore *profiles, CredentialStore *credentials, ApiClient *client,
            QObject *parent = nullptr);
    ~Session() override;

    // Signs in with a stored profile (it becomes the current profile). Cancels any sign-in
    // in flight.
    void signIn(const QString &profileId);
    // Signs in with a token given directly, e.g. the ephemeral --sandbox profile: the token
    // stays in memory. A profile that is also in the ProfileStore gets its user updated.
    void signInWithToken(const Profile &profile, const QString &token);
    // Forgets the token in the client; cancels any sign-in in flight.
    void signOut();
    // Stops a sign-in in progress (e.g. while the server keeps answering "busy"): the state
    // becomes Failed with a message that says so, and the same profile can be tried again.
    void cancelSignIn();

    // Adds `profile` to the ProfileStore and its token to the credential store. If the token
    // cannot be stored, the profile is removed again: nothing is kept, nothing in plain text.
    // `done` is called later (never before this returns), unless `context` is gone.
    void saveProfileWithToken(const Profile &profile, const QString &token, QObject *context,
                              SaveCallback done);

    // A sign-in's calls give up on an unreachable server sooner than other calls.
    static constexpr int signInAttemptTimeoutMs = 20000;
    static constexpr int signInTransportRetries = 2;

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    // The last sign-in failed because the server could not be reached (no answer, or a
    // timeout; or it was cancelled while waiting for one), not because it refused: what the
    // console last saw may still be shown.
    bool isUnreachable() const { return m_state == State::Failed && m_unreachable; }
    QString userId() const { return m_userId; }
    QString userDisplayName() const { return m_userName; }
    Profile profile() const { return m_profile; }
    // While signing in waits to resend a call: "server busy, retry 5 in 1 s"; else empty.
    QString retryNotice() const { return m_retryNotice; }

Q_SIGNALS:
    void stateChanged(Session::State state);
    void profileChanged(const Profile &profile);
    void retryNoticeChanged(const QString &notice);

private:
    void cancelInFlight();
    void begin(const Profile &profile);
    void checkToken(const QString &token);
    void onWhoami(const QJsonObject &result);
    void onDescribe(const QJsonObject &result);
    void onCallFailed(const ApiError &error);
    void startCall(const QString &subject, const QString &method,
                   void (Session::*onFinished)(const QJsonObject &));
    void fail(const QString &message, bool unreachable = false);
    void setState(State state, bool always = false); // `always`: a new error, same state
    void setRetryNotice(const QString &notice);
    void onProfilesChanged();
    QString serverText() const;
    QString profileText() const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ApiClient *m_client;
    LatestCall m_call { this };
    quint64 m_generation = 0; // bumped on every switch; stale answers compare unequal
    State m_state = State::SignedOut;
    Profile m_profile;
    bool m_profileIsStored = false; // false for an ephemeral profile
    bool m_unreachable = false;
    bool m_noAnswer = false; // the call being retried got no answer (network, timeout)
    QString m_error;
    QString m_userId;
    QString m_userName;
    QString m_retryNotice;
};
