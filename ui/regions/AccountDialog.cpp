#include "ui/regions/AccountDialog.h"

#include "models/regions/AccountDirectory.h"
#include "models/regions/AccountRegionsForm.h"
#include "models/regions/DefaultBillToForm.h"
#include "models/regions/RegionListModel.h"
#include "ui/regions/WorldMapWidget.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"
#include "ui/widgets/WindowFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int AccountIdRole = Qt::UserRole + 1;
// The narrowest the dialog may be: the account list and the map side by side.
constexpr int MinimumWidth = 720;

QString entryText(const AccountEntry &entry)
{
    return entry.account.isOrg()
        ? QObject::tr("%1\nOrg, you are an %2").arg(entry.account.label(), entry.account.level)
        : QObject::tr("%1\nYour own account").arg(entry.account.label());
}
} // namespace

AccountDialog::AccountDialog(ApiClient *client, AccountDirectory *directory,
                             std::shared_ptr<const WorldOutline> outline, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_form(new AccountRegionsForm(client, directory, this))
    , m_accounts(new QListWidget(this))
    , m_loading(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_reload(new QPushButton(tr("Re&load accounts"), this))
    , m_title(new QLabel(this))
    , m_permitted(new QLabel(this))
    , m_default(new QLabel(this))
    , m_map(new WorldMapWidget(std::move(outline), this))
    , m_regions(new RegionListModel(this))
    , m_regionList(new QListView(this))
    , m_problem(new FormNote(FormNote::Kind::Info, QStringLiteral("regionProblem"), this))
    , m_status(new FormNote(FormNote::Kind::Info, QStringLiteral("accountStatus"), this))
    , m_setDefault(new QPushButton(tr("&Set as default region"), this))
    , m_preview(new RequestPreview(this))
    , m_billToForm(new DefaultBillToForm(client, directory, this))
    , m_billToCombo(new QComboBox(this))
    , m_saveBillTo(new QPushButton(tr("Sa&ve default billTo"), this))
    , m_billToNote(new FormNote(FormNote::Kind::Info, QStringLiteral("defaultBillToNote"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Accounts and regions"));
    setModal(false);

    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    m_accounts->setMinimumWidth(240);
    m_accounts->setWordWrap(true);
    m_accounts->setSpacing(3);
    m_loading->setObjectName(QStringLiteral("accountsLoading"));
    m_reload->setObjectName(QStringLiteral("reloadAccounts"));
    m_reload->setAutoDefault(false);
    m_reload->setToolTip(tr("Reads your account and orgs from the server again"));
    m_loading->setWordWrap(true);
    m_readOnly->setObjectName(QStringLiteral("readOnlyAccounts"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *accountsLabel = new QLabel(tr("&Accounts you administer:"), this);
    accountsLabel->setBuddy(m_accounts);

    auto *left = new QVBoxLayout;
    left->addWidget(accountsLabel);
    left->addWidget(m_accounts, 1);
    left->addWidget(m_loading);
    left->addWidget(m_readOnly);
    left->addWidget(m_reload, 0, Qt::AlignLeft);

    m_billToCombo->setObjectName(QStringLiteral("defaultBillTo"));
    m_billToCombo->setAccessibleName(tr("Default billTo"));
    m_billToCombo->setToolTip(tr("The account New project preselects: yourself or an org you "
                                 "may bill to"));
    m_billToCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_billToCombo->setMinimumContentsLength(16);
    m_saveBillTo->setObjectName(QStringLiteral("saveDefaultBillTo"));
    m_saveBillTo->setAutoDefault(false);
    auto *billToLabel = new QLabel(tr("Default &billTo for new projects:"), this);
    billToLabel->setBuddy(m_billToCombo);
    billToLabel->setWordWrap(true);
    left->addSpacing(m_reload->sizeHint().height() / 2);
    left->addWidget(billToLabel);
    left->addWidget(m_billToCombo);
    left->addWidget(m_billToNote);
    left->addWidget(m_saveBillTo, 0, Qt::AlignLeft);

    m_title->setObjectName(QStringLiteral("accountTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *label : { m_permitted, m_default }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_permitted->setObjectName(QStringLiteral("permittedRegions"));
    m_default->setObjectName(QStringLiteral("defaultRegion"));
    auto *facts = new QFormLayout;
    facts->addRow(tr("Permitted regions:"), m_permitted);
    facts->addRow(tr("Default region:"), m_default);
    auto *explain = new QLabel(tr("New projects billed to this account start in its default "
                                  "region. Greyed regions are not permitted for it; their "
                                  "tooltips say why."),
                               this);
    explain->setWordWrap(true);

    m_map->setObjectName(QStringLiteral("accountMap"));
    m_map->setHeightFollowsWidth(false);
    // Map and region list share what the rest leaves (stretch 3:2); their preferred heights
    // would otherwise be what the scroll area gives them, taller than the laptop's window.
    m_map->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_map->setMinimumHeight(m_map->minimumSizeHint().height());
    m_map->setAccessibleName(tr("Regions on the world map"));
    m_regionList->setObjectName(QStringLiteral("regionList"));
    m_regionList->setModel(m_regions);
    m_regionList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_regionList->setUniformItemSizes(true);
    m_regionList->setAccessibleName(tr("New default region"));
    m_regionList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_regionList->setMinimumHeight(m_regionList->fontMetrics().height() * 7);
    auto *regionLabel = new QLabel(tr("New default &region:"), this);
    regionLabel->setBuddy(m_regionList);

    m_setDefault->setObjectName(QStringLiteral("setDefaultRegion"));
    m_setDefault->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("close"));
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_problem, 1);
    actionRow->addWidget(m_setDefault, 0, Qt::AlignTop);

    // The map takes the height the rest leaves (letterboxed): held at its proportions it made
    // the dialog taller than a 1366x768 laptop. Should the account's regions still need more
    // (the request shown), they scroll; the accounts, the default billTo and Close stay.
    auto *regionsPane = new QWidget(this);
    regionsPane->setObjectName(QStringLiteral("accountRegionsPane"));
    auto *right = new QVBoxLayout(regionsPane);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_title);
    right->addLayout(facts);
    right->addWidget(explain);
    right->addWidget(m_map, 3);
    right->addWidget(regionLabel);
    right->addWidget(m_regionList, 2);
    right->addLayout(actionRow);
    right->addWidget(m_status);
    right->addWidget(m_preview);

    auto *regionsScroll = scrolling(regionsPane, QStringLiteral("accountRegionsScroll"));
    regionsScroll->setMinimumWidth(
        regionsPane->minimumSizeHint().width()
        + regionsScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(regionsScroll, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_accounts, m_map);
    setTabOrder(m_map, m_regionList);
    setTabOrder(m_regionList, m_setDefault);
    setTabOrder(m_reload, m_billToCombo);
    setTabOrder(m_billToCombo, m_saveBillTo);

    connect(m_accounts, &QListWidget::currentRowChanged, this, &AccountDialog::onAccountRow);
    connect(m_map, &WorldMapWidget::regionActivated, m_form, &AccountRegionsForm::setRegion);
    connect(m_regionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.data(RegionListModel::PermittedRole).toBool())
                    m_form->setRegion(current.data(RegionListModel::RegionIdRole).toString());
            });
    connect(m_reload, &QPushButton::clicked, this,
            [this] { m_directory->load(m_directory->userId()); });
    connect(m_setDefault, &QPushButton::clicked, m_form, &AccountRegionsForm::submit);
    connect(m_form, &AccountRegionsForm::changed, this, &AccountDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_billToCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        m_billToForm->setBillTo(m_billToCombo->itemData(index).toString());
    });
    connect(m_saveBillTo, &QPushButton::clicked, m_billToForm, &DefaultBillToForm::submit);
    connect(m_billToForm, &DefaultBillToForm::changed, this, &AccountDialog::refreshBillTo);
    connect(m_directory, &AccountDirectory::stateChanged, this, &AccountDialog::reloadAccounts);
    connect(m_directory, &AccountDirectory::accountChanged, this, &AccountDialog::onAccountChanged);
    // The other orgs' lines and the billTo note wrap: the narrowest window keeps room for them.
    const auto hold = [this] { holdContentAt(this, MinimumWidth); };
    connect(m_directory, &AccountDirectory::stateChanged, this, hold);
    connect(m_billToForm, &DefaultBillToForm::changed, this, hold);

    reloadAccounts();
    fitToScreen(this, QSize(1080, 800));
    holdContentAt(this, MinimumWidth);
}

void AccountDialog::setCatalog(const RegionCatalog &catalog)
{
    m_catalog = catalog;
    m_shownAccount.clear();
    refresh();
}

QStringList AccountDialog::accountIds() const
{
    QStringList ids;
    for (const AccountEntry &e : m_entries)
        ids << e.account.id;
    return ids;
}

bool AccountDialog::selectAccount(const QString &accountId)
{
    const int row = int(accountIds().indexOf(accountId));
    if (row < 0 || m_form->isBusy())
        return false;
    m_accounts->setCurrentRow(row);
    return true;
}

bool AccountDialog::chooseRegion(const QString &region)
{
    if (!AccountRules::validateDefaultRegion(m_form->account(), region).isEmpty())
        return false;
    m_form->setRegion(region);
    return m_form->region() == region;
}

void AccountDialog::reloadAccounts()
{
    const AccountDirectory::State state = m_directory->state();
    const bool loaded = state == AccountDirectory::State::Loaded;
    m_loading->setVisible(!loaded);
    m_reload->setEnabled(state != AccountDirectory::State::Loading
                         && !m_directory->userId().isEmpty());
    if (state == AccountDirectory::State::Error)
        m_loading->setText(
            tr("Your accounts could not be loaded: %1").arg(m_directory->errorText()));
    else if (!loaded)
        m_loading->setText(tr("Loading your accounts…"));
    // While loading, what is shown stays (disabled) so that the choice is not lost.
    m_accounts->setEnabled(loaded && !m_form->isBusy());
    if (loaded)
        m_billToForm->reset(); // the server's default, as just loaded
    fillBillToChoices();
    if (!loaded)
        return;

    const BillToOption shown = m_form->account();
    const QString chosen = m_form->region();
    m_entries = AccountRules::administered(m_directory->options());
    QStringList lines;
    for (const AccountEntry &e : AccountRules::readOnly(m_directory->options()))
        lines << tr("%1: read only. %2").arg(e.account.label(), e.readOnlyReason);
    m_readOnly->setText(lines.isEmpty()
                            ? QString()
                            : tr("Other orgs you belong to:\n") + lines.join(QLatin1Char('\n')));
    m_readOnly->setVisible(!lines.isEmpty());

    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    for (const AccountEntry &e : qAsConst(m_entries)) {
        auto *item = new QListWidgetItem(entryText(e), m_accounts);
        item->setData(AccountIdRole, e.account.id);
        item->setToolTip(e.account.id);
    }
    if (m_entries.isEmpty()) {
        m_form->setAccount(BillToOption());
        return;
    }
    const int kept = int(accountIds().indexOf(shown.id));
    const int row = std::max(0, kept);
    m_accounts->setCurrentRow(row);
    const BillToOption fresh = m_entries.at(row).account;
    if (kept >= 0 && fresh.permittedRegions == shown.permittedRegions
        && fresh.defaultRegion == shown.defaultRegion)
        return; // the same account as before: keep what was chosen and said
    // New data for the account shown: take it, and keep the chosen region if still permitted.
    m_form->setAccount(fresh);
    if (kept >= 0 && AccountRules::validateDefaultRegion(fresh, chosen).isEmpty())
        m_form->setRegion(chosen);
}

void AccountDialog::onAccountRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    if (m_form->account().id == m_entries.at(row).account.id)
        return;
    m_form->setAccount(m_entries.at(row).account);
}

void AccountDialog::onAccountChanged(const QString &accountId)
{
    // The directory took a new default; the form already shows it. Keep the list's data in
    // step without resetting the form's status.
    m_entries = AccountRules::administered(m_directory->options());
    for (int row = 0; row < m_entries.size() && row < m_accounts->count(); ++row)
        m_accounts->item(row)->setText(entryText(m_entries.at(row)));
    Q_UNUSED(accountId);
    fillBillToChoices();
    refresh();
}

void AccountDialog::showRegions()
{
    const BillToOption account = m_form->account();
    if (account.id == m_shownAccount && account.defaultRegion == m_shownDefault)
        return;
    m_shownAccount = account.id;
    m_shownDefault = account.defaultRegion;
    const QList<RegionChoice> choices = account.id.isEmpty()
        ? QList<RegionChoice>()
        : AccountRules::defaultRegionChoices(account, m_catalog);
    m_regions->setRegions(choices);
    m_map->setRegions(choices);

    m_title->setText(account.id.isEmpty() ? tr("No account") : account.label());
    QStringList names;
    for (const QString &id : account.permittedRegions)
        names << m_catalog.displayName(id);
    m_permitted->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    m_default->setText(account.defaultRegion.isEmpty()
                           ? tr("none")
                           : tr("%1 (%2)").arg(m_catalog.displayName(account.defaultRegion),
                                               account.defaultRegion));
}

void AccountDialog::refresh()
{
    showRegions();
    const bool busy = m_form->isBusy();
    const QString region = m_form->region();
    m_map->setCurrentRegion(BillToRules::isPermitted(m_form->account(), region) ? region
                                                                                : QString());
    const QModelIndex index = m_regions->index(m_regions->rowOf(region), 0);
    QItemSelectionModel *selection = m_regionList->selectionModel();
    if (index.isValid() && selection->currentIndex() != index)
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else if (!index.isValid())
        selection->clear();

    m_accounts->setEnabled(!busy && m_directory->state() == AccountDirectory::State::Loaded);
    m_map->setEnabled(!busy);
    m_regionList->setEnabled(!busy);
    m_setDefault->setEnabled(m_form->canSubmit());

    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_problem->setKind(FormNote::Kind::Error);
        m_problem->setMessage(problem);
    } else {
        m_problem->setKind(FormNote::Kind::Info);
        m_problem->setMessage(m_form->isUnchanged()
                                  ? tr("%1 is already the default region; choose another "
                                       "permitted region to change it.")
                                        .arg(m_catalog.displayName(region))
                                  : tr("New projects billed to %1 will start in %2.")
                                        .arg(m_form->account().id, m_catalog.displayName(region)));
    }
    m_status->setKind(m_form->state() == AccountRegionsForm::State::Failed ? FormNote::Kind::Error
                                                                           : FormNote::Kind::Info);
    m_status->setMessage(m_form->statusMessage());

    if (m_form->canSubmit())
        m_preview->setRequest(m_form->route(), m_form->requestInput());
    else
        m_preview->setPlaceholder(tr("Nothing to send: choose a permitted region other than "
                                     "the current default."));
}

void AccountDialog::fillBillToChoices()
{
    const QSignalBlocker blocker(m_billToCombo);
    m_billToCombo->clear();
    const QString current = m_billToForm->current();
    for (const BillToOption &o : m_billToForm->choices()) {
        m_billToCombo->addItem(o.id == current ? tr("%1 (current)").arg(o.label()) : o.label(),
                               o.id);
        m_billToCombo->setItemData(m_billToCombo->count() - 1, o.id, Qt::ToolTipRole);
    }
    refreshBillTo();
}

void AccountDialog::refreshBillTo()
{
    const bool loaded = m_directory->state() == AccountDirectory::State::Loaded;
    const bool busy = m_billToForm->isBusy();
    const int index = m_billToCombo->findData(m_billToForm->billTo());
    if (index != m_billToCombo->currentIndex()) {
        const QSignalBlocker blocker(m_billToCombo);
        m_billToCombo->setCurrentIndex(index);
    }
    m_billToCombo->setEnabled(loaded && !busy && m_billToCombo->count() > 0);
    m_saveBillTo->setEnabled(m_billToForm->canSubmit());

    const QString problem = loaded ? m_billToForm->problem() : QString();
    if (!m_billToForm->statusMessage().isEmpty()) {
        m_billToNote->setKind(m_billToForm->state() == DefaultBillToForm::State::Failed
                                  ? FormNote::Kind::Error
                                  : FormNote::Kind::Info);
        m_billToNote->setMessage(m_billToForm->statusMessage());
    } else if (!problem.isEmpty()) {
        m_billToNote->setKind(FormNote::Kind::Error);
        m_billToNote->setMessage(problem);
    } else {
        m_billToNote->setKind(FormNote::Kind::Info);
        m_billToNote->setMessage(!loaded ? QString()
                                     : m_billToForm->isUnchanged()
                                     ? tr("New project preselects this account.")
                                     : tr("Not saved yet."));
    }
}
