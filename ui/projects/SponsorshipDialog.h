#pragma once

#include <QDialog>
#include <QJsonObject>

class ApiClient;
class FormNote;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QTableWidget;
class RequestPreview;
class SponsorshipForm;

// Sets or ends a project's storage sponsorship and its total sponsored egress
// (/project-xxxx/updateSponsorship). Binds to a SponsorshipForm; no network code here.
class SponsorshipDialog : public QDialog
{
    Q_OBJECT
public:
    // `describe`: the project's describe result (ProjectDetails::describe()).
    SponsorshipDialog(ApiClient *client, const QJsonObject &describe, QWidget *parent = nullptr);

    SponsorshipForm *form() const { return m_form; }
    void reject() override; // asks before edits are lost; stops a call in flight

Q_SIGNALS:
    void projectChanged(const QString &projectId);

private:
    void refresh();
    void pushUntilChoice();
    void pushEgress();
    void onSucceeded(const QString &projectId);

    SponsorshipForm *m_form;
    QLabel *m_current;
    QButtonGroup *m_untilGroup;
    QRadioButton *m_keep;
    QRadioButton *m_set;
    QRadioButton *m_endNow;
    QDateTimeEdit *m_until;
    FormNote *m_untilError;
    FormNote *m_untilWarning;
    QLabel *m_egressCurrent;
    QCheckBox *m_egressEnabled;
    QLineEdit *m_egressNumber;
    QComboBox *m_egressUnit;
    QLabel *m_egressExact;
    FormNote *m_egressError;
    FormNote *m_egressWarning;
    FormNote *m_serverError;
    FormNote *m_explanation;
    QTableWidget *m_alreadySponsored;
    QProgressBar *m_busy;
    RequestPreview *m_preview;
    QDialogButtonBox *m_buttons;
};
