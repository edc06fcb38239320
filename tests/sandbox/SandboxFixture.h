#pragma once

// Shared by the sandbox tests: a small world file written to a temporary folder and a service
// opened on it, with one call() that returns the HTTP status and the parsed reply.
#include "app/sandbox/service/SandboxService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct Reply
{
    int status = 0;
    QJsonObject json;
    QString errorType() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("type"))
            .toString();
    }
    // The sorted ids of a find reply's results.
    QStringList resultIds() const
    {
        QStringList list;
        for (const QJsonValue &result : json.value(QStringLiteral("results")).toArray())
            list.append(result.toObject().value(QStringLiteral("id")).toString());
        list.sort();
        return list;
    }
    QString errorMessage() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

namespace fixture {

// IDs that the test world uses.
inline const QString Main = QStringLiteral("project-000000000000000000000001"); // ann, us-east
inline const QString Shared = QStringLiteral("project-000000000000000000000002"); // org lab
inline const QString Phi = QStringLiteral("project-000000000000000000000003"); // org clinic
inline const QString Public = QStringLiteral("project-000000000000000000000004");
inline const QString FileA = QStringLiteral("file-00000000000000000000000A");
inline const QString FileB = QStringLiteral("file-00000000000000000000000B");
inline const QString FileC = QStringLiteral("file-00000000000000000000000C");
inline const QString FileD = QStringLiteral("file-00000000000000000000000D");

inline QJsonArray list(std::initializer_list<const char *> items)
{
    QJsonArray array;
    for (const char *item : items)
        array.append(QString::fromLatin1(item));
    return array;
}

inline QJsonObject user(const char *handle, const QJsonArray &regions, const char *defaultRegion)
{
    return QJsonObject {
        { QStringLiteral("id"), QString(QStringLiteral("user-") + QLatin1String(handle)) },
        { QStringLiteral("token"), QString(QStringLiteral("tok-") + QLatin1String(handle)) },
        { QStringLiteral("first"), QString::fromLatin1(handle) },
        { QStringLiteral("permittedRegions"), regions },
        { QStringLiteral("defaultRegion"), QString::fromLatin1(defaultRegion) }
    };
}

inline QJsonObject file(const QString &id, const char *folder, qint64 size, const char *state)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("folder"), QString::fromLatin1(folder) },
                         { QStringLiteral("name"), QString(id.right(1) + QStringLiteral(".dat")) },
                         { QStringLiteral("size"), double(size) },
                         { QStringLiteral("archivalState"), QString::fromLatin1(state) } };
}

// ann: admin of org-lab (archive licence, sponsorship) and of org-clinic (PHI).
// ben: member of org-lab without billable activities; carl: at his spending limit; dora: alone.
inline QJsonObject world()
{
    const qint64 GB = 1024LL * 1024 * 1024;
    auto region = [](const char *id, bool phi, const QJsonObject &prices) {
        return QJsonObject { { QStringLiteral("id"), QString::fromLatin1(id) },
                             { QStringLiteral("phi"), phi },
                             { QStringLiteral("storagePricePerGB"), 0.02 },
                             { QStringLiteral("archivedPricePerGB"), 0.002 },
                             { QStringLiteral("unarchivePricePerGB"), prices } };
    };
    const QJsonObject aws { { QStringLiteral("Expedited"), 30.0 },
                            { QStringLiteral("Standard"), 10.0 },
                            { QStringLiteral("Bulk"), 2.5 } };
    const QJsonObject azure { { QStringLiteral("Standard"), 20.0 },
                              { QStringLiteral("Expedited"), 100.0 } };
    QJsonObject ann = user("ann", list({ "aws:us-east-1", "aws:eu-central-1", "azure:westus" }),
                           "aws:us-east-1");
    ann.insert(QStringLiteral("archiveLicense"), true);
    ann.insert(QStringLiteral("sponsorshipFeatures"), true);
    QJsonObject ben = user("ben", list({ "aws:eu-central-1" }), "aws:eu-central-1");
    ben.insert(QStringLiteral("seesPricing"), false);
    QJsonObject carl = user("carl", list({ "aws:us-east-1" }), "aws:us-east-1");
    carl.insert(QStringLiteral("atSpendingLimit"), true);
    QJsonObject dora = user("dora", list({ "aws:us-east-1" }), "aws:us-east-1");
    auto member = [](const char *user, const char *level, bool billable) {
        return QJsonObject { { QStringLiteral("user"), QString::fromLatin1(user) },
                             { QStringLiteral("level"), QString::fromLatin1(level) },
                             { QStringLiteral("allowBillableActivities"), billable } };
    };
    const QJsonObject lab {
        { QStringLiteral("id"), QStringLiteral("org-lab") },
        { QStringLiteral("name"), QStringLiteral("Lab") },
        { QStringLiteral("permittedRegions"), list({ "aws:us-east-1", "azure:westus" }) },
        { QStringLiteral("defaultRegion"), QStringLiteral("aws:us-east-1") },
        { QStringLiteral("archiveLicense"), true },
        { QStringLiteral("sponsorshipFeatures"), true },
        { QStringLiteral("members"),
          QJsonArray { member("user-ann", "ADMIN", true), member("user-ben", "MEMBER", false) } }
    };
    const QJsonObject clinic {
        { QStringLiteral("id"), QStringLiteral("org-clinic") },
        { QStringLiteral("permittedRegions"), list({ "aws:us-east-1", "aws:eu-central-1" }) },
        { QStringLiteral("defaultRegion"), QStringLiteral("aws:us-east-1") },
        { QStringLiteral("phiFeatures"), true },
        { QStringLiteral("archiveLicense"), false },
        { QStringLiteral("members"), QJsonArray { member("user-ann", "ADMIN", true) } }
    };
    const QJsonObject cheap { { QStringLiteral("id"), QStringLiteral("org-broke") },
                              { QStringLiteral("permittedRegions"), list({ "aws:us-east-1" }) },
                              { QStringLiteral("atSpendingLimit"), true },
                              { QStringLiteral("members"),
                                QJsonArray { member("user-ann", "ADMIN", true) } } };
    auto project = [](const QString &id, const char *name, const char *billTo, const char *region,
                      const QJsonObject &members) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("name"), QString::fromLatin1(name) },
                             { QStringLiteral("billTo"), QString::fromLatin1(billTo) },
                             { QStringLiteral("region"), QString::fromLatin1(region) },
                             { QStringLiteral("createdBy"), QStringLiteral("user-ann") },
                             { QStringLiteral("members"), members } };
    };
    QJsonObject main = project(Main, "Main", "org-lab", "aws:us-east-1",
                               { { QStringLiteral("user-ann"), QStringLiteral("ADMINISTER") },
                                 { QStringLiteral("user-ben"), QStringLiteral("UPLOAD") } });
    main.insert(QStringLiteral("tags"), list({ "alpha", "beta" }));
    main.insert(QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("owner"), QStringLiteral("ann") } });
    main.insert(QStringLiteral("files"),
                QJsonArray { file(FileA, "/data", 2 * GB, "live"),
                             file(FileB, "/data/sub", GB, "live"),
                             file(FileC, "/", GB / 2, "archived") });
    main.insert(QStringLiteral("folders"), list({ "/empty" }));
    main.insert(QStringLiteral("rootExecutions"),
                QJsonArray { QJsonObject { { QStringLiteral("state"), QStringLiteral("running") } },
                             QJsonObject { { QStringLiteral("state"), QStringLiteral("done") } },
                             QJsonObject { { QStringLiteral("state"), QStringLiteral("done") } } });
    QJsonObject shared = project(Shared, "Shared copy", "org-lab", "aws:us-east-1",
                                 { { QStringLiteral("user-ann"), QStringLiteral("ADMINISTER") },
                                   { QStringLiteral("org-lab"), QStringLiteral("VIEW") } });
    shared.insert(QStringLiteral("tags"), list({ "beta" }));
    shared.insert(QStringLiteral("files"), QJsonArray { file(FileA, "/", 2 * GB, "live") });
    QJsonObject phi = project(Phi, "Clinic", "org-clinic", "aws:us-east-1",
                              { { QStringLiteral("user-ann"), QStringLiteral("ADMINISTER") } });
    QJsonObject open = project(Public, "Open data", "user-ann", "azure:westus",
                               { { QStringLiteral("user-ann"), QStringLiteral("ADMINISTER") },
                                 { QStringLiteral("PUBLIC"), QStringLiteral("VIEW") } });
    open.insert(QStringLiteral("tags"), list({ "public" }));
    open.insert(
        QStringLiteral("files"),
        QJsonArray { file(FileB, "/", GB, "archived"), file(FileD, "/", GB / 1024, "live") });
    return QJsonObject { { QStringLiteral("regions"),
                           QJsonArray { region("aws:us-east-1", true, aws),
                                        region("aws:eu-central-1", false, aws),
                                        region("azure:westus", true, azure) } },
                         { QStringLiteral("users"), QJsonArray { ann, ben, carl, dora } },
                         { QStringLiteral("orgs"), QJsonArray { lab, clinic, cheap } },
                         { QStringLiteral("projects"), QJsonArray { main, shared, phi, open } } };
}

} // namespace fixture

// A service on the test world (or the demo world), in memory or in a file.
class Sandbox
{
public:
    explicit Sandbox(const QJsonObject &worldJson = fixture::world(), int generate = 0,
                     int unarchiveDelayMs = 5000, const QString &dbPath = QString())
    {
        SandboxOptions options;
        options.memory = dbPath.isEmpty();
        options.dbPath = dbPath;
        options.generate = generate;
        options.unarchiveDelayMs = unarchiveDelayMs;
        if (!worldJson.isEmpty()) {
            options.worldFile = dir.filePath(QStringLiteral("world.json"));
            QFile out(options.worldFile);
            if (out.open(QIODevice::WriteOnly))
                out.write(QJsonDocument(worldJson).toJson());
        }
        service = std::make_unique<SandboxService>(options);
        opened = service->open(&error);
    }

    Reply call(const QString &path, const QJsonObject &input = QJsonObject(),
               const QString &token = QStringLiteral("tok-ann"))
    {
        return raw(path, QJsonDocument(input).toJson(QJsonDocument::Compact), token);
    }

    Reply raw(const QString &path, const QByteArray &body, const QString &token)
    {
        const QByteArray auth = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
        const ServiceReply reply = service->handle(path.toUtf8(), auth, body);
        return Reply { reply.status, QJsonDocument::fromJson(reply.body).object() };
    }

    QJsonObject describe(const QString &project, const QJsonObject &input = QJsonObject())
    {
        return call(QStringLiteral("/") + project + QStringLiteral("/describe"), input).json;
    }

    QTemporaryDir dir;
    std::unique_ptr<SandboxService> service;
    QString error;
    bool opened = false;
};

// Checks an error reply: type, status and a message naming `field` (when given).
#define EXPECT_ERROR(reply, errorType_, httpStatus_, field_)                                       \
    do {                                                                                           \
        const Reply r_ = (reply);                                                                  \
        QCOMPARE(r_.errorType(), QStringLiteral(errorType_));                                      \
        QCOMPARE(r_.status, httpStatus_);                                                          \
        QVERIFY2(r_.errorMessage().contains(QStringLiteral(field_)),                               \
                 qPrintable(r_.errorMessage()));                                                   \
    } while (false)
