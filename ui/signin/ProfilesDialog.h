#pragma once

#include "models/signin/Profile.h"

#include <QDialog>
#include <QProcessEnvironment>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class ProfileStore;
class Session;

// Manage profiles: add, edit, remove, import from the dx command-line configuration, and
// switch to one.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore *profiles, Session *session, QWidget *parent = nullptr);

    // Where "Import from dx configuration" looks (tests point it elsewhere).
    void setEnvironment(const QProcessEnvironment &env, const QString &homeDir);
    void importFromDx();
    // A profile that is not in the store (the embedded sandbox's): listed first like any
    // other, signed in with `signIn`; it cannot be edited or removed.
    void setBuiltInProfile(const Profile &profile, std::function<void()> signIn);

private:
    void reload();
    QString selectedId() const;
    void addProfile();
    void editProfile();
    void removeProfile();
    void switchToSelected();
    void updateButtons();
    bool isBuiltIn(const QString &id) const { return !id.isEmpty() && id == m_builtIn.id; }

    ProfileStore *m_profiles;
    Session *m_session;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_home;
    Profile m_builtIn;
    std::function<void()> m_builtInSignIn;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_switch;
};
