#pragma once

#include <QDialog>
#include <QProcessEnvironment>

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

private:
    void reload();
    QString selectedId() const;
    void addProfile();
    void editProfile();
    void removeProfile();
    void switchToSelected();
    void updateButtons();

    ProfileStore *m_profiles;
    Session *m_session;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_home;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_switch;
};
