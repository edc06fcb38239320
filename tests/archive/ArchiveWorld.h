#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "app/sandbox/service/SandboxHost.h"
#include "tests/support/CallRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A sandbox world for the archive tests: "Big" (org-lab, aws:us-east-1) holds 2,500 live files
// (1,500 in /a, 1,000 in /b/c) plus 3 archived ones (/cold, 1, 2 and 3 GiB); "Azure"
// (azure:westus) holds archived files; "Unlicensed" is billed to an org without the archive
// licence; "Shared" holds a copy of /a's first file. alice is ADMIN of org-lab, bob a MEMBER.
namespace ArchiveWorld {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
inline const char *const BigId = "project-BBBBBBBBBBBBBBBBBBBBBBB1";
inline const char *const AzureId = "project-BBBBBBBBBBBBBBBBBBBBBBB2";
inline const char *const UnlicensedId = "project-BBBBBBBBBBBBBBBBBBBBBBB3";
inline const char *const SharedId = "project-BBBBBBBBBBBBBBBBBBBBBBB4";

inline QString fileId(int n)
{
    // IDs use the server alphabet: digits are part of it.
    return QStringLiteral("file-") + QStringLiteral("%1").arg(n, 24, 10, QLatin1Char('0'));
}

inline QJsonObject file(int n, const QString &folder, double size, const QString &state)
{
    return { { QStringLiteral("id"), fileId(n) },
             { QStringLiteral("folder"), folder },
             { QStringLiteral("name"), QStringLiteral("f%1.dat").arg(n) },
             { QStringLiteral("size"), size },
             { QStringLiteral("archivalState"), state } };
}

inline QJsonObject world()
{
    const QJsonObject members { { QStringLiteral("user-alice"), QStringLiteral("ADMINISTER") },
                                { QStringLiteral("user-bob"), QStringLiteral("CONTRIBUTE") } };
    QJsonArray bigFiles;
    for (int i = 1; i <= 2500; ++i)
        bigFiles.append(file(i, i <= 1500 ? QStringLiteral("/a") : QStringLiteral("/b/c"),
                             1024.0 * 1024.0, QStringLiteral("live")));
    for (int i = 1; i <= 3; ++i)
        bigFiles.append(
            file(9000 + i, QStringLiteral("/cold"), i * GiB, QStringLiteral("archived")));
    const QJsonArray azureFiles {
        file(8001, QStringLiteral("/x"), 10 * GiB, QStringLiteral("archived")),
        file(8002, QStringLiteral("/x"), 5 * GiB, QStringLiteral("live"))
    };
    const QJsonArray regions {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("aws:us-east-1") },
                      { QStringLiteral("unarchivePricePerGB"),
                        QJsonObject { { QStringLiteral("Expedited"), 30 },
                                      { QStringLiteral("Standard"), 10 },
                                      { QStringLiteral("Bulk"), 2.5 } } } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("azure:westus") },
                      { QStringLiteral("unarchivePricePerGB"),
                        QJsonObject { { QStringLiteral("Standard"), 20 },
                                      { QStringLiteral("Expedited"), 100 } } } },
    };
    const QJsonArray both { QStringLiteral("aws:us-east-1"), QStringLiteral("azure:westus") };
    const QJsonArray users {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("user-alice") },
                      { QStringLiteral("token"), QStringLiteral("token-alice") },
                      { QStringLiteral("permittedRegions"), both },
                      { QStringLiteral("archiveLicense"), true } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("user-bob") },
                      { QStringLiteral("token"), QStringLiteral("token-bob") },
                      { QStringLiteral("permittedRegions"), both } },
    };
    const QJsonArray orgs {
        QJsonObject {
            { QStringLiteral("id"), QStringLiteral("org-lab") },
            { QStringLiteral("permittedRegions"), both },
            { QStringLiteral("members"),
              QJsonArray {
                  QJsonObject { { QStringLiteral("user"), QStringLiteral("user-alice") },
                                { QStringLiteral("level"), QStringLiteral("ADMIN") } },
                  QJsonObject { { QStringLiteral("user"), QStringLiteral("user-bob") },
                                { QStringLiteral("level"), QStringLiteral("MEMBER") } } } } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("org-free") },
                      { QStringLiteral("permittedRegions"), both },
                      { QStringLiteral("archiveLicense"), false },
                      { QStringLiteral("members"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("user"), QStringLiteral("user-alice") },
                            { QStringLiteral("level"), QStringLiteral("ADMIN") } } } } },
    };
    auto project = [&members](const char *id, const QString &name, const QString &billTo,
                              const QString &region, const QJsonArray &files) {
        return QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
                             { QStringLiteral("name"), name },
                             { QStringLiteral("billTo"), billTo },
                             { QStringLiteral("region"), region },
                             { QStringLiteral("createdBy"), QStringLiteral("user-alice") },
                             { QStringLiteral("members"), members },
                             { QStringLiteral("files"), files } };
    };
    QJsonObject big = project(BigId, QStringLiteral("Big"), QStringLiteral("org-lab"),
                              QStringLiteral("aws:us-east-1"), bigFiles);
    big.insert(QStringLiteral("tags"), QJsonArray { QStringLiteral("wgs") });
    big.insert(
        QStringLiteral("rootExecutions"),
        QJsonArray { QJsonObject { { QStringLiteral("state"), QStringLiteral("running") } },
                     QJsonObject { { QStringLiteral("state"), QStringLiteral("done") } },
                     QJsonObject { { QStringLiteral("state"), QStringLiteral("done") } },
                     QJsonObject { { QStringLiteral("state"), QStringLiteral("failed") } } });
    const QJsonArray projects {
        big,
        project(AzureId, QStringLiteral("Azure"), QStringLiteral("org-lab"),
                QStringLiteral("azure:westus"), azureFiles),
        project(UnlicensedId, QStringLiteral("Unlicensed"), QStringLiteral("org-free"),
                QStringLiteral("aws:us-east-1"),
                QJsonArray { file(7001, QStringLiteral("/"), GiB, QStringLiteral("live")) }),
        project(SharedId, QStringLiteral("Shared"), QStringLiteral("org-lab"),
                QStringLiteral("aws:us-east-1"),
                QJsonArray {
                    file(1, QStringLiteral("/copy"), 1024.0 * 1024.0, QStringLiteral("live")) }),
    };
    return { { QStringLiteral("regions"), regions },
             { QStringLiteral("users"), users },
             { QStringLiteral("orgs"), orgs },
             { QStringLiteral("projects"), projects } };
}

// One sandbox with the world above and a client signed in as alice (or bob).
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<SandboxHost> host;
    QNetworkAccessManager nam;
    std::unique_ptr<ApiClient> client;

    bool start(const QString &token = QStringLiteral("token-alice"), int unarchiveDelayMs = 300)
    {
        const QString path = dir.filePath(QStringLiteral("world.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(world()).toJson(QJsonDocument::Compact));
        out.close();
        SandboxOptions options;
        options.memory = true;
        options.worldFile = path;
        options.unarchiveDelayMs = unarchiveDelayMs;
        host = std::make_unique<SandboxHost>(options);
        QString error;
        if (!host->start(&error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        client = std::make_unique<ApiClient>(&nam, host->url());
        client->setToken(token);
        return true;
    }

    // archivalState per file ID of a project, straight from the server.
    QHash<QString, QString> states(const QString &projectId)
    {
        QHash<QString, QString> out;
        QJsonValue starting;
        do {
            QJsonObject input { { QStringLiteral("class"), QStringLiteral("file") },
                                { QStringLiteral("scope"),
                                  QJsonObject { { QStringLiteral("project"), projectId } } },
                                { QStringLiteral("describe"), true } };
            if (starting.isString())
                input.insert(QStringLiteral("starting"), starting);
            const CallOutcome o = runCall(
                client->call(QStringLiteral("system"), QStringLiteral("findDataObjects"), input));
            for (const QJsonValue &v : o.result.value(QStringLiteral("results")).toArray()) {
                const QJsonObject r = v.toObject();
                out.insert(r.value(QStringLiteral("id")).toString(),
                           r.value(QStringLiteral("describe"))
                               .toObject()
                               .value(QStringLiteral("archivalState"))
                               .toString());
            }
            starting = o.result.value(QStringLiteral("next"));
        } while (starting.isString());
        return out;
    }

    int countIn(const QString &projectId, const QString &state)
    {
        int n = 0;
        const QHash<QString, QString> all = states(projectId);
        for (const QString &s : all)
            n += s == state ? 1 : 0;
        return n;
    }
};

} // namespace ArchiveWorld
