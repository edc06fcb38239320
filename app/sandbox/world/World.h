#pragma once

#include "app/sandbox/world/Model.h"

#include <QHash>
#include <map>
#include <memory>
#include <vector>

namespace sandbox {

// Listing order of projects: newest first, then by id. Also the key of paging cursors.
struct ProjectKey
{
    qint64 created = 0;
    QString id;
    Project *project = nullptr; // not part of the order
    bool operator<(const ProjectKey &other) const
    {
        if (created != other.created)
            return created > other.created;
        return id < other.id;
    }
};

// The whole platform in memory, with the indexes that keep lookups cheap at 100,000 projects.
class World
{
public:
    World() = default;
    World(const World &) = delete; // projects are shared pointers: a copy would alias them
    World &operator=(const World &) = delete;
    World(World &&) = default;
    World &operator=(World &&) = default;

    QMap<QString, Region> regions;
    QHash<QString, Account> accounts;
    QStringList userOrder; // world order; the first user is the demo administrator
    QStringList orgOrder;

    const Account *account(const QString &id) const;
    Account *account(const QString &id);
    const Account *userByToken(const QString &token) const;
    const QStringList &orgsOf(const QString &userId) const;
    // Rebuilds the token and membership indexes after accounts changed.
    void reindexAccounts();

    Project *project(const QString &id);
    const Project *project(const QString &id) const;
    // Sorted on first use after inserts, so that loading or generating 100,000 projects does
    // not sort 100,000 times; a vector because scanning it is what findProjects does.
    const std::vector<ProjectKey> &projectOrder() const;
    // The first entry after `key` in projectOrder().
    std::vector<ProjectKey>::const_iterator orderAfter(const ProjectKey &key) const;
    int projectCount() const { return int(m_projects.size()); }
    Project &insertProject(Project project);
    void removeProject(const QString &id);
    // Project ids holding a copy of the file.
    const QSet<QString> &copiesOf(const QString &fileId) const;

    // Highest of the user's own grant, the grants of their orgs, and PUBLIC (VIEW).
    Level levelOf(const Project &project, const QString &userId) const;
    // Own grant or an org grant (not PUBLIC).
    bool hasExplicitPermission(const Project &project, const QString &userId) const;
    // The org membership of a user, or nullptr.
    const OrgMember *membership(const QString &orgId, const QString &userId) const;

private:
    QHash<QString, std::shared_ptr<Project>> m_projects;
    mutable std::vector<ProjectKey> m_order;
    mutable bool m_orderSorted = true;
    QHash<QString, QString> m_tokens;
    QHash<QString, QStringList> m_orgsOfUser;
    QHash<QString, QSet<QString>> m_copies;
};

} // namespace sandbox
