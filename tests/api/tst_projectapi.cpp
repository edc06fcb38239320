// ProjectApi: each wrapper sends its route with the input the API notes give.
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ProjectApi.h"
#include "tests/support/CallRunner.h"
#include "tests/support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

namespace {
const QString p = QStringLiteral("project-B0123456789BFGJKPQVXYZbf");

struct Case
{
    const char *name;
    std::function<ApiCall *(const ProjectApi &)> make;
    QString path;
    QJsonObject input;
};
} // namespace

class TestProjectApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWrapper_sendsItsRouteAndInput()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler(
            [](const QNetworkRequest &, const QByteArray &) { return FakeReply::json({}); });
        ApiClient client(&nam, QUrl(QStringLiteral("http://api.test")));
        const ProjectApi api(&client);
        const QJsonObject any { { QStringLiteral("k"), QStringLiteral("v") } };
        const QJsonObject fields { { QStringLiteral("properties"), true } };
        const QString pp = QLatin1Char('/') + p + QLatin1Char('/');
        const QList<Case> cases = {
            { "whoami", [](const ProjectApi &a) { return a.whoami(); }, "/system/whoami", {} },
            { "findProjects", [&](const ProjectApi &a) { return a.findProjects(any); },
              "/system/findProjects", any },
            { "findDataObjects", [&](const ProjectApi &a) { return a.findDataObjects(any); },
              "/system/findDataObjects", any },
            { "findOrgs", [&](const ProjectApi &a) { return a.findOrgs(any); }, "/system/findOrgs",
              any },
            { "listProjectTags",
              [](const ProjectApi &a) { return a.listProjectTags(); },
              "/system/listProjectTags",
              {} },
            { "describeUser",
              [](const ProjectApi &a) { return a.describeUser(QStringLiteral("user-alice")); },
              "/user-alice/describe",
              {} },
            { "describeOrg",
              [&](const ProjectApi &a) { return a.describeOrg(QStringLiteral("org-g"), fields); },
              "/org-g/describe",
              { { "fields", fields } } },
            { "updateUserOrOrg",
              [&](const ProjectApi &a) {
                  return a.updateUserOrOrg(QStringLiteral("user-alice"), any);
              },
              "/user-alice/update", any },
            { "newProject", [&](const ProjectApi &a) { return a.newProject(any); }, "/project/new",
              any },
            { "describeProject",
              [&](const ProjectApi &a) { return a.describeProject(p, fields); },
              pp + "describe",
              { { "fields", fields } } },
            { "describeProject default",
              [&](const ProjectApi &a) { return a.describeProject(p); },
              pp + "describe",
              {} },
            { "update", [&](const ProjectApi &a) { return a.update(p, any); }, pp + "update", any },
            { "addTags",
              [&](const ProjectApi &a) {
                  return a.addTags(p, { "a", "b" });
              },
              pp + "addTags",
              { { "tags", QJsonArray { "a", "b" } } } },
            { "removeTags",
              [&](const ProjectApi &a) { return a.removeTags(p, { "a" }); },
              pp + "removeTags",
              { { "tags", QJsonArray { "a" } } } },
            { "setProperties",
              [&](const ProjectApi &a) {
                  return a.setProperties(p, { { "k", QJsonValue::Null } });
              },
              pp + "setProperties",
              { { "properties", QJsonObject { { "k", QJsonValue::Null } } } } },
            { "updateSponsorship", [&](const ProjectApi &a) { return a.updateSponsorship(p, any); },
              pp + "updateSponsorship", any },
            { "destroy",
              [&](const ProjectApi &a) { return a.destroy(p, true); },
              pp + "destroy",
              { { "terminateJobs", true } } },
            { "invite",
              [&](const ProjectApi &a) {
                  return a.invite(p, QStringLiteral("user-bob"), QStringLiteral("VIEW"), true);
              },
              pp + "invite",
              { { "invitee", "user-bob" },
                { "level", "VIEW" },
                { "suppressEmailNotification", true } } },
            { "decreasePermissions",
              [&](const ProjectApi &a) {
                  return a.decreasePermissions(p, { { "user-bob", QJsonValue::Null } });
              },
              pp + "decreasePermissions",
              { { "user-bob", QJsonValue::Null } } },
            { "leave", [&](const ProjectApi &a) { return a.leave(p); }, pp + "leave", {} },
            { "transfer",
              [&](const ProjectApi &a) { return a.transfer(p, QStringLiteral("org-g")); },
              pp + "transfer",
              { { "invitee", "org-g" } } },
            { "acceptTransfer",
              [&](const ProjectApi &a) { return a.acceptTransfer(p); },
              pp + "acceptTransfer",
              {} },
            { "acceptTransfer billTo",
              [&](const ProjectApi &a) { return a.acceptTransfer(p, QStringLiteral("org-g")); },
              pp + "acceptTransfer",
              { { "billTo", "org-g" } } },
            { "listFolder",
              [&](const ProjectApi &a) {
                  return a.listFolder(p, QStringLiteral("/"), QStringLiteral("folders"));
              },
              pp + "listFolder",
              { { "folder", "/" }, { "only", "folders" }, { "describe", false } } },
            { "archive", [&](const ProjectApi &a) { return a.archive(p, any); }, pp + "archive",
              any },
            { "unarchive", [&](const ProjectApi &a) { return a.unarchive(p, any); },
              pp + "unarchive", any },
            { "countRootExecutions",
              [&](const ProjectApi &a) { return a.countRootExecutions(p); },
              pp + "countRootExecutions",
              {} },
        };
        for (const Case &c : cases) {
            nam.clearRequests();
            const CallOutcome out = runCall(c.make(api));
            QVERIFY2(out.succeeded(), c.name);
            QCOMPARE(nam.requests().size(), 1);
            QVERIFY2(nam.requests().at(0).path() == c.path, c.name);
            QVERIFY2(nam.requests().at(0).input() == c.input, c.name);
        }
    }

    void wrappers_returnCallsThatAreNotStarted()
    {
        FakeNetworkAccessManager nam;
        ApiClient client(&nam, QUrl(QStringLiteral("http://api.test")));
        ApiCall *call = ProjectApi(&client).whoami();
        QTest::qWait(20);
        QCOMPARE(nam.requests().size(), 0);
        call->abort();
    }
};

QTEST_GUILESS_MAIN(TestProjectApi)
#include "tst_projectapi.moc"
