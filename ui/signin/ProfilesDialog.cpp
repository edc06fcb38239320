#include "ui/signin/ProfilesDialog.h"

#include "models/signin/DxConfigImport.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "ui/signin/ProfileFormDialog.h"
#include "ui/widgets/SizeMemory.h"
#include "ui/widgets/WindowFit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, Session *session, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_session(session)
    , m_home(QDir::homePath())
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_switch(new QPushButton(tr("&Sign in"), this))
{
    setWindowTitle(tr("Profiles"));
    setObjectName(QStringLiteral("profilesDialog"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("add"));
    auto *import = new QPushButton(tr("&Import from dx configuration"), this);
    import->setObjectName(QStringLiteral("importDx"));
    import->setToolTip(tr("Reads ~/.dnanexus_config/environment.json (or $DX_USER_CONF_DIR) and "
                          "the DX_* environment variables; the token goes to the keychain."));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_switch->setObjectName(QStringLiteral("signIn"));
    m_switch->setDefault(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(import);
    buttons->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(import, &QPushButton::clicked, this, &ProfilesDialog::importFromDx);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_switch, &QPushButton::clicked, this, &ProfilesDialog::switchToSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ProfilesDialog::switchToSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);
    reload();
    fitToScreen(this, QSize(560, 320));
    // Before the first sign-in no profile is in use: the size is then kept for the current one.
    const QString profileId = m_session && !m_session->profile().id.isEmpty()
        ? m_session->profile().id
        : m_profiles->currentProfileId();
    SizeMemory::remember(this, m_profiles->settings(), SizeMemory::key(profileId, objectName()));
}

void ProfilesDialog::setEnvironment(const QProcessEnvironment &env, const QString &homeDir)
{
    m_env = env;
    m_home = homeDir;
}

void ProfilesDialog::setBuiltInProfile(const Profile &profile, std::function<void()> signIn)
{
    m_builtIn = profile;
    m_builtInSignIn = std::move(signIn);
    reload();
}

void ProfilesDialog::reload()
{
    const QString keep = selectedId();
    m_list->clear();
    QList<Profile> all = m_profiles->profiles();
    if (!m_builtIn.id.isEmpty())
        all.prepend(m_builtIn);
    const QString current = m_session->profile().id;
    for (const Profile &p : std::as_const(all)) {
        QString text = p.name + QStringLiteral("  —  ") + p.serverUrl.toString();
        const QString user = p.id == current && !m_session->userId().isEmpty()
            ? m_session->userDisplayName()
            : (p.userName.isEmpty() ? p.userId : p.userName);
        if (!user.isEmpty())
            text += QStringLiteral("  (") + user + QLatin1Char(')');
        if (isBuiltIn(p.id))
            text += tr("  · built in");
        if (p.id == current)
            text += tr("  · in use");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.id);
        if (isBuiltIn(p.id))
            item->setToolTip(tr("The local sandbox that runs inside dxconsole; it has no token "
                                "to edit and cannot be removed."));
        if (p.id == keep || (keep.isEmpty() && p.id == current))
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString ProfilesDialog::selectedId() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesDialog::updateButtons()
{
    const bool has = !selectedId().isEmpty();
    const bool builtIn = isBuiltIn(selectedId());
    m_edit->setEnabled(has && !builtIn);
    m_remove->setEnabled(has && !builtIn);
    m_switch->setEnabled(has);
}

void ProfilesDialog::addProfile()
{
    ProfileFormDialog form(m_profiles, m_session, Profile {}, QString(), this);
    if (form.exec() == QDialog::Accepted)
        m_status->setText(tr("Profile %1 saved.").arg(form.savedProfile().name));
}

void ProfilesDialog::editProfile()
{
    const auto profile = m_profiles->find(selectedId());
    if (!profile)
        return;
    ProfileFormDialog form(m_profiles, m_session, *profile, QString(), this);
    if (form.exec() == QDialog::Accepted)
        m_status->setText(tr("Profile %1 saved.").arg(form.savedProfile().name));
}

void ProfilesDialog::removeProfile()
{
    const auto profile = m_profiles->find(selectedId());
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove profile"),
        tr("Remove the profile %1 and delete its token from the keychain?").arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    const QString name = profile->name;
    m_profiles->remove(profile->id, this, [this, name](const CredentialResult &result) {
        m_status->setText(result.ok() ? tr("Profile %1 removed.").arg(name)
                                      : tr("Profile %1 removed, but its token could not be deleted "
                                           "from the keychain: %2")
                                            .arg(name, result.message));
    });
}

void ProfilesDialog::switchToSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (isBuiltIn(id)) {
        if (m_builtInSignIn)
            m_builtInSignIn();
    } else {
        m_session->signIn(id);
    }
    accept();
}

void ProfilesDialog::importFromDx()
{
    const DxConfigResult config = DxConfigImport::read(m_env, m_home);
    if (!config.ok()) {
        m_status->setText(
            tr("Cannot import from %1:\n%2").arg(config.configFile, config.errorText()));
        return;
    }
    Profile profile;
    profile.serverUrl = config.serverUrl;
    profile.name = DxConfigImport::suggestedProfileName(config, m_profiles->profiles());
    ProfileFormDialog form(m_profiles, m_session, profile, config.token, this);
    if (form.exec() == QDialog::Accepted)
        m_status->setText(
            tr("Imported %1 as profile %2.").arg(config.configFile, form.savedProfile().name));
}
