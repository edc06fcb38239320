// /org-xxxx/findProjects: the projects billed to an org, for its admins, members of them or not.
#include "tests/sandbox/SandboxFixture.h"

namespace {
QStringList ids(const Reply &reply)
{
    return reply.resultIds();
}
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class tst_OrgFindProjects : public QObject
{
    Q_OBJECT
private:
    Sandbox sandbox;
    QString leftBehind; // billed to org-lab; ann (its admin) is not a member

    Reply find(const QJsonObject &input, const QString &token = QStringLiteral("tok-ann"),
               const QString &org = QStringLiteral("org-lab"))
    {
        return sandbox.call(QStringLiteral("/") + org + QStringLiteral("/findProjects"), input,
                            token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Reply made
            = sandbox.call(QStringLiteral("/project/new"),
                           { { QStringLiteral("name"), QStringLiteral("Left behind") },
                             { QStringLiteral("billTo"), QStringLiteral("org-lab") },
                             { QStringLiteral("tags"), QJsonArray { QStringLiteral("gamma") } } });
        QCOMPARE(made.status, 200);
        leftBehind = made.json.value(QStringLiteral("id")).toString();
        const QString base = QStringLiteral("/") + leftBehind;
        QCOMPARE(sandbox
                     .call(base + QStringLiteral("/invite"),
                           { { QStringLiteral("invitee"), QStringLiteral("user-dora") },
                             { QStringLiteral("level"), QStringLiteral("ADMINISTER") } })
                     .status,
                 200);
        QCOMPARE(sandbox.call(base + QStringLiteral("/leave")).status, 200);
    }

    void admin_seesEveryProjectBilledToTheOrg_membersOfThemOrNot()
    {
        const Reply reply = find({});
        QCOMPARE(reply.status, 200);
        QCOMPARE(ids(reply), sorted({ fixture::Main, fixture::Shared, leftBehind }));
        QVERIFY(reply.json.value(QStringLiteral("next")).isNull());
        for (const QJsonValue &v : reply.json.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.value(QStringLiteral("public")), QJsonValue(false));
            QCOMPARE(r.value(QStringLiteral("level")).toString(),
                     r.value(QStringLiteral("id")) == leftBehind ? QStringLiteral("NONE")
                                                                 : QStringLiteral("ADMINISTER"));
            QVERIFY(!r.contains(QStringLiteral("describe")));
        }
        // The caller's own search does not show it: member of nothing is not the same.
        QVERIFY(!ids(sandbox.call(QStringLiteral("/system/findProjects"),
                                  { { QStringLiteral("level"), QStringLiteral("VIEW") } }))
                     .contains(leftBehind));
        // Inputs that belong to /system/findProjects do not narrow it.
        QCOMPARE(ids(find({ { QStringLiteral("level"), QStringLiteral("ADMINISTER") },
                            { QStringLiteral("billTo"), QStringLiteral("org-clinic") } }))
                     .size(),
                 3);
        QCOMPARE(ids(find({}, QStringLiteral("tok-ann"), QStringLiteral("org-clinic"))),
                 QStringList { fixture::Phi });
    }

    void nonAdmins_areRefused_unknownOrgsAreNotFound()
    {
        EXPECT_ERROR(find({}, QStringLiteral("tok-ben")), "PermissionDenied", 401, "");
        EXPECT_ERROR(find({}, QStringLiteral("tok-dora")), "PermissionDenied", 401, "");
        EXPECT_ERROR(find({}, QStringLiteral("tok-ann"), QStringLiteral("org-nope")),
                     "ResourceNotFound", 404, "");
    }

    void filters_nameIdTagsPropertiesCreatedRegionPhiPublic()
    {
        QCOMPARE(ids(find({ { QStringLiteral("name"), QStringLiteral("Main") } })),
                 QStringList { fixture::Main });
        QCOMPARE(
            ids(find({ { QStringLiteral("name"),
                         QJsonObject { { QStringLiteral("glob"), QStringLiteral("*copy") } } } })),
            QStringList { fixture::Shared });
        QCOMPARE(
            ids(find({ { QStringLiteral("name"),
                         QJsonObject { { QStringLiteral("regexp"), QStringLiteral("^left") },
                                       { QStringLiteral("flags"), QStringLiteral("i") } } } })),
            QStringList { leftBehind });
        QCOMPARE(ids(find({ { QStringLiteral("id"),
                              QJsonArray { fixture::Shared, fixture::Phi, leftBehind } } })),
                 sorted({ fixture::Shared, leftBehind }));
        EXPECT_ERROR(find({ { QStringLiteral("id"), QJsonArray { QStringLiteral("file-1") } } }),
                     "InvalidInput", 422, "id");
        QCOMPARE(ids(find({ { QStringLiteral("tags"), QStringLiteral("beta") } })),
                 (QStringList { fixture::Main, fixture::Shared }));
        QCOMPARE(ids(find({ { QStringLiteral("tags"),
                              QJsonObject { { QStringLiteral("$and"),
                                              QJsonArray { QStringLiteral("alpha"),
                                                           QStringLiteral("beta") } } } } })),
                 QStringList { fixture::Main });
        QCOMPARE(
            ids(find({ { QStringLiteral("properties"),
                         QJsonObject { { QStringLiteral("owner"), QStringLiteral("ann") } } } })),
            QStringList { fixture::Main });
        // dx sends $and for more than one property.
        const QJsonArray both { QJsonObject { { QStringLiteral("owner"), true } },
                                QJsonObject { { QStringLiteral("missing"), false } } };
        QCOMPARE(ids(find({ { QStringLiteral("properties"),
                              QJsonObject { { QStringLiteral("$and"), both } } } })),
                 QStringList { fixture::Main });
        EXPECT_ERROR(find({ { QStringLiteral("properties"),
                              QJsonObject { { QStringLiteral("$and"), 3 } } } }),
                     "InvalidInput", 422, "properties");
        const qint64 created
            = qint64(sandbox.describe(leftBehind).value(QStringLiteral("created")).toDouble());
        QVERIFY(created > 0);
        const auto createdRange = [&](const char *side, qint64 at) {
            return ids(find(
                { { QStringLiteral("created"), QJsonObject { { QLatin1String(side), at } } } }));
        };
        QVERIFY(createdRange("after", created).contains(leftBehind));
        QVERIFY(!createdRange("after", created + 1).contains(leftBehind));
        QVERIFY(createdRange("before", created).contains(leftBehind));
        QVERIFY(!createdRange("before", created - 1).contains(leftBehind));
        QCOMPARE(ids(find({ { QStringLiteral("region"), QStringLiteral("azure:westus") } })),
                 QStringList());
        QCOMPARE(
            ids(find({ { QStringLiteral("region"), QStringLiteral("aws:us-east-1") } })).size(), 3);
        QCOMPARE(ids(find({ { QStringLiteral("containsPHI"), true } })), QStringList());
        QCOMPARE(ids(find({ { QStringLiteral("containsPHI"), false } }, QStringLiteral("tok-ann"),
                          QStringLiteral("org-clinic"))),
                 QStringList { fixture::Phi });
        QCOMPARE(ids(find({ { QStringLiteral("public"), false } })).size(), 3);
        QCOMPARE(ids(find({ { QStringLiteral("public"), true } })), QStringList());
        QCOMPARE(ids(find({ { QStringLiteral("publicOnly"), true } })), QStringList());
        QCOMPARE(ids(find({ { QStringLiteral("privateOnly"), true } })).size(), 3);
        EXPECT_ERROR(find({ { QStringLiteral("publicOnly"), true },
                            { QStringLiteral("privateOnly"), true } }),
                     "InvalidInput", 422, "publicOnly");
        EXPECT_ERROR(find({ { QStringLiteral("containsPHI"), QStringLiteral("yes") } }),
                     "InvalidInput", 422, "containsPHI");
    }

    void describe_trueOrFields_evenWhereTheAdminIsNotAMember()
    {
        const Reply full = find({ { QStringLiteral("id"), QJsonArray { leftBehind } },
                                  { QStringLiteral("describe"), true } });
        const QJsonObject d
            = full.json[QStringLiteral("results")][0][QStringLiteral("describe")].toObject();
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Left behind"));
        QCOMPARE(d.value(QStringLiteral("billTo")).toString(), QStringLiteral("org-lab"));
        const Reply some
            = find({ { QStringLiteral("name"), QStringLiteral("Main") },
                     { QStringLiteral("describe"),
                       QJsonObject { { QStringLiteral("fields"),
                                       QJsonObject { { QStringLiteral("tags"), true } } } } } });
        const QJsonObject s
            = some.json[QStringLiteral("results")][0][QStringLiteral("describe")].toObject();
        const QStringList keys = s.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString> { QStringLiteral("id"), QStringLiteral("tags") }));
    }

    void paging_givesEveryProjectOnce()
    {
        QStringList seen;
        QJsonValue starting = QJsonValue::Null;
        for (int page = 0; page < 10; ++page) {
            QJsonObject input { { QStringLiteral("limit"), 1 } };
            if (!starting.isNull())
                input.insert(QStringLiteral("starting"), starting);
            const Reply reply = find(input);
            QCOMPARE(reply.status, 200);
            seen += ids(reply);
            starting = reply.json.value(QStringLiteral("next"));
            if (starting.isNull())
                break;
        }
        seen.sort();
        QCOMPARE(seen, sorted({ fixture::Main, fixture::Shared, leftBehind }));
        EXPECT_ERROR(find({ { QStringLiteral("limit"), 0 } }), "InvalidInput", 422, "limit");
        EXPECT_ERROR(find({ { QStringLiteral("limit"), 1001 } }), "InvalidInput", 422, "limit");
    }
};

QTEST_GUILESS_MAIN(tst_OrgFindProjects)
#include "tst_orgfindprojects.moc"
