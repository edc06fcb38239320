#include "models/browser/ListingKeeper.h"
#include "models/browser/ProjectCache.h"
#include "models/browser/ProjectQuery.h"
#include "tests/browser/ProjectListRig.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CacheOwner)

// The local cache of one profile: listings and describes survive a run, and a file that is not
// this profile's cache of this schema is never read.
class TestProjectCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)); }

    static CacheOwner alice()
    {
        return { QStringLiteral("profile-a"), QStringLiteral("https://api.example"),
                 QStringLiteral("user-alice") };
    }

    static QVector<ProjectRow> someRows(int count)
    {
        QVector<ProjectRow> rows;
        for (int i = 0; i < count; ++i) {
            ProjectRow row;
            row.id = QStringLiteral("project-%1").arg(i);
            row.name = QStringLiteral("Tumour WGS %1 é").arg(i);
            row.region = QStringLiteral("aws:us-east-1");
            row.billTo = QStringLiteral("org-genomics");
            row.tags = { QStringLiteral("wgs"), QStringLiteral("t%1").arg(i % 3) };
            row.created = 1700000000000 + i;
            row.modified = 1700000500000 + i;
            row.dataUsage = 1.5 * i;
            row.storageCost = 0.25 * i;
            row.level = Level::Contribute;
            row.set(ProjectRow::HasCreated, true);
            row.set(ProjectRow::HasDataUsage, true);
            row.set(ProjectRow::Protected, i % 2 == 0);
            rows.append(row);
        }
        return rows;
    }

    static void writeUserVersion(const QString &path, int version)
    {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
    }

private Q_SLOTS:
    void listing_roundTrip_everyFieldAndTheTime()
    {
        const QString path = newFile();
        const QVector<ProjectRow> rows = someRows(50);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1760000000000, Qt::UTC);
        const QString key = ProjectCache::listingKey(ProjectQuery());
        {
            ProjectCache cache(path);
            QVERIFY(cache.open(alice()));
            QVERIFY(cache.storeListing(key, rows, at));
        }
        ProjectCache cache(path);
        QVERIFY(cache.open(alice()));
        const std::optional<ProjectCache::Listing> listing = cache.listing(key);
        QVERIFY(listing);
        QCOMPARE(listing->fetchedAt, at);
        QCOMPARE(listing->rows.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QVERIFY2(listing->rows.at(i) == rows.at(i), qPrintable(rows.at(i).id));
        // Another query's listing is not this one's.
        ProjectQuery other;
        other.name = QStringLiteral("Tumour");
        QVERIFY(!cache.listing(ProjectCache::listingKey(other)));
        QVERIFY(cache.sizeOnDisk() > 0);
    }

    // What it holds is the user's: nobody else on the machine may read it.
    void file_isReadableByItsOwnerOnly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("private"));
        const QString path = folder + QStringLiteral("/cache.sqlite");
        ProjectCache cache(path);
        QVERIFY(cache.open(alice()));
        QVERIFY(
            cache.storeListing(QStringLiteral("k"), someRows(2), QDateTime::currentDateTimeUtc()));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(folder)
                     & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        if (QFileInfo::exists(path + QStringLiteral("-wal")))
            QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")) & others,
                     QFileDevice::Permissions());
    }

    // Writes in the background land one after the other, in the order they were asked, and
    // a read right after them sees the last.
    void backgroundWrites_landInOrder()
    {
        // Two writes sharing a connection ("duplicate connection name", "still in use") would
        // free each other's driver.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("connection")));
        ProjectCache cache(newFile());
        QVERIFY(cache.open(alice()));
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        for (int i = 1; i <= 12; ++i) {
            cache.storeListingInBackground(a, someRows(200 * i), QDateTime::currentDateTimeUtc());
            cache.storeListingInBackground(b, someRows(i), QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(cache.listing(a)->rows.size(), 2400);
        QCOMPARE(cache.listing(b)->rows.size(), 12);
    }

    void describe_roundTrip_andForget()
    {
        const QString path = newFile();
        const QJsonObject describe { { QStringLiteral("id"), QStringLiteral("project-1") },
                                     { QStringLiteral("name"), QStringLiteral("One") } };
        {
            ProjectCache cache(path);
            QVERIFY(cache.open(alice()));
            QVERIFY(cache.storeDescribe(QStringLiteral("project-1"), describe,
                                        QDateTime::currentDateTimeUtc()));
        }
        ProjectCache cache(path);
        QVERIFY(cache.open(alice()));
        QCOMPARE(cache.describe(QStringLiteral("project-1"))->describe, describe);
        cache.forgetDescribe(QStringLiteral("project-1"));
        QVERIFY(!cache.describe(QStringLiteral("project-1")));
    }

    // A file of another profile, server or user is emptied before anything is read from it.
    void anotherOwnersCache_isNeverRead_data()
    {
        QTest::addColumn<CacheOwner>("reader");
        CacheOwner profile = alice();
        profile.profileId = QStringLiteral("profile-b");
        CacheOwner server = alice();
        server.server = QStringLiteral("https://elsewhere.example");
        CacheOwner user = alice();
        user.userId = QStringLiteral("user-bob");
        QTest::newRow("another profile") << profile;
        QTest::newRow("another server") << server;
        QTest::newRow("another user") << user;
    }
    void anotherOwnersCache_isNeverRead()
    {
        QFETCH(CacheOwner, reader);
        const QString path = newFile();
        const QString key = ProjectCache::listingKey(ProjectQuery());
        {
            ProjectCache cache(path);
            QVERIFY(cache.open(alice()));
            QVERIFY(cache.storeListing(key, someRows(3), QDateTime::currentDateTimeUtc()));
            QVERIFY(cache.storeDescribe(QStringLiteral("project-1"), {}, QDateTime()));
        }
        ProjectCache cache(path);
        QVERIFY(cache.open(reader));
        QVERIFY(!cache.listing(key));
        QVERIFY(!cache.describe(QStringLiteral("project-1")));
        // Nor does the first owner get it back: it now holds the new owner's (nothing).
        ProjectCache again(path);
        QVERIFY(again.open(alice()));
        QVERIFY(!again.listing(key));
    }

    // Before the sign-in knows the user, the profile's last user's rows show; the sign-in's
    // user then reopens it, and another user empties it.
    void unknownUser_takesTheProfilesLastUser()
    {
        const QString path = newFile();
        const QString key = ProjectCache::listingKey(ProjectQuery());
        {
            ProjectCache cache(path);
            QVERIFY(cache.open(alice()));
            QVERIFY(cache.storeListing(key, someRows(3), QDateTime::currentDateTimeUtc()));
        }
        CacheOwner unknown = alice();
        unknown.userId.clear();
        ProjectCache cache(path);
        QVERIFY(cache.open(unknown));
        QCOMPARE(cache.owner().userId, QStringLiteral("user-alice"));
        QVERIFY(cache.listing(key));
        CacheOwner bob = alice();
        bob.userId = QStringLiteral("user-bob");
        QVERIFY(cache.open(bob));
        QVERIFY(!cache.listing(key));
    }

    void profiles_haveFilesOfTheirOwn()
    {
        const QString a = ProjectCache::fileFor(m_dir.path(), QStringLiteral("profile-a"));
        const QString b = ProjectCache::fileFor(m_dir.path(), QStringLiteral("profile-b"));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(m_dir.path()));
        // The built-in sandbox's id is not a file name; its cache file still is one.
        const QString sandbox = ProjectCache::fileFor(m_dir.path(), QStringLiteral("\x01sandbox"));
        QVERIFY(!sandbox.contains(QLatin1Char('\x01')));
    }

    // A removed profile's cache goes, with its log and any set-aside copy; the others stay.
    void removeFilesExcept_keepsOnlyTheNamedProfiles()
    {
        QTemporaryDir folder;
        const QString kept = ProjectCache::fileFor(folder.path(), QStringLiteral("profile-a"));
        const QString gone = ProjectCache::fileFor(folder.path(), QStringLiteral("profile-b"));
        const QStringList files { kept, kept + QStringLiteral("-wal"), gone,
                                  gone + QStringLiteral("-wal"),
                                  gone + QStringLiteral(".corrupt-20261204120000") };
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        QFile other(folder.filePath(QStringLiteral("activity.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QCOMPARE(ProjectCache::removeFilesExcept(folder.path(), { QStringLiteral("profile-a") }),
                 3);
        QVERIFY(QFileInfo::exists(kept));
        QVERIFY(QFileInfo::exists(kept + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(gone));
        QVERIFY(!QFileInfo::exists(gone + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(gone + QStringLiteral(".corrupt-20261204120000")));
        QVERIFY(QFileInfo::exists(other.fileName()));
    }

    void corruptFile_isSetAside_andANewCacheWorks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage")
            << QByteArray("this is not a database, just some text\n").repeated(200);
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 18);
    }
    void corruptFile_isSetAside_andANewCacheWorks()
    {
        QFETCH(QByteArray, content);
        const QString path = newFile();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        ProjectCache cache(path);
        QVERIFY(cache.open(alice()));
        QVERIFY(cache.isUsable());
        QVERIFY(!cache.setAsidePath().isEmpty());
        QFile aside(cache.setAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content); // kept as it was, for whoever wants to look
        const QString key = ProjectCache::listingKey(ProjectQuery());
        QVERIFY(cache.storeListing(key, someRows(2), QDateTime::currentDateTimeUtc()));
        QCOMPARE(cache.listing(key)->rows.size(), 2);
    }

    void sqliteFileOfAnotherProgram_isSetAside()
    {
        const QString path = newFile();
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        ProjectCache cache(path);
        QVERIFY(cache.open(alice()));
        QVERIFY(!cache.setAsidePath().isEmpty());
    }

    void newerSchema_isLeftAlone_andNotUsed()
    {
        const QString path = newFile();
        const QString key = ProjectCache::listingKey(ProjectQuery());
        {
            ProjectCache cache(path);
            QVERIFY(cache.open(alice()));
            QVERIFY(cache.storeListing(key, someRows(3), QDateTime::currentDateTimeUtc()));
        }
        writeUserVersion(path, ProjectCache::schemaVersion + 1);
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        ProjectCache cache(path);
        QString why;
        QVERIFY(!cache.open(alice(), &why));
        QCOMPARE(cache.status(), ProjectCache::Status::NewerSchema);
        QVERIFY2(why.contains(QLatin1String("newer")), qPrintable(why));
        QVERIFY(!cache.listing(key));
        QVERIFY(!cache.storeListing(key, someRows(1), QDateTime::currentDateTimeUtc()));
        QVERIFY(cache.setAsidePath().isEmpty());
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void onlyTheNewestListingsAreKept()
    {
        ProjectCache cache(newFile());
        QVERIFY(cache.open(alice()));
        QStringList keys;
        for (int i = 0; i < ProjectCache::maxListings + 2; ++i) {
            ProjectQuery query;
            query.name = QStringLiteral("name %1").arg(i);
            keys.append(ProjectCache::listingKey(query));
            QVERIFY(cache.storeListing(keys.last(), someRows(1), QDateTime::currentDateTimeUtc()));
            QTest::qWait(2); // "stored" orders them
        }
        QVERIFY(!cache.listing(keys.first()));
        QVERIFY(cache.listing(keys.last()));
    }

    void clear_emptiesAndShrinks()
    {
        ProjectCache cache(newFile());
        QVERIFY(cache.open(alice()));
        const QString key = ProjectCache::listingKey(ProjectQuery());
        QVERIFY(cache.storeListing(key, someRows(3000), QDateTime::currentDateTimeUtc()));
        const qint64 full = cache.sizeOnDisk();
        QVERIFY(cache.clear());
        QVERIFY(!cache.listing(key));
        QVERIFY2(cache.sizeOnDisk() < full / 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(cache.sizeOnDisk()).arg(full)));
    }

    // The keeper stores a complete listing, and the next run's list shows it before any call.
    void keeper_storesACompleteListing_andRestoresIt()
    {
        const QString path = newFile();
        {
            ProjectListRig rig;
            rig.server.fill(40);
            rig.serve();
            ProjectCache cache(path);
            QVERIFY(cache.open(alice()));
            ListingKeeper keeper(&rig.model);
            keeper.setCache(&cache);
            QSignalSpy done(&rig.model, &ProjectListModel::allLoaded);
            rig.model.setLoadsAll(true);
            rig.model.reload(ProjectQuery());
            QVERIFY(done.wait(5000));
        }
        ProjectListRig rig;
        rig.serve();
        ProjectCache cache(path);
        QVERIFY(cache.open(alice()));
        ListingKeeper keeper(&rig.model);
        keeper.setCache(&cache);
        QVERIFY(keeper.restore(ProjectQuery()));
        QCOMPARE(rig.model.rowCount(), 40);
        QVERIFY(rig.model.asOf().isValid());
        QVERIFY(rig.server.inputs.isEmpty());
        // A partial or cached list is never stored as if it were a fresh listing.
        QVERIFY(!keeper.storeNow());
        ProjectQuery other;
        other.name = QStringLiteral("x");
        QVERIFY(!keeper.restore(other));
    }

    // A change made in the app (a row updated, a project destroyed) reaches the cache soon
    // after, so that the next start does not show it as it was.
    void keeper_storesChangesMadeInTheApp()
    {
        const QString path = newFile();
        const QString key = ProjectCache::listingKey(ProjectQuery());
        ProjectListRig rig;
        rig.server.fill(10);
        rig.serve();
        ProjectCache cache(path);
        QVERIFY(cache.open(alice()));
        ListingKeeper keeper(&rig.model);
        keeper.setStoreDelay(10);
        keeper.setCache(&cache);
        QSignalSpy done(&rig.model, &ProjectListModel::allLoaded);
        rig.model.setLoadsAll(true);
        rig.model.reload(ProjectQuery());
        QVERIFY(done.wait(5000));
        const QString renamed = FakeProjectServer::idFor(3);
        QVERIFY(
            rig.model.updateRow(renamed, { { QStringLiteral("name"), QStringLiteral("New") } }));
        QVERIFY(rig.model.removeProject(FakeProjectServer::idFor(4)));
        QTRY_VERIFY([&] {
            const auto listing = cache.listing(key);
            if (!listing || listing->rows.size() != 9)
                return false;
            for (const ProjectRow &row : listing->rows) {
                if (row.id == renamed)
                    return row.name == QLatin1String("New");
            }
            return false;
        }());
    }
};

QTEST_GUILESS_MAIN(TestProjectCache)
#include "tst_projectcache.moc"
