// /system/findProjects: every filter of the DNAnexus API's findProjects, describe, and paging.
#include "tests/sandbox/SandboxFixture.h"

namespace {
QStringList ids(const Reply &reply)
{
    return reply.resultIds();
}
} // namespace

class tst_FindProjects : public QObject
{
    Q_OBJECT
private:
    Sandbox sandbox;
    Reply find(const QJsonObject &input, const QString &token = QStringLiteral("tok-ann"))
    {
        return sandbox.call(QStringLiteral("/system/findProjects"), input, token);
    }

private Q_SLOTS:
    void find_defaultLevel_isContribute()
    {
        // ben: UPLOAD on Main, VIEW on Shared through org-lab: neither reaches CONTRIBUTE.
        const Reply reply = find({}, QStringLiteral("tok-ben"));
        QCOMPARE(reply.status, 200);
        QVERIFY(ids(reply).isEmpty());
        QVERIFY(reply.json.contains(QStringLiteral("next")));
        QVERIFY(reply.json.value(QStringLiteral("next")).isNull());
        QCOMPARE(ids(find({ { QStringLiteral("level"), QStringLiteral("VIEW") } },
                          QStringLiteral("tok-ben"))),
                 (QStringList { fixture::Main, fixture::Shared, fixture::Public }));
    }

    void find_resultsCarryIdAndLevel()
    {
        const Reply reply = find({ { QStringLiteral("level"), QStringLiteral("VIEW") } },
                                 QStringLiteral("tok-dora"));
        const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject(),
                 QJsonObject({ { QStringLiteral("id"), fixture::Public },
                               { QStringLiteral("level"), QStringLiteral("VIEW") } }));
    }

    void find_byName_exactGlobRegexp()
    {
        QCOMPARE(ids(find({ { QStringLiteral("name"), QStringLiteral("Main") } })),
                 QStringList { fixture::Main });
        QCOMPARE(
            ids(find({ { QStringLiteral("name"),
                         QJsonObject { { QStringLiteral("glob"), QStringLiteral("*a?a") } } } })),
            QStringList { fixture::Public });
        QCOMPARE(ids(find({ { QStringLiteral("name"),
                              QJsonObject { { QStringLiteral("regexp"),
                                              QStringLiteral("^(Main|Clinic)$") } } } })),
                 (QStringList { fixture::Main, fixture::Phi }));
        EXPECT_ERROR(
            find({ { QStringLiteral("name"),
                     QJsonObject { { QStringLiteral("regexp"), QStringLiteral("(") } } } }),
            "InvalidInput", 422, "name.regexp");
        EXPECT_ERROR(find({ { QStringLiteral("name"), 4 } }), "InvalidInput", 422, "name");
    }

    void find_describe_trueOrInput()
    {
        const Reply full = find({ { QStringLiteral("name"), QStringLiteral("Main") },
                                  { QStringLiteral("describe"), true } });
        const QJsonObject d
            = full.json[QStringLiteral("results")][0][QStringLiteral("describe")].toObject();
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Main"));
        QVERIFY(d.contains(QStringLiteral("region")));
        const Reply some
            = find({ { QStringLiteral("name"), QStringLiteral("Main") },
                     { QStringLiteral("describe"),
                       QJsonObject { { QStringLiteral("fields"),
                                       QJsonObject { { QStringLiteral("tags"), true } } } } } });
        const QJsonObject s
            = some.json[QStringLiteral("results")][0][QStringLiteral("describe")].toObject();
        QCOMPARE(s.keys(), (QStringList { QStringLiteral("id"), QStringLiteral("tags") }));
        EXPECT_ERROR(find({ { QStringLiteral("describe"), 1 } }), "InvalidInput", 422, "describe");
    }

    void find_byTagsAndProperties()
    {
        QCOMPARE(ids(find({ { QStringLiteral("tags"),
                              QJsonObject { { QStringLiteral("$and"),
                                              fixture::list({ "alpha", "beta" }) } } } })),
                 QStringList { fixture::Main });
        QCOMPARE(ids(find({ { QStringLiteral("tags"), QStringLiteral("beta") } })),
                 (QStringList { fixture::Main, fixture::Shared }));
        QCOMPARE(
            ids(find({ { QStringLiteral("properties"),
                         QJsonObject { { QStringLiteral("owner"), QStringLiteral("ann") } } } })),
            QStringList { fixture::Main });
        QCOMPARE(ids(find({ { QStringLiteral("properties"),
                              QJsonObject { { QStringLiteral("owner"), true } } } })),
                 QStringList { fixture::Main });
        QVERIFY(
            ids(find({ { QStringLiteral("properties"),
                         QJsonObject { { QStringLiteral("owner"), QStringLiteral("bob") } } } }))
                .isEmpty());
        EXPECT_ERROR(
            find({ { QStringLiteral("tags"), QJsonObject { { QStringLiteral("$and"), 3 } } } }),
            "InvalidInput", 422, "$and");
        EXPECT_ERROR(
            find({ { QStringLiteral("properties"), QJsonObject { { QStringLiteral("k"), 3 } } } }),
            "InvalidInput", 422, "properties.k");
    }

    void find_byPermissionPublicBillToRegionPhi()
    {
        const QJsonObject view { { QStringLiteral("level"), QStringLiteral("VIEW") } };
        auto with = [&view](const char *key, const QJsonValue &value) {
            QJsonObject o = view;
            o.insert(QLatin1String(key), value);
            return o;
        };
        QVERIFY(ids(find(with("explicitPermission", true), QStringLiteral("tok-dora"))).isEmpty());
        QCOMPARE(ids(find(with("explicitPermission", false), QStringLiteral("tok-dora"))),
                 QStringList { fixture::Public });
        QCOMPARE(ids(find(with("public", true))), QStringList { fixture::Public });
        QCOMPARE(ids(find(with("public", false))).size(), 3);
        QCOMPARE(ids(find(with("billTo", QStringLiteral("org-lab")))),
                 (QStringList { fixture::Main, fixture::Shared }));
        QCOMPARE(ids(find(with("billTo", fixture::list({ "org-clinic", "user-ann" })))),
                 (QStringList { fixture::Phi, fixture::Public }));
        QCOMPARE(ids(find(with("region", QStringLiteral("azure:westus")))),
                 QStringList { fixture::Public });
        QVERIFY(ids(find(with("containsPHI", true))).isEmpty());
        QCOMPARE(ids(find(with("containsPHI", false))).size(), 4);
        EXPECT_ERROR(find(with("public", QStringLiteral("yes"))), "InvalidInput", 422, "public");
        EXPECT_ERROR(find(with("explicitPermission", 1)), "InvalidInput", 422,
                     "explicitPermission");
        EXPECT_ERROR(find(with("region", 1)), "InvalidInput", 422, "region");
        EXPECT_ERROR(find(with("level", QStringLiteral("OWNER"))), "InvalidInput", 422, "level");
    }

    void find_byCreated()
    {
        const Reply created
            = sandbox.call(QStringLiteral("/project/new"),
                           { { QStringLiteral("name"), QStringLiteral("Newest") } });
        const QString id = created.json.value(QStringLiteral("id")).toString();
        const double at = sandbox.describe(id).value(QStringLiteral("created")).toDouble();
        QCOMPARE(ids(find({ { QStringLiteral("created"),
                              QJsonObject { { QStringLiteral("after"), at } } } })),
                 QStringList { id });
        QCOMPARE(ids(find({ { QStringLiteral("created"),
                              QJsonObject { { QStringLiteral("before"), at - 1 } } } }))
                     .size(),
                 4);
        EXPECT_ERROR(find({ { QStringLiteral("created"),
                              QJsonObject { { QStringLiteral("after"), QStringLiteral("x") } } } }),
                     "InvalidInput", 422, "after");
        QCOMPARE(sandbox.call(QStringLiteral("/") + id + QStringLiteral("/destroy")).status, 200);
    }

    void find_limitAndCursor_validated()
    {
        EXPECT_ERROR(find({ { QStringLiteral("limit"), 1001 } }), "InvalidInput", 422, "limit");
        EXPECT_ERROR(find({ { QStringLiteral("limit"), 0 } }), "InvalidInput", 422, "limit");
        EXPECT_ERROR(find({ { QStringLiteral("starting"), QStringLiteral("garbage") } }),
                     "InvalidInput", 422, "starting");
        EXPECT_ERROR(find({ { QStringLiteral("starting"), 5 } }), "InvalidInput", 422, "starting");
    }

    void find_paging_visitsEveryProjectOnce()
    {
        Sandbox big(fixture::world(), 2500);
        QVERIFY2(big.opened, qPrintable(big.error));
        QSet<QString> seen;
        QJsonValue next;
        int pages = 0;
        int limit = 100;
        do {
            QJsonObject input { { QStringLiteral("limit"), limit },
                                { QStringLiteral("level"), QStringLiteral("VIEW") } };
            if (!next.isUndefined())
                input.insert(QStringLiteral("starting"), next);
            const Reply reply = big.call(QStringLiteral("/system/findProjects"), input);
            QCOMPARE(reply.status, 200);
            const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
            for (const QJsonValue &result : results) {
                const QString id = result.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
            next = reply.json.value(QStringLiteral("next"));
            QVERIFY(next.isNull() || next.isString());
            QVERIFY(next.isNull() || results.size() == limit);
            limit = std::min(limit * 2, 1000);
            ++pages;
        } while (!next.isNull());
        QCOMPARE(seen.size(), 2504);
        QCOMPARE(pages, 6); // 100 + 200 + 400 + 800 + 1000 + 4
    }
};

QTEST_GUILESS_MAIN(tst_FindProjects)
#include "tst_findprojects.moc"
