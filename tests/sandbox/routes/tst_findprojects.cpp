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

    void find_createdRange_pagedEqualsFilteredListing()
    {
        // The page seeks to its `created` range (newest first) instead of scanning: the rows
        // of a range, paged with a cursor, are exactly those of the whole listing in range,
        // both bounds included, in the same order.
        Sandbox big(fixture::world(), 2500);
        QVERIFY2(big.opened, qPrintable(big.error));
        const QJsonObject describeCreated {
            { QStringLiteral("fields"), QJsonObject { { QStringLiteral("created"), true } } }
        };
        auto listing = [&big, &describeCreated](const QJsonObject &filter, int limit) {
            QList<QPair<qint64, QString>> rows;
            QJsonValue next;
            do {
                QJsonObject input = filter;
                input.insert(QStringLiteral("limit"), limit);
                input.insert(QStringLiteral("level"), QStringLiteral("VIEW"));
                input.insert(QStringLiteral("describe"), describeCreated);
                if (!next.isUndefined())
                    input.insert(QStringLiteral("starting"), next);
                const Reply reply = big.call(QStringLiteral("/system/findProjects"), input);
                if (reply.status != 200)
                    return QList<QPair<qint64, QString>>();
                for (const QJsonValue &result :
                     reply.json.value(QStringLiteral("results")).toArray()) {
                    const QJsonObject object = result.toObject();
                    rows.append({ qint64(object.value(QStringLiteral("describe"))
                                             .toObject()
                                             .value(QStringLiteral("created"))
                                             .toDouble()),
                                  object.value(QStringLiteral("id")).toString() });
                }
                next = reply.json.value(QStringLiteral("next"));
            } while (!next.isNull());
            return rows;
        };
        const QList<QPair<qint64, QString>> all = listing({}, 1000);
        QCOMPARE(all.size(), 2504);
        // Bounds on rows' own `created`, so that both inclusive ends are exercised.
        const qint64 high = all.at(300).first;
        const qint64 low = all.at(1700).first;
        QVERIFY(low < high);
        QList<QPair<qint64, QString>> expected;
        for (const auto &row : all) {
            if (row.first >= low && row.first <= high)
                expected.append(row);
        }
        QVERIFY(expected.size() >= 1401);
        const QJsonObject range { { QStringLiteral("created"),
                                    QJsonObject { { QStringLiteral("after"), double(low) },
                                                  { QStringLiteral("before"), double(high) } } } };
        QCOMPARE(listing(range, 97), expected);
        // One bound only, each way.
        QList<QPair<qint64, QString>> newer;
        QList<QPair<qint64, QString>> older;
        for (const auto &row : all)
            (row.first >= low ? newer : older).append(row);
        QCOMPARE(listing({ { QStringLiteral("created"),
                             QJsonObject { { QStringLiteral("after"), double(low) } } } },
                         250),
                 newer);
        QCOMPARE(listing({ { QStringLiteral("created"),
                             QJsonObject { { QStringLiteral("before"), double(low - 1) } } } },
                         250),
                 older);
        // A range before every project, and one after.
        QVERIFY(listing({ { QStringLiteral("created"),
                            QJsonObject { { QStringLiteral("before"),
                                            double(all.constLast().first - 1) } } } },
                        100)
                    .isEmpty());
        QVERIFY(listing({ { QStringLiteral("created"),
                            QJsonObject { { QStringLiteral("after"),
                                            double(all.constFirst().first + 1) } } } },
                        100)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FindProjects)
#include "tst_findprojects.moc"
