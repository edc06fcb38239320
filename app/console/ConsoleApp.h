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
};
