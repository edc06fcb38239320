#include "models/signin/ProfileRules.h"

#include <QTest>

using namespace ProfileRules;

namespace {
Profile profile(const QString &id, const QString &name)
{
    Profile p;
    p.id = id;
    p.name = name;
    p.serverUrl = QUrl(QStringLiteral("https://api.dnanexus.com"));
    return p;
}
} // namespace

class TestProfileRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkName_empty_isRequired()
    {
        const auto problem = checkName(QStringLiteral("   "), QString(), {});
        QVERIFY(problem);
        QCOMPARE(problem->field, Field::Name);
        QCOMPARE(problem->rule, Rule::Required);
        QVERIFY(!problem->message.isEmpty());
    }

    void checkName_sameAsAnotherIgnoringCase_isNotUnique()
    {
        const QList<Profile> existing { profile(QStringLiteral("a"),
                                                QStringLiteral("Production")) };
        const auto problem = checkName(QStringLiteral(" production "), QString(), existing);
        QVERIFY(problem);
        QCOMPARE(problem->rule, Rule::Unique);
        QVERIFY(problem->message.contains(QLatin1String("Production")));
    }

    void checkName_keepingItsOwnName_isAccepted()
    {
        const QList<Profile> existing { profile(QStringLiteral("a"),
                                                QStringLiteral("Production")) };
        QVERIFY(!checkName(QStringLiteral("Production"), QStringLiteral("a"), existing));
    }

    void checkName_tooLong_isRefused()
    {
        const auto problem = checkName(QString(maxNameLength + 1, QLatin1Char('x')), QString(), {});
        QVERIFY(problem);
        QCOMPARE(problem->rule, Rule::TooLong);
        QVERIFY(!checkName(QString(maxNameLength, QLatin1Char('x')), QString(), {}));
    }

    void checkServerUrlText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("rule");
        QTest::newRow("https") << "https://api.dnanexus.com" << true << -1;
        QTest::newRow("http loopback with port") << "http://127.0.0.1:8124" << true << -1;
        QTest::newRow("trailing slash") << "https://api.dnanexus.com/" << true << -1;
        QTest::newRow("surrounding spaces") << "  https://api.dnanexus.com  " << true << -1;
        QTest::newRow("empty") << "" << false << int(Rule::Required);
        QTest::newRow("no scheme") << "api.dnanexus.com" << false << int(Rule::Scheme);
        QTest::newRow("ftp") << "ftp://api.dnanexus.com" << false << int(Rule::Scheme);
        QTest::newRow("no host") << "https://" << false << int(Rule::Host);
        QTest::newRow("credentials")
            << "https://me:secret@api.dnanexus.com" << false << int(Rule::NoCredentials);
        QTest::newRow("path") << "https://api.dnanexus.com/v1" << false << int(Rule::NoPath);
        QTest::newRow("query") << "https://api.dnanexus.com/?a=b" << false << int(Rule::NoPath);
        QTest::newRow("bad port") << "https://api.dnanexus.com:99999" << false
                                  << int(Rule::InvalidUrl);
    }

    void checkServerUrlText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, rule);
        const auto problem = ProfileRules::checkServerUrlText(text);
        QCOMPARE(!problem.has_value(), valid);
        if (problem) {
            QCOMPARE(problem->field, Field::ServerUrl);
            QCOMPARE(int(problem->rule), rule);
            QVERIFY(!problem->message.isEmpty());
        }
    }

    void validate_twoProblems_reportsNameFirst()
    {
        Profile p;
        p.serverUrl = QUrl(QStringLiteral("ftp://x"));
        const QList<Problem> problems = validate(p, {});
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, Field::Name);
        QCOMPARE(problems.at(1).field, Field::ServerUrl);
        QCOMPARE(fieldName(problems.at(1).field), QStringLiteral("serverUrl"));
    }

    void validate_goodProfile_hasNoProblems()
    {
        QVERIFY(validate(profile(QStringLiteral("a"), QStringLiteral("Sandbox")), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileRules)
#include "tst_profilerules.moc"
