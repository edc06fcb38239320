// addTags, removeTags, setProperties, countRootExecutions, listProjectTags, updateSponsorship.
#include "tests/sandbox/SandboxFixture.h"

namespace {
QString route(const QString &project, const char *method)
{
    return QStringLiteral("/") + project + QLatin1Char('/') + QLatin1String(method);
}
} // namespace

class tst_MetadataRoutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addTags_addsOnceAndBumpsVersion()
    {
        Sandbox sandbox;
        const int version
            = sandbox.describe(fixture::Main).value(QStringLiteral("version")).toInt();
        const Reply reply
            = sandbox.call(route(fixture::Main, "addTags"),
                           { { QStringLiteral("tags"), fixture::list({ "beta", "gamma" }) } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), fixture::Main);
        const QJsonObject d = sandbox.describe(fixture::Main);
        QCOMPARE(d.value(QStringLiteral("tags")).toArray(),
                 fixture::list({ "alpha", "beta", "gamma" }));
        QCOMPARE(d.value(QStringLiteral("version")).toInt(), version + 1);
    }

    void removeTags_removesAndIgnoresMissing()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "removeTags"),
                           { { QStringLiteral("tags"), fixture::list({ "alpha", "nope" }) } })
                     .status,
                 200);
        QCOMPARE(sandbox.describe(fixture::Main).value(QStringLiteral("tags")).toArray(),
                 fixture::list({ "beta" }));
    }

    void tags_errors_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("addTags") << QStringLiteral("addTags");
        QTest::newRow("removeTags") << QStringLiteral("removeTags");
    }
    void tags_errors()
    {
        QFETCH(QString, method);
        Sandbox sandbox;
        const QString r = QStringLiteral("/") + fixture::Main + QLatin1Char('/') + method;
        EXPECT_ERROR(sandbox.call(r), "InvalidInput", 422, "tags");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("tags"), QStringLiteral("a") } }),
                     "InvalidInput", 422, "tags");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("tags"), fixture::list({ "" }) } }),
                     "InvalidInput", 422, "tags");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("tags"), QJsonArray { 1 } } }),
                     "InvalidInput", 422, "tags");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("tags"), fixture::list({ "a" }) } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "CONTRIBUTE");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project-BBBBBBBBBBBBBBBBBBBBBBBB/") + method,
                                  { { QStringLiteral("tags"), fixture::list({ "a" }) } }),
                     "ResourceNotFound", 404, "no such project");
    }

    void setProperties_mergesAndNullRemoves()
    {
        Sandbox sandbox;
        const Reply reply = sandbox.call(
            route(fixture::Main, "setProperties"),
            { { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("owner"), QJsonValue::Null },
                              { QStringLiteral("stage"), QStringLiteral("qc") } } } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(sandbox.describe(fixture::Main, { { QStringLiteral("properties"), true } })
                     .value(QStringLiteral("properties"))
                     .toObject(),
                 QJsonObject({ { QStringLiteral("stage"), QStringLiteral("qc") } }));
    }

    void setProperties_errors()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Main, "setProperties");
        EXPECT_ERROR(sandbox.call(r), "InvalidInput", 422, "properties");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("properties"), fixture::list({ "a" }) } }),
                     "InvalidInput", 422, "properties");
        EXPECT_ERROR(sandbox.call(r,
                                  { { QStringLiteral("properties"),
                                      QJsonObject { { QStringLiteral("k"), 1 } } } }),
                     "InvalidInput", 422, "properties.k");
        EXPECT_ERROR(sandbox.raw(r, "\"x\"", QStringLiteral("tok-ann")), "InvalidInput", 422,
                     "input");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("properties"), QJsonObject {} } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "CONTRIBUTE");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project-BBBBBBBBBBBBBBBBBBBBBBBB/setProperties"),
                                  { { QStringLiteral("properties"), QJsonObject {} } }),
                     "ResourceNotFound", 404, "no such project");
    }

    void countRootExecutions_countsByState()
    {
        Sandbox sandbox;
        const Reply reply = sandbox.call(route(fixture::Main, "countRootExecutions"), {},
                                         QStringLiteral("tok-ben"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json,
                 QJsonObject({ { QStringLiteral("running"), 1 }, { QStringLiteral("done"), 2 } }));
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "countRootExecutions"), {},
                                  QStringLiteral("tok-dora")),
                     "PermissionDenied", 401, "VIEW");
        EXPECT_ERROR(
            sandbox.call(QStringLiteral("/project-BBBBBBBBBBBBBBBBBBBBBBBB/countRootExecutions")),
            "ResourceNotFound", 404, "no such project");
    }

    void listProjectTags_countsVisibleProjects()
    {
        Sandbox sandbox;
        QCOMPARE(
            sandbox.call(QStringLiteral("/system/listProjectTags"), {}, QStringLiteral("tok-dora"))
                .json,
            QJsonObject({ { QStringLiteral("public"), 1 } }));
        QCOMPARE(sandbox.call(QStringLiteral("/system/listProjectTags")).json,
                 QJsonObject({ { QStringLiteral("alpha"), 1 },
                               { QStringLiteral("beta"), 2 },
                               { QStringLiteral("public"), 1 } }));
    }

    void updateSponsorship_setsEgressAndUntil()
    {
        Sandbox sandbox;
        const Reply reply = sandbox.call(route(fixture::Public, "updateSponsorship"),
                                         { { QStringLiteral("totalSponsoredEgressBytes"), 5000 },
                                           { QStringLiteral("sponsoredUntil"), 4102444800000.0 } });
        QCOMPARE(reply.status, 200);
        const QJsonObject d = sandbox.describe(fixture::Public);
        QCOMPARE(d.value(QStringLiteral("totalSponsoredEgressBytes")).toInt(), 5000);
        QCOMPARE(d.value(QStringLiteral("sponsoredUntil")).toDouble(), 4102444800000.0);
    }

    void updateSponsorship_errors()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Public, "updateSponsorship");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("totalSponsoredEgressBytes"), -1 } }),
                     "InvalidInput", 422, "totalSponsoredEgressBytes");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("totalSponsoredEgressBytes"), 1.5 } }),
                     "InvalidInput", 422, "totalSponsoredEgressBytes");
        EXPECT_ERROR(
            sandbox.call(r, { { QStringLiteral("sponsoredUntil"), QStringLiteral("soon") } }),
            "InvalidInput", 422, "sponsoredUntil");
        // ben has UPLOAD only; ann's billTo (user-ann) is not Main's (org-lab).
        EXPECT_ERROR(
            sandbox.call(route(fixture::Main, "updateSponsorship"), {}, QStringLiteral("tok-ben")),
            "PermissionDenied", 401, "ADMINISTER");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "updateSponsorship"), {}),
                     "PermissionDenied", 401, "billTo");
        // dora's billTo has no sponsorship features.
        const Reply created = sandbox.call(QStringLiteral("/project/new"),
                                           { { QStringLiteral("name"), QStringLiteral("D") } },
                                           QStringLiteral("tok-dora"));
        EXPECT_ERROR(sandbox.call(route(created.json.value(QStringLiteral("id")).toString(),
                                        "updateSponsorship"),
                                  { { QStringLiteral("sponsoredUntil"), 4102444800000.0 } },
                                  QStringLiteral("tok-dora")),
                     "PermissionDenied", 401, "sponsorship features");
    }

    void updateSponsorship_pendingTransfer_isInvalidState()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(route(fixture::Public, "transfer"),
                           { { QStringLiteral("invitee"), QStringLiteral("user-dora") } })
                     .status,
                 200);
        EXPECT_ERROR(sandbox.call(route(fixture::Public, "updateSponsorship"),
                                  { { QStringLiteral("totalSponsoredEgressBytes"), 1 } }),
                     "InvalidState", 422, "pending transfer");
    }

    void updateSponsorship_archivedProject_isInvalidState()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(route(fixture::Public, "archive"),
                           { { QStringLiteral("folder"), QStringLiteral("/") },
                             { QStringLiteral("allCopies"), true } })
                     .status,
                 200);
        EXPECT_ERROR(sandbox.call(route(fixture::Public, "updateSponsorship"),
                                  { { QStringLiteral("totalSponsoredEgressBytes"), 1 } }),
                     "InvalidState", 422, "archived");
    }

    void updateSponsorship_fileSponsoredElsewhere_listsIt()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Public, "updateSponsorship");
        QCOMPARE(sandbox.call(r, { { QStringLiteral("sponsoredUntil"), 4102444800000.0 } }).status,
                 200);
        // A second project of ann's with a copy of FileB cannot be sponsored too.
        QJsonObject world = fixture::world();
        QJsonArray projects = world.value(QStringLiteral("projects")).toArray();
        QJsonObject copy = projects.at(3).toObject();
        copy.insert(QStringLiteral("id"), QStringLiteral("project-000000000000000000000005"));
        copy.insert(QStringLiteral("sponsoredUntil"), 4102444800000.0);
        projects.append(copy);
        world.insert(QStringLiteral("projects"), projects);
        Sandbox two(world);
        QVERIFY2(two.opened, qPrintable(two.error));
        const Reply reply = two.call(route(fixture::Public, "updateSponsorship"),
                                     { { QStringLiteral("sponsoredUntil"), 4102444800000.0 } });
        QCOMPARE(reply.errorType(), QStringLiteral("InvalidState"));
        const QJsonArray already = reply
                                       .json[QStringLiteral("error")][QStringLiteral("details")]
                                            [QStringLiteral("alreadySponsored")]
                                       .toArray();
        QCOMPARE(already.size(), 2);
        QCOMPARE(already.at(0).toObject().value(QStringLiteral("project")).toString(),
                 QStringLiteral("project-000000000000000000000005"));
        QCOMPARE(already.at(0).toObject().value(QStringLiteral("id")).toString(), fixture::FileB);
    }
};

QTEST_GUILESS_MAIN(tst_MetadataRoutes)
#include "tst_metadataroutes.moc"
