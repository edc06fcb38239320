#pragma once

#include "app/console/ConsoleOptions.h"
#include "ui/regions/AccountDialog.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <functional>
#include <memory>

class AccountDirectory;
class ActivityLog;
class ActivityModel;
class ListingKeeper;
class ProjectCache;
struct Profile;
class ProjectActions;
class TagOverview;
class ApiClient;
class KeychainCredentialStore;
class MainWindow;
class ProjectBrowser;
class ProjectDetails;
class ProjectListModel;
class TagCompletion;
class ProfileStore;
class SandboxHost;
class Session;
class QAction;
class QWidget;

// The composition root of dxconsole: creates the client, the stores, the session, the
// optional embedded sandbox and the window, and wires them together.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(const ConsoleOptions &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    // Starts everything; returns false (with a sentence in *error) when it cannot.
    bool start(QString *error);

    MainWindow *window() const { return m_window.get(); }
    ActivityModel *activity() const { return m_activity; }
    ApiClient *client() const { return m_client; }
    ProjectBrowser *browser() const { return m_browser; }
    ProjectListModel *projectList() const { return m_projectList; }
    ProjectDetails *projectDetails() const { return m_projectDetails; }
    AccountDirectory *accounts() const { return m_accounts; }
    ProjectActions *projectActions() const { return m_actions; }
    TagOverview *tagOverview() const { return m_tagOverview; }
    Session *session() const { return m_session; }
    ProfileStore *profiles() const { return m_profiles; }
    // The signed-in (or signing-in) profile's cache; nullptr when none is kept (the in-memory
    // sandbox) or it could not be opened.
    ProjectCache *cache() const;
    // Where the profiles' caches are: AppDataLocation/cache.
    QString cacheFolder() const { return m_cacheFolder; }
    // Empties every profile's cache; the bytes given back.
    qint64 clearCache();
    qint64 cacheBytes() const; // every file in the cache folder
    // The account page (Account > Accounts and regions), opened once and raised again;
    // nullptr while signed out.
    AccountDialog *openAccountDialog();
    AccountDialog *accountDialog() const { return m_accountDialog; }

private:
    bool startSandbox(QString *error);
    void signInToSandbox();
    void openStartProfile();
    void onSessionStateChanged();
    void openActivityLog();
    void addAccountMenu();
    void addListCallsAction();
    void addClearCacheAction();
    void openCache(const Profile &profile);
    void closeCache();
    void showCachedListing(const Profile &profile);
    void onOfflineChanged(bool offline);
    // A removed profile's cache goes with it.
    void forgetRemovedProfiles();
    void updateReadOnly();
    void refresh();

    ConsoleOptions m_options;
    QSettings m_settings;
    QNetworkAccessManager m_nam;
    ApiClient *m_client;
    ActivityModel *m_activity;
    KeychainCredentialStore *m_keychain;
    ProfileStore *m_profiles;
    Session *m_session;
    std::unique_ptr<SandboxHost> m_sandbox;
    ProjectListModel *m_projectList;
    ProjectDetails *m_projectDetails;
    TagCompletion *m_tagCompletion;
    AccountDirectory *m_accounts;
    ActivityLog *m_log = nullptr;
    ProjectActions *m_actions = nullptr;
    TagOverview *m_tagOverview = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ProjectBrowser *m_browser = nullptr;
    QString m_signedInProfileId;
    QAction *m_accountAction = nullptr;
    QPointer<AccountDialog> m_accountDialog;
    QString m_cacheFolder; // empty: no cache (the in-memory sandbox)
    std::unique_ptr<ProjectCache> m_cache;
    ListingKeeper *m_keeper;
};
