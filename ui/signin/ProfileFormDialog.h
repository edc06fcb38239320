#pragma once

#include "models/common/LeftFields.h"
#include "models/signin/Profile.h"

#include <QDialog>

class FieldErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Session;
class ProfileStore;

// Add or edit a profile. The token field is a password field; the token goes straight to the
// keychain through Session::saveProfileWithToken and is never kept by this dialog.
class ProfileFormDialog : public QDialog
{
    Q_OBJECT
public:
    // `profile` empty: a new profile. `token` prefills the token field (dx import).
    ProfileFormDialog(ProfileStore *profiles, Session *session, const Profile &profile,
                      const QString &token, QWidget *parent = nullptr);
    ~ProfileFormDialog() override;

    Profile savedProfile() const { return m_saved; }

private:
    void validate();
    void submit();
    void showProblem(FieldErrorLabel *label, const QString &message);

    ProfileStore *m_profiles;
    Session *m_session;
    Profile m_original;
    LeftFields m_left; // the fields left once: "required" shows for them
    Profile m_saved;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_urlError;
    FieldErrorLabel *m_tokenError;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
