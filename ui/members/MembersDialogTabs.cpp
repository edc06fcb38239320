// The three tabs of MembersDialog, built apart from its behaviour (MembersDialog.cpp).
#include "models/members/MemberListModel.h"
#include "models/members/MembersForm.h"
#include "models/regions/RegionCatalog.h"
#include "ui/members/MembersDialog.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/WorldMapWidget.h"
#include "ui/widgets/FormNote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

QWidget *MembersDialog::buildMembersTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("membersTab"));
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setTabKeyNavigation(false); // Tab walks fields; arrows walk the members
    m_table->setModel(m_form->members());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Members"));

    m_levelCombo = new QComboBox(page);
    m_levelCombo->setObjectName(QStringLiteral("memberLevel"));
    for (const QString &level : MemberRules::levelNames())
        m_levelCombo->addItem(level, level);
    m_levelCombo->addItem(tr("Remove from project"), QStringLiteral("NONE"));
    m_levelCombo->setAccessibleName(tr("Level of the selected member"));
    m_changeError = new FormNote(FormNote::Kind::Error, QStringLiteral("changeError"), page);
    m_apply = new QPushButton(tr("&Apply changes"), page);
    m_apply->setObjectName(QStringLiteral("applyChanges"));
    m_discard = new QPushButton(tr("&Undo changes"), page);
    m_discard->setObjectName(QStringLiteral("discardChanges"));
    m_leave = new QPushButton(tr("&Leave project…"), page);
    m_leave->setObjectName(QStringLiteral("leave"));
    m_leaveNote = new FormNote(FormNote::Kind::Info, QStringLiteral("leaveNote"), page);

    auto *hint
        = new QLabel(tr("Lowering a level or removing a member takes effect at once; raising a "
                        "level invites the member again at the new level."),
                     page);
    hint->setWordWrap(true);

    m_leaveConfirm = new QWidget(page);
    m_leaveConfirm->setObjectName(QStringLiteral("leaveConfirmation"));
    auto *leaveText = new QLabel(tr("Leave this project? You lose the access granted to you; "
                                    "access through an org or PUBLIC remains."),
                                 m_leaveConfirm);
    leaveText->setWordWrap(true);
    m_leaveYes = new QPushButton(tr("Leave"), m_leaveConfirm);
    m_leaveYes->setObjectName(QStringLiteral("confirmLeave"));
    m_leaveNo = new QPushButton(tr("Stay"), m_leaveConfirm);
    m_leaveNo->setObjectName(QStringLiteral("cancelLeave"));
    auto *leaveRow = new QHBoxLayout(m_leaveConfirm);
    leaveRow->setContentsMargins(0, 0, 0, 0);
    leaveRow->addWidget(leaveText, 1);
    leaveRow->addWidget(m_leaveYes);
    leaveRow->addWidget(m_leaveNo);
    m_leaveConfirm->hide();

    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(new QLabel(tr("Selected member's level:"), page));
    levelRow->addWidget(m_levelCombo, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    buttons->addWidget(m_leave);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_table, 1);
    layout->addLayout(levelRow);
    layout->addWidget(m_changeError);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_leaveNote);
    layout->addWidget(m_leaveConfirm);
    return page;
}

void MembersDialog::refreshSuggestions()
{
    if (!m_suggestions)
        return;
    const auto suggestions = m_form->inviteeSuggestions();
    QStringList ids;
    for (const auto &s : suggestions)
        ids << s.id;
    if (ids == m_suggested)
        return;
    m_suggested = ids;
    m_suggestions->clear();
    for (const auto &s : suggestions) {
        auto *item = new QStandardItem(s.text);
        item->setData(s.id, Qt::UserRole);
        m_suggestions->appendRow(item);
    }
}

QWidget *MembersDialog::buildInviteTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("inviteTab"));
    m_invitee = new QLineEdit(page);
    m_invitee->setObjectName(QStringLiteral("invitee"));
    m_invitee->setPlaceholderText(tr("user-alice, org-genomics, PUBLIC or name@example.org"));
    // The accounts the console knows, by name or ID; choosing one puts its ID in the field.
    m_suggestions = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_suggestions, m_invitee);
    completer->setObjectName(QStringLiteral("inviteeCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_invitee->setCompleter(completer);
    // Queued: the completer puts the shown text in the field after this signal.
    connect(
        completer, qOverload<const QModelIndex &>(&QCompleter::activated), m_invitee,
        [this](const QModelIndex &index) {
            m_invitee->setText(index.data(Qt::UserRole).toString());
        },
        Qt::QueuedConnection);
    refreshSuggestions();
    m_inviteeKind = new QLabel(page);
    m_inviteeKind->setObjectName(QStringLiteral("inviteeKind"));
    m_inviteError = new FormNote(FormNote::Kind::Error, QStringLiteral("inviteError"), page);
    // What the invitee is and why it cannot be invited keep their lines while empty: the level
    // and the Invite button below do not move as the invitee is typed.
    m_inviteeKind->setMinimumHeight(m_inviteeKind->fontMetrics().lineSpacing());
    m_inviteError->setReservesSpace(true);
    m_inviteLevel = new QComboBox(page);
    m_inviteLevel->setObjectName(QStringLiteral("inviteLevel"));
    m_inviteLevel->addItems(MemberRules::levelNames());
    m_notify = new QCheckBox(tr("Send an e-mail &notification"), page);
    m_notify->setObjectName(QStringLiteral("notify"));
    m_notify->setChecked(true);
    m_notify->setToolTip(tr("Unticked, the request carries suppressEmailNotification: true"));
    m_inviteButton = new QPushButton(tr("&Invite"), page);
    m_inviteButton->setObjectName(QStringLiteral("inviteButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Invit&ee:"), m_invitee);
    form->addRow(QString(), m_inviteeKind);
    form->addRow(QString(), m_inviteError);
    form->addRow(tr("&Level:"), m_inviteLevel);
    form->addRow(QString(), m_notify);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_inviteButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget *MembersDialog::buildTransferTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("transferTab"));
    m_pending = new QLabel(page);
    m_pending->setObjectName(QStringLiteral("pendingTransfer"));
    m_pending->setWordWrap(true);

    auto *offerBox = new QGroupBox(tr("Transfer to another account"), page);
    auto *warning = new QLabel(tr("Once accepted, the project belongs to the new account: it "
                                  "pays for the project and administers it. You cannot take it "
                                  "back yourself."),
                               offerBox);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_transferTarget = new QLineEdit(offerBox);
    m_transferTarget->setObjectName(QStringLiteral("transferTarget"));
    m_transferTarget->setPlaceholderText(tr("user-bob or org-genomics"));
    m_transferError
        = new FormNote(FormNote::Kind::Error, QStringLiteral("transferError"), offerBox);
    m_transferConfirm = new QLineEdit(offerBox);
    m_transferConfirm->setObjectName(QStringLiteral("transferConfirmation"));
    m_transferConfirm->setPlaceholderText(m_form->projectName());
    m_transferConfirmNote = new FormNote(FormNote::Kind::Error,
                                         QStringLiteral("transferConfirmationError"), offerBox);
    m_transferButton = new QPushButton(tr("&Transfer"), offerBox);
    m_transferButton->setObjectName(QStringLiteral("transferButton"));
    auto *offerForm = new QFormLayout;
    offerForm->addRow(tr("Transfer t&o:"), m_transferTarget);
    offerForm->addRow(QString(), m_transferError);
    offerForm->addRow(tr("Type the &name:"), m_transferConfirm);
    offerForm->addRow(QString(), m_transferConfirmNote);
    auto *offer = new QVBoxLayout(offerBox);
    offer->addWidget(warning);
    offer->addLayout(offerForm);
    offer->addWidget(m_transferButton, 0, Qt::AlignRight);

    auto *acceptBox = new QGroupBox(tr("Accept the pending transfer"), page);
    acceptBox->setObjectName(QStringLiteral("acceptBox"));
    m_acceptPicker = new BillToPicker(acceptBox);
    m_acceptPicker->setObjectName(QStringLiteral("acceptBillTo"));
    m_acceptError = new FormNote(FormNote::Kind::Error, QStringLiteral("acceptError"), acceptBox);
    m_acceptButton = new QPushButton(tr("A&ccept transfer"), acceptBox);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    // The project's region is fixed: shown on a small map beside the billTo that will pay.
    const RegionCatalog catalog;
    const RegionInfo region = catalog.region(m_form->region());
    m_acceptMap = new WorldMapWidget({}, acceptBox);
    m_acceptMap->setObjectName(QStringLiteral("acceptRegionMap"));
    m_acceptMap->setFixedSize(280, 140);
    m_acceptMap->setAccessibleName(tr("Map of the project's region"));
    m_acceptMap->setVisible(m_acceptMap->showRegion(region));
    const QString regionName = region.known && region.displayName != region.id
        ? QStringLiteral("%1 (%2)").arg(region.displayName, region.id)
        : m_form->region();
    auto *regionText = new QLabel(tr("The project lives in %1 and stays there. Only billTos "
                                     "that permit this region can be chosen; the others are "
                                     "listed with the reason.")
                                      .arg(regionName),
                                  acceptBox);
    regionText->setObjectName(QStringLiteral("acceptRegionText"));
    regionText->setWordWrap(true);
    regionText->setTextFormat(Qt::PlainText);
    auto *regionColumn = new QVBoxLayout;
    regionColumn->addWidget(m_acceptMap);
    regionColumn->addWidget(regionText);
    regionColumn->addStretch();

    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(m_acceptPicker, 1);
    acceptRow->addLayout(regionColumn);
    auto *accept = new QVBoxLayout(acceptBox);
    accept->addLayout(acceptRow);
    accept->addWidget(m_acceptError);
    accept->addWidget(m_acceptButton, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_pending);
    layout->addWidget(offerBox);
    layout->addWidget(acceptBox);
    layout->addStretch();
    return page;
}
