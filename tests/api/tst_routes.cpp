// The route table: patterns, retry safety, levels; level names; entity IDs.
#include "api/Routes.h"

#include <QTest>

class TestRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjectPattern_replacesTheIdPart_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("project id") << "project-B0123456789BFGJKPQVXYZbf"
                                    << "project-xxxx";
        QTest::newRow("user handle") << "user-alice"
                                     << "user-xxxx";
        QTest::newRow("org handle") << "org-x"
                                    << "org-xxxx";
        QTest::newRow("file id") << "file-B0123456789BFGJKPQVXYZbf"
                                 << "file-xxxx";
        QTest::newRow("system") << "system"
                                << "system";
        QTest::newRow("project class") << "project"
                                       << "project";
    }
    void subjectPattern_replacesTheIdPart()
    {
        QFETCH(QString, subject);
        QFETCH(QString, pattern);
        QCOMPARE(Routes::subjectPattern(subject), pattern);
    }

    void lookup_knowsEveryRouteTheConsoleUses_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<QString>("level");
        const QString p = QStringLiteral("project-B0123456789BFGJKPQVXYZbf");
        QTest::newRow("new") << "project"
                             << "new" << false << "NONE";
        QTest::newRow("describe") << p << "describe" << true << "VIEW";
        QTest::newRow("update") << p << "update" << true << "ADMINISTER";
        QTest::newRow("updateSponsorship") << p << "updateSponsorship" << true << "ADMINISTER";
        QTest::newRow("setProperties") << p << "setProperties" << true << "CONTRIBUTE";
        QTest::newRow("addTags") << p << "addTags" << true << "CONTRIBUTE";
        QTest::newRow("removeTags") << p << "removeTags" << true << "CONTRIBUTE";
        QTest::newRow("destroy") << p << "destroy" << true << "ADMINISTER";
        QTest::newRow("invite") << p << "invite" << false << "ADMINISTER";
        QTest::newRow("decreasePermissions") << p << "decreasePermissions" << true << "ADMINISTER";
        QTest::newRow("leave") << p << "leave" << true << "VIEW";
        QTest::newRow("transfer") << p << "transfer" << true << "ADMINISTER";
        QTest::newRow("acceptTransfer") << p << "acceptTransfer" << true << "NONE";
        QTest::newRow("clone") << p << "clone" << false << "VIEW";
        QTest::newRow("listFolder") << p << "listFolder" << true << "VIEW";
        QTest::newRow("archive") << p << "archive" << true << "CONTRIBUTE";
        QTest::newRow("unarchive") << p << "unarchive" << true << "CONTRIBUTE";
        QTest::newRow("countRootExecutions")
            << p << QString::fromLatin1(Routes::countRootExecutions) << true << "VIEW";
        QTest::newRow("listProjectTags")
            << "system" << QString::fromLatin1(Routes::listProjectTags) << true << "NONE";
        QTest::newRow("whoami") << "system"
                                << "whoami" << true << "NONE";
        QTest::newRow("findProjects") << "system"
                                      << "findProjects" << true << "NONE";
        QTest::newRow("findOrgs") << "system"
                                  << "findOrgs" << true << "NONE";
        QTest::newRow("findDataObjects") << "system"
                                         << "findDataObjects" << true << "NONE";
        QTest::newRow("user describe") << "user-alice"
                                       << "describe" << true << "NONE";
        QTest::newRow("user update") << "user-alice"
                                     << "update" << false << "NONE";
        QTest::newRow("org describe") << "org-genomics"
                                      << "describe" << true << "NONE";
        QTest::newRow("org update") << "org-genomics"
                                    << "update" << false << "NONE";
    }
    void lookup_knowsEveryRouteTheConsoleUses()
    {
        QFETCH(QString, subject);
        QFETCH(QString, method);
        QFETCH(bool, safe);
        QFETCH(QString, level);
        const RouteInfo info = Routes::lookup(subject, method);
        QVERIFY(info.known);
        QCOMPARE(info.pattern, Routes::pattern(subject, method));
        QCOMPARE(info.safeToRetry, safe);
        QCOMPARE(levelName(info.level), level);
    }

    void lookup_unknownRoute_isNotSafeToRetry()
    {
        const RouteInfo info = Routes::lookup(QStringLiteral("project-B0123456789BFGJKPQVXYZbf"),
                                              QStringLiteral("frobnicate"));
        QVERIFY(!info.known);
        QVERIFY(!info.safeToRetry);
        QCOMPARE(info.pattern, QStringLiteral("/project-xxxx/frobnicate"));
    }

    void knownPatterns_areUnique()
    {
        const QStringList patterns = Routes::knownPatterns();
        QVERIFY(patterns.size() >= 28);
        QCOMPARE(QSet<QString>(patterns.begin(), patterns.end()).size(), patterns.size());
    }

    void levels_areOrderedAndNamed()
    {
        QVERIFY(Level::View < Level::Upload);
        QVERIFY(Level::Upload < Level::Contribute);
        QVERIFY(Level::Contribute < Level::Administer);
        for (Level l :
             { Level::None, Level::View, Level::Upload, Level::Contribute, Level::Administer })
            QCOMPARE(levelFromName(levelName(l)), l);
        QCOMPARE(levelName(Level::Contribute), QStringLiteral("CONTRIBUTE"));
        QCOMPARE(levelFromName(QStringLiteral("administer")), Level::Administer);
        QCOMPARE(levelFromName(QStringLiteral("OWNER")), Level::None);
    }

    void isEntityId_acceptsClassDash24Alphanumerics_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<bool>("expected");
        QTest::newRow("project") << "project-B0123456789BFGJKPQVXYZbf"
                                 << "project" << true;
        QTest::newRow("any class") << "file-B0123456789BFGJKPQVXYZbf"
                                   << "" << true;
        QTest::newRow("wrong class") << "file-B0123456789BFGJKPQVXYZbf"
                                     << "project" << false;
        QTest::newRow("clients accept all letters") << "project-aaaaaaaaaaaaaaaaaaaaaaaA"
                                                    << "project" << true;
        QTest::newRow("23 chars") << "project-B0123456789BFGJKPQVXYZb"
                                  << "project" << false;
        QTest::newRow("25 chars") << "project-B0123456789BFGJKPQVXYZbff"
                                  << "project" << false;
        QTest::newRow("punctuation") << "project-B0123456789BFGJKPQVXYZ_f"
                                     << "project" << false;
        QTest::newRow("handle") << "user-alice"
                                << "user" << false;
        QTest::newRow("name") << "my project"
                              << "" << false;
        QTest::newRow("no class") << "-B0123456789BFGJKPQVXYZbf"
                                  << "" << false;
        QTest::newRow("upper-case class") << "Project-B0123456789BFGJKPQVXYZbf"
                                          << "" << false;
    }
    void isEntityId_acceptsClassDash24Alphanumerics()
    {
        QFETCH(QString, id);
        QFETCH(QString, cls);
        QFETCH(bool, expected);
        QCOMPARE(isEntityId(id, cls), expected);
    }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
