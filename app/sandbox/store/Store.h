#pragma once

#include <QSet>
#include <QString>
#include <memory>

class QSqlQuery;

namespace sandbox {

class World;

// What one write request changed; committed as one transaction.
struct Changes
{
    QSet<QString> projects; // inserted or updated
    QSet<QString> removedProjects; // destroyed
    QSet<QString> accounts;
    bool isEmpty() const
    {
        return projects.isEmpty() && removedProjects.isEmpty() && accounts.isEmpty();
    }
    void clear()
    {
        projects.clear();
        removedProjects.clear();
        accounts.clear();
    }
};

// SQLite persistence through Qt SQL. One row per entity holding its JSON (the world file's
// shape). WAL with synchronous=NORMAL: a commit has reached the WAL file in the kernel before
// commit() returns, so killing the process loses nothing acknowledged (a power cut may lose the
// last transactions, which is acceptable for a sandbox). Used from one thread only.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // path ":memory:" for a private in-memory database.
    bool open(const QString &path, QString *error);
    bool hasWorld() const;
    bool load(World &world, QString *error) const;
    // Writes the entire world (a new database), one transaction.
    bool saveAll(const World &world, QString *error);
    bool commit(const World &world, const Changes &changes, QString *error);

private:
    bool exec(const QString &sql, QString *error) const;
    bool saveAllInTransaction(const World &world, QString *error);
    bool writeChanges(const World &world, const Changes &changes, QString *error);

    QString m_connection;
    bool m_memory = false;
    std::unique_ptr<QSqlQuery> m_upsertProject;
    std::unique_ptr<QSqlQuery> m_deleteProject;
    std::unique_ptr<QSqlQuery> m_upsertAccount;
};

} // namespace sandbox
