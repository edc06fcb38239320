#include "app/sandbox/world/WorldLoader.h"

#include "app/sandbox/service/Failure.h"
#include "app/sandbox/world/World.h"
#include "app/sandbox/world/WorldJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {

[[noreturn]] void fail(const QString &where, const QString &message)
{
    throw Failure { QStringLiteral("InvalidInput"), where + QStringLiteral(": ") + message };
}

void checkRegions(const World &world, const Account &account, const QString &where)
{
    for (const QString &region : account.permittedRegions) {
        if (!world.regions.contains(region))
            fail(where, QStringLiteral("permittedRegions: unknown region ") + region);
    }
}

void checkProject(const World &world, const Project &p, const QString &where)
{
    if (!world.regions.contains(p.region))
        fail(where, QStringLiteral("region: unknown region ") + p.region);
    const Account *billTo = world.account(p.billTo);
    if (!billTo)
        fail(where, QStringLiteral("billTo: unknown account ") + p.billTo);
    if (!billTo->permittedRegions.contains(p.region))
        fail(where, QStringLiteral("region: not among the permittedRegions of ") + p.billTo);
    if (p.containsPHI && !world.regions.value(p.region).phi)
        fail(where,
             QStringLiteral("containsPHI: region ") + p.region
                 + QStringLiteral(" does not support PHI"));
    const Account *creator = world.account(p.createdBy);
    if (!creator || creator->isOrg)
        fail(where, QStringLiteral("createdBy: must be a user of the world"));
    for (auto it = p.members.cbegin(); it != p.members.cend(); ++it) {
        if (it.key() != QLatin1String("PUBLIC") && !world.account(it.key()))
            fail(where, QStringLiteral("members: unknown account ") + it.key());
    }
}

} // namespace

bool WorldLoader::load(const QJsonObject &file, qint64 now, World *world, QString *error)
{
    World built;
    QString where = QStringLiteral("world");
    try {
        const QJsonArray regions = file.value(QStringLiteral("regions")).toArray();
        for (int i = 0; i < regions.size(); ++i) {
            where = QStringLiteral("regions[%1]").arg(i);
            const Region region = json::regionFromJson(regions.at(i).toObject());
            built.regions.insert(region.id, region);
        }
        const QString kinds[] = { QStringLiteral("users"), QStringLiteral("orgs") };
        for (const QString &kind : kinds) {
            const bool isOrg = kind == QLatin1String("orgs");
            const QJsonArray list = file.value(kind).toArray();
            for (int i = 0; i < list.size(); ++i) {
                where = kind + QStringLiteral("[%1]").arg(i);
                const Account account = json::accountFromJson(list.at(i).toObject(), isOrg);
                if (built.accounts.contains(account.id))
                    fail(where, QStringLiteral("id: duplicate ") + account.id);
                checkRegions(built, account, where);
                (isOrg ? built.orgOrder : built.userOrder).append(account.id);
                built.accounts.insert(account.id, account);
            }
        }
        if (built.userOrder.isEmpty())
            fail(QStringLiteral("users"), QStringLiteral("at least one user is required"));
        for (const Account &account : qAsConst(built.accounts)) {
            if (!account.isOrg && !built.account(account.billTo))
                fail(account.id, QStringLiteral("billTo: unknown account ") + account.billTo);
            for (auto it = account.members.cbegin(); it != account.members.cend(); ++it) {
                const Account *user = built.account(it.key());
                if (!user || user->isOrg)
                    fail(account.id, QStringLiteral("members: unknown user ") + it.key());
            }
        }
        built.reindexAccounts();
        const QJsonArray projects = file.value(QStringLiteral("projects")).toArray();
        for (int i = 0; i < projects.size(); ++i) {
            where = QStringLiteral("projects[%1]").arg(i);
            QJsonObject object = projects.at(i).toObject();
            // Creation times spread into the past keep the listing order meaningful.
            const qint64 created = now - qint64(projects.size() - i) * 3600 * 1000;
            Project project = json::projectFromJson(object, created);
            if (project.billTo.isEmpty() && !project.createdBy.isEmpty())
                project.billTo = project.createdBy;
            if (project.region.isEmpty() && built.account(project.billTo))
                project.region = built.account(project.billTo)->defaultRegion;
            checkProject(built, project, where);
            if (built.project(project.id))
                fail(where, QStringLiteral("id: duplicate ") + project.id);
            if (project.members.isEmpty())
                project.members.insert(project.createdBy, Level::Administer);
            built.insertProject(std::move(project));
        }
    } catch (const Failure &failure) {
        *error = failure.message.startsWith(where) ? failure.message
                                                   : where + QStringLiteral(": ") + failure.message;
        return false;
    }
    *world = std::move(built);
    return true;
}

bool WorldLoader::loadFile(const QString &path, qint64 now, World *world, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read world file %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("world file %1 is not a JSON object: %2")
                     .arg(path, parseError.errorString());
        return false;
    }
    return load(document.object(), now, world, error);
}

} // namespace sandbox
