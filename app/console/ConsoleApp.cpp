#include "app/console/ConsoleApp.h"

#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "models/activity/ActivityLog.h"
#include "models/activity/ActivityModel.h"
#include "models/browser/ProjectListModel.h"
#include "models/browser/TagCompletion.h"
#include "models/details/ProjectDetails.h"
#include "models/regions/AccountDirectory.h"
#include "models/regions/BillToRules.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "platform/KeychainCredentialStore.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/MainWindow.h"
#include "ui/browser/ProjectBrowser.h"
#include "ui/browser/TagOverview.h"
#include "ui/projects/ProjectActions.h"
#include "ui/regions/AccountDialog.h"
#include "ui/widgets/SizeMemory.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMenu>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcConsole, "dxc.console")

namespace {
const QString listCallsKey = QStringLiteral("browser/listCalls");
}

ConsoleApp::ConsoleApp(const ConsoleOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new ApiClient(&m_nam, QUrl(), this))
    , m_activity(new ActivityModel(5000, this))
    , m_keychain(new KeychainCredentialStore(this))
    , m_profiles(new ProfileStore(&m_settings, m_keychain, this))
    , m_session(new Session(m_profiles, m_keychain, m_client, this))
    , m_projectList(new ProjectListModel(m_client, this))
    , m_projectDetails(new ProjectDetails(m_client, this))
    , m_tagCompletion(new TagCompletion(m_client, m_projectList, this))
    , m_accounts(new AccountDirectory(m_client, this))
{
    openActivityLog();
    // The table lists every project, with several calls at once (the View menu sets how many).
    m_projectList->setLoadsAll(true);
    m_projectList->setMaxCalls(
        m_settings.value(listCallsKey, ProjectListModel::defaultMaxCalls).toInt());
    connect(m_session, &Session::stateChanged, this, &ConsoleApp::onSessionStateChanged);
}

ConsoleApp::~ConsoleApp()
{
    // The window and its models go before the client and the sandbox they talk to.
    m_window.reset();
    m_sandbox.reset();
}

bool ConsoleApp::start(QString *error)
{
    m_window = std::make_unique<MainWindow>(m_profiles, m_session, m_activity, &m_settings);
    m_browser = new ProjectBrowser(m_client, m_projectList, m_projectDetails, m_tagCompletion,
                                   &m_settings);
    m_window->setWorkspace(m_browser);
    connect(m_window.get(), &MainWindow::refreshRequested, m_browser, &ProjectBrowser::refresh);
    m_actions = new ProjectActions(m_client, m_session, m_accounts, m_projectList, m_projectDetails,
                                   m_browser, m_window.get());
    m_window->insertMenu(m_actions->menu());
    m_actions->setActivityLog(m_log);
    m_actions->setSettings(&m_settings);
    addAccountMenu();
    addListCallsAction();
    // The tag overview: every tag with its project count; activating one filters the list.
    m_tagOverview = new TagOverview(m_client);
    m_tagOverview->setObjectName(QStringLiteral("tagOverview"));
    m_window->addSideDock(tr("Tags"), QStringLiteral("tagsDock"), m_tagOverview);
    connect(m_tagOverview, &TagOverview::tagActivated, m_browser, &ProjectBrowser::filterByTag);
    // Tag counts follow every change made in the app, and F5.
    connect(m_actions, &ProjectActions::projectsChanged, m_tagOverview, &TagOverview::load);
    connect(m_actions, &ProjectActions::projectsChanged, m_tagCompletion, &TagCompletion::refresh);
    connect(m_window.get(), &MainWindow::refreshRequested, m_tagOverview, &TagOverview::load);
    // The orgs the user administers: the filter bar offers each one's projects.
    connect(m_accounts, &AccountDirectory::stateChanged, m_browser, [this] {
        m_browser->filterBar()->setOrgs(BillToRules::administeredOrgs(m_accounts->options()));
    });
    if (m_options.sandbox && !startSandbox(error))
        return false;
    m_window->show();
    openStartProfile();
    return true;
}

bool ConsoleApp::startSandbox(QString *error)
{
    SandboxOptions options;
    options.memory = m_options.sandboxMemory;
    options.dbPath = m_options.sandboxDb;
    if (!options.memory && options.dbPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        options.dbPath = dir + QStringLiteral("/sandbox.sqlite");
    }
    m_sandbox = std::make_unique<SandboxHost>(options);
    QString why;
    if (!m_sandbox->start(&why)) {
        *error = tr("The local sandbox did not start: %1").arg(why);
        return false;
    }
    if (m_sandbox->users().isEmpty()) {
        *error = tr("The local sandbox has no users.");
        return false;
    }
    qCInfo(lcConsole) << "sandbox listening on" << m_sandbox->url().toString();
    Profile profile;
    profile.name = tr("Local sandbox");
    profile.serverUrl = m_sandbox->url();
    m_window->setEphemeralProfile(profile, [this] { signInToSandbox(); });
    return true;
}

void ConsoleApp::signInToSandbox()
{
    Profile profile;
    profile.id = QStringLiteral("\x01sandbox");
    profile.name = tr("Local sandbox");
    profile.serverUrl = m_sandbox->url();
    // The demo administrator's token stays in memory: it is the sandbox's, not a secret of
    // the user's, and it changes with every sandbox database.
    m_session->signInWithToken(profile, m_sandbox->users().constFirst().token);
}

void ConsoleApp::openStartProfile()
{
    if (!m_options.profile.isEmpty()) {
        const auto profile = m_profiles->findByName(m_options.profile);
        if (profile) {
            m_session->signIn(profile->id);
            return;
        }
        qCWarning(lcConsole) << "no profile named" << m_options.profile;
    }
    if (m_sandbox) {
        signInToSandbox();
        return;
    }
    const QString current = m_profiles->currentProfileId();
    if (!current.isEmpty() && m_profiles->find(current))
        m_session->signIn(current);
}

void ConsoleApp::addListCallsAction()
{
    QAction *calls = m_window->viewMenu()->addAction(tr("Calls at &once when listing…"));
    calls->setObjectName(QStringLiteral("listCallsAction"));
    calls->setStatusTip(tr("How many findProjects calls the project list sends at the same time"));
    connect(calls, &QAction::triggered, this, [this] {
        bool ok = false;
        const int count = QInputDialog::getInt(
            m_window.get(), tr("Listing projects"),
            tr("Calls to the server at once while the project list loads (1 to 32).\n"
               "More is faster on a distant server; the platform allows an account about 200 "
               "calls a second."),
            m_projectList->maxCalls(), 1, 32, 1, &ok);
        if (!ok)
            return;
        m_projectList->setMaxCalls(count);
        m_settings.setValue(listCallsKey, count);
    });
}

void ConsoleApp::addAccountMenu()
{
    auto *menu = new QMenu(tr("&Account"), m_window.get());
    menu->setObjectName(QStringLiteral("accountMenu"));
    m_accountAction = menu->addAction(tr("Accounts and &regions…"));
    m_accountAction->setObjectName(QStringLiteral("openAccountDialog"));
    m_accountAction->setStatusTip(
        tr("Your account and the orgs you administer: permitted and default regions"));
    m_accountAction->setEnabled(false);
    connect(m_accountAction, &QAction::triggered, this, &ConsoleApp::openAccountDialog);
    m_window->insertMenu(menu);
}

AccountDialog *ConsoleApp::openAccountDialog()
{
    if (m_session->state() != Session::State::SignedIn || !m_window)
        return nullptr;
    if (!m_accountDialog) {
        m_accountDialog = new AccountDialog(m_client, m_accounts, {}, m_window.get());
        m_accountDialog->setAttribute(Qt::WA_DeleteOnClose);
        SizeMemory::remember(
            m_accountDialog, &m_settings,
            SizeMemory::key(m_session->profile().id, m_accountDialog->objectName()));
    }
    m_accountDialog->show();
    m_accountDialog->raise();
    m_accountDialog->activateWindow();
    return m_accountDialog;
}

void ConsoleApp::openActivityLog()
{
    // The embedded in-memory sandbox leaves no trace in the user's log: its world, ids and
    // tokens are gone when the console quits.
    const bool ephemeral = m_options.sandbox && m_options.sandboxMemory;
    m_log = new ActivityLog(ephemeral ? QStringLiteral(":memory:") : QString(), this);
    QString error;
    if (!m_log->open(&error)) {
        qCWarning(lcConsole) << "activity log not kept across runs:" << error;
        delete m_log;
        m_log = nullptr;
        connect(m_client, &ApiClient::attempt, m_activity, &ActivityModel::append);
        return;
    }
    connect(m_client, &ApiClient::attempt, m_log, &ActivityLog::recordAttempt);
    connect(m_log, &ActivityLog::recorded, m_activity, &ActivityModel::appendEntry);
}

void ConsoleApp::onSessionStateChanged()
{
    const Session::State state = m_session->state();
    if (m_accountAction)
        m_accountAction->setEnabled(state == Session::State::SignedIn);
    if (state == Session::State::SignedIn) {
        const QString profileId = m_session->profile().id;
        if (profileId == m_signedInProfileId)
            return;
        m_signedInProfileId = profileId;
        if (m_log) {
            // The log is kept per profile; show this one's recent history.
            m_log->setProfile(m_session->profile().name);
            m_activity->setEntries(m_log->recent(5000));
        }
        m_projectDetails->clear();
        if (m_browser) {
            m_browser->setProfileId(profileId);
            // Another account's orgs are not this one's: back to its own projects.
            m_browser->filterBar()->setOrgs({});
            m_projectList->reload(m_browser->filterBar()->query());
        }
        m_tagCompletion->refresh();
        m_accounts->load(m_session->userId());
        if (m_tagOverview)
            m_tagOverview->load();
        return;
    }
    if (state == Session::State::SigningIn || state == Session::State::SignedOut) {
        // Another account: nothing of the previous one may linger, nor be asked for with
        // the new token before it is checked.
        m_signedInProfileId.clear();
        // The account page shows one account's orgs; it does not follow to another account.
        if (m_accountDialog)
            m_accountDialog->close();
        m_projectDetails->clear();
        m_projectList->clear();
        m_accounts->clear();
    }
}
