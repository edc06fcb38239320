#include "ui/signin/ProfileFormDialog.h"

#include "models/signin/ProfileRules.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "ui/widgets/FieldErrorLabel.h"
#include "ui/widgets/WindowFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

// The error lines keep their room while empty: a message coming or going moves no field.
static FieldErrorLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new FieldErrorLabel(name, parent);
    label->setReservesSpace(true);
    return label;
}

ProfileFormDialog::ProfileFormDialog(ProfileStore *profiles, Session *session,
                                     const Profile &profile, const QString &token, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_session(session)
    , m_original(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_url(new QLineEdit(profile.serverUrl.toString(), this))
    , m_token(new QLineEdit(token, this))
    , m_nameError(errorLabel(this, QStringLiteral("nameError")))
    , m_urlError(errorLabel(this, QStringLiteral("serverUrlError")))
    , m_tokenError(errorLabel(this, QStringLiteral("tokenError")))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool isNew = profile.id.isEmpty();
    setWindowTitle(isNew ? tr("New profile") : tr("Edit profile %1").arg(profile.name));
    setObjectName(QStringLiteral("profileForm"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://api.dnanexus.com"));
    if (isNew && m_url->text().isEmpty())
        m_url->setText(QStringLiteral("https://api.dnanexus.com"));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(isNew ? tr("API token")
                                      : tr("leave empty to keep the stored token"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("API &server:"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_tokenError);

    auto *note
        = new QLabel(tr("The token is kept in the system keychain only, never in a file."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileFormDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &ProfileFormDialog::validate);
    connect(m_token, &QLineEdit::textChanged, this, &ProfileFormDialog::validate);
    for (QLineEdit *field : { m_name, m_url }) {
        connect(field, &QLineEdit::editingFinished, this, [this, field] {
            if (m_left.markLeft(field->objectName()))
                validate();
        });
    }
    validate();
    fitToScreen(this, QSize(520, sizeHint().height()));
    holdContentAt(this, 420); // no field is squeezed or error line cut when shrunk
}

ProfileFormDialog::~ProfileFormDialog()
{
    // ~QDialog hides the window, which takes the focus from a field: its editingFinished
    // must not reach a half-destroyed dialog.
    m_name->disconnect(this);
    m_url->disconnect(this);
}

void ProfileFormDialog::showProblem(FieldErrorLabel *label, const QString &message)
{
    label->setError(message);
}

void ProfileFormDialog::validate()
{
    const auto existing = m_profiles->profiles();
    const auto nameProblem
        = ProfileRules::checkName(m_name->text().trimmed(), m_original.id, existing);
    const auto urlProblem = ProfileRules::checkServerUrlText(m_url->text());
    // "Required" only for a field the user has left (or a tried save); the rest at once.
    const auto shown = [this](const QString &field, const auto &problem) {
        return problem
            ? m_left.shown(field, problem->message, problem->rule == ProfileRules::Rule::Required)
            : QString();
    };
    showProblem(m_nameError, shown(QStringLiteral("name"), nameProblem));
    showProblem(m_urlError, shown(QStringLiteral("serverUrl"), urlProblem));
    const bool needsToken = m_original.id.isEmpty();
    const bool tokenMissing = needsToken && m_token->text().trimmed().isEmpty();
    const bool tokenHasSpace = m_token->text().trimmed().contains(QLatin1Char(' '));
    showProblem(m_tokenError, tokenHasSpace ? tr("token: may not contain spaces") : QString());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !nameProblem && !urlProblem && !tokenMissing && !tokenHasSpace);
}

void ProfileFormDialog::submit()
{
    Profile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.serverUrl = ProfileRules::parseServerUrl(m_url->text());
    const QString token = m_token->text().trimmed();

    if (!profile.id.isEmpty() && token.isEmpty()) {
        const auto problems = m_profiles->update(profile);
        if (!problems.isEmpty()) {
            m_status->setText(problems.constFirst().message);
            return;
        }
        m_saved = profile;
        accept();
        return;
    }

    m_busy = true;
    validate();
    m_status->setText(tr("Storing the token in the keychain…"));
    if (!profile.id.isEmpty()) {
        // A new token for an existing profile: replace it in the keychain.
        m_profiles->update(profile);
        m_profiles->credentials()->write(profile.id, token, this,
                                         [this, profile](const CredentialResult &result) {
                                             m_busy = false;
                                             if (!result.ok()) {
                                                 m_status->setText(result.message);
                                                 validate();
                                                 return;
                                             }
                                             m_saved = profile;
                                             accept();
                                         });
        return;
    }
    m_session->saveProfileWithToken(profile, token, this, [this](const Session::SaveResult &r) {
        m_busy = false;
        if (!r.ok) {
            for (const auto &p : r.problems)
                showProblem(p.field == ProfileRules::Field::Name ? m_nameError : m_urlError,
                            p.message);
            m_status->setText(r.message);
            validate();
            return;
        }
        m_saved = r.profile;
        accept();
    });
}
