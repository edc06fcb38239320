#include "models/members/MemberRules.h"

#include <QTest>

using namespace MemberRules;

class TestMemberRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changeSummary_countsEachKindInWords()
    {
        using K = MemberRules::ChangeKind;
        QCOMPARE(MemberRules::changeSummary({ K::Remove, K::Raise }),
                 QStringLiteral("1 member removed, 1 level raised."));
        QCOMPARE(MemberRules::changeSummary({ K::Decrease, K::Decrease, K::None }),
                 QStringLiteral("2 levels lowered."));
    }
    void inviteeSuggestions_orgsFirstByName_noMembers_publicLast()
    {
        const QHash<QString, QString> names {
            { QStringLiteral("user-alice"), QStringLiteral("Alice Admin") },
            { QStringLiteral("org-zeta"), QStringLiteral("Zeta Lab") },
            { QStringLiteral("org-alpha"), QStringLiteral("Alpha Core") },
            { QStringLiteral("org-member"), QStringLiteral("Already In") },
            { QStringLiteral("org-noname"), QStringLiteral("org-noname") },
        };
        const auto out = MemberRules::inviteeSuggestions(names, { QStringLiteral("org-member") });
        QStringList texts;
        for (const auto &s : out)
            texts << s.text;
        QCOMPARE(texts,
                 QStringList({ QStringLiteral("Alpha Core (org-alpha)"),
                               QStringLiteral("org-noname"), QStringLiteral("Zeta Lab (org-zeta)"),
                               QStringLiteral("Alice Admin (user-alice)"),
                               QStringLiteral("Everyone (PUBLIC)") }));
        QCOMPARE(out.constFirst().id, QStringLiteral("org-alpha"));
        QCOMPARE(out.constLast().id, QStringLiteral("PUBLIC"));
    }
    void levels_orderedAndParsedExactly()
    {
        QCOMPARE(levelNames(), QStringList({ "VIEW", "UPLOAD", "CONTRIBUTE", "ADMINISTER" }));
        QVERIFY(Level::View < Level::Upload && Level::Contribute < Level::Administer);
        QCOMPARE(parseLevel(QStringLiteral("UPLOAD")), std::optional<Level>(Level::Upload));
        QVERIFY(!parseLevel(QStringLiteral("view")));
        QVERIFY(!parseLevel(QStringLiteral("NONE")));
        QCOMPARE(levelName(Level::None), QStringLiteral("NONE"));
        QCOMPARE(levelName(Level::Administer), QStringLiteral("ADMINISTER"));
    }

    void inviteeKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("user") << "user-alice" << int(InviteeKind::User);
        QTest::newRow("user with dot") << "user-a.smith_2" << int(InviteeKind::User);
        QTest::newRow("org") << "org-genomics" << int(InviteeKind::Org);
        QTest::newRow("PUBLIC") << "PUBLIC" << int(InviteeKind::Public);
        QTest::newRow("email") << "dana.lee@example.org" << int(InviteeKind::Email);
        QTest::newRow("email plus") << "a+b@lab.example.co.uk" << int(InviteeKind::Email);
        QTest::newRow("trimmed") << "  org-x  " << int(InviteeKind::Org);
        QTest::newRow("upper-case handle") << "user-Alice" << int(InviteeKind::Invalid);
        QTest::newRow("empty handle") << "user-" << int(InviteeKind::Invalid);
        QTest::newRow("public lower") << "public" << int(InviteeKind::Invalid);
        QTest::newRow("no domain dot") << "dana@localhost" << int(InviteeKind::Invalid);
        QTest::newRow("double at") << "a@@b.org" << int(InviteeKind::Invalid);
        QTest::newRow("double dot") << "a..b@c.org" << int(InviteeKind::Invalid);
        QTest::newRow("space") << "dana lee@x.org" << int(InviteeKind::Invalid);
        QTest::newRow("name") << "alice" << int(InviteeKind::Invalid);
        QTest::newRow("project") << "project-B0123" << int(InviteeKind::Invalid);
    }
    void inviteeKind()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(MemberRules::inviteeKind(text)), kind);
        QCOMPARE(checkInvitee(text).has_value(), kind == int(InviteeKind::Invalid));
    }

    void checkInvitee_namesTheRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rule");
        QTest::newRow("empty") << "" << int(Rule::Required);
        QTest::newRow("bad handle") << "user-Bob" << int(Rule::Handle);
        QTest::newRow("bad org handle") << "org-a b" << int(Rule::Handle);
        QTest::newRow("bad email") << "bob@" << int(Rule::Email);
        QTest::newRow("public lower case") << "Public" << int(Rule::UnknownKind);
        QTest::newRow("plain word") << "bob" << int(Rule::UnknownKind);
    }
    void checkInvitee_namesTheRule()
    {
        QFETCH(QString, text);
        QFETCH(int, rule);
        const auto p = checkInvitee(text);
        QVERIFY(p);
        QCOMPARE(int(p->rule), rule);
        QVERIFY(p->message.startsWith(QLatin1String("invitee:")));
    }

    void checkInvite_publicOnlyAtView()
    {
        QVERIFY(!checkInvite(QStringLiteral("PUBLIC"), Level::View));
        const auto p = checkInvite(QStringLiteral("PUBLIC"), Level::Contribute);
        QVERIFY(p);
        QCOMPARE(p->rule, Rule::PublicLevel);
        QVERIFY(!checkInvite(QStringLiteral("user-bob"), Level::Administer));
    }

    void inviteOutcome_acceptedOrPendingInEitherCase()
    {
        const QString accepted = QStringLiteral("user-bob invited at UPLOAD.");
        QCOMPARE(
            inviteOutcome(QStringLiteral(" user-bob "), Level::Upload, QStringLiteral("accepted")),
            accepted);
        QCOMPARE(
            inviteOutcome(QStringLiteral("user-bob"), Level::Upload, QStringLiteral("ACCEPTED")),
            accepted);
        QCOMPARE(inviteOutcome(QStringLiteral("user-bob"), Level::Upload, QString()), accepted);
        for (const char *state : { "pending", "PENDING" }) {
            const QString text
                = inviteOutcome(QStringLiteral("new@x.org"), Level::View, QLatin1String(state));
            QVERIFY2(text.startsWith(QLatin1String("Invitation sent to new@x.org at VIEW."))
                         && text.contains(QLatin1String("pending")),
                     qPrintable(text));
        }
        QVERIFY(inviteOutcome(QStringLiteral("user-bob"), Level::View, QStringLiteral("odd"))
                    .contains(QLatin1String("\"odd\"")));
    }

    void checkTransferTarget_userOrOrgOnly()
    {
        QVERIFY(!checkTransferTarget(QStringLiteral("user-bob")));
        QVERIFY(!checkTransferTarget(QStringLiteral("org-genomics")));
        QCOMPARE(checkTransferTarget(QString())->rule, Rule::Required);
        QCOMPARE(checkTransferTarget(QStringLiteral("PUBLIC"))->rule, Rule::TransferTarget);
        QCOMPARE(checkTransferTarget(QStringLiteral("bob@x.org"))->rule, Rule::TransferTarget);
        QCOMPARE(checkTransferTarget(QStringLiteral("user-B"))->rule, Rule::Handle);
    }

    void changeKind_lowerDecreasesRaiseInvites()
    {
        QCOMPARE(changeKind(Level::Administer, Level::View), ChangeKind::Decrease);
        QCOMPARE(changeKind(Level::Upload, Level::None), ChangeKind::Remove);
        QCOMPARE(changeKind(Level::View, Level::Contribute), ChangeKind::Raise);
        QCOMPARE(changeKind(Level::None, Level::View), ChangeKind::Raise);
        QCOMPARE(changeKind(Level::View, Level::View), ChangeKind::None);
    }

    void checkChange_decreasePermissionsCannotRaise()
    {
        QVERIFY(!checkChange(Level::Contribute, Level::View, true));
        QVERIFY(!checkChange(Level::Contribute, Level::None, true));
        const auto raise = checkChange(Level::View, Level::Administer, true);
        QVERIFY(raise);
        QCOMPARE(raise->rule, Rule::RaiseNeedsInvite);
        // Without insisting on decreasePermissions a raise is allowed (sent as an invite).
        QVERIFY(!checkChange(Level::View, Level::Administer));
        QCOMPARE(checkChange(Level::View, Level::View)->rule, Rule::NoChange);
        QCOMPARE(checkChange(Level::None, Level::None)->rule, Rule::NotAMember);
        QCOMPARE(checkChange(Level::None, Level::View, true)->rule, Rule::NotAMember);
    }
};

QTEST_GUILESS_MAIN(TestMemberRules)
#include "tst_memberrules.moc"
