// /project/new, /project-xxxx/update and /project-xxxx/destroy: success and each documented error.
#include "tests/sandbox/SandboxFixture.h"

namespace {
QString route(const QString &project, const char *method)
{
    return QStringLiteral("/") + project + QLatin1Char('/') + QLatin1String(method);
}
} // namespace

class tst_ProjectRoutes : public QObject
{
    Q_OBJECT
private:
    QString create(Sandbox &sandbox, QJsonObject input,
                   const QString &token = QStringLiteral("tok-ann"))
    {
        if (!input.contains(QStringLiteral("name")))
            input.insert(QStringLiteral("name"), QStringLiteral("P"));
        const Reply reply = sandbox.call(QStringLiteral("/project/new"), input, token);
        return reply.status == 200 ? reply.json.value(QStringLiteral("id")).toString() : QString();
    }

private Q_SLOTS:
    void new_withName_appliesDefaults()
    {
        Sandbox sandbox;
        const Reply reply = sandbox.call(QStringLiteral("/project/new"),
                                         { { QStringLiteral("name"), QStringLiteral("Fresh") } });
        QCOMPARE(reply.status, 200);
        const QString id = reply.json.value(QStringLiteral("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^project-[0-9BFGJKPQVXYZbfgjkpqvxyz]{24}$"))
                    .match(id)
                    .hasMatch());
        const QJsonObject d = sandbox.describe(id, { { QStringLiteral("permissions"), true } });
        QCOMPARE(d.value(QStringLiteral("billTo")).toString(), QStringLiteral("user-ann"));
        QCOMPARE(d.value(QStringLiteral("region")).toString(), QStringLiteral("aws:us-east-1"));
        QCOMPARE(d.value(QStringLiteral("summary")).toString(), QString());
        QCOMPARE(d.value(QStringLiteral("protected")).toBool(true), false);
        QCOMPARE(d.value(QStringLiteral("level")).toString(), QStringLiteral("ADMINISTER"));
        QCOMPARE(d.value(QStringLiteral("createdBy"))
                     .toObject()
                     .value(QStringLiteral("user"))
                     .toString(),
                 QStringLiteral("user-ann"));
        QCOMPARE(d.value(QStringLiteral("permissions")).toObject(),
                 QJsonObject({ { QStringLiteral("user-ann"), QStringLiteral("ADMINISTER") } }));
    }

    void new_withEveryInput_storesThem()
    {
        Sandbox sandbox;
        const QString id
            = create(sandbox,
                     { { QStringLiteral("name"), QStringLiteral("Full") },
                       { QStringLiteral("summary"), QStringLiteral("s") },
                       { QStringLiteral("description"), QStringLiteral("d") },
                       { QStringLiteral("protected"), true },
                       { QStringLiteral("restricted"), true },
                       { QStringLiteral("downloadRestricted"), true },
                       { QStringLiteral("databaseUIViewOnly"), true },
                       { QStringLiteral("containsPHI"), true },
                       { QStringLiteral("tags"), fixture::list({ "x", "y" }) },
                       { QStringLiteral("properties"),
                         QJsonObject { { QStringLiteral("k"), QStringLiteral("v") } } },
                       { QStringLiteral("billTo"), QStringLiteral("org-clinic") },
                       { QStringLiteral("region"), QStringLiteral("aws:us-east-1") } });
        QVERIFY(!id.isEmpty());
        const QJsonObject d = sandbox.describe(id, { { QStringLiteral("properties"), true } });
        QCOMPARE(d.value(QStringLiteral("billTo")).toString(), QStringLiteral("org-clinic"));
        QCOMPARE(d.value(QStringLiteral("containsPHI")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("previewViewerRestricted")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("databaseUIViewOnly")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("tags")).toArray(), fixture::list({ "x", "y" }));
        QCOMPARE(
            d.value(QStringLiteral("properties")).toObject().value(QStringLiteral("k")).toString(),
            QStringLiteral("v"));
    }

    void new_invalidInput_namesTheField_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("field");
        const QJsonObject name { { QStringLiteral("name"), QStringLiteral("ok") } };
        auto with = [&name](const char *key, const QJsonValue &value) {
            QJsonObject o = name;
            o.insert(QLatin1String(key), value);
            return o;
        };
        QTest::newRow("missing name") << QJsonObject() << "name";
        QTest::newRow("empty name") << with("name", QString()) << "name";
        QTest::newRow("control char") << with("name", QStringLiteral("a\tb")) << "name";
        QTest::newRow("name not string") << with("name", 3) << "name";
        QTest::newRow("summary") << with("summary", 1) << "summary";
        QTest::newRow("protected") << with("protected", QStringLiteral("yes")) << "protected";
        QTest::newRow("restricted") << with("restricted", 0) << "restricted";
        QTest::newRow("downloadRestricted")
            << with("downloadRestricted", 1) << "downloadRestricted";
        QTest::newRow("containsPHI") << with("containsPHI", QStringLiteral("t")) << "containsPHI";
        QTest::newRow("databaseUIViewOnly")
            << with("databaseUIViewOnly", 2) << "databaseUIViewOnly";
        QTest::newRow("tags") << with("tags", fixture::list({ "" })) << "tags";
        QTest::newRow("properties")
            << with("properties", QJsonObject { { QStringLiteral("k"), 1 } }) << "properties";
        QTest::newRow("unknown region") << with("region", QStringLiteral("aws:mars-1")) << "region";
        QTest::newRow("billTo type") << with("billTo", 5) << "billTo";
    }
    void new_invalidInput_namesTheField()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, field);
        Sandbox sandbox;
        const Reply reply = sandbox.call(QStringLiteral("/project/new"), input);
        QCOMPARE(reply.errorType(), QStringLiteral("InvalidInput"));
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.errorMessage().startsWith(field), qPrintable(reply.errorMessage()));
    }

    void new_regionNotPermitted_isPermissionDenied()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("region"), QStringLiteral("azure:westus") } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "permittedRegions");
    }

    void new_billToWithoutBillableActivities_isPermissionDenied()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("billTo"), QStringLiteral("org-lab") } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "billTo");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("billTo"), QStringLiteral("user-ben") } }),
                     "PermissionDenied", 401, "billTo");
        // Issue 16 item 9: a billTo that does not exist is ResourceNotFound here, as the
        // platform answers it (and InvalidInput on update, below).
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("billTo"), QStringLiteral("org-nowhere") } }),
                     "ResourceNotFound", 404, "billTo: org-nowhere is not");
    }

    void new_phiWithoutBillToFeatures_isPermissionDenied()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("containsPHI"), true } }),
                     "PermissionDenied", 401,
                     "containsPHI: PHI features must be enabled for user-ann");
    }

    void new_phiInRegionWithoutPhi_isInvalidState()
    {
        Sandbox sandbox;
        EXPECT_ERROR(
            sandbox.call(QStringLiteral("/project/new"),
                         { { QStringLiteral("name"), QStringLiteral("x") },
                           { QStringLiteral("containsPHI"), true },
                           { QStringLiteral("billTo"), QStringLiteral("org-clinic") },
                           { QStringLiteral("region"), QStringLiteral("aws:eu-central-1") } }),
            "InvalidState", 422, "containsPHI");
    }

    void new_billToAtSpendingLimit_isSpendingLimitExceeded()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("x") } },
                                  QStringLiteral("tok-carl")),
                     "SpendingLimitExceeded", 403, "spending limit");
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("billTo"), QStringLiteral("org-broke") } }),
                     "SpendingLimitExceeded", 403, "billTo");
    }

    void update_changesOnlyGivenFieldsAndBumpsVersion()
    {
        Sandbox sandbox;
        const QJsonObject before = sandbox.describe(fixture::Main);
        const Reply reply = sandbox.call(
            route(fixture::Main, "update"),
            { { QStringLiteral("name"), QStringLiteral("Renamed") },
              { QStringLiteral("downloadRestricted"), true },
              { QStringLiteral("version"), before.value(QStringLiteral("version")) } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), fixture::Main);
        const QJsonObject after = sandbox.describe(fixture::Main);
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(after.value(QStringLiteral("previewViewerRestricted")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("tags")), before.value(QStringLiteral("tags")));
        QCOMPARE(after.value(QStringLiteral("version")).toInt(),
                 before.value(QStringLiteral("version")).toInt() + 1);
        QVERIFY(after.value(QStringLiteral("modified")).toDouble()
                >= before.value(QStringLiteral("modified")).toDouble());
    }

    void update_staleVersion_isInvalidState()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "update"),
                                  { { QStringLiteral("name"), QStringLiteral("x") },
                                    { QStringLiteral("version"), 99 } }),
                     "InvalidState", 422, "version");
        QCOMPARE(sandbox.describe(fixture::Main).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Main"));
    }

    void update_invalidInput_namesTheField()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Main, "update");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("name"), QString() } }), "InvalidInput",
                     422, "name");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("summary"), true } }), "InvalidInput", 422,
                     "summary");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("description"), 1 } }), "InvalidInput", 422,
                     "description");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("restricted"), 1 } }), "InvalidInput", 422,
                     "restricted");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("version"), 1.5 } }), "InvalidInput", 422,
                     "version");
        EXPECT_ERROR(
            sandbox.call(r, { { QStringLiteral("allowedExecutables"), fixture::list({ "x" }) } }),
            "InvalidInput", 422, "allowedExecutables");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("allowedExecutables"), 3 } }),
                     "InvalidInput", 422, "allowedExecutables");
        EXPECT_ERROR(sandbox.raw(r, "[]", QStringLiteral("tok-ann")), "InvalidInput", 422, "input");
    }

    void update_withoutAdminister_isPermissionDenied()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "update"),
                                  { { QStringLiteral("name"), QStringLiteral("x") } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "ADMINISTER");
    }

    void update_unknownProject_isResourceNotFound()
    {
        Sandbox sandbox;
        EXPECT_ERROR(
            sandbox.call(route(QStringLiteral("project-BBBBBBBBBBBBBBBBBBBBBBBB"), "update"),
                         { { QStringLiteral("name"), QStringLiteral("x") } }),
            "ResourceNotFound", 404, "no such project");
    }

    void update_containsPHI_rules()
    {
        Sandbox sandbox;
        // The billTo (org-lab) has no PHI features; worded as the platform words it.
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "update"),
                                  { { QStringLiteral("containsPHI"), true } }),
                     "PermissionDenied", 401,
                     "containsPHI: PHI features must be enabled for org-lab");
        // org-clinic has PHI features but aws:eu-central-1 no PHI support.
        const QString eu
            = create(sandbox,
                     { { QStringLiteral("billTo"), QStringLiteral("org-clinic") },
                       { QStringLiteral("region"), QStringLiteral("aws:eu-central-1") } });
        EXPECT_ERROR(sandbox.call(route(eu, "update"), { { QStringLiteral("containsPHI"), true } }),
                     "InvalidInput", 422, "containsPHI");
        QCOMPARE(
            sandbox.call(route(fixture::Phi, "update"), { { QStringLiteral("containsPHI"), true } })
                .status,
            200);
        EXPECT_ERROR(sandbox.call(route(fixture::Phi, "update"),
                                  { { QStringLiteral("containsPHI"), false } }),
                     "InvalidInput", 422, "containsPHI");
    }

    void update_billTo_rulesAndEgressReset()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "updateSponsorship"),
                           { { QStringLiteral("totalSponsoredEgressBytes"), 1000 } })
                     .status,
                 401); // the caller's billTo (user-ann) differs from the project's (org-lab)
        const QString mine = create(sandbox, {});
        QCOMPARE(sandbox
                     .call(route(mine, "updateSponsorship"),
                           { { QStringLiteral("totalSponsoredEgressBytes"), 1000 } })
                     .status,
                 200);
        EXPECT_ERROR(sandbox.call(route(mine, "update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("org-broke") } }),
                     "SpendingLimitExceeded", 403, "spending limit");
        EXPECT_ERROR(sandbox.call(route(mine, "update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("user-ben") } }),
                     "PermissionDenied", 401, "billTo");
        EXPECT_ERROR(sandbox.call(route(mine, "update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("org-nowhere") } }),
                     "InvalidInput", 422, "billTo: org-nowhere is not a user or org");
        const QString eu
            = create(sandbox, { { QStringLiteral("region"), QStringLiteral("aws:eu-central-1") } });
        EXPECT_ERROR(sandbox.call(route(eu, "update"),
                                  { { QStringLiteral("billTo"), QStringLiteral("org-lab") } }),
                     "PermissionDenied", 401, "permittedRegions");
        QCOMPARE(sandbox
                     .call(route(mine, "update"),
                           { { QStringLiteral("billTo"), QStringLiteral("org-lab") } })
                     .status,
                 200);
        const QJsonObject d = sandbox.describe(mine);
        QCOMPARE(d.value(QStringLiteral("billTo")).toString(), QStringLiteral("org-lab"));
        QCOMPARE(d.value(QStringLiteral("totalSponsoredEgressBytes")).toInt(-1), 0);
        QCOMPARE(d.value(QStringLiteral("consumedSponsoredEgressBytes")).toInt(-1), 0);
    }

    void update_allowedExecutables_listOrNull()
    {
        Sandbox sandbox;
        const QJsonArray apps = fixture::list({ "app-abc", "applet-xyz" });
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "update"),
                           { { QStringLiteral("allowedExecutables"), apps } })
                     .status,
                 200);
        QCOMPARE(
            sandbox.describe(fixture::Main).value(QStringLiteral("allowedExecutables")).toArray(),
            apps);
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "update"),
                           { { QStringLiteral("allowedExecutables"), QJsonValue::Null } })
                     .status,
                 200);
        // Unset describes as null (as the platform does), not absent.
        const QJsonObject after = sandbox.describe(fixture::Main);
        QVERIFY(after.contains(QStringLiteral("allowedExecutables")));
        QVERIFY(after.value(QStringLiteral("allowedExecutables")).isNull());
    }

    void newerFlags_externalUploadAndDatabaseResults()
    {
        // Issue 16 items 1 and 3.
        Sandbox sandbox;
        QJsonObject d = sandbox.describe(fixture::Main);
        QCOMPARE(d.value(QStringLiteral("externalUploadRestricted")), QJsonValue(false));
        QVERIFY(d.contains(QStringLiteral("databaseResultsRestricted")));
        QVERIFY(d.value(QStringLiteral("databaseResultsRestricted")).isNull());
        const QString id = create(sandbox,
                                  { { QStringLiteral("externalUploadRestricted"), true },
                                    { QStringLiteral("databaseResultsRestricted"), 50 } });
        d = sandbox.describe(id);
        QCOMPARE(d.value(QStringLiteral("externalUploadRestricted")), QJsonValue(true));
        QCOMPARE(d.value(QStringLiteral("databaseResultsRestricted")).toInt(), 50);
        QCOMPARE(sandbox
                     .call(route(id, "update"),
                           { { QStringLiteral("externalUploadRestricted"), false },
                             { QStringLiteral("databaseResultsRestricted"), 7 } })
                     .status,
                 200);
        d = sandbox.describe(id);
        QCOMPARE(d.value(QStringLiteral("externalUploadRestricted")), QJsonValue(false));
        QCOMPARE(d.value(QStringLiteral("databaseResultsRestricted")).toInt(), 7);
        QCOMPARE(sandbox
                     .call(route(id, "update"),
                           { { QStringLiteral("databaseResultsRestricted"), QJsonValue::Null } })
                     .status,
                 200);
        QVERIFY(sandbox.describe(id).value(QStringLiteral("databaseResultsRestricted")).isNull());
        for (const QJsonValue &bad : { QJsonValue(0), QJsonValue(-3), QJsonValue(2.5),
                                       QJsonValue(QStringLiteral("10")), QJsonValue(true) })
            EXPECT_ERROR(sandbox.call(route(id, "update"),
                                      { { QStringLiteral("databaseResultsRestricted"), bad } }),
                         "InvalidInput", 422, "databaseResultsRestricted: must be an integer");
        EXPECT_ERROR(sandbox.call(route(id, "update"),
                                  { { QStringLiteral("externalUploadRestricted"), 1 } }),
                     "InvalidInput", 422, "externalUploadRestricted");
        // The findProjects filter dx find projects --external-upload-restricted sends.
        QCOMPARE(
            sandbox
                .call(route(id, "update"), { { QStringLiteral("externalUploadRestricted"), true } })
                .status,
            200);
        const QJsonArray found = sandbox
                                     .call(QStringLiteral("/system/findProjects"),
                                           { { QStringLiteral("externalUploadRestricted"), true },
                                             { QStringLiteral("level"), QStringLiteral("VIEW") } })
                                     .json.value(QStringLiteral("results"))
                                     .toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("id")).toString(), id);
    }

    void previewViewerRestricted_followsDownloadRestricted_andTheOrderIsEnforced()
    {
        // Issue 16 item 2.
        Sandbox sandbox;
        const QString id = create(sandbox, {});
        const auto flags = [&sandbox, &id] {
            const QJsonObject d = sandbox.describe(id);
            return qMakePair(d.value(QStringLiteral("downloadRestricted")).toBool(),
                             d.value(QStringLiteral("previewViewerRestricted")).toBool());
        };
        QCOMPARE(flags(), qMakePair(false, false));
        QCOMPARE(
            sandbox.call(route(id, "update"), { { QStringLiteral("downloadRestricted"), true } })
                .status,
            200);
        QCOMPARE(flags(), qMakePair(true, true)); // turned on with it
        // Clearing downloads while previews stay restricted: refused, nothing changes.
        EXPECT_ERROR(
            sandbox.call(route(id, "update"), { { QStringLiteral("downloadRestricted"), false } }),
            "InvalidInput", 422, "previewViewerRestricted to false first");
        QCOMPARE(flags(), qMakePair(true, true));
        // Previews can be cleared on their own; then downloads too.
        QCOMPARE(
            sandbox
                .call(route(id, "update"), { { QStringLiteral("previewViewerRestricted"), false } })
                .status,
            200);
        QCOMPARE(flags(), qMakePair(true, false));
        QCOMPARE(
            sandbox.call(route(id, "update"), { { QStringLiteral("downloadRestricted"), false } })
                .status,
            200);
        QCOMPARE(flags(), qMakePair(false, false));
        // Previews alone cannot be restricted.
        EXPECT_ERROR(sandbox.call(route(id, "update"),
                                  { { QStringLiteral("previewViewerRestricted"), true } }),
                     "InvalidInput", 422, "only be true while downloadRestricted is true");
        // Both in one update, in either direction.
        QCOMPARE(sandbox
                     .call(route(id, "update"),
                           { { QStringLiteral("downloadRestricted"), true },
                             { QStringLiteral("previewViewerRestricted"), false } })
                     .status,
                 200);
        QCOMPARE(flags(), qMakePair(true, false));
        QCOMPARE(
            sandbox
                .call(route(id, "update"), { { QStringLiteral("previewViewerRestricted"), true } })
                .status,
            200);
        QCOMPARE(sandbox
                     .call(route(id, "update"),
                           { { QStringLiteral("downloadRestricted"), false },
                             { QStringLiteral("previewViewerRestricted"), false } })
                     .status,
                 200);
        QCOMPARE(flags(), qMakePair(false, false));
        // project/new follows the same rule.
        const QString restricted
            = create(sandbox, { { QStringLiteral("downloadRestricted"), true } });
        QVERIFY(
            sandbox.describe(restricted).value(QStringLiteral("previewViewerRestricted")).toBool());
        EXPECT_ERROR(sandbox.call(QStringLiteral("/project/new"),
                                  { { QStringLiteral("name"), QStringLiteral("p") },
                                    { QStringLiteral("previewViewerRestricted"), true } }),
                     "InvalidInput", 422, "previewViewerRestricted");
    }

    void destroy_withRunningJobs_needsTerminateJobs()
    {
        Sandbox sandbox;
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "destroy")), "InvalidState", 422,
                     "terminateJobs");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "destroy"),
                                  { { QStringLiteral("terminateJobs"), 1 } }),
                     "InvalidInput", 422, "terminateJobs");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "destroy"),
                                  { { QStringLiteral("terminateJobs"), true } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "ADMINISTER");
        const Reply reply = sandbox.call(route(fixture::Main, "destroy"),
                                         { { QStringLiteral("terminateJobs"), true } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), fixture::Main);
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "describe")), "ResourceNotFound", 404,
                     "no such project");
    }

    void destroy_sponsoredProject_isInvalidState()
    {
        Sandbox sandbox;
        const QString mine = create(sandbox, {});
        QCOMPARE(sandbox
                     .call(route(mine, "updateSponsorship"),
                           { { QStringLiteral("sponsoredUntil"), 4102444800000.0 } })
                     .status,
                 200);
        EXPECT_ERROR(sandbox.call(route(mine, "destroy")), "InvalidState", 422, "sponsored");
        QCOMPARE(sandbox
                     .call(route(mine, "updateSponsorship"),
                           { { QStringLiteral("sponsoredUntil"), QJsonValue::Null } })
                     .status,
                 200);
        QCOMPARE(sandbox.call(route(mine, "destroy")).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_ProjectRoutes)
#include "tst_projectroutes.moc"
