#pragma once

#include <QDialog>
#include <QJsonObject>

class ApiClient;
class DestroyForm;
class FormNote;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class RequestPreview;

// Destroys a project (/project-xxxx/destroy) after showing what will go and asking for its
// name to be typed. Explains the InvalidState refusals and offers their way out: retry with
// terminateJobs, or end the sponsorship. Binds to a DestroyForm; no network code here.
class DestroyDialog : public QDialog
{
    Q_OBJECT
public:
    // `describe`: the project's describe result with objects and permissions
    // (ProjectDetails::describe()).
    DestroyDialog(ApiClient *client, const QJsonObject &describe, QWidget *parent = nullptr);

    DestroyForm *form() const { return m_form; }

Q_SIGNALS:
    void projectDestroyed(const QString &projectId);
    // The sponsorship was ended from this dialog (the project's describe is stale).
    void projectChanged(const QString &projectId);

private:
    void refresh();
    void retryWithTerminateJobs();
    void onDestroyed(const QString &projectId);

    DestroyForm *m_form;
    QLabel *m_summary;
    QCheckBox *m_terminateJobs;
    FormNote *m_terminateJobsError;
    QLineEdit *m_confirmation;
    FormNote *m_confirmationNote;
    FormNote *m_serverError;
    FormNote *m_explanation;
    QPushButton *m_retry;
    QPushButton *m_endSponsorship;
    QProgressBar *m_busy;
    RequestPreview *m_preview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_destroy;
};
