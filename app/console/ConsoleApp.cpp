#include "app/console/ConsoleApp.h"

#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "models/activity/ActivityLog.h"
#include "models/activity/ActivityModel.h"
#include "models/browser/ListingKeeper.h"
#include "models/browser/ProjectCache.h"
#include "models/browser/ProjectListModel.h"
#include "models/browser/TagCompletion.h"
#include "models/common/DataSize.h"
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
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcConsole, "dxc.console")

namespace {
const QString listCallsKey = QStringLiteral("browser/listCalls");
const QString sandboxProfileId = QStringLiteral("\x01sandbox");
} // namespace

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
    , m_keeper(new ListingKeeper(m_projectList, this))
{
    openActivityLog();
    // The in-memory sandbox's world is gone when the console quits: nothing to keep of it.
    if (!(m_options.sandbox && m_options.sandboxMemory))
        m_cacheFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/cache");
    // The table lists every project, with several calls at once (the View menu sets how many).
    m_projectList->setLoadsAll(true);
    m_projectList->setMaxCalls(
        m_settings.value(listCallsKey, ProjectListModel::defaultMaxCalls).toInt());
    connect(m_session, &Session::stateChanged, this, &ConsoleApp::onSessionStateChanged);
    // Another profile chosen while a sign-in is still under way is signing in again without a
    // new state: its cache and rows replace the other's all the same.
    connect(m_session, &Session::profileChanged, this, [this] {
        if (m_session->state() == Session::State::SigningIn
            && (!m_cache || m_cache->owner().profileId != m_session->profile().id))
            onSessionStateChanged();
    });
    // Queued: after the session has signed out of a removed profile and closed its cache.
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConsoleApp::forgetRemovedProfiles,
            Qt::QueuedConnection);
}

ConsoleApp::~ConsoleApp()
{
    // A change not stored yet goes to the cache while list and cache are both still there.
    closeCache();
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
    connect(m_window.get(), &MainWindow::refreshRequested, this, &ConsoleApp::refresh);
    connect(m_window.get(), &MainWindow::offlineChanged, this, &ConsoleApp::onOfflineChanged);
    connect(m_projectList, &ProjectListModel::asOfChanged, m_window.get(),
            &MainWindow::setCachedWorkspace);
    m_actions = new ProjectActions(m_client, m_session, m_accounts, m_projectList, m_projectDetails,
                                   m_browser, m_window.get());
    m_window->insertMenu(m_actions->menu());
    m_actions->setActivityLog(m_log);
    m_actions->setSettings(&m_settings);
    addAccountMenu();
    addListCallsAction();
    addClearCacheAction();
    // The tag overview: every tag with its project count; activating one filters the list.
    m_tagOverview = new TagOverview(m_client);
    m_tagOverview->setObjectName(QStringLiteral("tagOverview"));
    m_window->addSideDock(tr("Tags"), QStringLiteral("tagsDock"), m_tagOverview);
    connect(m_tagOverview, &TagOverview::tagActivated, m_browser, &ProjectBrowser::filterByTag);
    // Tag counts follow every change made in the app, and F5.
    connect(m_actions, &ProjectActions::projectsChanged, m_tagOverview, &TagOverview::load);
    connect(m_actions, &ProjectActions::projectsChanged, m_tagCompletion, &TagCompletion::refresh);
    // The orgs the user administers: the filter bar offers each one's projects.
    connect(m_accounts, &AccountDirectory::stateChanged, m_browser, [this] {
        m_browser->filterBar()->setOrgs(BillToRules::administeredOrgs(m_accounts->options()));
    });
    if (m_options.sandbox && !startSandbox(error))
        return false;
    m_window->show();
    forgetRemovedProfiles(); // profiles removed while this console was not running
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
    m_options.sandboxDb = options.dbPath; // what the sandbox profile's cache belongs to
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
    profile.id = sandboxProfileId;
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
    updateReadOnly();
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
        // The cache shown while signing in was the profile's last user's: if the sign-in is
        // someone else, it is emptied and nothing of it stays on screen.
        const bool sameOwner = m_cache && m_cache->owner().profileId == profileId
            && m_cache->owner().userId == m_session->userId();
        if (!sameOwner) {
            openCache(m_session->profile());
            m_projectList->clear();
        }
        m_projectDetails->clear();
        if (m_browser) {
            m_browser->setProfileId(profileId);
            // Another account's orgs are not this one's: back to its own projects.
            m_browser->filterBar()->setOrgs({});
            // Cached rows of this query are brought up to date in place; otherwise a listing.
            m_projectList->refresh(m_browser->filterBar()->query());
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
        m_accounts->clear();
        if (state == Session::State::SigningIn) {
            showCachedListing(m_session->profile());
        } else {
            closeCache(); // first: a change not stored yet is stored while the rows are there
            m_projectList->clear();
        }
        return;
    }
    // Failed. Unreachable, with cached rows: they stay, read-only (MainWindow says so).
    if (!(m_session->isUnreachable() && m_projectList->asOf().isValid()))
        m_projectList->clear();
}

ProjectCache *ConsoleApp::cache() const
{
    return m_cache && m_cache->isUsable() ? m_cache.get() : nullptr;
}

void ConsoleApp::openCache(const Profile &profile)
{
    closeCache();
    if (m_cacheFolder.isEmpty() || profile.id.isEmpty())
        return;
    CacheOwner owner;
    owner.profileId = profile.id;
    // The built-in sandbox listens on a new port every run; its database file is what it is.
    owner.server = profile.id == sandboxProfileId
        ? QStringLiteral("sandbox:") + QFileInfo(m_options.sandboxDb).absoluteFilePath()
        : profile.serverUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    owner.userId
        = m_session->state() == Session::State::SignedIn ? m_session->userId() : profile.userId;
    m_cache = std::make_unique<ProjectCache>(ProjectCache::fileFor(m_cacheFolder, profile.id));
    QString why;
    if (!m_cache->open(owner, &why)) {
        qCWarning(lcConsole) << "no cache for this profile:" << why;
        m_cache.reset();
        return;
    }
    m_keeper->setCache(m_cache.get());
    m_projectDetails->setCache(m_cache.get());
}

void ConsoleApp::closeCache()
{
    m_keeper->setCache(nullptr); // stores a change still waiting first
    m_projectDetails->setCache(nullptr);
    m_cache.reset();
}

void ConsoleApp::showCachedListing(const Profile &profile)
{
    // Trying again on the same profile: the rows shown stay (and so do selection and sort),
    // whether cached or a complete listing newer than the cache.
    const bool same = m_cache && m_cache->owner().profileId == profile.id;
    if (same && (m_projectList->asOf().isValid() || m_projectList->isComplete()))
        return;
    if (!same)
        openCache(profile);
    if (m_browser && m_cache) {
        // The profile's saved filters and columns, so that the cached listing is of its query.
        m_browser->setProfileId(profile.id);
        if (m_keeper->restore(m_browser->filterBar()->query()))
            return;
    }
    m_projectList->clear();
}

void ConsoleApp::forgetRemovedProfiles()
{
    if (m_cacheFolder.isEmpty())
        return;
    QStringList keep { sandboxProfileId };
    for (const Profile &profile : m_profiles->profiles())
        keep.append(profile.id);
    if (m_cache)
        keep.append(m_cache->owner().profileId);
    ProjectCache::removeFilesExcept(m_cacheFolder, keep);
}

void ConsoleApp::onOfflineChanged(bool offline)
{
    updateReadOnly();
    if (offline && !m_projectDetails->projectId().isEmpty())
        m_projectDetails->reload(); // its kept result, saying how old it is
}

void ConsoleApp::updateReadOnly()
{
    // Cached rows show before the sign-in is done, and stay when the server cannot be reached;
    // nothing is sent on their account until a checked sign-in: a selected project shows its
    // kept details.
    const bool offline = m_window && m_window->isOffline();
    const Session::State state = m_session->state();
    m_projectDetails->holdCalls(offline ? tr("the server cannot be reached (offline)")
                                    : state == Session::State::SigningIn ? tr("signing in")
                                                                         : QString());
    if (!m_actions)
        return;
    if (offline)
        m_actions->setReadOnly(true,
                               tr("Offline: nothing can be changed until the server answers."));
    else if (m_session->state() == Session::State::SigningIn)
        m_actions->setReadOnly(true, tr("Signing in: nothing can be changed until it is done."));
    else if (m_session->state() != Session::State::SignedIn)
        m_actions->setReadOnly(true, tr("Sign in first."));
    else
        m_actions->setReadOnly(false);
}

void ConsoleApp::refresh()
{
    // Offline, F5 tries to reach the server again; the rows stay until it answers.
    if (m_window && m_window->isOffline()) {
        m_window->retrySignIn();
        return;
    }
    if (m_session->state() != Session::State::SignedIn)
        return;
    if (m_browser)
        m_browser->refresh();
    if (m_tagOverview)
        m_tagOverview->load();
}

void ConsoleApp::addClearCacheAction()
{
    QMenu *file = m_window->fileMenu();
    auto *clear = new QAction(tr("Clear &cache"), file);
    clear->setObjectName(QStringLiteral("clearCacheAction"));
    clear->setStatusTip(tr("Forget the projects and details kept from earlier runs, for every "
                           "profile; the next start lists them from the server"));
    file->insertAction(file->actions().value(1), clear);
    // The size it frees, read when the menu opens.
    connect(file, &QMenu::aboutToShow, clear, [this, clear] {
        clear->setEnabled(!m_cacheFolder.isEmpty());
        clear->setText(tr("Clear &cache (%1)").arg(DataSize::format(double(cacheBytes()))));
    });
    connect(clear, &QAction::triggered, this, [this] {
        const qint64 freed = clearCache();
        m_window->statusBar()->showMessage(
            tr("Cache cleared: %1 given back.").arg(DataSize::format(double(freed))), 8000);
    });
}

qint64 ConsoleApp::cacheBytes() const
{
    qint64 bytes = 0;
    if (m_cacheFolder.isEmpty())
        return bytes;
    QDirIterator files(m_cacheFolder, QDir::Files);
    while (files.hasNext()) {
        files.next();
        bytes += files.fileInfo().size();
    }
    return bytes;
}

qint64 ConsoleApp::clearCache()
{
    if (m_cacheFolder.isEmpty())
        return 0;
    const qint64 before = cacheBytes();
    // The open file (and its log) is emptied in place; other profiles' files and every
    // set-aside copy go.
    const QString open = m_cache ? m_cache->filePath() : QString();
    QStringList kept;
    if (!open.isEmpty())
        kept = { open, open + QStringLiteral("-wal"), open + QStringLiteral("-shm") };
    QDirIterator files(m_cacheFolder, QDir::Files);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!kept.contains(path))
            QFile::remove(path);
    }
    if (m_cache)
        m_cache->clear();
    return qMax<qint64>(0, before - cacheBytes());
}
