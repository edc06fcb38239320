#include "models/members/MemberListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using MemberRules::Level;

class TestMemberListModel : public QObject
{
    Q_OBJECT

    static QJsonObject permissions()
    {
        return QJsonObject { { "user-bob", "CONTRIBUTE" },
                             { "user-alice", "ADMINISTER" },
                             { "PUBLIC", "VIEW" },
                             { "org-genomics", "VIEW" } };
    }

private Q_SLOTS:
    void setPermissions_sortsHighestLevelFirstThenById()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPermissions(permissions());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.memberAt(0), QStringLiteral("user-alice"));
        QCOMPARE(model.memberAt(1), QStringLiteral("user-bob"));
        QCOMPARE(model.memberAt(2), QStringLiteral("PUBLIC"));
        QCOMPARE(model.memberAt(3), QStringLiteral("org-genomics"));
        QCOMPARE(model.index(3, MemberListModel::KindColumn).data().toString(),
                 QStringLiteral("Organization"));
        QCOMPARE(model.index(1, 0).data(MemberListModel::LevelRole).toString(),
                 QStringLiteral("CONTRIBUTE"));
    }

    void setPendingLevel_keptApartFromServerState()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPermissions(permissions());
        model.setPendingLevel(QStringLiteral("user-bob"), Level::View);
        QCOMPARE(model.serverLevel(QStringLiteral("user-bob")), Level::Contribute);
        QCOMPARE(model.effectiveLevel(QStringLiteral("user-bob")), Level::View);
        QCOMPARE(model.index(1, MemberListModel::ChangeColumn).data().toString(),
                 QStringLiteral("lower to VIEW"));
        model.setPendingLevel(QStringLiteral("org-genomics"), Level::None);
        QCOMPARE(model.index(3, MemberListModel::ChangeColumn).data().toString(),
                 QStringLiteral("remove"));
        // Back to the server's level: no change.
        model.setPendingLevel(QStringLiteral("user-bob"), Level::Contribute);
        QCOMPARE(model.pending().size(), 1);
        // Unknown members are ignored.
        model.setPendingLevel(QStringLiteral("user-zed"), Level::View);
        QCOMPARE(model.pending().size(), 1);
    }

    void setPermissions_dropsPendingChangesTheServerNowShows()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPermissions(permissions());
        model.setPendingLevel(QStringLiteral("user-bob"), Level::View);
        model.setPendingLevel(QStringLiteral("PUBLIC"), Level::None);
        QJsonObject after = permissions();
        after.insert(QStringLiteral("user-bob"), QStringLiteral("VIEW"));
        model.setPermissions(after);
        QCOMPARE(model.pending().keys(), QStringList { QStringLiteral("PUBLIC") });
        after.remove(QStringLiteral("PUBLIC"));
        model.setPermissions(after);
        QVERIFY(!model.hasPending());
    }
};

QTEST_GUILESS_MAIN(TestMemberListModel)
#include "tst_memberlistmodel.moc"
