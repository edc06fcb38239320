#include "ui/browser/MainWindow.h"

#include "models/activity/ActivityModel.h"
#include "models/common/AsOf.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "ui/activity/ActivityPanel.h"
#include "ui/signin/ProfilesDialog.h"
#include "ui/widgets/WindowFit.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const auto ephemeralKey = QStringLiteral("\x01sandbox");

// The server as the status bar names it: the whole URL (scheme, host and port), so that
// two servers on one host, or http and https, are never confused.
QString serverText(const Profile &profile)
{
    return profile.serverUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QString connectedText(const Session &session)
{
    return MainWindow::tr("Connected to %1 as %2")
        .arg(serverText(session.profile()), session.userId());
}
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, Session *session, ActivityModel *activity,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_session(session)
    , m_activity(activity)
    , m_settings(settings)
    , m_profileBox(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_welcomeTitle(new QLabel(this))
    , m_welcomeText(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_cancelSignIn(new QPushButton(tr("Cancel"), this))
    , m_activityPanel(new ActivityPanel(activity, this))
    , m_activityDock(new QDockWidget(tr("Activity"), this))
    , m_offlineBanner(new QWidget(this))
    , m_offlineText(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("dxconsole"));

    auto *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolBar"));
    bar->setMovable(false);
    auto *profileLabel = new QLabel(tr("&Profile: "), this);
    profileLabel->setBuddy(m_profileBox);
    bar->addWidget(profileLabel);
    m_profileBox->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileBox->setMinimumContentsLength(24);
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileBox->setToolTip(tr("Switch to another profile (server and account)"));
    bar->addWidget(m_profileBox);
    auto *manage = bar->addAction(tr("Profiles…"), this, &MainWindow::showProfiles);
    manage->setObjectName(QStringLiteral("manageProfiles"));
    bar->addSeparator();
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    m_userLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_userLabel);

    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    // The page shown when nobody is signed in, or signing in failed.
    auto *welcome = new QWidget(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeTitle->setObjectName(QStringLiteral("welcomeTitle"));
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_welcomeTitle->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_retry->setObjectName(QStringLiteral("retrySignIn"));
    // A server that keeps answering "busy" would hold the sign-in for minutes: a way out.
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignIn"));
    m_cancelSignIn->setToolTip(tr("Stop signing in (Esc)"));
    connect(m_cancelSignIn, &QPushButton::clicked, m_session, &Session::cancelSignIn);
    // Only while signing in, so that Esc keeps its meaning everywhere else in the window.
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setContext(Qt::WindowShortcut);
    connect(m_cancelShortcut, &QShortcut::activated, m_session, &Session::cancelSignIn);
    auto *profilesButton = new QPushButton(tr("&Manage profiles…"), welcome);
    profilesButton->setObjectName(QStringLiteral("welcomeProfiles"));
    connect(profilesButton, &QPushButton::clicked, this, &MainWindow::showProfiles);
    connect(m_retry, &QPushButton::clicked, this, &MainWindow::retrySignIn);
    auto *wl = new QVBoxLayout(welcome);
    wl->addStretch();
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setMinimumWidth(480);
    wl->addWidget(m_welcomeTitle);
    wl->addWidget(m_welcomeText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancelSignIn);
    buttons->addWidget(profilesButton);
    buttons->addStretch();
    wl->addLayout(buttons);
    wl->addStretch(2);
    m_stack->addWidget(welcome);

    // Above the workspace while it shows the cache because the server cannot be reached.
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setAutoFillBackground(true);
    QPalette warn = m_offlineBanner->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc4));
    warn.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_offlineBanner->setPalette(warn);
    m_offlineText->setObjectName(QStringLiteral("offlineText"));
    m_offlineText->setWordWrap(true);
    m_offlineText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerRetry = new QPushButton(tr("Try a&gain"), m_offlineBanner);
    bannerRetry->setObjectName(QStringLiteral("offlineRetry"));
    connect(bannerRetry, &QPushButton::clicked, this, &MainWindow::retrySignIn);
    auto *bl = new QHBoxLayout(m_offlineBanner);
    bl->setContentsMargins(10, 6, 10, 6);
    bl->addWidget(m_offlineText, 1);
    bl->addWidget(bannerRetry);
    m_offlineBanner->hide();
    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(m_offlineBanner);
    cl->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setWidget(m_activityPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    // The activity panel is a companion, not the main view: a few rows tall at first.
    resizeDocks({ m_activityDock }, { 180 }, Qt::Vertical);

    buildMenus();

    connect(m_profileBox, &QComboBox::activated, this, &MainWindow::onProfileActivated);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_session, &Session::stateChanged, this, &MainWindow::onSessionChanged);
    connect(m_session, &Session::profileChanged, this, &MainWindow::onSessionChanged);
    connect(m_session, &Session::retryNoticeChanged, this, &MainWindow::onSessionChanged);
    connect(m_activity, &QAbstractItemModel::rowsInserted, this, &MainWindow::onAttemptAdded);

    fitToScreen(this, QSize(1400, 900));
    if (m_settings) {
        restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    }
    reloadProfiles();
    onSessionChanged();
}

MainWindow::~MainWindow()
{
    saveState();
}

void MainWindow::saveState()
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(tr("&Profiles…"), this, &MainWindow::showProfiles);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    auto *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    auto *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    auto *toggle = m_activityDock->toggleViewAction();
    toggle->setText(tr("&Activity panel"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(toggle);

    auto *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    help->addAction(tr("&About dxconsole"), this, [this] {
        QMessageBox::about(this, tr("About dxconsole"),
                           tr("<b>dxconsole %1</b><p>Administration console for projects on the "
                              "DNAnexus platform and its local sandbox.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setEphemeralProfile(const Profile &profile, std::function<void()> signIn)
{
    m_ephemeral = profile;
    m_ephemeral.id = ephemeralKey;
    m_ephemeralSignIn = std::move(signIn);
    reloadProfiles();
}

void MainWindow::retrySignIn()
{
    if (m_session->profile().id == ephemeralKey && m_ephemeralSignIn)
        m_ephemeralSignIn();
    else if (!m_session->profile().id.isEmpty())
        m_session->signIn(m_session->profile().id);
}

void MainWindow::setCachedWorkspace(const QDateTime &asOf)
{
    m_cachedAsOf = asOf;
    onSessionChanged();
}

void MainWindow::setWorkspace(QWidget *workspace)
{
    if (m_workspace) {
        m_stack->removeWidget(m_workspace);
        m_workspace->deleteLater();
    }
    m_workspace = workspace;
    m_stack->addWidget(workspace);
    onSessionChanged();
}

void MainWindow::reloadProfiles()
{
    const QSignalBlocker block(m_profileBox);
    m_profileBox->clear();
    if (!m_ephemeral.name.isEmpty())
        m_profileBox->addItem(m_ephemeral.name, ephemeralKey);
    for (const Profile &p : m_profiles->profiles())
        m_profileBox->addItem(p.name, p.id);
    if (m_profileBox->count() == 0)
        m_profileBox->addItem(tr("(no profile)"), QString());
    const int current = m_profileBox->findData(m_session->profile().id);
    m_profileBox->setCurrentIndex(qMax(0, current));
}

void MainWindow::onProfileActivated(int index)
{
    const QString id = m_profileBox->itemData(index).toString();
    if (id.isEmpty() || id == m_session->profile().id)
        return;
    if (id == ephemeralKey) {
        if (m_ephemeralSignIn)
            m_ephemeralSignIn();
        return;
    }
    m_session->signIn(id);
}

void MainWindow::showWorkspace()
{
    if (!m_workspace || m_stack->currentWidget() == m_workspace)
        return;
    m_stack->setCurrentWidget(m_workspace);
    // The keyboard starts in the workspace (its focus proxy, the project filter), not in the
    // first field of the window (the activity filter).
    m_workspace->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onSessionChanged()
{
    reloadProfiles();
    const Profile profile = m_session->profile();
    const QString server = serverText(profile);
    const bool cached = m_cachedAsOf.isValid() && m_workspace;
    const bool offline = cached && m_session->isUnreachable();
    m_offlineBanner->setVisible(offline);
    if (offline != m_offline) {
        m_offline = offline;
        Q_EMIT offlineChanged(offline);
    }
    switch (m_session->state()) {
    case Session::State::SignedOut:
        m_userLabel->setText(tr("Not signed in"));
        m_connectionLabel->setText(tr("Not connected"));
        m_welcomeTitle->setText(tr("Welcome to dxconsole"));
        m_welcomeText->setText(m_profiles->profiles().isEmpty()
                                   ? tr("Add a profile (an API server and a token) or import the "
                                        "one of the dx command-line client to begin.")
                                   : tr("Choose a profile to sign in."));
        m_retry->hide();
        m_stack->setCurrentIndex(0);
        break;
    case Session::State::SigningIn:
        m_userLabel->setText(tr("Signing in…"));
        m_connectionLabel->setText(tr("Connecting to %1…").arg(server));
        if (cached) {
            // What the last run saw, at once; the sign-in brings it up to date.
            const QString retry = m_session->retryNotice();
            m_connectionLabel->setText(
                retry.isEmpty() ? tr("Connecting to %1… (projects as of %2)")
                                      .arg(server, asOfText(m_cachedAsOf))
                                : tr("Connecting to %1: %2 (Esc to stop; projects as of %3)")
                                      .arg(server, retry, asOfText(m_cachedAsOf)));
            showWorkspace();
            break;
        }
        m_welcomeTitle->setText(tr("Signing in to %1…").arg(profile.name));
        m_welcomeText->setText(
            m_session->retryNotice().isEmpty()
                ? tr("Checking the token with %1.").arg(server)
                : tr("Checking the token with %1: %2.").arg(server, m_session->retryNotice()));
        m_retry->hide();
        m_stack->setCurrentIndex(0);
        break;
    case Session::State::SignedIn: {
        const QString name = m_session->userDisplayName();
        m_userLabel->setText(tr("Signed in as <b>%1</b> (%2)")
                                 .arg(name.toHtmlEscaped(), m_session->userId().toHtmlEscaped()));
        m_connectionLabel->setText(connectedText(*m_session));
        m_lastNetworkError.clear();
        showWorkspace();
        break;
    }
    case Session::State::Failed:
        m_userLabel->setText(tr("Not signed in"));
        m_connectionLabel->setText(tr("Sign-in failed"));
        if (offline) {
            m_connectionLabel->setText(tr("Offline: %1 cannot be reached").arg(server));
            m_offlineText->setText(
                tr("<b>Offline.</b> %1 cannot be reached, so these are the projects as of %2, "
                   "read-only: nothing can be changed until the server answers.")
                    .arg(server.toHtmlEscaped(), asOfText(m_cachedAsOf)));
            m_retry->setVisible(true);
            showWorkspace();
            break;
        }
        m_welcomeTitle->setText(tr("Could not sign in to %1").arg(profile.name));
        m_welcomeText->setText(m_session->errorMessage());
        m_retry->setVisible(!profile.id.isEmpty());
        m_stack->setCurrentIndex(0);
        break;
    }
    const bool signingIn = m_session->state() == Session::State::SigningIn;
    m_cancelSignIn->setVisible(signingIn);
    m_cancelShortcut->setEnabled(signingIn);
    setWindowTitle(profile.name.isEmpty() ? tr("dxconsole")
                                          : tr("%1 — dxconsole").arg(profile.name));
}

void MainWindow::onAttemptAdded()
{
    if (m_session->state() != Session::State::SignedIn || m_activity->rowCount() == 0)
        return;
    const ApiAttempt last = m_activity->attemptAt(m_activity->rowCount() - 1);
    const bool networkTrouble = last.httpStatus == 0 && !last.errorType.isEmpty()
        && last.errorType != QLatin1String("Aborted");
    const QString server = serverText(m_session->profile());
    if (networkTrouble)
        m_connectionLabel->setText(
            tr("Connection problem with %1 (%2)").arg(server, last.errorType));
    else
        m_connectionLabel->setText(connectedText(*m_session));
}

QDockWidget *MainWindow::addSideDock(const QString &title, const QString &objectName,
                                     QWidget *widget)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    if (m_settings)
        restoreDockWidget(dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::insertMenu(QMenu *menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
}

void MainWindow::showProfiles()
{
    ProfilesDialog dialog(m_profiles, m_session, this);
    if (!m_ephemeral.name.isEmpty())
        dialog.setBuiltInProfile(m_ephemeral, m_ephemeralSignIn);
    dialog.exec();
}
