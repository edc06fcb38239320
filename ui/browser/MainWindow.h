#pragma once

#include "models/signin/Profile.h"

#include <QDateTime>
#include <QMainWindow>
#include <functional>

class ActivityModel;
class ActivityPanel;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QShortcut;
class QSettings;
class QStackedWidget;
class ProfileStore;
class Session;

// The main window: profile switcher, signed-in user and connection state, the workspace
// (shown once signed in) and the activity panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *profiles, Session *session, ActivityModel *activity,
               QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The embedded sandbox's profile lives in memory only; `signIn` signs in to it again.
    void setEphemeralProfile(const Profile &profile, std::function<void()> signIn);
    // The page shown while signed in (the project browser).
    void setWorkspace(QWidget *workspace);
    QWidget *workspace() const { return m_workspace; }
    ActivityPanel *activityPanel() const { return m_activityPanel; }

    void showProfiles();
    // Signs in to the current profile again (the Try again button).
    void retrySignIn();
    // Adds a menu before Help (the Project menu of the workspace).
    void insertMenu(QMenu *menu);
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *fileMenu() const { return m_fileMenu; }
    // The workspace holds rows as of `asOf` (the profile's cache) before the sign-in is
    // done: it is shown while signing in, and read-only, with a banner that says so, when the
    // server cannot be reached. Invalid: nothing is cached, the welcome page shows instead.
    void setCachedWorkspace(const QDateTime &asOf);
    // The workspace is shown offline, from the cache: nothing in it may change the server.
    bool isOffline() const { return m_offline; }
    // A dock on the right, hidden at first, listed in the View menu.
    QDockWidget *addSideDock(const QString &title, const QString &objectName, QWidget *widget);

Q_SIGNALS:
    void refreshRequested();
    void offlineChanged(bool offline);

private:
    void buildMenus();
    void reloadProfiles();
    void onProfileActivated(int index);
    void onSessionChanged();
    void showWorkspace();
    void onAttemptAdded();
    void saveState();

    ProfileStore *m_profiles;
    Session *m_session;
    ActivityModel *m_activity;
    QSettings *m_settings;
    Profile m_ephemeral;
    std::function<void()> m_ephemeralSignIn;
    QComboBox *m_profileBox;
    QLabel *m_userLabel;
    QLabel *m_connectionLabel;
    QStackedWidget *m_stack;
    QLabel *m_welcomeTitle;
    QLabel *m_welcomeText;
    QPushButton *m_retry;
    QPushButton *m_cancelSignIn;
    QShortcut *m_cancelShortcut = nullptr;
    QWidget *m_workspace = nullptr;
    ActivityPanel *m_activityPanel;
    QDockWidget *m_activityDock;
    QString m_lastNetworkError;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QWidget *m_offlineBanner;
    QLabel *m_offlineText;
    QDateTime m_cachedAsOf;
    bool m_offline = false;
};
