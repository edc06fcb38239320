#include "app/sandbox/store/Store.h"

#include "app/sandbox/world/World.h"
#include "app/sandbox/world/WorldJson.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "dxsandbox.store")

namespace sandbox {

namespace {
constexpr int SchemaVersion = 1;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("dxsandbox-store-%1").arg(++counter);
}
} // namespace

Store::Store()
    : m_connection(nextConnectionName())
{ }

Store::~Store()
{
    m_upsertProject.reset();
    m_deleteProject.reset();
    m_upsertAccount.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Store::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + query.lastError().text();
    return false;
}

bool Store::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    m_memory = path == QLatin1String(":memory:");
    if (!m_memory && !exec(QStringLiteral("PRAGMA journal_mode=WAL"), error))
        return false;
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error))
        return false;
    // 64 MB of page cache: writing 100,000 generated projects in one transaction otherwise
    // spills B-tree pages to the WAL again and again.
    if (!exec(QStringLiteral("PRAGMA cache_size=-65536"), error))
        return false;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = QStringLiteral("cannot read schema version: ") + version.lastError().text();
        return false;
    }
    const int found = version.value(0).toInt();
    if (found > SchemaVersion) {
        *error = QStringLiteral("database schema version %1 is newer than this sandbox (%2)")
                     .arg(found)
                     .arg(SchemaVersion);
        return false;
    }
    if (found == 0) {
        const QString schema[] = {
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS regions (id TEXT PRIMARY KEY, body BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, "
                "is_org INTEGER NOT NULL, body BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS projects (id TEXT PRIMARY KEY, body BLOB NOT NULL)"),
            QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)
        };
        for (const QString &sql : schema) {
            if (!exec(sql, error))
                return false;
        }
    }
    m_upsertProject = std::make_unique<QSqlQuery>(db);
    m_deleteProject = std::make_unique<QSqlQuery>(db);
    m_upsertAccount = std::make_unique<QSqlQuery>(db);
    if (!m_upsertProject->prepare(
            QStringLiteral("INSERT OR REPLACE INTO projects (id, body) VALUES (?, ?)"))
        || !m_deleteProject->prepare(QStringLiteral("DELETE FROM projects WHERE id = ?"))
        || !m_upsertAccount->prepare(QStringLiteral(
            "INSERT OR REPLACE INTO accounts (id, ord, is_org, body) VALUES (?, ?, ?, ?)"))) {
        *error = QStringLiteral("cannot prepare statements: ") + db.lastError().text();
        return false;
    }
    return true;
}

bool Store::hasWorld() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) && query.next()
        && query.value(0).toInt() > 0;
}

bool Store::load(World &world, QString *error) const
{
    world = World();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    try {
        if (!query.exec(QStringLiteral("SELECT body FROM regions")))
            throw query.lastError().text();
        while (query.next()) {
            const Region region = json::regionFromJson(
                QJsonDocument::fromJson(query.value(0).toByteArray()).object());
            world.regions.insert(region.id, region);
        }
        if (!query.exec(QStringLiteral("SELECT body, is_org FROM accounts ORDER BY ord")))
            throw query.lastError().text();
        while (query.next()) {
            const bool isOrg = query.value(1).toInt() != 0;
            const Account account = json::accountFromJson(
                QJsonDocument::fromJson(query.value(0).toByteArray()).object(), isOrg);
            (isOrg ? world.orgOrder : world.userOrder).append(account.id);
            world.accounts.insert(account.id, account);
        }
        if (!query.exec(QStringLiteral("SELECT body FROM projects")))
            throw query.lastError().text();
        while (query.next()) {
            world.insertProject(json::projectFromJson(
                QJsonDocument::fromJson(query.value(0).toByteArray()).object(), 0));
        }
    } catch (const QString &message) {
        *error = QStringLiteral("cannot load the database: ") + message;
        return false;
    } catch (...) {
        *error = QStringLiteral("cannot load the database: a stored entity is invalid");
        return false;
    }
    world.reindexAccounts();
    return true;
}

bool Store::saveAll(const World &world, QString *error)
{
    // A new database is filled with a rollback journal, then switched to WAL: writing 100,000
    // projects through the WAL costs twice as long (the WAL is written, then checkpointed).
    if (!m_memory && !exec(QStringLiteral("PRAGMA journal_mode=DELETE"), error))
        return false;
    const bool saved = saveAllInTransaction(world, error);
    if (!m_memory && !exec(QStringLiteral("PRAGMA journal_mode=WAL"), error))
        return false;
    return saved;
}

bool Store::saveAllInTransaction(const World &world, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery region(db);
    region.prepare(QStringLiteral("INSERT OR REPLACE INTO regions (id, body) VALUES (?, ?)"));
    for (const Region &r : world.regions) {
        region.addBindValue(r.id);
        region.addBindValue(compact(json::toJson(r)));
        if (!region.exec()) {
            *error = region.lastError().text();
            db.rollback();
            return false;
        }
    }
    Changes all;
    for (const QString &id : world.userOrder)
        all.accounts.insert(id);
    for (const QString &id : world.orgOrder)
        all.accounts.insert(id);
    for (const ProjectKey &key : world.projectOrder())
        all.projects.insert(key.id);
    if (!writeChanges(world, all, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Store::commit(const World &world, const Changes &changes, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!writeChanges(world, changes, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        qCWarning(lcStore) << "commit failed:" << *error;
        return false;
    }
    return true;
}

bool Store::writeChanges(const World &world, const Changes &changes, QString *error)
{
    for (const QString &id : changes.accounts) {
        const Account *account = world.account(id);
        if (!account)
            continue;
        const int order = account->isOrg ? 100000 + int(world.orgOrder.indexOf(id))
                                         : int(world.userOrder.indexOf(id));
        m_upsertAccount->addBindValue(id);
        m_upsertAccount->addBindValue(order);
        m_upsertAccount->addBindValue(account->isOrg ? 1 : 0);
        m_upsertAccount->addBindValue(compact(json::toJson(*account)));
        if (!m_upsertAccount->exec()) {
            *error = m_upsertAccount->lastError().text();
            return false;
        }
    }
    // In key order: appending to the B-tree is much faster than inserting at random places.
    QStringList projectIds(changes.projects.begin(), changes.projects.end());
    projectIds.sort();
    for (const QString &id : qAsConst(projectIds)) {
        const Project *project = world.project(id);
        if (!project)
            continue;
        m_upsertProject->addBindValue(id);
        m_upsertProject->addBindValue(json::projectBytes(*project));
        if (!m_upsertProject->exec()) {
            *error = m_upsertProject->lastError().text();
            return false;
        }
    }
    for (const QString &id : changes.removedProjects) {
        m_deleteProject->addBindValue(id);
        if (!m_deleteProject->exec()) {
            *error = m_deleteProject->lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace sandbox
