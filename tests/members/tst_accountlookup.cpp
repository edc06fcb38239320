#include "models/members/AccountLookup.h"
#include "tests/support/TestSandbox.h"

#include <QSignalSpy>
#include <QTest>

// Who an ID is, asked of a real server (the in-process sandbox and its demo world).
class TestAccountLookup : public QObject
{
    Q_OBJECT

    TestSandbox m_sandbox;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void knownUserAndOrg_haveTheirNames_anUnknownIdIsUnknown()
    {
        AccountLookup lookup(m_sandbox.admin());
        QSignalSpy answered(&lookup, &AccountLookup::answered);
        lookup.lookUp(QStringLiteral("user-bob"));
        lookup.lookUp(QStringLiteral("org-genomics"));
        lookup.lookUp(QStringLiteral("user-nobody"));
        QCOMPARE(lookup.answer(QStringLiteral("user-bob")), AccountLookup::Answer::Pending);
        QTRY_COMPARE(answered.count(), 3);
        QCOMPARE(lookup.answer(QStringLiteral("user-bob")), AccountLookup::Answer::Found);
        QCOMPARE(lookup.nameOf(QStringLiteral("user-bob")), QStringLiteral("Bob Builder"));
        QCOMPARE(lookup.answer(QStringLiteral("org-genomics")), AccountLookup::Answer::Found);
        QVERIFY(!lookup.nameOf(QStringLiteral("org-genomics")).isEmpty());
        QCOMPARE(lookup.answer(QStringLiteral("user-nobody")), AccountLookup::Answer::Unknown);
    }

    void onlyUserAndOrgIds_andEachOnce()
    {
        AccountLookup lookup(m_sandbox.admin());
        QSignalSpy answered(&lookup, &AccountLookup::answered);
        lookup.lookUp(QStringLiteral("PUBLIC"));
        lookup.lookUp(QStringLiteral("someone@example.org"));
        lookup.lookUp(QStringLiteral("not an id"));
        for (int i = 0; i < 3; ++i)
            lookup.lookUp(QStringLiteral("user-carol"));
        QTRY_COMPARE(answered.count(), 1);
        QTest::qWait(50);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(lookup.answer(QStringLiteral("PUBLIC")), AccountLookup::Answer::Pending);
    }

    // Many at once: a few calls at a time, every one answered.
    void many_areAllAnswered()
    {
        AccountLookup lookup(m_sandbox.admin());
        QSignalSpy answered(&lookup, &AccountLookup::answered);
        for (int i = 0; i < 12; ++i)
            lookup.lookUp(QStringLiteral("user-missing%1").arg(i));
        lookup.lookUp(QStringLiteral("user-dave"));
        QTRY_COMPARE(answered.count(), 13);
        QCOMPARE(lookup.nameOf(QStringLiteral("user-dave")), QStringLiteral("Dave Data"));
    }
};

QTEST_GUILESS_MAIN(TestAccountLookup)
#include "tst_accountlookup.moc"
