#pragma once

#include "models/signin/CredentialStore.h"
#include "models/signin/Profile.h"
#include "models/signin/ProfileRules.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

// The profiles, kept in QSettings (name, server URL, signed-in user; never the token, which
// lives in the CredentialStore under the profile's id), and which profile is current.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // `settings` is not owned; in the app it is QSettings("dxconsole", "dxconsole").
    ProfileStore(QSettings *settings, CredentialStore *credentials, QObject *parent = nullptr);
    // An INI file of its own (tests, or a relocated configuration).
    ProfileStore(const QString &settingsFile, CredentialStore *credentials,
                 QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> find(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // case-insensitive
    CredentialStore *credentials() const { return m_credentials; }
    // Where the profiles are kept; what is kept per profile besides (window sizes) goes there too.
    QSettings *settings() const { return m_settings; }

    // Validates with ProfileRules and stores. add() gives the profile a new id (written back
    // into `profile`). Returns the problems; nothing is stored when there are any.
    QList<ProfileRules::Problem> add(Profile &profile);
    QList<ProfileRules::Problem> update(const Profile &profile);
    // Removes the profile and its token. `done` (optional) reports the keychain's answer;
    // a token that was not there counts as removed. Returns false for an unknown id.
    bool remove(const QString &id, QObject *context = nullptr, CredentialStore::Callback done = {});

    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id); // empty: none; unknown ids are ignored

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const QString &id);

private:
    void write(const Profile &profile);

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    CredentialStore *m_credentials;
};
