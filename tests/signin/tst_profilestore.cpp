#include "models/signin/MemoryCredentialStore.h"
#include "models/signin/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
Profile newProfile(const QString &name,
                   const QString &url = QStringLiteral("https://api.dnanexus.com"))
{
    Profile p;
    p.name = name;
    p.serverUrl = QUrl(url);
    return p;
}

bool writeToken(CredentialStore &store, const QString &key, const QString &token)
{
    bool ok = false, done = false;
    store.write(key, token, nullptr, [&](const CredentialResult &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 2000) && ok;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(QStringLiteral("dxconsole.ini"));
        m_credentials = std::make_unique<MemoryCredentialStore>();
    }

    void add_thenReopen_roundTripsEveryField()
    {
        Profile saved;
        {
            ProfileStore store(m_file, m_credentials.get());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            Profile p
                = newProfile(QStringLiteral("Sandbox"), QStringLiteral("http://127.0.0.1:8124"));
            p.userId = QStringLiteral("user-alice");
            p.userName = QStringLiteral("Alice Smith");
            QVERIFY(store.add(p).isEmpty());
            QVERIFY(!p.id.isEmpty());
            QCOMPARE(changed.count(), 1);
            saved = p;
        }
        ProfileStore reopened(m_file, m_credentials.get());
        const QList<Profile> all = reopened.profiles();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).id, saved.id);
        QCOMPARE(all.at(0).name, QStringLiteral("Sandbox"));
        QCOMPARE(all.at(0).serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8124")));
        QCOMPARE(all.at(0).userId, QStringLiteral("user-alice"));
        QCOMPARE(all.at(0).userName, QStringLiteral("Alice Smith"));
    }

    void add_withTheSettingsObjectOfTheApp_writesIntoIt()
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ProfileStore store(&settings, m_credentials.get());
        Profile p = newProfile(QStringLiteral("Production"));
        QVERIFY(store.add(p).isEmpty());
        QVERIFY(settings.childGroups().contains(QStringLiteral("profiles")));
        QCOMPARE(store.findByName(QStringLiteral("production"))->id, p.id);
    }

    void add_duplicateName_isRefusedAndNothingStored()
    {
        ProfileStore store(m_file, m_credentials.get());
        Profile a = newProfile(QStringLiteral("Prod"));
        QVERIFY(store.add(a).isEmpty());
        Profile b = newProfile(QStringLiteral("prod"));
        const auto problems = store.add(b);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).rule, ProfileRules::Rule::Unique);
        QVERIFY(b.id.isEmpty());
        QCOMPARE(store.profiles().size(), 1);
    }

    void add_invalidUrl_isRefused()
    {
        ProfileStore store(m_file, m_credentials.get());
        Profile p = newProfile(QStringLiteral("X"), QStringLiteral("ftp://example.org"));
        const auto problems = store.add(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).field, ProfileRules::Field::ServerUrl);
        QVERIFY(store.profiles().isEmpty());
    }

    void profiles_areSortedByName()
    {
        ProfileStore store(m_file, m_credentials.get());
        for (const char *name : { "zeta", "Alpha", "beta" }) {
            Profile p = newProfile(QString::fromLatin1(name));
            QVERIFY(store.add(p).isEmpty());
        }
        QStringList names;
        for (const Profile &p : store.profiles())
            names << p.name;
        QCOMPARE(names,
                 QStringList(
                     { QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta") }));
    }

    void update_changesFieldsAndKeepsTheId()
    {
        ProfileStore store(m_file, m_credentials.get());
        Profile p = newProfile(QStringLiteral("Old"));
        QVERIFY(store.add(p).isEmpty());
        p.name = QStringLiteral("New");
        p.serverUrl = QUrl(QStringLiteral("https://other.example.org"));
        QVERIFY(store.update(p).isEmpty());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.find(p.id)->name, QStringLiteral("New"));
        QCOMPARE(store.find(p.id)->serverUrl, QUrl(QStringLiteral("https://other.example.org")));
        QVERIFY(!store.findByName(QStringLiteral("Old")));
    }

    void update_unknownProfile_isRefused()
    {
        ProfileStore store(m_file, m_credentials.get());
        Profile ghost = newProfile(QStringLiteral("Ghost"));
        ghost.id = QStringLiteral("no-such-id");
        const auto problems = store.update(ghost);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).rule, ProfileRules::Rule::UnknownProfile);
        QVERIFY(store.profiles().isEmpty());
    }

    void remove_removesTheProfileAndItsToken()
    {
        ProfileStore store(m_file, m_credentials.get());
        Profile p = newProfile(QStringLiteral("Prod"));
        QVERIFY(store.add(p).isEmpty());
        QVERIFY(writeToken(*m_credentials, p.id, QStringLiteral("tok")));
        bool removed = false;
        QVERIFY(
            store.remove(p.id, this, [&removed](const CredentialResult &r) { removed = r.ok(); }));
        QVERIFY(!store.find(p.id));
        QTRY_VERIFY(removed);
        QVERIFY(!m_credentials->contains(p.id));
    }

    void remove_profileWithoutToken_reportsSuccess()
    {
        ProfileStore store(m_file, m_credentials.get());
        Profile p = newProfile(QStringLiteral("Prod"));
        QVERIFY(store.add(p).isEmpty());
        std::optional<bool> ok;
        QVERIFY(store.remove(p.id, this, [&ok](const CredentialResult &r) { ok = r.ok(); }));
        QTRY_VERIFY(ok.has_value());
        QVERIFY(*ok);
    }

    void remove_unknownId_returnsFalse()
    {
        ProfileStore store(m_file, m_credentials.get());
        QVERIFY(!store.remove(QStringLiteral("nope")));
    }

    void currentProfile_isRememberedAcrossInstances()
    {
        QString id;
        {
            ProfileStore store(m_file, m_credentials.get());
            Profile p = newProfile(QStringLiteral("Prod"));
            QVERIFY(store.add(p).isEmpty());
            QSignalSpy current(&store, &ProfileStore::currentChanged);
            store.setCurrentProfileId(p.id);
            QCOMPARE(current.count(), 1);
            QCOMPARE(current.at(0).at(0).toString(), p.id);
            store.setCurrentProfileId(p.id); // no change, no signal
            QCOMPARE(current.count(), 1);
            id = p.id;
        }
        ProfileStore reopened(m_file, m_credentials.get());
        QCOMPARE(reopened.currentProfileId(), id);
    }

    void currentProfile_unknownIdIsIgnored()
    {
        ProfileStore store(m_file, m_credentials.get());
        QSignalSpy current(&store, &ProfileStore::currentChanged);
        store.setCurrentProfileId(QStringLiteral("nope"));
        QVERIFY(store.currentProfileId().isEmpty());
        QCOMPARE(current.count(), 0);
    }

    void removingTheCurrentProfile_clearsCurrent()
    {
        ProfileStore store(m_file, m_credentials.get());
        Profile p = newProfile(QStringLiteral("Prod"));
        QVERIFY(store.add(p).isEmpty());
        store.setCurrentProfileId(p.id);
        QSignalSpy current(&store, &ProfileStore::currentChanged);
        store.remove(p.id);
        QCOMPARE(current.count(), 1);
        QVERIFY(current.at(0).at(0).toString().isEmpty());
        QVERIFY(store.currentProfileId().isEmpty());
    }

    void settingsFile_neverContainsTheToken()
    {
        const QString token = QStringLiteral("tok-ProfileStoreLeakCheck-0123456789");
        {
            ProfileStore store(m_file, m_credentials.get());
            Profile p = newProfile(QStringLiteral("Prod"));
            QVERIFY(store.add(p).isEmpty());
            QVERIFY(writeToken(*m_credentials, p.id, token));
            p.userName = QStringLiteral("Alice");
            QVERIFY(store.update(p).isEmpty());
            store.setCurrentProfileId(p.id);
        }
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("Prod")); // the file is the one that was written
        QVERIFY(!contents.contains(token.toUtf8()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
