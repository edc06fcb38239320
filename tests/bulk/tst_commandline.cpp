#include "CommandLine.h"

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
        << p << "update"
        << QJsonObject { { "downloadRestricted", false }, { "databaseUIViewOnly", true } }
        << QString("dx update project " + p
                   + " --database-ui-view-only true --download-restricted false");
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
