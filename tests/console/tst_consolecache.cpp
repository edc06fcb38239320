#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "app/console/ConsoleApp.h"
#include "models/browser/ProjectCache.h"
#include "models/browser/ProjectListModel.h"
#include "models/details/ProjectDetails.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "platform/KeychainCredentialStore.h"
#include "tests/support/CallRunner.h"
#include "tests/support/TestSandbox.h"
#include "ui/browser/FilterBar.h"
#include "ui/browser/MainWindow.h"
#include "ui/browser/ProjectBrowser.h"
#include "ui/projects/ProjectActions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The console across two runs: the second shows what the first listed before the server has
// answered, brings it up to date in place, and, when the server cannot be reached, shows it
// read-only. Needs the keychain for the stored profile (dbus-run-session, as dev.sh runs it).
class TestConsoleCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool waitSignedIn(ConsoleApp *app, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return app->session()->state() == Session::State::SignedIn; },
                               ms);
    }
    static bool waitListed(ConsoleApp *app, int ms = 20000)
    {
        return QTest::qWaitFor(
            [&] {
                ProjectListModel *list = app->projectList();
                return list->isComplete() && !list->asOf().isValid() && list->rowCount() > 0;
            },
            ms);
    }
    // The built-in sandbox on a database file of this test run: its cache outlives a run.
    ConsoleOptions persistentSandbox() const
    {
        ConsoleOptions options;
        options.sandbox = true;
        options.sandboxDb = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        return options;
    }

    // A profile in the console's settings, its token in the keychain.
    bool storeProfile(const QString &name, const QUrl &url, const QString &token, Profile *out)
    {
        out->name = name;
        out->serverUrl = url;
        QSettings settings;
        KeychainCredentialStore keychain;
        ProfileStore profiles(&settings, &keychain);
        if (!profiles.add(*out).isEmpty())
            return false;
        bool done = false;
        bool written = false;
        keychain.write(out->id, token, this, [&](const CredentialResult &result) {
            written = result.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && written;
    }

    // Starts the console, then waits for the sign-in and a complete listing from the server.
    static bool startAndList(ConsoleApp *app)
    {
        QString error;
        if (!app->start(&error)) {
            qWarning("the console did not start: %s", qPrintable(error));
            return false;
        }
        return waitSignedIn(app) && waitListed(app);
    }

    static QString footer(ConsoleApp *app)
    {
        auto *count = app->browser()->findChild<QLabel *>(QStringLiteral("listCount"));
        return count ? count->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session bus: run inside dbus-run-session (scripts/dev.sh test).");
        QStandardPaths::setTestModeEnabled(true);
        // A run of its own: no cache or settings of an earlier run of this test.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
    }

    void secondRun_showsTheCachedRowsAtOnce_thenRefreshesInPlace()
    {
        const ConsoleOptions options = persistentSandbox();
        QString renamedId;
        int listed = 0;
        {
            ConsoleApp first(options);
            QVERIFY(startAndList(&first));
            listed = first.projectList()->rowCount();
            QVERIFY(first.cache());
            // Changed on the server behind the list's back: the next run must pick it up.
            for (const ProjectRow &row : first.projectList()->rows()) {
                if (row.level == Level::Administer && renamedId.isEmpty())
                    renamedId = row.id;
            }
            QVERIFY(!renamedId.isEmpty());
            const CallOutcome renamed = runCall(
                first.client()->call(renamedId, QStringLiteral("update"),
                                     QJsonObject { { QStringLiteral("name"),
                                                     QStringLiteral("Renamed between runs") } }));
            QVERIFY2(renamed.succeeded(), qPrintable(renamed.error.userMessage()));
        }

        ConsoleApp second(options);
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        // Before any answer: the rows of the last run, shown in the workspace, as of their time.
        ProjectListModel *list = second.projectList();
        QCOMPARE(second.session()->state(), Session::State::SigningIn);
        QCOMPARE(list->rowCount(), listed);
        QVERIFY(list->asOf().isValid());
        QVERIFY(second.browser()->isVisibleTo(second.window()));
        QVERIFY2(footer(&second).contains(QLatin1String("as of")), qPrintable(footer(&second)));
        const int row = list->rowOfId(renamedId);
        QVERIFY(row >= 0);
        QVERIFY(list->rowAt(row).name != QLatin1String("Renamed between runs"));
        // Nothing can be sent on the cached rows' account before the sign-in is checked.
        QVERIFY(second.projectActions()->isReadOnly());

        QSignalSpy reset(list, &QAbstractItemModel::modelReset);
        QVERIFY(waitSignedIn(&second));
        QVERIFY(waitListed(&second));
        QCOMPARE(reset.count(), 0); // in place: selection and sort stay
        QVERIFY(!second.projectActions()->isReadOnly());
        QCOMPARE(list->rowAt(list->rowOfId(renamedId)).name,
                 QStringLiteral("Renamed between runs"));
        QVERIFY2(!footer(&second).contains(QLatin1String("as of")), qPrintable(footer(&second)));
    }

    void unreachableServer_showsTheCacheReadOnly()
    {
        TestSandbox sandbox;
        QVERIFY(sandbox.start());
        const QString token = sandbox.host->users().constFirst().token;
        Profile profile;
        QVERIFY(storeProfile(QStringLiteral("Far away"), sandbox.host->url(), token, &profile));
        ConsoleOptions options;
        options.profile = profile.name;
        QString opened;
        int listed = 0;
        {
            ConsoleApp first(options);
            QVERIFY(startAndList(&first));
            listed = first.projectList()->rowCount();
            // A project opened in this run keeps its details for the next one.
            opened = first.projectList()->rowAt(0).id;
            QVERIFY(first.browser()->selectProject(opened));
            QTRY_COMPARE_WITH_TIMEOUT(first.projectDetails()->state(),
                                      ProjectDetails::State::Loaded, 20000);
        }
        // The token never enters the cache.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/cache");
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(folder + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(name));
            const QByteArray utf16(reinterpret_cast<const char *>(token.utf16()), token.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(name));
        }
        sandbox.host.reset(); // the server goes away

        ConsoleApp second(options);
        // The sign-in tries a refused connection again a few times; quickly here.
        RetryPolicy quick;
        quick.backoffBaseMs = 20;
        second.client()->setRetryPolicy(quick);
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(second.session()->state() == Session::State::Failed, 60000);
        QVERIFY(second.session()->isUnreachable());
        QVERIFY(second.window()->isOffline());
        auto *banner = second.window()->findChild<QWidget *>(QStringLiteral("offlineBanner"));
        QVERIFY(banner && banner->isVisibleTo(second.window()));
        QCOMPARE(second.projectList()->rowCount(), listed);
        QVERIFY(second.browser()->isVisibleTo(second.window()));
        // Read-only: every form of the Project menu is off, and says why.
        QVERIFY(second.projectActions()->isReadOnly());
        for (QAction *action : second.projectActions()->menu()->actions()) {
            if (!action->isSeparator() && !action->menu())
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
        QVERIFY(!second.projectActions()->open(ProjectActions::Form::Destroy));
        // The opened project's details come from the cache, saying how old they are.
        QVERIFY(second.browser()->selectProject(opened));
        ProjectDetails *details = second.projectDetails();
        QTRY_COMPARE(details->projectId(), opened);
        QCOMPARE(details->describe().value(QLatin1String("id")).toString(), opened);
        QVERIFY2(details->errorText().contains(QLatin1String("offline")),
                 qPrintable(details->errorText()));
    }

    // The profile of the previous test is removed: its cached projects do not stay on disk.
    void removingAProfile_removesItsCache()
    {
        const ConsoleOptions options = persistentSandbox();
        ConsoleApp app(options);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        const std::optional<Profile> far = app.profiles()->findByName(QStringLiteral("Far away"));
        QVERIFY(far);
        const QString file = ProjectCache::fileFor(app.cacheFolder(), far->id);
        QVERIFY(QFileInfo::exists(file));
        bool removed = false;
        QVERIFY(app.profiles()->remove(far->id, this,
                                       [&](const CredentialResult &) { removed = true; }));
        QTRY_VERIFY(removed);
        QTRY_VERIFY(!QFileInfo::exists(file));
        // The signed-in (sandbox) profile's own cache stays.
        QVERIFY(waitSignedIn(&app));
        QVERIFY(app.cache());
        QVERIFY(QFileInfo::exists(app.cache()->filePath()));
    }

    // Another profile chosen while the first one's sign-in still waits for its server: the
    // other profile's cached projects replace the first's, and its cache is the one open.
    void switchingProfileWhileSigningIn_showsTheOtherProfilesCache()
    {
        QTcpServer silent; // accepts connections and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QUrl silentUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        Profile waiting;
        Profile other;
        QVERIFY(
            storeProfile(QStringLiteral("Waiting"), silentUrl, QStringLiteral("tok-w"), &waiting));
        QVERIFY(storeProfile(QStringLiteral("Other"), silentUrl, QStringLiteral("tok-o"), &other));
        ConsoleOptions options;
        options.profile = waiting.name;
        ConsoleApp app(options);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE(app.session()->state(), Session::State::SigningIn);
        QCOMPARE(app.cache()->owner().profileId, waiting.id);
        // What "Other" listed in an earlier run.
        {
            ProjectCache cache(ProjectCache::fileFor(app.cacheFolder(), other.id));
            QVERIFY(cache.open({ other.id, silentUrl.toString(), QString() }));
            QVector<ProjectRow> rows(3);
            for (int i = 0; i < rows.size(); ++i)
                rows[i].id = QStringLiteral("project-other%1").arg(i);
            QVERIFY(
                cache.storeListing(ProjectCache::listingKey(app.browser()->filterBar()->query()),
                                   rows, QDateTime::currentDateTimeUtc()));
        }
        app.session()->signIn(other.id);
        QCOMPARE(app.session()->state(), Session::State::SigningIn);
        QVERIFY(app.cache());
        QCOMPARE(app.cache()->owner().profileId, other.id);
        QCOMPARE(app.projectList()->rowCount(), 3);
        QCOMPARE(app.projectList()->rowAt(0).id, QStringLiteral("project-other0"));
        QVERIFY(app.projectList()->asOf().isValid());
        // Nothing is asked with the token before it is checked: a selected project says so.
        QVERIFY(app.projectDetails()->isHeld());
        QVERIFY(app.browser()->selectProject(QStringLiteral("project-other1")));
        QTRY_COMPARE(app.projectDetails()->state(), ProjectDetails::State::Error);
        QVERIFY2(app.projectDetails()->errorText().contains(QLatin1String("signing in")),
                 qPrintable(app.projectDetails()->errorText()));
        app.session()->cancelSignIn();
    }

    // A change made in the app just before signing out is in the cache all the same (it is
    // stored 2 s after the change, or at once when the rows go).
    void signingOut_storesAChangeNotStoredYet()
    {
        ConsoleApp app(persistentSandbox());
        QVERIFY(startAndList(&app));
        const QString path = app.cache()->filePath();
        const CacheOwner owner = app.cache()->owner();
        const QString key = ProjectCache::listingKey(app.projectList()->query());
        const QString id = app.projectList()->rowAt(0).id;
        QVERIFY(app.projectList()->updateRow(
            id, { { QStringLiteral("name"), QStringLiteral("Renamed just before") } }));
        app.session()->signOut();
        QCOMPARE(app.projectList()->rowCount(), 0);
        ProjectCache cache(path);
        QVERIFY(cache.open(owner));
        const std::optional<ProjectCache::Listing> listing = cache.listing(key);
        QVERIFY(listing);
        bool found = false;
        for (const ProjectRow &row : listing->rows)
            found = found || (row.id == id && row.name == QLatin1String("Renamed just before"));
        QVERIFY(found);
    }

    void clearCache_emptiesEveryProfilesCache()
    {
        const ConsoleOptions options = persistentSandbox();
        ConsoleApp app(options);
        QVERIFY(startAndList(&app));
        QVERIFY(app.cache());
        const QString key = ProjectCache::listingKey(app.projectList()->query());
        QVERIFY(app.cache()->listing(key));
        QVERIFY(app.clearCache() > 0);
        QVERIFY(!app.cache()->listing(key));
        // The other profile's file from the previous test is gone too.
        const QStringList left = QDir(app.cacheFolder()).entryList(QDir::Files);
        const QString own = QFileInfo(app.cache()->filePath()).fileName();
        for (const QString &file : left)
            QVERIFY2(file.startsWith(own), qPrintable(file)); // its own file, -wal and -shm
    }
};

QTEST_MAIN(TestConsoleCache)
#include "tst_consolecache.moc"
