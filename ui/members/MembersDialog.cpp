#include "ui/members/MembersDialog.h"

#include "models/members/MemberListModel.h"
#include "models/members/MembersForm.h"
#include "models/regions/BillToRules.h"
#include "models/regions/RegionCatalog.h"
#include "ui/regions/BillToPicker.h"
#include "ui/widgets/DiscardChanges.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"
#include "ui/widgets/WindowFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

MembersDialog::MembersDialog(ApiClient *client, const QJsonObject &describe,
                             const QString &currentUserId, const QList<BillToOption> &billTos,
                             QWidget *parent)
    : QDialog(parent)
    , m_form(new MembersForm(client, describe, currentUserId, billTos, this))
    , m_tabs(new QTabWidget(this))
    , m_result(new FormNote(FormNote::Kind::Info, QStringLiteral("result"), this))
    , m_serverError(new FormNote(FormNote::Kind::Error, QStringLiteral("serverError"), this))
    , m_explanation(new FormNote(FormNote::Kind::Info, QStringLiteral("explanation"), this))
    , m_requestPreview(new RequestPreview(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("membersDialog"));
    setWindowTitle(tr("Members of %1").arg(m_form->projectName()));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    // Each page scrolls on a small screen: the tallest (Transfer, with its billTo picker) would
    // otherwise make the whole dialog taller than a laptop's screen.
    m_tabs->addTab(scrolling(buildMembersTab(), QStringLiteral("membersPage")), tr("&Members"));
    m_tabs->addTab(scrolling(buildInviteTab(), QStringLiteral("invitePage")), tr("In&vite"));
    m_tabs->addTab(scrolling(buildTransferTab(), QStringLiteral("transferPage")), tr("T&ransfer"));
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("close"));

    RegionCatalog catalog;
    catalog.add(m_form->region());
    m_acceptPicker->setCatalog(catalog);
    m_acceptPicker->setOptions(m_form->acceptOptions(), m_form->acceptBillTo());
    m_form->setAcceptBillTo(m_acceptPicker->currentBillTo());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_serverError);
    layout->addWidget(m_explanation);
    layout->addWidget(m_requestPreview);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    // Members tab
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { syncLevelCombo(); });
    connect(m_levelCombo, &QComboBox::activated, this, &MembersDialog::onLevelChosen);
    connect(m_apply, &QPushButton::clicked, m_form, &MembersForm::applyChanges);
    connect(m_discard, &QPushButton::clicked, m_form, &MembersForm::discardChanges);
    connect(m_leave, &QPushButton::clicked, this, [this] {
        m_leaveConfirm->show();
        setPreview(Preview::Leave);
    });
    connect(m_leaveNo, &QPushButton::clicked, this, [this] {
        m_leaveConfirm->hide();
        setPreview(Preview::Changes);
    });
    connect(m_leaveYes, &QPushButton::clicked, m_form, &MembersForm::leave);
    // Invite tab
    connect(m_invitee, &QLineEdit::textChanged, m_form, &MembersForm::setInvitee);
    connect(m_inviteLevel, &QComboBox::currentTextChanged, this, [this](const QString &level) {
        m_form->setInviteLevel(MemberRules::parseLevel(level).value_or(MemberRules::Level::View));
    });
    connect(m_notify, &QCheckBox::toggled, m_form, &MembersForm::setNotify);
    connect(m_inviteButton, &QPushButton::clicked, m_form, &MembersForm::invite);
    connect(m_invitee, &QLineEdit::returnPressed, m_form, &MembersForm::invite);
    // Transfer tab
    connect(m_transferTarget, &QLineEdit::textChanged, this, [this](const QString &text) {
        setPreview(Preview::Transfer);
        m_form->setTransferTarget(text);
    });
    connect(m_transferConfirm, &QLineEdit::textChanged, this, [this](const QString &text) {
        setPreview(Preview::Transfer);
        m_form->setTransferConfirmation(text);
    });
    connect(m_transferButton, &QPushButton::clicked, m_form, &MembersForm::transfer);
    connect(m_acceptPicker, &BillToPicker::billToChanged, this, [this](const QString &billTo) {
        setPreview(Preview::Accept);
        m_form->setAcceptBillTo(billTo);
    });
    connect(m_acceptButton, &QPushButton::clicked, m_form, &MembersForm::acceptTransfer);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == MembersTab)
            setPreview(m_leaveConfirm->isVisible() ? Preview::Leave : Preview::Changes);
        else if (tab == InviteTab)
            setPreview(Preview::Invite);
        else
            setPreview(m_form->acceptProblem().isEmpty() ? Preview::Accept : Preview::Transfer);
    });

    connect(m_form, &MembersForm::changed, this, &MembersDialog::refresh);
    connect(m_form, &MembersForm::projectChanged, this, &MembersDialog::projectChanged);
    connect(m_form, &MembersForm::projectLeft, this, [this](const QString &projectId) {
        Q_EMIT projectLeft(projectId);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_form->members()->rowCount() > 0)
        m_table->selectRow(0);
    refresh();
    holdContentAt(this, 560); // the tab bar and its rows keep their room when shrunk
    fitToScreen(this, QSize(640, 620));
}

QString MembersDialog::selectedMember() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_form->members()->memberAt(current.row()) : QString();
}

void MembersDialog::syncLevelCombo()
{
    const QString member = selectedMember();
    m_levelCombo->setEnabled(!member.isEmpty() && !m_form->isBusy());
    if (member.isEmpty())
        return;
    const QString level = MemberRules::levelName(m_form->members()->effectiveLevel(member));
    m_levelCombo->setCurrentIndex(m_levelCombo->findData(level));
}

void MembersDialog::onLevelChosen(int index)
{
    const QString member = selectedMember();
    if (member.isEmpty())
        return;
    const QString level = m_levelCombo->itemData(index).toString();
    setPreview(Preview::Changes);
    m_form->setMemberLevel(member,
                           MemberRules::parseLevel(level).value_or(MemberRules::Level::None));
}

void MembersDialog::setPreview(Preview preview)
{
    m_preview = preview;
    refreshPreview();
}

void MembersDialog::refreshPreview()
{
    const auto show = [this](const QList<MemberRequest> &requests) {
        QList<PreviewRequest> out;
        for (const MemberRequest &r : requests)
            out << PreviewRequest { r.route(), r.input };
        m_requestPreview->setRequests(out);
    };
    switch (m_preview) {
    case Preview::Changes:
        if (m_form->members()->hasPending())
            show(m_form->changeRequests());
        else
            m_requestPreview->setPlaceholder(tr("No level changes yet: select a member and "
                                                "choose a level."));
        break;
    case Preview::Leave:
        show({ m_form->leaveRequest() });
        break;
    case Preview::Invite:
        show({ m_form->inviteRequest() });
        break;
    case Preview::Transfer:
        show({ m_form->transferRequest() });
        break;
    case Preview::Accept:
        show({ m_form->acceptRequest() });
        break;
    }
}

void MembersDialog::refresh()
{
    using Action = MembersForm::Action;
    const bool busy = m_form->isBusy();
    const FormError error = m_form->serverError();
    const Action errorAction = m_form->errorAction();
    const auto errorFor = [&](Action action) {
        return errorAction == action && error.hasField() ? error.message : QString();
    };

    // Members tab
    syncLevelCombo();
    const QString member = selectedMember();
    QString changeProblem;
    if (!member.isEmpty()) {
        if (auto p = m_form->changeProblem(member))
            changeProblem = p->message;
    }
    QString changeServer = errorFor(Action::Changes);
    if (!changeServer.isEmpty())
        changeServer = error.field + QStringLiteral(": ") + changeServer;
    m_changeError->setMessage(changeProblem.isEmpty() ? changeServer : changeProblem);
    m_apply->setEnabled(m_form->canApplyChanges());
    m_discard->setEnabled(!busy && m_form->members()->hasPending());
    m_leave->setEnabled(!busy && m_form->canLeave());
    m_leaveNote->setMessage(m_form->leaveProblem());
    m_leaveYes->setEnabled(!busy && m_form->canLeave());

    // Invite tab
    static const QStringList kinds { QString(), tr("A user"), tr("An organization"),
                                     tr("Everyone (PUBLIC): VIEW only"), tr("An e-mail address") };
    const auto kind = MemberRules::inviteeKind(m_form->invitee());
    const QString known = m_form->knownNames().value(m_form->invitee().trimmed());
    QString kindText = known.isEmpty() || known == m_form->invitee().trimmed()
        ? kinds.at(int(kind))
        : kinds.at(int(kind)) + QStringLiteral(": ") + known;
    // A user or org ID is checked with the server; until then (or if it cannot say) it is
    // only the kind of thing typed.
    if (known.isEmpty()
        && (kind == MemberRules::InviteeKind::User || kind == MemberRules::InviteeKind::Org)) {
        if (m_form->inviteeAnswer() == AccountLookup::Answer::Pending)
            kindText += tr(" (checking with the server…)");
        else if (m_form->inviteeAnswer() == AccountLookup::Answer::Failed)
            kindText += tr(" (could not be checked; the invitation will tell)");
    }
    m_inviteeKind->setText(kindText);
    refreshSuggestions();
    const auto inviteProblem = m_form->inviteProblem();
    // Nothing typed yet is not an error to shout about; the disabled button says enough.
    const QString inviteRule
        = inviteProblem && !m_form->invitee().isEmpty() ? inviteProblem->message : QString();
    m_inviteError->setMessage(inviteRule.isEmpty() ? errorFor(Action::Invite) : inviteRule);
    m_inviteButton->setEnabled(!busy && !inviteProblem);
    m_invitee->setEnabled(!busy);
    m_inviteLevel->setEnabled(!busy);
    m_notify->setEnabled(!busy);

    // Transfer tab
    const QString pending = m_form->pendingTransfer();
    m_pending->setText(pending.isEmpty()
                           ? tr("No transfer is pending.")
                           : tr("A transfer to %1 is pending until it is accepted.").arg(pending));
    const auto transferProblem = m_form->transferProblem();
    const QString transferRule = transferProblem && !m_form->transferTarget().isEmpty()
        ? transferProblem->message
        : QString();
    m_transferError->setMessage(transferRule.isEmpty() ? errorFor(Action::Transfer) : transferRule);
    m_transferConfirmNote->setMessage(m_form->transferConfirmation().isEmpty()
                                          ? QString()
                                          : m_form->transferConfirmationProblem());
    m_transferButton->setEnabled(m_form->canTransfer());
    const QString acceptProblem = m_form->acceptProblem();
    m_acceptError->setMessage(
        pending.isEmpty()
            ? QString()
            : (acceptProblem.isEmpty() ? errorFor(Action::AcceptTransfer) : acceptProblem));
    m_acceptPicker->setEnabled(!busy && !pending.isEmpty());
    m_acceptButton->setEnabled(!busy && acceptProblem.isEmpty());

    // Shared
    m_result->setMessage(m_form->lastResult());
    m_serverError->setMessage(error.hasField() ? QString() : error.message);
    m_explanation->setMessage(m_form->explanation());
    m_busy->setVisible(busy);
    refreshPreview();
    FormNote::growToFit(this);
}

void MembersDialog::reject()
{
    // While a call is in flight Cancel abandons it (the form reports how); otherwise edits
    // that closing would lose are confirmed first.
    if (!m_form->isBusy() && m_form->members()->hasPending()
        && !askDiscardChanges(this, tr("the members")))
        return;
    QDialog::reject();
}
