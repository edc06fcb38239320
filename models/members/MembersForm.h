#pragma once

#include "models/common/FieldErrors.h"
#include "models/common/LatestCall.h"
#include "models/members/AccountLookup.h"
#include "models/members/MemberRules.h"
#include "models/regions/BillToOption.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

class ApiClient;
class MemberListModel;

// One request the members form will send.
struct MemberRequest
{
    QString subject; // "project-xxxx"
    QString method; // "invite", "decreasePermissions"...
    QJsonObject input;

    QString route() const { return QLatin1Char('/') + subject + QLatin1Char('/') + method; }
};

// The state behind the members dialog: the members and their pending level changes
// (decreasePermissions to lower or remove, invite to raise), invite, leave, transfer and
// accepting a pending transfer. Every action is checked with MemberRules first; after each
// success the project is described again so that the table shows the server's state.
class MembersForm : public QObject
{
    Q_OBJECT
public:
    enum class Action { None, Changes, Invite, Leave, Transfer, AcceptTransfer, Refresh };
    Q_ENUM(Action)

    // `describe`: the project's describe result with permissions (id, name, region, billTo,
    // level, pendingTransfer are used too). `currentUserId` ("user-alice") tells whether the
    // caller has a grant of their own to leave; empty: not known, the server decides.
    // `billTos`: the caller's billTo options (BillToRules::options) for accepting a transfer.
    MembersForm(ApiClient *client, const QJsonObject &describe, const QString &currentUserId,
                const QList<BillToOption> &billTos, QObject *parent = nullptr);

    MemberListModel *members() const { return m_members; }
    // The accounts the console knows, ID to name: the user, their orgs, and every member or
    // invitee the server was asked about (AccountLookup).
    const QHash<QString, QString> &knownNames() const { return m_names; }
    // What the invitee field offers: known accounts that are not members yet, and PUBLIC.
    QList<MemberRules::InviteeSuggestion> inviteeSuggestions() const;
    QString projectId() const;
    QString projectName() const;
    QString region() const;
    QString billTo() const;
    QString callerLevel() const; // describe "level"
    QString pendingTransfer() const; // empty when none
    QString currentUserId() const { return m_currentUserId; }

    // Level changes.
    void setMemberLevel(const QString &member, MemberRules::Level level); // None removes
    std::optional<MemberRules::Problem> changeProblem(const QString &member) const;
    QList<MemberRequest> changeRequests() const;
    bool canApplyChanges() const;
    void applyChanges();
    void discardChanges();

    // Invite.
    QString invitee() const { return m_invitee; }
    MemberRules::Level inviteLevel() const { return m_inviteLevel; }
    bool notify() const { return m_notify; }
    void setInvitee(const QString &invitee);
    void setInviteLevel(MemberRules::Level level);
    void setNotify(bool notify);
    std::optional<MemberRules::Problem> inviteProblem() const;
    // What the server said of the invitee's ID so far (asked a moment after typing stops).
    AccountLookup::Answer inviteeAnswer() const;
    AccountLookup *lookup() const { return m_lookup; }
    MemberRequest inviteRequest() const;
    void invite();

    // Leave.
    bool canLeave() const;
    QString leaveProblem() const; // why leaving is not offered; empty when it is
    MemberRequest leaveRequest() const;
    void leave();

    // Transfer to another user or org, confirmed by typing the project's name.
    QString transferTarget() const { return m_transferTarget; }
    void setTransferTarget(const QString &target);
    void setTransferConfirmation(const QString &typed);
    QString transferConfirmation() const { return m_transferConfirmation; }
    std::optional<MemberRules::Problem> transferProblem() const;
    QString transferConfirmationProblem() const;
    bool canTransfer() const;
    MemberRequest transferRequest() const;
    void transfer();

    // Accept a pending transfer, billed to an option that permits the project's region.
    static QList<BillToOption> acceptOptions(const QList<BillToOption> &options,
                                             const QString &region);
    QList<BillToOption> acceptOptions() const { return acceptOptions(m_billTos, region()); }
    QString acceptBillTo() const { return m_acceptBillTo; }
    void setAcceptBillTo(const QString &billTo);
    QString acceptProblem() const;
    MemberRequest acceptRequest() const;
    void acceptTransfer();

    // The describe again (permissions, pendingTransfer...).
    void refresh();

    bool isBusy() const { return m_call.isActive(); }
    Action busyAction() const { return m_busyAction; }
    FormError serverError() const { return m_error; }
    Action errorAction() const { return m_errorAction; }
    QString explanation() const { return m_explanation; }
    QString lastResult() const { return m_lastResult; } // what the last success did
    QJsonObject describe() const { return m_describe; }

Q_SIGNALS:
    void changed();
    void busyChanged(bool busy);
    void projectChanged(const QString &projectId);
    void projectLeft(const QString &projectId);
    void failed(MembersForm::Action action, const FormError &error);

private:
    void run(Action action, QList<MemberRequest> queue, const QString &doneText);
    void sendNext();
    void onFailed(const ApiError &error);
    void setDescribe(const QJsonObject &describe);
    QStringList errorFields(Action action) const;
    void clearError();

    ApiClient *m_client;
    QJsonObject m_describe;
    QString m_currentUserId;
    QList<BillToOption> m_billTos;
    QHash<QString, QString> m_names; // from m_billTos and the lookup: ID to name
    MemberListModel *m_members;
    AccountLookup *m_lookup;
    QTimer m_lookupSoon; // the invitee is asked about once typing pauses
    QString m_invitee;
    MemberRules::Level m_inviteLevel = MemberRules::Level::View;
    bool m_notify = true;
    QString m_transferTarget;
    QString m_transferConfirmation;
    QString m_acceptBillTo;

    LatestCall m_call { this };
    QList<MemberRequest> m_queue;
    Action m_busyAction = Action::None;
    QString m_doneText;
    FormError m_error;
    Action m_errorAction = Action::None;
    QString m_explanation;
    QString m_lastResult;
};
