// /project-xxxx/describe: default fields, `fields`, the older booleans, visibility rules.
#include "tests/sandbox/SandboxFixture.h"

class tst_ProjectDescribe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_withoutInput_returnsEveryDefaultField()
    {
        Sandbox sandbox;
        const QJsonObject d = sandbox.describe(fixture::Main);
        const char *defaults[] = { "id",
                                   "class",
                                   "name",
                                   "region",
                                   "summary",
                                   "description",
                                   "version",
                                   "tags",
                                   "billTo",
                                   "protected",
                                   "restricted",
                                   "downloadRestricted",
                                   "containsPHI",
                                   "databaseUIViewOnly",
                                   "created",
                                   "createdBy",
                                   "modified",
                                   "level",
                                   "dataUsage",
                                   "defaultInstanceType",
                                   "sponsoredDataUsage",
                                   "pendingTransfer",
                                   "totalSponsoredEgressBytes",
                                   "consumedSponsoredEgressBytes",
                                   "atSpendingLimit",
                                   "storageCost" };
        for (const char *field : defaults)
            QVERIFY2(d.contains(QLatin1String(field)), field);
        QCOMPARE(d.value(QStringLiteral("class")).toString(), QStringLiteral("project"));
        QVERIFY(d.value(QStringLiteral("pendingTransfer")).isNull());
        const char *optional[] = { "folders",
                                   "objects",
                                   "permissions",
                                   "appCaches",
                                   "properties",
                                   "fileUploadParameters",
                                   "availableInstanceTypes",
                                   "sponsoredUntil",
                                   "allowedExecutables" };
        for (const char *field : optional)
            QVERIFY2(!d.contains(QLatin1String(field)), field);
        // 2 GB + 1 GB live and 0.5 GB archived; FileA is not sponsored elsewhere.
        QCOMPARE(d.value(QStringLiteral("dataUsage")).toDouble(), 3.5);
        QCOMPARE(d.value(QStringLiteral("sponsoredDataUsage")).toDouble(), 0.0);
        QCOMPARE(d.value(QStringLiteral("storageCost")).toDouble(), 0.061); // 3*0.02 + 0.5*0.002
    }

    void describe_withFields_returnsOnlyThoseAndId()
    {
        Sandbox sandbox;
        const QJsonObject d
            = sandbox.describe(fixture::Main,
                               { { QStringLiteral("fields"),
                                   QJsonObject { { QStringLiteral("name"), true },
                                                 { QStringLiteral("folders"), true },
                                                 { QStringLiteral("region"), false } } } });
        const QStringList keys = d.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString> { QStringLiteral("id"), QStringLiteral("name"),
                                  QStringLiteral("folders") }));
        QCOMPARE(d.value(QStringLiteral("folders")).toArray(),
                 fixture::list({ "/", "/data", "/data/sub", "/empty" }));
    }

    void describe_defaultFieldsWithFields_returnsTheDefaultsPlusThose()
    {
        Sandbox sandbox;
        const QJsonObject d
            = sandbox.describe(fixture::Main,
                               { { QStringLiteral("defaultFields"), true },
                                 { QStringLiteral("fields"),
                                   QJsonObject { { QStringLiteral("properties"), true } } } });
        QVERIFY(d.contains(QStringLiteral("name")));
        QVERIFY(d.contains(QStringLiteral("externalUploadRestricted")));
        QVERIFY(d.contains(QStringLiteral("databaseResultsRestricted")));
        QVERIFY(d.value(QStringLiteral("properties")).isObject());
        QVERIFY(!d.contains(QStringLiteral("folders")));
        EXPECT_ERROR(sandbox.call(QStringLiteral("/") + fixture::Main + QStringLiteral("/describe"),
                                  { { QStringLiteral("defaultFields"), 1 } }),
                     "InvalidInput", 422, "defaultFields");
    }

    void describe_olderTopLevelBooleans_addOptionalFields()
    {
        Sandbox sandbox;
        const QJsonObject d
            = sandbox.describe(fixture::Main,
                               { { QStringLiteral("properties"), true },
                                 { QStringLiteral("permissions"), true },
                                 { QStringLiteral("objects"), true },
                                 { QStringLiteral("appCaches"), true },
                                 { QStringLiteral("fileUploadParameters"), true },
                                 { QStringLiteral("availableInstanceTypes"), true } });
        QVERIFY(d.contains(QStringLiteral("name")));
        QCOMPARE(d.value(QStringLiteral("properties")).toObject(),
                 QJsonObject({ { QStringLiteral("owner"), QStringLiteral("ann") } }));
        QCOMPARE(d.value(QStringLiteral("permissions"))
                     .toObject()
                     .value(QStringLiteral("user-ben"))
                     .toString(),
                 QStringLiteral("UPLOAD"));
        QCOMPARE(d.value(QStringLiteral("objects")).toInt(), 3);
        QVERIFY(d.value(QStringLiteral("appCaches")).isObject());
        QVERIFY(d.value(QStringLiteral("fileUploadParameters"))
                    .toObject()
                    .contains(QStringLiteral("maximumPartSize")));
        const QJsonObject types = d.value(QStringLiteral("availableInstanceTypes")).toObject();
        QVERIFY(!types.isEmpty());
        QVERIFY(types.begin()->toObject().contains(QStringLiteral("numCores")));
    }

    void describe_badInput_isInvalidInput()
    {
        Sandbox sandbox;
        const QString route = QStringLiteral("/") + fixture::Main + QStringLiteral("/describe");
        EXPECT_ERROR(sandbox.call(route, { { QStringLiteral("fields"), true } }), "InvalidInput",
                     422, "fields");
        EXPECT_ERROR(sandbox.call(route,
                                  { { QStringLiteral("fields"),
                                      QJsonObject { { QStringLiteral("name"), 1 } } } }),
                     "InvalidInput", 422, "fields.name");
        EXPECT_ERROR(
            sandbox.call(route, { { QStringLiteral("properties"), QStringLiteral("yes") } }),
            "InvalidInput", 422, "properties");
    }

    void describe_withoutAccess_isPermissionDenied()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/") + fixture::Main + QStringLiteral("/describe"),
                                  {}, QStringLiteral("tok-dora")),
                     "PermissionDenied", 401, "VIEW");
    }

    void describe_publicProject_grantsView()
    {
        Sandbox sandbox;
        const Reply reply
            = sandbox.call(QStringLiteral("/") + fixture::Public + QStringLiteral("/describe"), {},
                           QStringLiteral("tok-dora"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("level")).toString(), QStringLiteral("VIEW"));
        // VIEW is below UPLOAD: no atSpendingLimit; dora cannot see ann's pricing.
        QVERIFY(!reply.json.contains(QStringLiteral("atSpendingLimit")));
        QVERIFY(!reply.json.contains(QStringLiteral("storageCost")));
    }

    void describe_pricingOnlyForThoseWhoMaySeeIt()
    {
        Sandbox sandbox;
        // ben has UPLOAD on Main (atSpendingLimit shown) but is no ADMIN of org-lab.
        const Reply reply
            = sandbox.call(QStringLiteral("/") + fixture::Main + QStringLiteral("/describe"), {},
                           QStringLiteral("tok-ben"));
        QCOMPARE(reply.json.value(QStringLiteral("level")).toString(), QStringLiteral("UPLOAD"));
        QCOMPARE(reply.json.value(QStringLiteral("atSpendingLimit")).toBool(true), false);
        QVERIFY(!reply.json.contains(QStringLiteral("storageCost")));
    }

    void describe_orgGrant_countsForMembers()
    {
        Sandbox sandbox;
        // ben has no own grant on Shared; org-lab has VIEW.
        const Reply reply
            = sandbox.call(QStringLiteral("/") + fixture::Shared + QStringLiteral("/describe"), {},
                           QStringLiteral("tok-ben"));
        QCOMPARE(reply.json.value(QStringLiteral("level")).toString(), QStringLiteral("VIEW"));
    }

    void describe_sponsoredUntil_onlyWhileInTheFuture()
    {
        Sandbox sandbox;
        const Reply created = sandbox.call(QStringLiteral("/project/new"),
                                           { { QStringLiteral("name"), QStringLiteral("S") } });
        const QString id = created.json.value(QStringLiteral("id")).toString();
        const QString route = QStringLiteral("/") + id + QStringLiteral("/updateSponsorship");
        QCOMPARE(
            sandbox.call(route, { { QStringLiteral("sponsoredUntil"), 4102444800000.0 } }).status,
            200);
        QCOMPARE(sandbox.describe(id).value(QStringLiteral("sponsoredUntil")).toDouble(),
                 4102444800000.0);
        QCOMPARE(sandbox.call(route, { { QStringLiteral("sponsoredUntil"), 1000 } }).status, 200);
        QVERIFY(!sandbox.describe(id).contains(QStringLiteral("sponsoredUntil")));
    }

    void describe_sponsoredElsewhere_countsAsSponsoredDataUsage()
    {
        Sandbox sandbox;
        QCOMPARE(
            sandbox.describe(fixture::Main).value(QStringLiteral("sponsoredDataUsage")).toDouble(),
            0.0);
        // Public (billTo user-ann) holds a copy of FileB (1 GB), which Main also holds.
        QCOMPARE(
            sandbox
                .call(QStringLiteral("/") + fixture::Public + QStringLiteral("/updateSponsorship"),
                      { { QStringLiteral("sponsoredUntil"), 4102444800000.0 } })
                .status,
            200);
        const QJsonObject main = sandbox.describe(fixture::Main);
        QCOMPARE(main.value(QStringLiteral("sponsoredDataUsage")).toDouble(), 1.0);
        QCOMPARE(main.value(QStringLiteral("dataUsage")).toDouble(), 2.5);
    }
};

QTEST_GUILESS_MAIN(tst_ProjectDescribe)
#include "tst_projectdescribe.moc"
