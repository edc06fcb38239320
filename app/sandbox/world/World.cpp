#include "app/sandbox/world/World.h"

#include <algorithm>

namespace sandbox {

const Account *World::account(const QString &id) const
{
    auto it = accounts.constFind(id);
    return it == accounts.constEnd() ? nullptr : &it.value();
}

Account *World::account(const QString &id)
{
    auto it = accounts.find(id);
    return it == accounts.end() ? nullptr : &it.value();
}

const Account *World::userByToken(const QString &token) const
{
    auto it = m_tokens.constFind(token);
    return it == m_tokens.constEnd() ? nullptr : account(it.value());
}

const QStringList &World::orgsOf(const QString &userId) const
{
    static const QStringList none;
    auto it = m_orgsOfUser.constFind(userId);
    return it == m_orgsOfUser.constEnd() ? none : it.value();
}

void World::reindexAccounts()
{
    m_tokens.clear();
    m_orgsOfUser.clear();
    for (const QString &id : qAsConst(userOrder)) {
        const Account *user = account(id);
        if (user && !user->token.isEmpty())
            m_tokens.insert(user->token, id);
    }
    for (const QString &id : qAsConst(orgOrder)) {
        const Account *org = account(id);
        if (!org)
            continue;
        for (auto it = org->members.cbegin(); it != org->members.cend(); ++it)
            m_orgsOfUser[it.key()].append(id);
    }
}

Project *World::project(const QString &id)
{
    auto it = m_projects.constFind(id);
    return it == m_projects.constEnd() ? nullptr : it.value().get();
}

const Project *World::project(const QString &id) const
{
    auto it = m_projects.constFind(id);
    return it == m_projects.constEnd() ? nullptr : it.value().get();
}

Project &World::insertProject(Project project)
{
    auto stored = std::make_shared<Project>(std::move(project));
    const ProjectKey key { stored->created, stored->id, stored.get() };
    if (!m_order.empty() && !(m_order.back() < key))
        m_orderSorted = false;
    m_order.push_back(key);
    for (const FileCopy &file : qAsConst(stored->files))
        m_copies[file.id].insert(stored->id);
    m_projects.insert(stored->id, stored);
    return *stored;
}

void World::removeProject(const QString &id)
{
    Project *p = project(id);
    if (!p)
        return;
    projectOrder();
    const ProjectKey key { p->created, p->id, nullptr };
    auto at = std::lower_bound(m_order.begin(), m_order.end(), key);
    if (at != m_order.end() && at->id == id)
        m_order.erase(at);
    for (const FileCopy &file : qAsConst(p->files)) {
        auto it = m_copies.find(file.id);
        if (it != m_copies.end()) {
            it->remove(id);
            if (it->isEmpty())
                m_copies.erase(it);
        }
    }
    m_projects.remove(id);
}

const std::vector<ProjectKey> &World::projectOrder() const
{
    if (!m_orderSorted) {
        std::sort(m_order.begin(), m_order.end());
        m_orderSorted = true;
    }
    return m_order;
}

std::vector<ProjectKey>::const_iterator World::orderAfter(const ProjectKey &key) const
{
    const std::vector<ProjectKey> &order = projectOrder();
    return std::upper_bound(order.begin(), order.end(), key);
}

const QSet<QString> &World::copiesOf(const QString &fileId) const
{
    static const QSet<QString> none;
    auto it = m_copies.constFind(fileId);
    return it == m_copies.constEnd() ? none : it.value();
}

Level World::levelOf(const Project &project, const QString &userId) const
{
    Level level = project.members.value(userId, Level::None);
    if (level == Level::Administer)
        return level;
    for (const QString &org : orgsOf(userId))
        level = std::max(level, project.members.value(org, Level::None));
    if (level < Level::View && project.isPublic())
        level = Level::View;
    return level;
}

bool World::hasExplicitPermission(const Project &project, const QString &userId) const
{
    if (project.members.contains(userId))
        return true;
    for (const QString &org : orgsOf(userId)) {
        if (project.members.contains(org))
            return true;
    }
    return false;
}

const OrgMember *World::membership(const QString &orgId, const QString &userId) const
{
    const Account *org = account(orgId);
    if (!org || !org->isOrg)
        return nullptr;
    auto it = org->members.constFind(userId);
    return it == org->members.constEnd() ? nullptr : &it.value();
}

} // namespace sandbox
