// The request envelope (auth, JSON, routes, errors), the world and persistence.
#include "tests/sandbox/SandboxFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

class tst_SandboxService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void open_testWorld_listsUsersInOrder()
    {
        Sandbox sandbox;
        QVERIFY2(sandbox.opened, qPrintable(sandbox.error));
        const QList<SandboxUser> users = sandbox.service->users();
        QCOMPARE(users.size(), 4);
        QCOMPARE(users.first().id, QStringLiteral("user-ann"));
        QCOMPARE(users.first().token, QStringLiteral("tok-ann"));
    }

    void open_demoWorld_adminSeesProjectsInEveryRegion()
    {
        Sandbox sandbox(QJsonObject {});
        QVERIFY2(sandbox.opened, qPrintable(sandbox.error));
        const SandboxUser admin = sandbox.service->users().first();
        QCOMPARE(admin.id, QStringLiteral("user-alice"));
        QCOMPARE(admin.token, QStringLiteral("sandbox-token-alice"));
        const Reply found = sandbox.call(QStringLiteral("/system/findProjects"),
                                         { { QStringLiteral("level"), QStringLiteral("VIEW") },
                                           { QStringLiteral("describe"), true } },
                                         admin.token);
        QCOMPARE(found.status, 200);
        QSet<QString> regions;
        for (const QJsonValue &result : found.json.value(QStringLiteral("results")).toArray())
            regions.insert(result[QStringLiteral("describe")][QStringLiteral("region")].toString());
        QCOMPARE(regions.size(), 8);
    }

    void open_invalidWorld_namesTheEntryAndField()
    {
        QJsonObject world = fixture::world();
        QJsonArray projects = world.value(QStringLiteral("projects")).toArray();
        QJsonObject first = projects.at(0).toObject();
        first.insert(QStringLiteral("region"), QStringLiteral("aws:nowhere-1"));
        projects.replace(0, first);
        world.insert(QStringLiteral("projects"), projects);
        Sandbox sandbox(world);
        QVERIFY(!sandbox.opened);
        QVERIFY2(sandbox.error.contains(QStringLiteral("projects[0]"))
                     && sandbox.error.contains(QStringLiteral("region")),
                 qPrintable(sandbox.error));
    }

    void handle_withoutToken_isInvalidAuthentication()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/system/whoami"), {}, QString()),
                     "InvalidAuthentication", 401, "Authorization");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/system/whoami"), {}, QStringLiteral("nope")),
                     "InvalidAuthentication", 401, "token");
    }

    void handle_malformedJson_is400()
    {
        Sandbox sandbox;
        EXPECT_ERROR(
            sandbox.raw(QStringLiteral("/system/whoami"), "{\"a\":", QStringLiteral("tok-ann")),
            "MalformedJSON", 400, "JSON");
    }

    void handle_nonObjectJson_isInvalidInput()
    {
        Sandbox sandbox;
        EXPECT_ERROR(
            sandbox.raw(QStringLiteral("/system/whoami"), "[1,2]", QStringLiteral("tok-ann")),
            "InvalidInput", 422, "input");
    }

    void handle_scalarOrListJson_isInvalidInputButGarbageIsMalformed()
    {
        Sandbox sandbox;
        EXPECT_ERROR(
            sandbox.raw(QStringLiteral("/system/whoami"), "\"x\"", QStringLiteral("tok-ann")),
            "InvalidInput", 422, "input");
        EXPECT_ERROR(
            sandbox.raw(QStringLiteral("/system/whoami"), "1,2", QStringLiteral("tok-ann")),
            "MalformedJSON", 400, "JSON");
    }

    void handle_emptyBody_isEmptyObject()
    {
        Sandbox sandbox;
        const Reply reply = sandbox.raw(QStringLiteral("/system/whoami"), QByteArray(),
                                        QStringLiteral("tok-ben"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), QStringLiteral("user-ben"));
    }

    void handle_unknownRoute_is404()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/system/nothing")), "ResourceNotFound", 404,
                     "no such route");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/widget-1/describe")), "ResourceNotFound", 404,
                     "no such route");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/describe/extra")), "ResourceNotFound",
                     404, "no such route");
    }

    void handle_unknownProject_isResourceNotFound()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project-BBBBBBBBBBBBBBBBBBBBBBBB/describe")),
                     "ResourceNotFound", 404, "project-BBBBBBBBBBBBBBBBBBBBBBBB");
    }

    void write_survivesReopeningTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QString created;
        {
            Sandbox sandbox(fixture::world(), 0, 5000, path);
            QVERIFY2(sandbox.opened, qPrintable(sandbox.error));
            const Reply reply
                = sandbox.call(QStringLiteral("/project/new"),
                               { { QStringLiteral("name"), QStringLiteral("Kept") } });
            QCOMPARE(reply.status, 200);
            created = reply.json.value(QStringLiteral("id")).toString();
            QCOMPARE(sandbox
                         .call(QStringLiteral("/") + fixture::Main + QStringLiteral("/addTags"),
                               { { QStringLiteral("tags"), fixture::list({ "kept" }) } })
                         .status,
                     200);
            QCOMPARE(
                sandbox.call(QStringLiteral("/") + fixture::Shared + QStringLiteral("/destroy"))
                    .status,
                200);
        }
        // Reopened without a world file: the database wins.
        Sandbox reopened(QJsonObject {}, 0, 5000, path);
        QVERIFY2(reopened.opened, qPrintable(reopened.error));
        QCOMPARE(reopened.service->users().first().id, QStringLiteral("user-ann"));
        QCOMPARE(reopened.describe(created).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Kept"));
        QVERIFY(reopened.describe(fixture::Main)
                    .value(QStringLiteral("tags"))
                    .toArray()
                    .contains(QStringLiteral("kept")));
        QCOMPARE(reopened.call(QStringLiteral("/") + fixture::Shared + QStringLiteral("/describe"))
                     .status,
                 404);
    }

    void write_whenTheCommitFails_isInternalErrorAndMemoryIsRolledBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        Sandbox sandbox(fixture::world(), 0, 5000, path);
        QVERIFY2(sandbox.opened, qPrintable(sandbox.error));
        {
            // Another connection holds the write lock: the sandbox's commit times out.
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const Reply reply
                = sandbox.call(QStringLiteral("/") + fixture::Main + QStringLiteral("/addTags"),
                               { { QStringLiteral("tags"), fixture::list({ "lost" }) } });
            QCOMPARE(reply.status, 500);
            QCOMPARE(reply.errorType(), QStringLiteral("InternalError"));
            lock.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(!sandbox.describe(fixture::Main)
                     .value(QStringLiteral("tags"))
                     .toArray()
                     .contains(QStringLiteral("lost")));
        QCOMPARE(sandbox
                     .call(QStringLiteral("/") + fixture::Main + QStringLiteral("/addTags"),
                           { { QStringLiteral("tags"), fixture::list({ "kept" }) } })
                     .status,
                 200);
    }

    void generate_addsProjectsTheAdminCanSee()
    {
        Sandbox sandbox(fixture::world(), 300);
        QVERIFY2(sandbox.opened, qPrintable(sandbox.error));
        const Reply found
            = sandbox.call(QStringLiteral("/system/findProjects"),
                           { { QStringLiteral("level"), QStringLiteral("ADMINISTER") } });
        QCOMPARE(found.json.value(QStringLiteral("results")).toArray().size(), 304);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxService)
#include "tst_sandboxservice.moc"
