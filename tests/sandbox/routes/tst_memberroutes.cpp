// invite, decreasePermissions, leave, transfer and acceptTransfer.
#include "tests/sandbox/SandboxFixture.h"

namespace {
QString route(const QString &project, const char *method)
{
    return QStringLiteral("/") + project + QLatin1Char('/') + QLatin1String(method);
}
QJsonObject permissions(Sandbox &sandbox, const QString &project)
{
    return sandbox.describe(project, { { QStringLiteral("permissions"), true } })
        .value(QStringLiteral("permissions"))
        .toObject();
}
QJsonObject invite(const char *invitee, const char *level)
{
    return QJsonObject { { QStringLiteral("invitee"), QLatin1String(invitee) },
                         { QStringLiteral("level"), QLatin1String(level) } };
}
} // namespace

class tst_MemberRoutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invite_userOrgPublicAndEmail_areAccepted()
    {
        Sandbox sandbox;
        const Reply reply
            = sandbox.call(route(fixture::Main, "invite"), invite("user-dora", "CONTRIBUTE"));
        QCOMPARE(reply.status, 200);
        // Lower case, as the platform sends it.
        QCOMPARE(reply.json.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), QStringLiteral("user-dora"));
        QCOMPARE(sandbox.call(route(fixture::Main, "invite"), invite("org-clinic", "VIEW")).status,
                 200);
        QCOMPARE(sandbox.call(route(fixture::Main, "invite"), invite("PUBLIC", "VIEW")).status,
                 200);
        QJsonObject byEmail = invite("carl@sandbox.example", "UPLOAD");
        byEmail.insert(QStringLiteral("suppressEmailNotification"), true);
        QCOMPARE(sandbox.call(route(fixture::Main, "invite"), byEmail)
                     .json.value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("user-carl"));
        const QJsonObject p = permissions(sandbox, fixture::Main);
        QCOMPARE(p.value(QStringLiteral("user-dora")).toString(), QStringLiteral("CONTRIBUTE"));
        QCOMPARE(p.value(QStringLiteral("org-clinic")).toString(), QStringLiteral("VIEW"));
        QCOMPARE(p.value(QStringLiteral("PUBLIC")).toString(), QStringLiteral("VIEW"));
        QCOMPARE(p.value(QStringLiteral("user-carl")).toString(), QStringLiteral("UPLOAD"));
    }

    void invite_addressOfNoAccount_isPendingAndGrantsNothing()
    {
        Sandbox sandbox;
        const QJsonObject before = permissions(sandbox, fixture::Main);
        const Reply reply
            = sandbox.call(route(fixture::Main, "invite"), invite("new.person@x.org", "VIEW"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(),
                 QStringLiteral("new.person@x.org"));
        QCOMPARE(permissions(sandbox, fixture::Main), before);
        // Access is still checked first.
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "invite"),
                                  invite("new.person@x.org", "VIEW"), QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "ADMINISTER");
    }

    void invite_errors()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Main, "invite");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("level"), QStringLiteral("VIEW") } }),
                     "InvalidInput", 422, "invitee");
        EXPECT_ERROR(sandbox.call(r, invite("user-dora", "OWNER")), "InvalidInput", 422, "level");
        EXPECT_ERROR(
            sandbox.call(r, { { QStringLiteral("invitee"), QStringLiteral("user-dora") } }),
            "InvalidInput", 422, "level");
        EXPECT_ERROR(sandbox.call(r, invite("dora", "VIEW")), "InvalidInput", 422, "invitee");
        EXPECT_ERROR(sandbox.call(r, invite("user-nobody", "VIEW")), "ResourceNotFound", 404,
                     "invitee");
        EXPECT_ERROR(sandbox.call(r, invite("PUBLIC", "CONTRIBUTE")), "InvalidInput", 422,
                     "PUBLIC");
        EXPECT_ERROR(sandbox.call(r, invite("user-dora", "VIEW"), QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "ADMINISTER");
        QCOMPARE(
            sandbox.call(route(fixture::Phi, "update"), { { QStringLiteral("containsPHI"), true } })
                .status,
            200);
        EXPECT_ERROR(sandbox.call(route(fixture::Phi, "invite"), invite("PUBLIC", "VIEW")),
                     "InvalidState", 422, "PHI");
    }

    void decreasePermissions_lowersAndRemoves()
    {
        Sandbox sandbox;
        QCOMPARE(
            sandbox.call(route(fixture::Main, "invite"), invite("user-dora", "CONTRIBUTE")).status,
            200);
        const Reply reply = sandbox.call(route(fixture::Main, "decreasePermissions"),
                                         { { QStringLiteral("user-dora"), QStringLiteral("VIEW") },
                                           { QStringLiteral("user-ben"), QJsonValue::Null } });
        QCOMPARE(reply.status, 200);
        const QJsonObject p = permissions(sandbox, fixture::Main);
        QCOMPARE(p.value(QStringLiteral("user-dora")).toString(), QStringLiteral("VIEW"));
        QVERIFY(!p.contains(QStringLiteral("user-ben")));
    }

    void decreasePermissions_lowerYourselfWithoutAdminister()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "decreasePermissions"),
                           { { QStringLiteral("user-ben"), QStringLiteral("VIEW") } },
                           QStringLiteral("tok-ben"))
                     .status,
                 200);
        QCOMPARE(permissions(sandbox, fixture::Main).value(QStringLiteral("user-ben")).toString(),
                 QStringLiteral("VIEW"));
    }

    void decreasePermissions_errors()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Main, "decreasePermissions");
        EXPECT_ERROR(
            sandbox.call(r, { { QStringLiteral("user-ben"), QStringLiteral("ADMINISTER") } }),
            "InvalidInput", 422, "user-ben");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("user-ben"), 3 } }), "InvalidInput", 422,
                     "user-ben");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("user-dora"), QStringLiteral("VIEW") } }),
                     "ResourceNotFound", 404, "user-dora");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("user-ann"), QStringLiteral("VIEW") } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "ADMINISTER");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("user-ann"), QJsonValue::Null } }),
                     "InvalidState", 422, "ADMINISTER");
    }

    void leave_removesOwnGrant()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox.call(route(fixture::Main, "leave"), {}, QStringLiteral("tok-ben")).status,
                 200);
        QVERIFY(!permissions(sandbox, fixture::Main).contains(QStringLiteral("user-ben")));
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "leave"), {}, QStringLiteral("tok-ben")),
                     "InvalidState", 422, "no permission");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "leave")), "InvalidState", 422,
                     "last member");
    }

    void transfer_thenAccept_movesBillTo()
    {
        Sandbox sandbox;
        QCOMPARE(sandbox
                     .call(route(fixture::Public, "transfer"),
                           { { QStringLiteral("invitee"), QStringLiteral("user-dora") } })
                     .status,
                 200);
        QCOMPARE(
            sandbox.describe(fixture::Public).value(QStringLiteral("pendingTransfer")).toString(),
            QStringLiteral("user-dora"));
        // dora's billTo does not permit azure:westus.
        EXPECT_ERROR(
            sandbox.call(route(fixture::Public, "acceptTransfer"), {}, QStringLiteral("tok-dora")),
            "PermissionDenied", 401, "permittedRegions");
        EXPECT_ERROR(
            sandbox.call(route(fixture::Public, "acceptTransfer"), {}, QStringLiteral("tok-ben")),
            "PermissionDenied", 401, "user-dora");
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "transfer"),
                           { { QStringLiteral("invitee"), QStringLiteral("user-ann") } })
                     .status,
                 200);
        QCOMPARE(sandbox
                     .call(route(fixture::Main, "acceptTransfer"),
                           { { QStringLiteral("billTo"), QStringLiteral("user-ann") } })
                     .status,
                 200);
        const QJsonObject d = sandbox.describe(fixture::Main);
        QCOMPARE(d.value(QStringLiteral("billTo")).toString(), QStringLiteral("user-ann"));
        QVERIFY(d.value(QStringLiteral("pendingTransfer")).isNull());
    }

    void transfer_errors()
    {
        Sandbox sandbox;
        const QString r = route(fixture::Main, "transfer");
        EXPECT_ERROR(sandbox.call(r, {}), "InvalidInput", 422, "invitee");
        EXPECT_ERROR(
            sandbox.call(r, { { QStringLiteral("invitee"), QStringLiteral("user-nobody") } }),
            "ResourceNotFound", 404, "invitee");
        EXPECT_ERROR(sandbox.call(r, { { QStringLiteral("invitee"), QStringLiteral("user-dora") } },
                                  QStringLiteral("tok-ben")),
                     "PermissionDenied", 401, "ADMINISTER");
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "acceptTransfer"), {}), "InvalidState", 422,
                     "no pending transfer");
        QCOMPARE(
            sandbox.call(r, { { QStringLiteral("invitee"), QStringLiteral("org-broke") } }).status,
            200);
        EXPECT_ERROR(sandbox.call(route(fixture::Main, "acceptTransfer"), {}),
                     "SpendingLimitExceeded", 403, "spending limit");
    }
};

QTEST_GUILESS_MAIN(tst_MemberRoutes)
#include "tst_memberroutes.moc"
