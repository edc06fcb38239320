#include "models/common/CommandLine.h"

#include <QJsonArray>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shellQuote_data();
    void shellQuote();
    void forCall_data();
    void forCall();
    void splitRoute_data();
    void splitRoute();
    void forRoute_usesSubjectAndMethodOfTheRoute();
};

static const QString P = QStringLiteral("project-B0000000000000000000001Q");

void TestCommandLine::shellQuote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "project-xxxx"
                           << "project-xxxx";
    QTest::newRow("path and region") << "aws:us-east-1"
                                     << "aws:us-east-1";
    QTest::newRow("space") << "my tag"
                           << "'my tag'";
    QTest::newRow("single quote") << "it's"
                                  << "'it'\\''s'";
    QTest::newRow("dollar and backtick") << "$HOME`x`"
                                         << "'$HOME`x`'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("json") << "{\"a\":1}"
                          << "'{\"a\":1}'";
}

void TestCommandLine::shellQuote()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(CommandLine::shellQuote(word), quoted);
}

void TestCommandLine::forCall_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("command");
    const QString p = P;
    auto tags = [](QStringList t) {
        return QJsonObject { { QStringLiteral("tags"), QJsonArray::fromStringList(t) } };
    };
    QTest::newRow("addTags") << p << "addTags" << tags({ "qc", "rare disease" })
                             << QString("dx tag " + p + " qc 'rare disease'");
    QTest::newRow("removeTags") << p << "removeTags" << tags({ "qc" })
                                << QString("dx untag " + p + " qc");
    QTest::newRow("setProperties")
        << p << "setProperties"
        << QJsonObject { { "properties", QJsonObject { { "pi", "O'Neil" }, { "batch", "7" } } } }
        << QString("dx set_properties " + p + " batch=7 'pi=O'\\''Neil'");
    QTest::newRow("unset_properties")
        << p << "setProperties"
        << QJsonObject { { "properties", QJsonObject { { "pi", QJsonValue::Null } } } }
        << QString("dx unset_properties " + p + " pi");
    QTest::newRow("set and unset mixed: dx api")
        << p << "setProperties"
        << QJsonObject { { "properties", QJsonObject { { "a", "1" }, { "b", QJsonValue::Null } } } }
        << QString("dx api " + p + " setProperties '{\"properties\":{\"a\":\"1\",\"b\":null}}'");
    QTest::newRow("new project")
        << "project"
        << "new"
        << QJsonObject { { "name", "My project" },
                         { "region", "aws:eu-central-1" },
                         { "billTo", "org-genomics" } }
        << "dx new project 'My project' --region aws:eu-central-1 --bill-to org-genomics";
    QTest::newRow("new project with PHI")
        << "project"
        << "new" << QJsonObject { { "name", "p" }, { "containsPHI", true } }
        << "dx new project p --phi";
    QTest::newRow("new project with tags: dx api")
        << "project"
        << "new" << QJsonObject { { "name", "p" }, { "tags", QJsonArray { "a" } } }
        << "dx api project new '{\"name\":\"p\",\"tags\":[\"a\"]}'";
    QTest::newRow("destroy") << p << "destroy" << QJsonObject { { "terminateJobs", true } }
                             << QString("dx rmproject -y " + p);
    QTest::newRow("invite") << p << "invite"
                            << QJsonObject { { "invitee", "user-bob" }, { "level", "VIEW" } }
                            << QString("dx invite user-bob " + p + " VIEW");
    QTest::newRow("invite without e-mail")
        << p << "invite"
        << QJsonObject { { "invitee", "bob@example.org" },
                         { "level", "CONTRIBUTE" },
                         { "suppressEmailNotification", true } }
        << QString("dx invite bob@example.org " + p + " CONTRIBUTE --no-email");
    QTest::newRow("uninvite") << p << "decreasePermissions"
                              << QJsonObject { { "user-bob", QJsonValue::Null } }
                              << QString("dx uninvite user-bob " + p);
    QTest::newRow("decrease to VIEW: dx api")
        << p << "decreasePermissions" << QJsonObject { { "user-bob", "VIEW" } }
        << QString("dx api " + p + " decreasePermissions '{\"user-bob\":\"VIEW\"}'");
    QTest::newRow("update") << p << "update"
                            << QJsonObject { { "name", "New name" },
                                             { "protected", true },
                                             { "billTo", "org-lab" } }
                            << QString("dx update project " + p
                                       + " --bill-to org-lab --name 'New name' --protected true");
    QTest::newRow("update flags")
        << p << "update" << QJsonObject { { "downloadRestricted", false }, { "restricted", true } }
        << QString("dx update project " + p + " --download-restricted false --restricted true");
    QTest::newRow("update with version: dx api")
        << p << "update" << QJsonObject { { "name", "n" }, { "version", 3 } }
        << QString("dx api " + p + " update '{\"name\":\"n\",\"version\":3}'");
    QTest::newRow("describe, no input")
        << p << "describe" << QJsonObject {} << QString("dx api " + p + " describe");
    QTest::newRow("json with a single quote")
        << p << "update" << QJsonObject { { "summary", "Bob's data" }, { "version", 1 } }
        << QString("dx api " + p + " update '{\"summary\":\"Bob'\\''s data\",\"version\":1}'");
    QTest::newRow("system route") << "system"
                                  << "findProjects" << QJsonObject { { "limit", 10 } }
                                  << "dx api system findProjects '{\"limit\":10}'";
    // Routes the forms send that no dedicated command makes.
    QTest::newRow("leave: dx api")
        << p << "leave" << QJsonObject {} << QString("dx api " + p + " leave");
    QTest::newRow("transfer: dx api")
        << p << "transfer" << QJsonObject { { "invitee", "org-lab" } }
        << QString("dx api " + p + " transfer '{\"invitee\":\"org-lab\"}'");
    QTest::newRow("acceptTransfer: dx api")
        << p << "acceptTransfer" << QJsonObject { { "billTo", "org-lab" } }
        << QString("dx api " + p + " acceptTransfer '{\"billTo\":\"org-lab\"}'");
    QTest::newRow("updateSponsorship: dx api")
        << p << "updateSponsorship" << QJsonObject { { "sponsoredUntil", QJsonValue::Null } }
        << QString("dx api " + p + " updateSponsorship '{\"sponsoredUntil\":null}'");
    QTest::newRow("sponsored egress: dx api")
        << p << "updateSponsorship"
        << QJsonObject { { "sponsoredUntil", qint64(1893456000000) },
                         { "totalSponsoredEgressBytes", qint64(5000000000) } }
        << QString("dx api " + p
                   + " updateSponsorship "
                     "'{\"sponsoredUntil\":1893456000000,\"totalSponsoredEgressBytes\":"
                     "5000000000}'");
    // destroy: only -y says terminateJobs true; without -y dx rmproject asks first.
    QTest::newRow("destroy without terminateJobs: dx api")
        << p << "destroy" << QJsonObject { { "terminateJobs", false } }
        << QString("dx api " + p + " destroy '{\"terminateJobs\":false}'");
    QTest::newRow("destroy, no input: dx api")
        << p << "destroy" << QJsonObject {} << QString("dx api " + p + " destroy");
    // invite / uninvite: dx would turn a bare handle into user-<handle>.
    QTest::newRow("invite PUBLIC")
        << p << "invite" << QJsonObject { { "invitee", "PUBLIC" }, { "level", "VIEW" } }
        << QString("dx invite PUBLIC " + p + " VIEW");
    QTest::newRow("invite with e-mail explicitly on")
        << p << "invite"
        << QJsonObject { { "invitee", "org-lab" },
                         { "level", "ADMINISTER" },
                         { "suppressEmailNotification", false } }
        << QString("dx invite org-lab " + p + " ADMINISTER");
    QTest::newRow("invite a bare handle: dx api")
        << p << "invite" << QJsonObject { { "invitee", "alice" }, { "level", "VIEW" } }
        << QString("dx api " + p + " invite '{\"invitee\":\"alice\",\"level\":\"VIEW\"}'");
    QTest::newRow("invite at a level dx does not offer: dx api")
        << p << "invite" << QJsonObject { { "invitee", "user-bob" }, { "level", "NONE" } }
        << QString("dx api " + p + " invite '{\"invitee\":\"user-bob\",\"level\":\"NONE\"}'");
    QTest::newRow("uninvite PUBLIC")
        << p << "decreasePermissions" << QJsonObject { { "PUBLIC", QJsonValue::Null } }
        << QString("dx uninvite PUBLIC " + p);
    QTest::newRow("remove two members: dx api")
        << p << "decreasePermissions"
        << QJsonObject { { "user-bob", QJsonValue::Null }, { "org-lab", QJsonValue::Null } }
        << QString("dx api " + p + " decreasePermissions '{\"org-lab\":null,\"user-bob\":null}'");
    // Words argparse would read as options, and property words dx would split.
    QTest::newRow("tag starting with a dash: dx api")
        << p << "addTags" << tags({ "-x" })
        << QString("dx api " + p + " addTags '{\"tags\":[\"-x\"]}'");
    QTest::newRow("property value with '=': dx api")
        << p << "setProperties" << QJsonObject { { "properties", QJsonObject { { "q", "a=b" } } } }
        << QString("dx api " + p + " setProperties '{\"properties\":{\"q\":\"a=b\"}}'");
    QTest::newRow("property with a backslash: dx api")
        << p << "setProperties"
        << QJsonObject { { "properties", QJsonObject { { "path", "C:\\x" } } } }
        << QString("dx api " + p + " setProperties '{\"properties\":{\"path\":\"C:\\\\x\"}}'");
    QTest::newRow("property with an empty value: dx api")
        << p << "setProperties" << QJsonObject { { "properties", QJsonObject { { "k", "" } } } }
        << QString("dx api " + p + " setProperties '{\"properties\":{\"k\":\"\"}}'");
    QTest::newRow("update a summary starting with a dash: dx api")
        << p << "update" << QJsonObject { { "summary", "-draft" } }
        << QString("dx api " + p + " update '{\"summary\":\"-draft\"}'");
    QTest::newRow("update clearing the summary: dx api")
        << p << "update" << QJsonObject { { "summary", "" } }
        << QString("dx api " + p + " update '{\"summary\":\"\"}'");
    QTest::newRow("update allowedExecutables: dx api")
        << p << "update"
        << QJsonObject { { "allowedExecutables", QJsonArray { "app-a", "applet-b" } } }
        << QString("dx api " + p + " update '{\"allowedExecutables\":[\"app-a\",\"applet-b\"]}'");
    QTest::newRow("update allowedExecutables any: dx api")
        << p << "update" << QJsonObject { { "allowedExecutables", QJsonValue::Null } }
        << QString("dx api " + p + " update '{\"allowedExecutables\":null}'");
    QTest::newRow("update databaseUIViewOnly: dx api")
        << p << "update" << QJsonObject { { "databaseUIViewOnly", true } }
        << QString("dx api " + p + " update '{\"databaseUIViewOnly\":true}'");
    QTest::newRow("update allowedExecutables none: dx api")
        << p << "update" << QJsonObject { { "allowedExecutables", QJsonArray {} } }
        << QString("dx api " + p + " update '{\"allowedExecutables\":[]}'");
    QTest::newRow("update containsPHI: dx api")
        << p << "update" << QJsonObject { { "containsPHI", true } }
        << QString("dx api " + p + " update '{\"containsPHI\":true}'");
    QTest::newRow("update, no input: dx api")
        << p << "update" << QJsonObject {} << QString("dx api " + p + " update");
    QTest::newRow("new project with PHI off: the default")
        << "project"
        << "new" << QJsonObject { { "name", "p" }, { "containsPHI", false } } << "dx new project p";
    QTest::newRow("new project with a summary: dx api")
        << "project"
        << "new" << QJsonObject { { "name", "p" }, { "summary", "s" } }
        << "dx api project new '{\"name\":\"p\",\"summary\":\"s\"}'";
    QTest::newRow("new project with flags: dx api")
        << "project"
        << "new" << QJsonObject { { "name", "p" }, { "protected", true } }
        << "dx api project new '{\"name\":\"p\",\"protected\":true}'";
    QTest::newRow("new project named with a dash: dx api")
        << "project"
        << "new" << QJsonObject { { "name", "-p" } } << "dx api project new '{\"name\":\"-p\"}'";
    QTest::newRow("archive") << p << "archive"
                             << QJsonObject { { "folder", "/raw" }, { "recurse", true } }
                             << QString("dx api " + p
                                        + " archive '{\"folder\":\"/raw\",\"recurse\":true}'");
}

void TestCommandLine::forCall()
{
    QFETCH(QString, subject);
    QFETCH(QString, method);
    QFETCH(QJsonObject, input);
    QFETCH(QString, command);
    QCOMPARE(CommandLine::forCall(subject, method, input), command);
}

void TestCommandLine::splitRoute_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("method");
    QTest::newRow("entity") << "/project-xxxx/update" << true << "project-xxxx"
                            << "update";
    QTest::newRow("class") << "/project/new" << true << "project"
                           << "new";
    QTest::newRow("system") << "/system/findProjects" << true << "system"
                            << "findProjects";
    QTest::newRow("no leading slash") << "project/new" << false << ""
                                      << "";
    QTest::newRow("no method") << "/project-xxxx" << false << ""
                               << "";
    QTest::newRow("empty method") << "/project-xxxx/" << false << ""
                                  << "";
    QTest::newRow("three segments") << "/a/b/c" << false << ""
                                    << "";
    QTest::newRow("empty") << "" << false << ""
                           << "";
}

void TestCommandLine::splitRoute()
{
    QFETCH(QString, route);
    QFETCH(bool, ok);
    QFETCH(QString, subject);
    QFETCH(QString, method);
    QString s, m;
    QCOMPARE(CommandLine::splitRoute(route, &s, &m), ok);
    QCOMPARE(s, subject);
    QCOMPARE(m, method);
}

void TestCommandLine::forRoute_usesSubjectAndMethodOfTheRoute()
{
    QCOMPARE(CommandLine::forRoute(QStringLiteral("/project/new"),
                                   QJsonObject { { QStringLiteral("name"), QStringLiteral("p") } }),
             QStringLiteral("dx new project p"));
    QCOMPARE(CommandLine::forRoute(QLatin1Char('/') + P + QStringLiteral("/leave"), {}),
             QStringLiteral("dx api ") + P + QStringLiteral(" leave"));
    QCOMPARE(CommandLine::forRoute(QStringLiteral("POST /project/new"), {}), QString());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
