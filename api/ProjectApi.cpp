#include "api/ProjectApi.h"

#include "api/ApiClient.h"
#include "api/Routes.h"

#include <QJsonArray>

namespace {
QJsonObject withFields(const QJsonObject &fields)
{
    if (fields.isEmpty())
        return {};
    return QJsonObject { { QStringLiteral("fields"), fields } };
}

QJsonObject tagsInput(const QStringList &tags)
{
    return QJsonObject { { QStringLiteral("tags"), QJsonArray::fromStringList(tags) } };
}

QString systemSubject()
{
    return QStringLiteral("system");
}
} // namespace

ApiCall *ProjectApi::call(const QString &subject, const QString &method,
                          const QJsonObject &input) const
{
    return m_client->call(subject, method, input);
}

ApiCall *ProjectApi::whoami() const
{
    return call(systemSubject(), QStringLiteral("whoami"), {});
}

ApiCall *ProjectApi::findProjects(const QJsonObject &input) const
{
    return call(systemSubject(), QStringLiteral("findProjects"), input);
}

ApiCall *ProjectApi::findDataObjects(const QJsonObject &input) const
{
    return call(systemSubject(), QStringLiteral("findDataObjects"), input);
}

ApiCall *ProjectApi::findOrgs(const QJsonObject &input) const
{
    return call(systemSubject(), QStringLiteral("findOrgs"), input);
}

ApiCall *ProjectApi::listProjectTags(const QJsonObject &input) const
{
    return call(systemSubject(), QLatin1String(Routes::listProjectTags), input);
}

ApiCall *ProjectApi::describeUser(const QString &userId, const QJsonObject &fields) const
{
    return call(userId, QStringLiteral("describe"), withFields(fields));
}

ApiCall *ProjectApi::describeOrg(const QString &orgId, const QJsonObject &fields) const
{
    return call(orgId, QStringLiteral("describe"), withFields(fields));
}

ApiCall *ProjectApi::updateUserOrOrg(const QString &id, const QJsonObject &input) const
{
    return call(id, QStringLiteral("update"), input);
}

ApiCall *ProjectApi::newProject(const QJsonObject &input) const
{
    return call(QStringLiteral("project"), QStringLiteral("new"), input);
}

ApiCall *ProjectApi::describeProject(const QString &projectId, const QJsonObject &fields) const
{
    return call(projectId, QStringLiteral("describe"), withFields(fields));
}

ApiCall *ProjectApi::update(const QString &projectId, const QJsonObject &input) const
{
    return call(projectId, QStringLiteral("update"), input);
}

ApiCall *ProjectApi::addTags(const QString &projectId, const QStringList &tags) const
{
    return call(projectId, QStringLiteral("addTags"), tagsInput(tags));
}

ApiCall *ProjectApi::removeTags(const QString &projectId, const QStringList &tags) const
{
    return call(projectId, QStringLiteral("removeTags"), tagsInput(tags));
}

ApiCall *ProjectApi::setProperties(const QString &projectId, const QJsonObject &properties) const
{
    return call(projectId, QStringLiteral("setProperties"),
                QJsonObject { { QStringLiteral("properties"), properties } });
}

ApiCall *ProjectApi::updateSponsorship(const QString &projectId, const QJsonObject &input) const
{
    return call(projectId, QStringLiteral("updateSponsorship"), input);
}

ApiCall *ProjectApi::destroy(const QString &projectId, bool terminateJobs) const
{
    return call(projectId, QStringLiteral("destroy"),
                QJsonObject { { QStringLiteral("terminateJobs"), terminateJobs } });
}

ApiCall *ProjectApi::invite(const QString &projectId, const QString &invitee, const QString &level,
                            bool suppressEmailNotification) const
{
    QJsonObject input { { QStringLiteral("invitee"), invitee },
                        { QStringLiteral("level"), level } };
    if (suppressEmailNotification)
        input.insert(QStringLiteral("suppressEmailNotification"), true);
    return call(projectId, QStringLiteral("invite"), input);
}

ApiCall *ProjectApi::decreasePermissions(const QString &projectId, const QJsonObject &changes) const
{
    return call(projectId, QStringLiteral("decreasePermissions"), changes);
}

ApiCall *ProjectApi::leave(const QString &projectId) const
{
    return call(projectId, QStringLiteral("leave"), {});
}

ApiCall *ProjectApi::transfer(const QString &projectId, const QString &invitee) const
{
    return call(projectId, QStringLiteral("transfer"),
                QJsonObject { { QStringLiteral("invitee"), invitee } });
}

ApiCall *ProjectApi::acceptTransfer(const QString &projectId, const QString &billTo) const
{
    QJsonObject input;
    if (!billTo.isEmpty())
        input.insert(QStringLiteral("billTo"), billTo);
    return call(projectId, QStringLiteral("acceptTransfer"), input);
}

ApiCall *ProjectApi::listFolder(const QString &projectId, const QString &folder,
                                const QString &only, bool describe) const
{
    return call(projectId, QStringLiteral("listFolder"),
                QJsonObject { { QStringLiteral("folder"), folder },
                              { QStringLiteral("only"), only },
                              { QStringLiteral("describe"), describe } });
}

ApiCall *ProjectApi::archive(const QString &projectId, const QJsonObject &input) const
{
    return call(projectId, QStringLiteral("archive"), input);
}

ApiCall *ProjectApi::unarchive(const QString &projectId, const QJsonObject &input) const
{
    return call(projectId, QStringLiteral("unarchive"), input);
}

ApiCall *ProjectApi::countRootExecutions(const QString &projectId) const
{
    return call(projectId, QLatin1String(Routes::countRootExecutions), {});
}
