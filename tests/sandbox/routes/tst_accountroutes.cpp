// /user-x and /org-x describe and update, /system/findOrgs.
#include "tests/sandbox/SandboxFixture.h"

class tst_AccountRoutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describeUser_self_showsRegionsBillToAndPricing()
    {
        Sandbox sandbox;
        const Reply reply = sandbox.call(QStringLiteral("/user-ann/describe"));
        QCOMPARE(reply.status, 200);
        const QJsonObject d = reply.json;
        QCOMPARE(d.value(QStringLiteral("handle")).toString(), QStringLiteral("ann"));
        QCOMPARE(d.value(QStringLiteral("class")).toString(), QStringLiteral("user"));
        QCOMPARE(d.value(QStringLiteral("defaultRegion")).toString(),
                 QStringLiteral("aws:us-east-1"));
        QCOMPARE(d.value(QStringLiteral("permittedRegions")).toArray().size(), 3);
        QCOMPARE(d.value(QStringLiteral("billTo")).toString(), QStringLiteral("user-ann"));
        const QJsonObject pricing = d.value(QStringLiteral("pricingModelsByRegion")).toObject();
        QCOMPARE(pricing.keys().size(), 3);
        QVERIFY(pricing.value(QStringLiteral("azure:westus"))
                    .toObject()
                    .contains(QStringLiteral("unarchivePricePerGB")));
        const Reply some = sandbox.call(
            QStringLiteral("/user-ann/describe"),
            { { QStringLiteral("fields"), QJsonObject { { QStringLiteral("handle"), true } } } });
        QCOMPARE(some.json.keys(),
                 (QStringList { QStringLiteral("handle"), QStringLiteral("id") }));
    }

    void describeUser_others_showNoRegionsAndPricingNeedsSeesPricing()
    {
        Sandbox sandbox;
        const QJsonObject other = sandbox.call(QStringLiteral("/user-ben/describe")).json;
        QCOMPARE(other.value(QStringLiteral("handle")).toString(), QStringLiteral("ben"));
        QVERIFY(!other.contains(QStringLiteral("permittedRegions")));
        const QJsonObject self
            = sandbox.call(QStringLiteral("/user-ben/describe"), {}, QStringLiteral("tok-ben"))
                  .json;
        QVERIFY(self.contains(QStringLiteral("permittedRegions")));
        QVERIFY(!self.contains(QStringLiteral("pricingModelsByRegion")));
        EXPECT_ERROR(sandbox.call(QStringLiteral("/user-nobody/describe")), "ResourceNotFound", 404,
                     "user-nobody");
        EXPECT_ERROR(
            sandbox.call(QStringLiteral("/user-ann/describe"), { { QStringLiteral("fields"), 1 } }),
            "InvalidInput", 422, "fields");
    }

    void describeOrg_membershipLevelAndPricingForAdmins()
    {
        Sandbox sandbox;
        const QJsonObject admin = sandbox.call(QStringLiteral("/org-lab/describe")).json;
        QCOMPARE(admin.value(QStringLiteral("level")).toString(), QStringLiteral("ADMIN"));
        QCOMPARE(admin.value(QStringLiteral("allowBillableActivities")).toBool(), true);
        QCOMPARE(admin.value(QStringLiteral("name")).toString(), QStringLiteral("Lab"));
        QVERIFY(admin.contains(QStringLiteral("pricingModelsByRegion")));
        const QJsonObject member
            = sandbox.call(QStringLiteral("/org-lab/describe"), {}, QStringLiteral("tok-ben")).json;
        QCOMPARE(member.value(QStringLiteral("level")).toString(), QStringLiteral("MEMBER"));
        QCOMPARE(member.value(QStringLiteral("allowBillableActivities")).toBool(true), false);
        QVERIFY(!member.contains(QStringLiteral("pricingModelsByRegion")));
        const QJsonObject outsider
            = sandbox.call(QStringLiteral("/org-lab/describe"), {}, QStringLiteral("tok-dora"))
                  .json;
        QVERIFY(!outsider.contains(QStringLiteral("level")));
        QVERIFY(!outsider.contains(QStringLiteral("permittedRegions")));
        QCOMPARE(sandbox.call(QStringLiteral("/org-clinic/describe"))
                     .json.value(QStringLiteral("phiFeatures"))
                     .toBool(),
                 true);
        EXPECT_ERROR(sandbox.call(QStringLiteral("/org-none/describe")), "ResourceNotFound", 404,
                     "org-none");
    }

    void updateUser_defaultRegion_mustBePermitted()
    {
        Sandbox sandbox;
        const Reply reply
            = sandbox.call(QStringLiteral("/user-ann/update"),
                           { { QStringLiteral("defaultRegion"), QStringLiteral("azure:westus") } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), QStringLiteral("user-ann"));
        QCOMPARE(sandbox.call(QStringLiteral("/user-ann/describe"))
                     .json.value(QStringLiteral("defaultRegion"))
                     .toString(),
                 QStringLiteral("azure:westus"));
        // New projects now default to it.
        const Reply created = sandbox.call(QStringLiteral("/project/new"),
                                           { { QStringLiteral("name"), QStringLiteral("W") } });
        QCOMPARE(sandbox.describe(created.json.value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("region"))
                     .toString(),
                 QStringLiteral("azure:westus"));
        EXPECT_ERROR(
            sandbox.call(QStringLiteral("/user-ann/update"),
                         { { QStringLiteral("defaultRegion"), QStringLiteral("aws:eu-west-2") } }),
            "InvalidInput", 422, "defaultRegion");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/user-ann/update"),
                                  { { QStringLiteral("defaultRegion"), 3 } }),
                     "InvalidInput", 422, "defaultRegion");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/user-ben/update"),
                                  { { QStringLiteral("defaultRegion"),
                                      QStringLiteral("aws:eu-central-1") } }),
                     "PermissionDenied", 401, "themselves");
    }

    void updateUser_billTo_mustBeAnAccountTheUserMayBillTo()
    {
        // Issue 16 item 9: a user's own default billTo, shown by describe and used by
        // project/new when no billTo is given.
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(QStringLiteral("/user-ann/update"),
                           { { QStringLiteral("billTo"), QStringLiteral("org-lab") } })
                     .status,
                 200);
        QCOMPARE(sandbox.call(QStringLiteral("/user-ann/describe"))
                     .json.value(QStringLiteral("billTo"))
                     .toString(),
                 QStringLiteral("org-lab"));
        const Reply created = sandbox.call(QStringLiteral("/project/new"),
                                           { { QStringLiteral("name"), QStringLiteral("B") } });
        QCOMPARE(sandbox.describe(created.json.value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("billTo"))
                     .toString(),
                 QStringLiteral("org-lab"));
        // ben is a member of org-lab without allowBillableActivities.
        EXPECT_ERROR(sandbox.call(QStringLiteral("/user-ben/update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("org-lab") } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "allowBillableActivities");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/user-ann/update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("org-nowhere") } }),
                     "InvalidInput", 422, "billTo: org-nowhere");
        EXPECT_ERROR(
            sandbox.call(QStringLiteral("/user-ann/update"), { { QStringLiteral("billTo"), 7 } }),
            "InvalidInput", 422, "billTo");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/org-lab/update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("user-ann") } }),
                     "InvalidInput", 422, "only users");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/user-ben/update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("org-lab") } }),
                     "PermissionDenied", 401, "themselves");
    }

    void updateOrg_needsAdmin()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(QStringLiteral("/org-lab/update"),
                           { { QStringLiteral("defaultRegion"), QStringLiteral("azure:westus") } })
                     .status,
                 200);
        QCOMPARE(sandbox.call(QStringLiteral("/org-lab/describe"))
                     .json.value(QStringLiteral("defaultRegion"))
                     .toString(),
                 QStringLiteral("azure:westus"));
        EXPECT_ERROR(
            sandbox.call(QStringLiteral("/org-lab/update"),
                         { { QStringLiteral("defaultRegion"), QStringLiteral("aws:us-east-1") } },
                         QStringLiteral("tok-ben")),
            "PermissionDenied", 401, "ADMIN");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/org-lab/update"),
                                  { { QStringLiteral("defaultRegion"),
                                      QStringLiteral("aws:eu-central-1") } }),
                     "InvalidInput", 422, "permittedRegions");
    }

    void findOrgs_byLevelWithDescribe()
    {
        Sandbox sandbox;
        const Reply all = sandbox.call(QStringLiteral("/system/findOrgs"),
                                       { { QStringLiteral("level"), QStringLiteral("MEMBER") } });
        QCOMPARE(all.json.value(QStringLiteral("results")).toArray().size(), 3);
        QVERIFY(all.json.value(QStringLiteral("next")).isNull());
        const Reply admin = sandbox.call(QStringLiteral("/system/findOrgs"),
                                         { { QStringLiteral("level"), QStringLiteral("ADMIN") },
                                           { QStringLiteral("describe"), true } },
                                         QStringLiteral("tok-ben"));
        QVERIFY(admin.json.value(QStringLiteral("results")).toArray().isEmpty());
        const Reply member
            = sandbox.call(QStringLiteral("/system/findOrgs"),
                           { { QStringLiteral("describe"), true } }, QStringLiteral("tok-ben"));
        QCOMPARE(member
                     .json[QStringLiteral("results")][0][QStringLiteral("describe")]
                          [QStringLiteral("name")]
                     .toString(),
                 QStringLiteral("Lab"));
        EXPECT_ERROR(sandbox.call(QStringLiteral("/system/findOrgs"),
                                  { { QStringLiteral("level"), QStringLiteral("OWNER") } }),
                     "InvalidInput", 422, "level");
    }

    // What dx find orgs --with-billable-activities / --without-billable-activities send.
    void findOrgs_allowBillableActivities_filtersOnWhatDescribeSays()
    {
        Sandbox sandbox;
        auto ids = [&](const QJsonObject &input, const QString &token) {
            QStringList out;
            const Reply reply = sandbox.call(QStringLiteral("/system/findOrgs"), input, token);
            for (const QJsonValue &r : reply.json.value(QStringLiteral("results")).toArray())
                out << r[QStringLiteral("id")].toString();
            return out;
        };
        const QString ben = QStringLiteral("tok-ben");
        QCOMPARE(ids({ { QStringLiteral("allowBillableActivities"), false } }, ben),
                 QStringList { QStringLiteral("org-lab") });
        QVERIFY(ids({ { QStringLiteral("allowBillableActivities"), true } }, ben).isEmpty());
        const QString ann = QStringLiteral("tok-ann");
        QCOMPARE(ids({ { QStringLiteral("allowBillableActivities"), true } }, ann),
                 ids({}, ann)); // an admin may always bill
        EXPECT_ERROR(
            sandbox.call(QStringLiteral("/system/findOrgs"),
                         { { QStringLiteral("allowBillableActivities"), QStringLiteral("yes") } }),
            "InvalidInput", 422, "allowBillableActivities");
    }

    // The sandbox has no apps or workflows; dx describe looks names up there all the same.
    void findAppsAndGlobalWorkflows_answerAnEmptyPage()
    {
        Sandbox sandbox;
        for (const char *route : { "/system/findApps", "/system/findGlobalWorkflows" }) {
            const Reply reply
                = sandbox.call(QLatin1String(route),
                               { { QStringLiteral("name"), QStringLiteral("bwa_mem") },
                                 { QStringLiteral("limit"), 1 },
                                 { QStringLiteral("describe"), true } });
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.json.value(QStringLiteral("results")).toArray().isEmpty());
            QVERIFY(reply.json.value(QStringLiteral("next")).isNull());
            EXPECT_ERROR(sandbox.call(QLatin1String(route), { { QStringLiteral("limit"), 0 } }),
                         "InvalidInput", 422, "limit");
        }
    }
};

QTEST_GUILESS_MAIN(tst_AccountRoutes)
#include "tst_accountroutes.moc"
