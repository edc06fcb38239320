#pragma once

#include "app/sandbox/service/SandboxOptions.h"
#include "app/sandbox/store/Store.h"
#include "app/sandbox/world/World.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

class QRandomGenerator;

namespace sandbox {

// One request as the route code sees it: who calls, on what, with which input. Routes record
// what they change in `changes` before changing it, so that a failure can be rolled back.
struct Call
{
    World &world;
    Changes &changes;
    const SandboxOptions &options;
    const Account &caller;
    QString subject; // "system", "project", "project-xxxx", "user-x", "org-x"
    QJsonObject input;
    qint64 now = 0;
    QRandomGenerator &random;
};

// A route's reply: a JSON object, or its text already written (describe and findProjects
// write JSON directly for speed, see JsonWriter).
struct Body
{
    Body(const QJsonObject &object)
        : json(QJsonDocument(object).toJson(QJsonDocument::Compact))
    { }
    explicit Body(QByteArray text)
        : json(std::move(text))
    { }
    QByteArray json;
};

using Handler = Body (*)(Call &);

// Routes by subject kind ("system", "project", "project-*", "user-*", "org-*") and method.
class RouteTable
{
public:
    void add(const QString &kind, const QString &method, Handler handler)
    {
        m_routes.insert(kind + QLatin1Char('/') + method, handler);
    }
    Handler find(const QString &kind, const QString &method) const
    {
        return m_routes.value(kind + QLatin1Char('/') + method, nullptr);
    }

private:
    QHash<QString, Handler> m_routes;
};

// One function per route file; SandboxService calls them all.
void addSystemRoutes(RouteTable &table);
void addProjectRoutes(RouteTable &table);
void addDescribeRoutes(RouteTable &table);
void addMetadataRoutes(RouteTable &table);
void addSponsorshipRoutes(RouteTable &table);
void addMemberRoutes(RouteTable &table);
void addTransferRoutes(RouteTable &table);
void addArchiveRoutes(RouteTable &table);
void addFileRoutes(RouteTable &table);
void addAccountRoutes(RouteTable &table);

} // namespace sandbox
