#include "models/signin/ProfileStore.h"

#include <QSettings>
#include <QUuid>
#include <algorithm>

namespace {
const QString profilesGroup = QStringLiteral("profiles");
const QString currentKey = QStringLiteral("currentProfile");

QString keyOf(const QString &id, const QString &field)
{
    return profilesGroup + QLatin1Char('/') + id + QLatin1Char('/') + field;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
{ }

ProfileStore::ProfileStore(const QString &settingsFile, CredentialStore *credentials,
                           QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
    , m_credentials(credentials)
{ }

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString &id : ids) {
        if (auto profile = find(id))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    if (id.isEmpty() || !m_settings->contains(keyOf(id, QStringLiteral("name"))))
        return std::nullopt;
    Profile p;
    p.id = id;
    p.name = m_settings->value(keyOf(id, QStringLiteral("name"))).toString();
    p.serverUrl = QUrl(m_settings->value(keyOf(id, QStringLiteral("serverUrl"))).toString(),
                       QUrl::StrictMode);
    p.userId = m_settings->value(keyOf(id, QStringLiteral("userId"))).toString();
    p.userName = m_settings->value(keyOf(id, QStringLiteral("userName"))).toString();
    return p;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Profile &p : profiles()) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QList<ProfileRules::Problem> ProfileStore::add(Profile &profile)
{
    Profile candidate = profile;
    candidate.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    candidate.name = candidate.name.trimmed();
    const QList<ProfileRules::Problem> problems = ProfileRules::validate(candidate, profiles());
    if (!problems.isEmpty())
        return problems;
    write(candidate);
    profile = candidate;
    Q_EMIT profilesChanged();
    return {};
}

QList<ProfileRules::Problem> ProfileStore::update(const Profile &profile)
{
    Profile candidate = profile;
    candidate.name = candidate.name.trimmed();
    const QList<ProfileRules::Problem> problems = ProfileRules::validate(candidate, profiles());
    if (!problems.isEmpty())
        return problems;
    if (!find(candidate.id))
        return { ProfileRules::Problem { ProfileRules::Field::Name,
                                         ProfileRules::Rule::UnknownProfile,
                                         QStringLiteral("This profile no longer exists.") } };
    write(candidate);
    Q_EMIT profilesChanged();
    return {};
}

bool ProfileStore::remove(const QString &id, QObject *context, CredentialStore::Callback done)
{
    if (!find(id))
        return false;
    const bool wasCurrent = currentProfileId() == id;
    m_settings->remove(profilesGroup + QLatin1Char('/') + id);
    if (wasCurrent)
        m_settings->remove(currentKey);
    m_settings->sync();
    m_credentials->remove(id, context ? context : this, [done](const CredentialResult &result) {
        if (!done)
            return;
        // The goal is "no token for this profile": an entry that was never there is fine.
        done(result.status == CredentialResult::Status::NotFound ? CredentialResult::success()
                                                                 : result);
    });
    Q_EMIT profilesChanged();
    if (wasCurrent)
        Q_EMIT currentChanged(QString());
    return true;
}

QString ProfileStore::currentProfileId() const
{
    const QString id = m_settings->value(currentKey).toString();
    return find(id) ? id : QString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    if (!id.isEmpty() && !find(id))
        return;
    if (id == currentProfileId())
        return;
    if (id.isEmpty())
        m_settings->remove(currentKey);
    else
        m_settings->setValue(currentKey, id);
    m_settings->sync();
    Q_EMIT currentChanged(id);
}

void ProfileStore::write(const Profile &profile)
{
    m_settings->setValue(keyOf(profile.id, QStringLiteral("name")), profile.name);
    m_settings->setValue(keyOf(profile.id, QStringLiteral("serverUrl")),
                         profile.serverUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(keyOf(profile.id, QStringLiteral("userId")), profile.userId);
    m_settings->setValue(keyOf(profile.id, QStringLiteral("userName")), profile.userName);
    m_settings->sync();
}
