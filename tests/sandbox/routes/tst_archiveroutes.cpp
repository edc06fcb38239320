// archive, unarchive (states, dry run, rates), listFolder and findDataObjects.
#include "tests/sandbox/SandboxFixture.h"

#include <QThread>

namespace {
QString route(const QString &project, const char *method)
{
    return QStringLiteral("/") + project + QLatin1Char('/') + QLatin1String(method);
}
QJsonObject files(std::initializer_list<QString> ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return QJsonObject { { QStringLiteral("files"), array } };
}
// archivalState of a file in a project, through findDataObjects.
QString stateOf(Sandbox &sandbox, const QString &project, const QString &file)
{
    const Reply reply = sandbox.call(
        QStringLiteral("/system/findDataObjects"),
        { { QStringLiteral("scope"), QJsonObject { { QStringLiteral("project"), project } } },
          { QStringLiteral("describe"), true } });
    for (const QJsonValue &result : reply.json.value(QStringLiteral("results")).toArray()) {
        if (result[QStringLiteral("id")].toString() == file)
            return result[QStringLiteral("describe")][QStringLiteral("archivalState")].toString();
    }
    return QString();
}
} // namespace

class tst_ArchiveRoutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void archive_oneCopyOfShared_isArchivalUntilTheLastCopy()
    {
        Sandbox sandbox;
        const Reply first
            = sandbox.call(route(fixture::Main, "archive"), files({ fixture::FileA }));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json,
                 QJsonObject(
                     { { QStringLiteral("id"), fixture::Main }, { QStringLiteral("count"), 1 } }));
        QCOMPARE(stateOf(sandbox, fixture::Main, fixture::FileA), QStringLiteral("archival"));
        QCOMPARE(stateOf(sandbox, fixture::Shared, fixture::FileA), QStringLiteral("live"));
        QCOMPARE(sandbox.call(route(fixture::Shared, "archive"), files({ fixture::FileA })).status,
                 200);
        QCOMPARE(stateOf(sandbox, fixture::Main, fixture::FileA), QStringLiteral("archived"));
        QCOMPARE(stateOf(sandbox, fixture::Shared, fixture::FileA), QStringLiteral("archived"));
    }

    void archive_allCopies_archivesEveryCopyUnderTheBillTo()
    {
        Sandbox sandbox;
        QJsonObject input = files({ fixture::FileA });
        input.insert(QStringLiteral("allCopies"), true);
        QCOMPARE(sandbox.call(route(fixture::Main, "archive"), input).status, 200);
        QCOMPARE(stateOf(sandbox, fixture::Shared, fixture::FileA), QStringLiteral("archived"));
        // Without recurse only /data itself counts; FileB's copy in Public (another billTo) is
        // archived already in the test world.
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "archive"),
                           { { QStringLiteral("folder"), QStringLiteral("/data") },
                             { QStringLiteral("recurse"), false } })
                     .json.value(QStringLiteral("count"))
                     .toInt(),
                 0); // FileA is already archived; /data/sub is not included without recurse
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "archive"),
                           { { QStringLiteral("folder"), QStringLiteral("/data") } })
                     .json.value(QStringLiteral("count"))
                     .toInt(),
                 1);
        QCOMPARE(stateOf(sandbox, fixture::Main, fixture::FileB), QStringLiteral("archived"));
        QCOMPARE(stateOf(sandbox, fixture::Public, fixture::FileB), QStringLiteral("archived"));
    }

    void archive_errors()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Main, "archive");
        QJsonObject both = files({ fixture::FileA });
        both.insert(QStringLiteral("folder"), QStringLiteral("/"));
        EXPECT_ERROR(sandbox.call(r, both), "InvalidInput", 422, "mutually exclusive");
        EXPECT_ERROR(sandbox.call(r, {}), "InvalidInput", 422, "files, folder");
        QJsonObject recurse = files({ fixture::FileA });
        recurse.insert(QStringLiteral("recurse"), false);
        EXPECT_ERROR(sandbox.call(r, recurse), "InvalidInput", 422, "recurse");
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(fixture::FileA);
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("files"), many } }), "InvalidInput", 422,
                     "1000");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("files"), QStringLiteral("x") } }),
                     "InvalidInput", 422, "files");
        EXPECT_ERROR(sandbox.call(r, files({ QStringLiteral("file-BBBBBBBBBBBBBBBBBBBBBBBB") })),
                     "ResourceNotFound", 404, "file-BBBBBBBBBBBBBBBBBBBBBBBB");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("folder"), QStringLiteral("/nope") } }),
                     "ResourceNotFound", 404, "/nope");
        EXPECT_ERROR(sandbox.call(r, files({ fixture::FileA }), QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "CONTRIBUTE");
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "invite"),
                           { { QStringLiteral("invitee"), QStringLiteral("user-dora") },
                             { QStringLiteral("level"), QStringLiteral("CONTRIBUTE") } })
                     .status,
                 200);
        QJsonObject all = files({ fixture::FileA });
        all.insert(QStringLiteral("allCopies"), true);
        EXPECT_ERROR(sandbox.call(r, all, QStringLiteral("tok-dora")), "PermissionDenied", 401,
                     "allCopies");
        // org-clinic has no archive licence.
        EXPECT_ERROR(sandbox.call(route(fixture::Phi, "archive"),
                                  { { QStringLiteral("folder"), QStringLiteral("/") } }),
                     "PermissionDenied", 401, "licence");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project-BBBBBBBBBBBBBBBBBBBBBBBB/archive"),
                                  files({ fixture::FileA })),
                     "ResourceNotFound", 404, "no such project");
    }

    void unarchive_dryRun_reportsFilesSizeAndCostWithoutChanges()
    {
        Sandbox sandbox;
        QJsonObject input { { QStringLiteral("folder"), QStringLiteral("/") },
                            { QStringLiteral("dryRun"), true },
                            { QStringLiteral("rate"), QStringLiteral("Expedited") } };
        const Reply reply = sandbox.call(route(fixture::Main, "unarchive"), input);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("files")).toInt(),
                 1); // FileC; live files do not count
        QCOMPARE(reply.json.value(QStringLiteral("size")).toInt(),
                 1); // 0.5 GB, whole GB rounded up
        QCOMPARE(reply.json.value(QStringLiteral("cost")).toDouble(),
                 15.0); // 0.5 GB * 30 millidollars
        QCOMPARE(stateOf(sandbox, fixture::Main, fixture::FileC), QStringLiteral("archived"));
        input.insert(QStringLiteral("rate"), QStringLiteral("Bulk"));
        QCOMPARE(sandbox.call(route(fixture::Main, "unarchive"), input)
                     .json.value(QStringLiteral("cost"))
                     .toDouble(),
                 1.25);
    }

    // Issue 14 item 11: an "archival" copy is still live data; it is neither counted nor
    // charged, and unarchive only cancels its archival request.
    void unarchive_countsOnlyArchivedCopies_archivalOnesGoBackToLiveFree()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox.call(route(fixture::Main, "archive"), files({ fixture::FileA })).status,
                 200);
        QCOMPARE(stateOf(sandbox, fixture::Main, fixture::FileA), QStringLiteral("archival"));
        QJsonObject input { { QStringLiteral("folder"), QStringLiteral("/") },
                            { QStringLiteral("dryRun"), true } };
        const Reply dry = sandbox.call(route(fixture::Main, "unarchive"), input);
        QCOMPARE(dry.json.value(QStringLiteral("files")).toInt(), 1); // FileC only
        QCOMPARE(dry.json.value(QStringLiteral("cost")).toDouble(), 5.0); // 0.5 GB * 10
        input.remove(QStringLiteral("dryRun"));
        QCOMPARE(sandbox.call(route(fixture::Main, "unarchive"), input).status, 200);
        QCOMPARE(stateOf(sandbox, fixture::Main, fixture::FileA), QStringLiteral("live"));
    }

    void unarchive_rateMustBeOfferedInTheRegion()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(route(fixture::Public, "unarchive"),
                                  { { QStringLiteral("folder"), QStringLiteral("/") },
                                    { QStringLiteral("rate"), QStringLiteral("Bulk") } }),
                     "InvalidInput", 422, "rate");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "unarchive"),
                                  { { QStringLiteral("folder"), QStringLiteral("/") },
                                    { QStringLiteral("rate"), QStringLiteral("Fast") } }),
                     "InvalidInput", 422, "rate");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "unarchive"),
                                  { { QStringLiteral("folder"), QStringLiteral("/") },
                                    { QStringLiteral("dryRun"), 1 } }),
                     "InvalidInput", 422, "dryRun");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "unarchive"), {}), "InvalidInput", 422,
                     "files, folder");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "unarchive"), files({ fixture::FileC }),
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "CONTRIBUTE");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "unarchive"),
                                  { { QStringLiteral("folder"), QStringLiteral("/x") } }),
                     "ResourceNotFound", 404, "/x");
    }

    void unarchive_goesUnarchivingThenLive()
    {
        Sandbox sandbox(fixture::world(), 0, 150);
        const Reply reply
            = sandbox.call(route(fixture::Main, "unarchive"), files({ fixture::FileC }));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("files")).toInt(), 1);
        QCOMPARE(stateOf(sandbox, fixture::Main, fixture::FileC), QStringLiteral("unarchiving"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(sandbox, fixture::Main, fixture::FileC),
                                  QStringLiteral("live"), 3000);
    }

    void unarchive_survivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            Sandbox sandbox(fixture::world(), 0, 300, path);
            QCOMPARE(
                sandbox.call(route(fixture::Main, "unarchive"), files({ fixture::FileC })).status,
                200);
        }
        Sandbox reopened(QJsonObject {}, 0, 300, path);
        QVERIFY2(reopened.opened, qPrintable(reopened.error));
        QCOMPARE(stateOf(reopened, fixture::Main, fixture::FileC), QStringLiteral("unarchiving"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(reopened, fixture::Main, fixture::FileC),
                                  QStringLiteral("live"), 3000);
    }

    void listFolder_listsSubfoldersAndObjects()
    {
        Sandbox sandbox;
        const Reply root = sandbox.call(route(fixture::Main, "listFolder"),
                                        { { QStringLiteral("folder"), QStringLiteral("/") } });
        QCOMPARE(root.status, 200);
        QCOMPARE(root.json.value(QStringLiteral("folders")).toArray(),
                 fixture::list({ "/data", "/empty" }));
        QCOMPARE(root.json.value(QStringLiteral("objects")).toArray(),
                 QJsonArray({ QJsonObject { { QStringLiteral("id"), fixture::FileC } } }));
        const Reply data = sandbox.call(route(fixture::Main, "listFolder"),
                                        { { QStringLiteral("folder"), QStringLiteral("/data") },
                                          { QStringLiteral("only"), QStringLiteral("folders") } },
                                        QStringLiteral("tok-ben"));
        QCOMPARE(data.json,
                 QJsonObject({ { QStringLiteral("folders"), fixture::list({ "/data/sub" }) } }));
        const Reply described
            = sandbox.call(route(fixture::Main, "listFolder"),
                           { { QStringLiteral("folder"), QStringLiteral("/data/sub") },
                             { QStringLiteral("only"), QStringLiteral("objects") },
                             { QStringLiteral("describe"), true } });
        QCOMPARE(described
                     .json[QStringLiteral("objects")][0][QStringLiteral("describe")]
                          [QStringLiteral("name")]
                     .toString(),
                 QStringLiteral("B.dat"));
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "listFolder"),
                                  { { QStringLiteral("folder"), QStringLiteral("/nope") } }),
                     "ResourceNotFound", 404, "/nope");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "listFolder"),
                                  { { QStringLiteral("only"), QStringLiteral("some") } }),
                     "InvalidInput", 422, "only");
        EXPECT_ERROR(
            sandbox.call(route(fixture::Main, "listFolder"), {}, QStringLiteral("tok-dora")),
            "PermissionDenied", 401, "VIEW");
    }

    // id without scope: the file's copies in every project the caller may view (the archive
    // preview's lookup of other live copies).
    void findDataObjects_byId_findsTheCopiesInOtherProjects()
    {
        Sandbox sandbox;
        const QString r = QStringLiteral("/system/findDataObjects");
        const QJsonObject input { { QStringLiteral("id"), QJsonArray { fixture::FileA } },
                                  { QStringLiteral("archivalState"), QStringLiteral("live") } };
        const Reply both = sandbox.call(r, input);
        QCOMPARE(both.status, 200);
        QSet<QString> projects;
        for (const QJsonValue &result : both.json.value(QStringLiteral("results")).toArray()) {
            QCOMPARE(result[QStringLiteral("id")].toString(), fixture::FileA);
            projects.insert(result[QStringLiteral("project")].toString());
        }
        QCOMPARE(projects, (QSet<QString> { fixture::Main, fixture::Shared }));
        QCOMPARE(sandbox.call(route(fixture::Shared, "archive"), files({ fixture::FileA })).status,
                 200);
        const QJsonArray live
            = sandbox.call(r, input).json.value(QStringLiteral("results")).toArray();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live[0][QStringLiteral("project")].toString(), fixture::Main);
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("id"), fixture::FileA } }), "InvalidInput",
                     422, "id: must be an array");
    }
    void findDataObjects_scopeFilterAndPaging()
    {
        Sandbox sandbox;
        const QString r = QStringLiteral("/system/findDataObjects");
        const QJsonObject scope { { QStringLiteral("project"), fixture::Main },
                                  { QStringLiteral("folder"), QStringLiteral("/data") } };
        QCOMPARE(sandbox
                     .call(r,
                           { { QStringLiteral("class"), QStringLiteral("file") },
                             { QStringLiteral("scope"), scope } })
                     .json.value(QStringLiteral("results"))
                     .toArray()
                     .size(),
                 2);
        QJsonObject flat = scope;
        flat.insert(QStringLiteral("recurse"), false);
        QCOMPARE(sandbox.call(r, { { QStringLiteral("scope"), flat } })
                     .json.value(QStringLiteral("results"))
                     .toArray()
                     .size(),
                 1);
        const Reply archived
            = sandbox.call(r,
                           { { QStringLiteral("scope"),
                               QJsonObject { { QStringLiteral("project"), fixture::Main } } },
                             { QStringLiteral("archivalState"), QStringLiteral("archived") } });
        QCOMPARE(archived.json[QStringLiteral("results")][0][QStringLiteral("id")].toString(),
                 fixture::FileC);
        QCOMPARE(archived.json[QStringLiteral("results")][0][QStringLiteral("project")].toString(),
                 fixture::Main);
        // Paging one by one visits the three files once.
        QSet<QString> seen;
        QJsonValue next;
        do {
            QJsonObject input { { QStringLiteral("scope"),
                                  QJsonObject { { QStringLiteral("project"), fixture::Main } } },
                                { QStringLiteral("limit"), 1 } };
            if (!next.isUndefined())
                input.insert(QStringLiteral("starting"), next);
            const Reply page = sandbox.call(r, input);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &result : page.json.value(QStringLiteral("results")).toArray())
                seen.insert(result[QStringLiteral("id")].toString());
            next = page.json.value(QStringLiteral("next"));
        } while (!next.isNull());
        QCOMPARE(seen.size(), 3);
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("scope"), QJsonObject {} } }),
                     "InvalidInput", 422, "scope.project");
        EXPECT_ERROR(
            sandbox.call(r,
                         { { QStringLiteral("scope"),
                             QJsonObject { { QStringLiteral("project"), fixture::Main } } } },
                         QStringLiteral("tok-dora")),
            "PermissionDenied", 401, "VIEW");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("limit"), 5000 } }), "InvalidInput", 422,
                     "limit");
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveRoutes)
#include "tst_archiveroutes.moc"
