#include "models/members/MembersForm.h"

#include "api/ApiClient.h"
#include "models/common/TypedConfirmation.h"
#include "models/members/MemberListModel.h"
#include "models/regions/BillToRules.h"

namespace {

const QString describeMethod = QStringLiteral("describe");

QJsonObject describeInput()
{
    QJsonObject fields;
    for (const char *field :
         { "id", "name", "region", "billTo", "level", "permissions", "pendingTransfer" })
        fields.insert(QLatin1String(field), true);
    return QJsonObject { { QStringLiteral("fields"), fields } };
}

} // namespace

MembersForm::MembersForm(ApiClient *client, const QJsonObject &describe,
                         const QString &currentUserId, const QList<BillToOption> &billTos,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_currentUserId(currentUserId)
    , m_billTos(billTos)
    , m_members(new MemberListModel(this))
    , m_lookup(new AccountLookup(client, this))
{
    for (const BillToOption &o : m_billTos)
        m_names.insert(o.id, o.name);
    m_members->setNames(m_names);
    connect(m_lookup, &AccountLookup::answered, this,
            [this](const QString &id, AccountLookup::Answer answer) {
                if (answer == AccountLookup::Answer::Found && !m_names.contains(id)) {
                    m_names.insert(id, m_lookup->nameOf(id));
                    m_members->setNames(m_names);
                }
                Q_EMIT changed();
            });
    m_lookupSoon.setSingleShot(true);
    m_lookupSoon.setInterval(300);
    connect(&m_lookupSoon, &QTimer::timeout, this,
            [this] { m_lookup->lookUp(m_invitee.trimmed()); });
    setDescribe(describe);
    m_acceptBillTo = BillToRules::preselectedBillTo(acceptOptions());
}

QList<MemberRules::InviteeSuggestion> MembersForm::inviteeSuggestions() const
{
    QStringList members;
    for (int r = 0; r < m_members->rowCount(); ++r)
        members << m_members->memberAt(r);
    return MemberRules::inviteeSuggestions(m_names, members);
}

QString MembersForm::projectId() const
{
    return m_describe.value(QLatin1String("id")).toString();
}

QString MembersForm::projectName() const
{
    return m_describe.value(QLatin1String("name")).toString();
}

QString MembersForm::region() const
{
    return m_describe.value(QLatin1String("region")).toString();
}

QString MembersForm::billTo() const
{
    return m_describe.value(QLatin1String("billTo")).toString();
}

QString MembersForm::callerLevel() const
{
    return m_describe.value(QLatin1String("level")).toString();
}

QString MembersForm::pendingTransfer() const
{
    return m_describe.value(QLatin1String("pendingTransfer")).toString();
}

void MembersForm::setDescribe(const QJsonObject &describe)
{
    // A refresh asks for a few fields only; the others of the first describe stay.
    for (auto it = describe.begin(); it != describe.end(); ++it)
        m_describe.insert(it.key(), it.value());
    m_members->setPermissions(m_describe.value(QLatin1String("permissions")).toObject());
    // The list shows names beside IDs: ask about the members the console does not know.
    for (int r = 0; r < m_members->rowCount(); ++r) {
        const QString member = m_members->memberAt(r);
        if (!m_names.contains(member))
            m_lookup->lookUp(member);
    }
}

void MembersForm::clearError()
{
    m_error = FormError();
    m_errorAction = Action::None;
    m_explanation.clear();
}

// MemberRules::Level changes
// ---------------------------------------------------------------------------

void MembersForm::setMemberLevel(const QString &member, MemberRules::Level level)
{
    m_members->setPendingLevel(member, level);
    Q_EMIT changed();
}

std::optional<MemberRules::Problem> MembersForm::changeProblem(const QString &member) const
{
    const MemberRules::Level from = m_members->serverLevel(member);
    const MemberRules::Level to = m_members->effectiveLevel(member);
    if (from == to)
        return std::nullopt;
    if (auto p = MemberRules::checkChange(from, to))
        return p;
    if (MemberRules::changeKind(from, to) == MemberRules::ChangeKind::Raise)
        return MemberRules::checkInvite(member, to);
    return std::nullopt;
}

QList<MemberRequest> MembersForm::changeRequests() const
{
    QList<MemberRequest> out;
    QJsonObject decrease;
    const auto pending = m_members->pending();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const MemberRules::Level from = m_members->serverLevel(it.key());
        switch (MemberRules::changeKind(from, it.value())) {
        case MemberRules::ChangeKind::Remove:
            decrease.insert(it.key(), QJsonValue::Null);
            break;
        case MemberRules::ChangeKind::Decrease:
            decrease.insert(it.key(), MemberRules::levelName(it.value()));
            break;
        case MemberRules::ChangeKind::Raise:
            out << MemberRequest { projectId(), QStringLiteral("invite"),
                                   QJsonObject { { QStringLiteral("invitee"), it.key() },
                                                 { QStringLiteral("level"),
                                                   MemberRules::levelName(it.value()) } } };
            break;
        case MemberRules::ChangeKind::None:
            break;
        }
    }
    // Lowering first: one call for every decrease and removal.
    if (!decrease.isEmpty())
        out.prepend(MemberRequest { projectId(), QStringLiteral("decreasePermissions"), decrease });
    return out;
}

bool MembersForm::canApplyChanges() const
{
    if (isBusy() || !m_members->hasPending())
        return false;
    const auto pending = m_members->pending();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (changeProblem(it.key()))
            return false;
    }
    return true;
}

void MembersForm::applyChanges()
{
    if (!canApplyChanges())
        return;
    QList<MemberRules::ChangeKind> kinds;
    const auto pending = m_members->pending();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        kinds << MemberRules::changeKind(m_members->serverLevel(it.key()), it.value());
    run(Action::Changes, changeRequests(), MemberRules::changeSummary(kinds));
}

void MembersForm::discardChanges()
{
    m_members->clearPending();
    Q_EMIT changed();
}

// Invite ----------------------------------------------------------------------------------

void MembersForm::setInvitee(const QString &invitee)
{
    if (invitee == m_invitee)
        return;
    m_invitee = invitee;
    if (!m_names.contains(invitee.trimmed()))
        m_lookupSoon.start();
    Q_EMIT changed();
}

void MembersForm::setInviteLevel(MemberRules::Level level)
{
    if (level == m_inviteLevel)
        return;
    m_inviteLevel = level;
    Q_EMIT changed();
}

void MembersForm::setNotify(bool notify)
{
    if (notify == m_notify)
        return;
    m_notify = notify;
    Q_EMIT changed();
}

std::optional<MemberRules::Problem> MembersForm::inviteProblem() const
{
    if (auto p = MemberRules::checkInvite(m_invitee, m_inviteLevel))
        return p;
    if (inviteeAnswer() != AccountLookup::Answer::Unknown)
        return std::nullopt;
    const QString id = m_invitee.trimmed();
    const bool org = MemberRules::inviteeKind(id) == MemberRules::InviteeKind::Org;
    return MemberRules::Problem {
        MemberRules::Rule::UnknownAccount,
        org ? tr("invitee: the server knows no org %1; check the ID").arg(id)
            : tr("invitee: the server knows no user %1; check the ID").arg(id)
    };
}

AccountLookup::Answer MembersForm::inviteeAnswer() const
{
    return m_lookup->answer(m_invitee.trimmed());
}

MemberRequest MembersForm::inviteRequest() const
{
    QJsonObject input { { QStringLiteral("invitee"), m_invitee.trimmed() },
                        { QStringLiteral("level"), MemberRules::levelName(m_inviteLevel) } };
    // Only sent when it differs from the server's default (notify).
    if (!m_notify)
        input.insert(QStringLiteral("suppressEmailNotification"), true);
    return MemberRequest { projectId(), QStringLiteral("invite"), input };
}

void MembersForm::invite()
{
    if (isBusy() || inviteProblem())
        return;
    run(Action::Invite, { inviteRequest() },
        MemberRules::inviteOutcome(m_invitee, m_inviteLevel, QString()));
}

// Leave -----------------------------------------------------------------------------------

bool MembersForm::canLeave() const
{
    return leaveProblem().isEmpty();
}

QString MembersForm::leaveProblem() const
{
    if (m_currentUserId.isEmpty() || m_members->rowOf(m_currentUserId) >= 0)
        return {};
    return tr("You have no grant of your own on this project (your access comes from an org or "
              "PUBLIC), so there is nothing to leave.");
}

MemberRequest MembersForm::leaveRequest() const
{
    return MemberRequest { projectId(), QStringLiteral("leave"), QJsonObject() };
}

void MembersForm::leave()
{
    if (isBusy() || !canLeave())
        return;
    run(Action::Leave, { leaveRequest() }, tr("You left the project."));
}

// Transfer --------------------------------------------------------------------------------

void MembersForm::setTransferTarget(const QString &target)
{
    if (target == m_transferTarget)
        return;
    m_transferTarget = target;
    Q_EMIT changed();
}

void MembersForm::setTransferConfirmation(const QString &typed)
{
    if (typed == m_transferConfirmation)
        return;
    m_transferConfirmation = typed;
    Q_EMIT changed();
}

std::optional<MemberRules::Problem> MembersForm::transferProblem() const
{
    return MemberRules::checkTransferTarget(m_transferTarget);
}

QString MembersForm::transferConfirmationProblem() const
{
    return TypedConfirmation::problem(m_transferConfirmation, projectName());
}

bool MembersForm::canTransfer() const
{
    return !isBusy() && !transferProblem() && transferConfirmationProblem().isEmpty();
}

MemberRequest MembersForm::transferRequest() const
{
    return MemberRequest { projectId(), QStringLiteral("transfer"),
                           QJsonObject {
                               { QStringLiteral("invitee"), m_transferTarget.trimmed() } } };
}

void MembersForm::transfer()
{
    if (!canTransfer())
        return;
    run(Action::Transfer, { transferRequest() },
        tr("Transfer offered to %1; it is pending until they accept it.")
            .arg(m_transferTarget.trimmed()));
}

// Accept a transfer -----------------------------------------------------------------------

QList<BillToOption> MembersForm::acceptOptions(const QList<BillToOption> &options,
                                               const QString &region)
{
    return BillToRules::forProjectRegion(options, region);
}

void MembersForm::setAcceptBillTo(const QString &billTo)
{
    if (billTo == m_acceptBillTo)
        return;
    m_acceptBillTo = billTo;
    Q_EMIT changed();
}

QString MembersForm::acceptProblem() const
{
    const QString to = pendingTransfer();
    if (to.isEmpty())
        return tr("No transfer of this project is pending.");
    if (to.startsWith(QLatin1String("user-")) && !m_currentUserId.isEmpty()
        && to != m_currentUserId)
        return tr("The transfer is offered to %1; only they can accept it.").arg(to);
    if (m_acceptBillTo.isEmpty())
        return tr("billTo: choose who pays for the project from now on.");
    for (const BillToOption &option : acceptOptions()) {
        if (option.id == m_acceptBillTo)
            return option.enabled ? QString() : QStringLiteral("billTo: ") + option.disabledReason;
    }
    return tr("billTo: %1 is not one of your billTo options.").arg(m_acceptBillTo);
}

MemberRequest MembersForm::acceptRequest() const
{
    QJsonObject input;
    if (!m_acceptBillTo.isEmpty())
        input.insert(QStringLiteral("billTo"), m_acceptBillTo);
    return MemberRequest { projectId(), QStringLiteral("acceptTransfer"), input };
}

void MembersForm::acceptTransfer()
{
    if (isBusy() || !acceptProblem().isEmpty())
        return;
    run(Action::AcceptTransfer, { acceptRequest() },
        tr("Transfer accepted; the project is now billed to %1.").arg(m_acceptBillTo));
}

// Calls -----------------------------------------------------------------------------------

void MembersForm::refresh()
{
    if (isBusy())
        return;
    run(Action::Refresh, {}, QString());
}

void MembersForm::run(Action action, QList<MemberRequest> queue, const QString &doneText)
{
    clearError();
    m_lastResult.clear();
    m_busyAction = action;
    m_doneText = doneText;
    // Every change ends with a describe so that the table shows what the server now holds;
    // after leaving, the caller may no longer see the project.
    if (action != Action::Leave)
        queue << MemberRequest { projectId(), describeMethod, describeInput() };
    m_queue = queue;
    Q_EMIT busyChanged(true);
    sendNext();
}

void MembersForm::sendNext()
{
    if (m_queue.isEmpty()) {
        const Action done = m_busyAction;
        m_busyAction = Action::None;
        if (m_errorAction == Action::None)
            m_lastResult = m_doneText;
        Q_EMIT busyChanged(false);
        Q_EMIT changed();
        if (done == Action::Leave && m_errorAction == Action::None)
            Q_EMIT projectLeft(projectId());
        else if (done != Action::Refresh && done != Action::None)
            Q_EMIT projectChanged(projectId());
        return;
    }
    const MemberRequest next = m_queue.takeFirst();
    const bool isDescribe = next.method == describeMethod;
    const bool isInvite = m_busyAction == Action::Invite && next.method == QLatin1String("invite");
    m_call.start(
        m_client->call(next.subject, next.method, next.input),
        [this, isDescribe, isInvite, invitee = m_invitee,
         level = m_inviteLevel](const QJsonObject &result) {
            if (isDescribe)
                setDescribe(result);
            else if (isInvite) // an e-mail invitation may be pending rather than granted
                m_doneText = MemberRules::inviteOutcome(
                    invitee, level, result.value(QLatin1String("state")).toString());
            sendNext();
        },
        [this](const ApiError &error) { onFailed(error); });
    Q_EMIT changed();
}

QStringList MembersForm::errorFields(Action action) const
{
    switch (action) {
    case Action::Invite:
        return { QStringLiteral("invitee"), QStringLiteral("level"),
                 QStringLiteral("suppressEmailNotification") };
    case Action::Changes: {
        QStringList members;
        for (int row = 0; row < m_members->rowCount(); ++row)
            members << m_members->memberAt(row);
        return members;
    }
    case Action::Transfer:
        return { QStringLiteral("invitee") };
    case Action::AcceptTransfer:
        return { QStringLiteral("billTo") };
    default:
        return {};
    }
}

void MembersForm::onFailed(const ApiError &error)
{
    const bool wasRefresh = m_queue.isEmpty(); // the describe is always last
    const Action action = m_busyAction;
    m_queue.clear();
    if (m_errorAction == Action::None) {
        m_errorAction = wasRefresh && action != Action::Refresh ? Action::Refresh : action;
        m_error = FieldErrors::fromApiError(error, errorFields(m_errorAction));
        const QString level = callerLevel().isEmpty() ? tr("not known") : callerLevel();
        if (error.type == ApiError::Type::PermissionDenied) {
            switch (action) {
            case Action::Invite:
            case Action::Changes:
                m_explanation = tr("Inviting members and changing other members' levels needs "
                                   "ADMINISTER access to the project; your level is %1.")
                                    .arg(level);
                break;
            case Action::Transfer:
                m_explanation = tr("Transferring the project needs ADMINISTER access; your "
                                   "level is %1.")
                                    .arg(level);
                break;
            case Action::AcceptTransfer:
                m_explanation = tr("Only the user the project is offered to, or an ADMIN of the "
                                   "org it is offered to, can accept; the billTo must be you or "
                                   "an org in which you may bill.");
                break;
            default:
                break;
            }
        } else if (error.type == ApiError::Type::ResourceNotFound && action == Action::Invite) {
            m_explanation = tr("The server knows no such user, org or e-mail address.");
        }
        Q_EMIT failed(m_errorAction, m_error);
    }
    if (action == Action::Changes && !wasRefresh) {
        // Some changes may have gone through before the refusal: show the server's state.
        m_queue << MemberRequest { projectId(), describeMethod, describeInput() };
        sendNext();
        return;
    }
    m_busyAction = Action::None;
    Q_EMIT busyChanged(false);
    Q_EMIT changed();
}
