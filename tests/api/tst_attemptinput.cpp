#include "api/AttemptInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestAttemptInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routeAllowed_data();
    void routeAllowed();
    void secretName_data();
    void secretName();
    void decide_allowedRoute_keepsCompactJson();
    void decide_routeNotAllowed_keepsNothing();
    void decide_secretKeysAtAnyDepth_areDroppedAndSaidSo();
    void decide_valueHoldingTheToken_keepsNothing();
    void decide_aboveTheCap_keepsNothing();
    void decide_emptyInput_isKeptAsEmptyObject();
    void recheck_appliesTheRuleAgain();
    void unavailableReason_emptyOnlyWhenKept();
};

void TestAttemptInput::routeAllowed_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("allowed");
    const QString p = QStringLiteral("project-B0000000000000000000001Q");
    QTest::newRow("project describe") << p << "describe" << true;
    QTest::newRow("project update") << p << "update" << true;
    QTest::newRow("project addTags") << p << "addTags" << true;
    QTest::newRow("project setProperties") << p << "setProperties" << true;
    QTest::newRow("project invite") << p << "invite" << true;
    QTest::newRow("project decreasePermissions") << p << "decreasePermissions" << true;
    QTest::newRow("project leave") << p << "leave" << true;
    QTest::newRow("project transfer") << p << "transfer" << true;
    QTest::newRow("project acceptTransfer") << p << "acceptTransfer" << true;
    QTest::newRow("project destroy") << p << "destroy" << true;
    QTest::newRow("project updateSponsorship") << p << "updateSponsorship" << true;
    QTest::newRow("project archive") << p << "archive" << true;
    QTest::newRow("project listFolder") << p << "listFolder" << true;
    QTest::newRow("container listFolder") << "container-x"
                                          << "listFolder" << true;
    QTest::newRow("project new") << "project"
                                 << "new" << true;
    QTest::newRow("project other class method") << "project"
                                                << "describe" << false;
    QTest::newRow("system findProjects") << "system"
                                         << "findProjects" << true;
    QTest::newRow("system findOrgs") << "system"
                                     << "findOrgs" << true;
    QTest::newRow("system whoami") << "system"
                                   << "whoami" << true;
    QTest::newRow("system other") << "system"
                                  << "greet" << false;
    QTest::newRow("user describe") << "user-alice"
                                   << "describe" << true;
    QTest::newRow("org update") << "org-lab"
                                << "update" << true;
    QTest::newRow("user other") << "user-alice"
                                << "resetPassword" << false;
    QTest::newRow("file describe") << "file-x"
                                   << "describe" << true;
    QTest::newRow("file download") << "file-x"
                                   << "download" << false;
    QTest::newRow("unknown project method") << p << "clone" << false;
    QTest::newRow("token route") << "user-alice"
                                 << "newApiToken" << false;
    QTest::newRow("auth route") << "system"
                                << "findAuthTokens" << false;
    QTest::newRow("password in the subject") << "system-password"
                                             << "describe" << false;
    QTest::newRow("job") << "job-x"
                         << "describe" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void TestAttemptInput::routeAllowed()
{
    QFETCH(QString, subject);
    QFETCH(QString, method);
    QFETCH(bool, allowed);
    QCOMPARE(AttemptInput::routeAllowed(subject, method), allowed);
}

void TestAttemptInput::secretName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("token") << "token" << true;
    QTest::newRow("auth_token") << "auth_token" << true;
    QTest::newRow("apiToken") << "apiToken" << true;
    QTest::newRow("Password") << "Password" << true;
    QTest::newRow("clientSecret") << "clientSecret" << true;
    QTest::newRow("credentials") << "credentials" << true;
    QTest::newRow("Authorization") << "Authorization" << true;
    QTest::newRow("api_key") << "api_key" << true;
    QTest::newRow("name") << "name" << false;
    QTest::newRow("author") << "author" << false;
    QTest::newRow("tags") << "tags" << false;
    QTest::newRow("billTo") << "billTo" << false;
}

void TestAttemptInput::secretName()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(AttemptInput::secretName(key), secret);
}

void TestAttemptInput::decide_allowedRoute_keepsCompactJson()
{
    const AttemptInput::Decision d
        = AttemptInput::decide(QStringLiteral("project-x"), QStringLiteral("addTags"),
                               { { QStringLiteral("tags"), QJsonArray { QStringLiteral("qc") } } },
                               QStringLiteral("s3cr3t-token"));
    QCOMPARE(d.kept, InputKept::Kept);
    QCOMPARE(d.json, QStringLiteral("{\"tags\":[\"qc\"]}"));
}

void TestAttemptInput::decide_routeNotAllowed_keepsNothing()
{
    const AttemptInput::Decision d
        = AttemptInput::decide(QStringLiteral("user-alice"), QStringLiteral("newApiToken"),
                               { { QStringLiteral("label"), QStringLiteral("ci") } }, {});
    QCOMPARE(d.kept, InputKept::NotAllowed);
    QVERIFY(d.json.isEmpty());
}

void TestAttemptInput::decide_secretKeysAtAnyDepth_areDroppedAndSaidSo()
{
    const QJsonObject input {
        { QStringLiteral("properties"),
          QJsonObject { { QStringLiteral("apiToken"), QStringLiteral("abc") },
                        { QStringLiteral("pi"), QStringLiteral("Ada") } } },
        { QStringLiteral("list"),
          QJsonArray { QJsonObject { { QStringLiteral("password"), QStringLiteral("pw") } } } },
    };
    const AttemptInput::Decision d = AttemptInput::decide(
        QStringLiteral("project-x"), QStringLiteral("setProperties"), input, {});
    QCOMPARE(d.kept, InputKept::Redacted);
    QCOMPARE(d.json, QStringLiteral("{\"list\":[{}],\"properties\":{\"pi\":\"Ada\"}}"));
    QVERIFY(!d.json.contains(QLatin1String("abc")));
}

void TestAttemptInput::decide_valueHoldingTheToken_keepsNothing()
{
    const QString token = QStringLiteral("TOKEN-value-1234");
    const AttemptInput::Decision d = AttemptInput::decide(
        QStringLiteral("project-x"), QStringLiteral("setProperties"),
        { { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("note"), QString(QStringLiteral("see ") + token) } } } },
        token);
    QCOMPARE(d.kept, InputKept::HeldToken);
    QVERIFY(d.json.isEmpty());
    // A token with characters that JSON escapes is found too.
    const QString odd = QStringLiteral("a\"b\\c");
    QCOMPARE(AttemptInput::decide(QStringLiteral("project-x"), QStringLiteral("update"),
                                  { { QStringLiteral("summary"), odd } }, odd)
                 .kept,
             InputKept::HeldToken);
}

void TestAttemptInput::decide_aboveTheCap_keepsNothing()
{
    const QJsonObject input { { QStringLiteral("summary"), QString(100, QLatin1Char('x')) } };
    const QString json = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
    QCOMPARE(AttemptInput::decide(QStringLiteral("project-x"), QStringLiteral("update"), input, {},
                                  int(json.size()))
                 .kept,
             InputKept::Kept);
    const AttemptInput::Decision d = AttemptInput::decide(
        QStringLiteral("project-x"), QStringLiteral("update"), input, {}, int(json.size()) - 1);
    QCOMPARE(d.kept, InputKept::TooLarge);
    QVERIFY(d.json.isEmpty());
    QCOMPARE(AttemptInput::DefaultMaxBytes, 16 * 1024);
}

void TestAttemptInput::decide_emptyInput_isKeptAsEmptyObject()
{
    const AttemptInput::Decision d
        = AttemptInput::decide(QStringLiteral("system"), QStringLiteral("whoami"), {}, {});
    QCOMPARE(d.kept, InputKept::Kept);
    QCOMPARE(d.json, QStringLiteral("{}"));
}

void TestAttemptInput::recheck_appliesTheRuleAgain()
{
    ApiAttempt a;
    a.target = QStringLiteral("user-alice");
    a.method = QStringLiteral("newApiToken");
    a.input = QStringLiteral("{\"label\":\"x\"}");
    a.inputKept = InputKept::Kept; // a caller that did not apply the rule
    ApiAttempt out = AttemptInput::recheck(a);
    QCOMPARE(out.inputKept, InputKept::NotAllowed);
    QVERIFY(out.input.isEmpty());

    a.target = QStringLiteral("project-x");
    a.method = QStringLiteral("update");
    a.input = QStringLiteral("{\"name\":\"n\",\"secret\":\"s\"}");
    out = AttemptInput::recheck(a);
    QCOMPARE(out.inputKept, InputKept::Redacted);
    QCOMPARE(out.input, QStringLiteral("{\"name\":\"n\"}"));
    QCOMPARE(AttemptInput::recheck(out).inputKept, InputKept::Redacted);

    a.input
        = QStringLiteral("{\"name\":\"") + QString(200, QLatin1Char('n')) + QStringLiteral("\"}");
    out = AttemptInput::recheck(a, 100);
    QCOMPARE(out.inputKept, InputKept::TooLarge);
    QVERIFY(out.input.isEmpty());

    a.input = QStringLiteral("not json");
    QCOMPARE(AttemptInput::recheck(a).inputKept, InputKept::Unknown);
    a.inputKept = InputKept::NotAllowed;
    a.input = QStringLiteral("{\"leaked\":1}");
    QVERIFY(AttemptInput::recheck(a).input.isEmpty());
}

void TestAttemptInput::unavailableReason_emptyOnlyWhenKept()
{
    QVERIFY(AttemptInput::unavailableReason(InputKept::Kept).isEmpty());
    for (InputKept k : { InputKept::Unknown, InputKept::NotAllowed, InputKept::TooLarge,
                         InputKept::Redacted, InputKept::HeldToken })
        QVERIFY(!AttemptInput::unavailableReason(k).isEmpty());
    QVERIFY(AttemptInput::unavailableReason(InputKept::TooLarge).contains(QLatin1String("16 KiB")));
}

QTEST_GUILESS_MAIN(TestAttemptInput)
#include "tst_attemptinput.moc"
