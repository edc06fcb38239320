#pragma once

#include "models/regions/BillToOption.h"

#include <QDialog>
#include <QJsonObject>

class ApiClient;
class BillToPicker;
class FormNote;
class MembersForm;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QWidget;
class RequestPreview;
class WorldMapWidget;

// A project's members: change a member's level or remove them, invite, leave, transfer the
// project and accept a pending transfer. Binds to a MembersForm; no network code here.
class MembersDialog : public QDialog
{
    Q_OBJECT
public:
    void reject() override; // asks before edits are lost
    enum Tab { MembersTab, InviteTab, TransferTab };

    // `describe`: the project's describe result with permissions (ProjectDetails::describe()).
    // `currentUserId`: the signed-in user ("user-alice"), empty if not known.
    // `billTos`: the user's billTo options (BillToRules::options), for accepting a transfer.
    MembersDialog(ApiClient *client, const QJsonObject &describe, const QString &currentUserId,
                  const QList<BillToOption> &billTos, QWidget *parent = nullptr);

    MembersForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void projectChanged(const QString &projectId);
    void projectLeft(const QString &projectId);

private:
    enum class Preview { Changes, Leave, Invite, Transfer, Accept };

    QWidget *buildMembersTab();
    QWidget *buildInviteTab();
    void refreshSuggestions();
    QWidget *buildTransferTab();
    void refresh();
    void refreshPreview();
    void syncLevelCombo();
    void onLevelChosen(int index);
    QString selectedMember() const;
    void setPreview(Preview preview);

    MembersForm *m_form;
    QTabWidget *m_tabs;
    Preview m_preview = Preview::Changes;
    // Members tab
    QTableView *m_table;
    QComboBox *m_levelCombo;
    FormNote *m_changeError;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QPushButton *m_leave;
    QWidget *m_leaveConfirm;
    QPushButton *m_leaveYes;
    QPushButton *m_leaveNo;
    FormNote *m_leaveNote;
    // Invite tab
    QLineEdit *m_invitee;
    QStandardItemModel *m_suggestions = nullptr; // the invitee's completions
    QStringList m_suggested; // their IDs, to rebuild only when they change
    QLabel *m_inviteeKind;
    FormNote *m_inviteError;
    QComboBox *m_inviteLevel;
    QCheckBox *m_notify;
    QPushButton *m_inviteButton;
    // Transfer tab
    QLabel *m_pending;
    QLineEdit *m_transferTarget;
    FormNote *m_transferError;
    QLineEdit *m_transferConfirm;
    FormNote *m_transferConfirmNote;
    QPushButton *m_transferButton;
    BillToPicker *m_acceptPicker;
    WorldMapWidget *m_acceptMap;
    FormNote *m_acceptError;
    QPushButton *m_acceptButton;
    // Shared
    FormNote *m_result;
    FormNote *m_serverError;
    FormNote *m_explanation;
    RequestPreview *m_requestPreview;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
};
