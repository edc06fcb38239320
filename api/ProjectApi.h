#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class ApiCall;
class ApiClient;

// Thin typed wrappers over ApiClient::call(): each builds the input of one route and returns
// the call, not started. Rules (validation, defaults) live in models/, not here.
class ProjectApi
{
public:
    explicit ProjectApi(ApiClient *client)
        : m_client(client)
    { }
    ApiClient *client() const { return m_client; }

    // system
    ApiCall *whoami() const;
    ApiCall *findProjects(const QJsonObject &input) const;
    ApiCall *findDataObjects(const QJsonObject &input) const;
    ApiCall *findOrgs(const QJsonObject &input) const;
    ApiCall *listProjectTags(const QJsonObject &input = {}) const;

    // users and orgs; fields may be empty (server defaults)
    ApiCall *describeUser(const QString &userId, const QJsonObject &fields = {}) const;
    ApiCall *describeOrg(const QString &orgId, const QJsonObject &fields = {}) const;
    ApiCall *updateUserOrOrg(const QString &id, const QJsonObject &input) const;

    // projects
    ApiCall *newProject(const QJsonObject &input) const;
    // fields: {"properties": true, ...}; empty sends {} and gets the default fields.
    ApiCall *describeProject(const QString &projectId, const QJsonObject &fields = {}) const;
    ApiCall *update(const QString &projectId, const QJsonObject &input) const;
    ApiCall *addTags(const QString &projectId, const QStringList &tags) const;
    ApiCall *removeTags(const QString &projectId, const QStringList &tags) const;
    // A null value removes the property.
    ApiCall *setProperties(const QString &projectId, const QJsonObject &properties) const;
    ApiCall *updateSponsorship(const QString &projectId, const QJsonObject &input) const;
    ApiCall *destroy(const QString &projectId, bool terminateJobs) const;
    // invitee: "user-x", "org-x", "PUBLIC" or an email; level: "VIEW"...
    ApiCall *invite(const QString &projectId, const QString &invitee, const QString &level,
                    bool suppressEmailNotification = false) const;
    // {"user-x": "VIEW"} lowers a member; {"user-x": null} removes them.
    ApiCall *decreasePermissions(const QString &projectId, const QJsonObject &changes) const;
    ApiCall *leave(const QString &projectId) const;
    ApiCall *transfer(const QString &projectId, const QString &invitee) const;
    // billTo may be empty: the server then uses the caller.
    ApiCall *acceptTransfer(const QString &projectId, const QString &billTo = {}) const;
    ApiCall *listFolder(const QString &projectId, const QString &folder = QStringLiteral("/"),
                        const QString &only = QStringLiteral("all"), bool describe = false) const;
    ApiCall *archive(const QString &projectId, const QJsonObject &input) const;
    ApiCall *unarchive(const QString &projectId, const QJsonObject &input) const;
    ApiCall *countRootExecutions(const QString &projectId) const;

private:
    ApiCall *call(const QString &subject, const QString &method, const QJsonObject &input) const;

    ApiClient *m_client;
};
