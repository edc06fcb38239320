// parseBulkAction: what the bulk dialog's editor holds, as an action or a reason naming the
// word at fault.
#include "models/bulk/BulkActionInput.h"

#include <QTest>

namespace {
BulkActionInput input(BulkAction::Kind kind, const QString &text, Level level = Level::None)
{
    BulkActionInput in;
    in.kind = kind;
    in.text = text;
    in.level = level;
    return in;
}
} // namespace

class TestBulkActionInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_areCommaSeparatedAndTrimmed()
    {
        const auto action = parseBulkAction(input(BulkAction::Kind::AddTags, " qc , pilot,qc"));
        QVERIFY(action);
        QCOMPARE(action->summary(), QStringLiteral("add tags 'qc', 'pilot'"));
    }

    void emptyTag_isRefusedByTheActionsRule()
    {
        QString error;
        QVERIFY(!parseBulkAction(input(BulkAction::Kind::RemoveTags, "qc, ,x"), &error));
        QCOMPARE(error, QStringLiteral("Enter at least one tag; tags may not be empty."));
        QVERIFY(!parseBulkAction(input(BulkAction::Kind::AddTags, "   "), &error));
        QVERIFY(!error.isEmpty());
    }

    void properties_needNameEqualsValue_andNameTheWordAtFault()
    {
        QString error;
        const auto ok = parseBulkAction(
            input(BulkAction::Kind::SetProperties, "study=ST-1, owner = kim"), &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->summary(), QStringLiteral("set 'owner=kim', 'study=ST-1'"));
        QVERIFY(
            !parseBulkAction(input(BulkAction::Kind::SetProperties, "study=ST-1, oops"), &error));
        QCOMPARE(error, QStringLiteral("Write each one as name=value: \"oops\"."));
        QVERIFY(!parseBulkAction(input(BulkAction::Kind::SetProperties, "=x"), &error));
        QVERIFY(error.contains(QLatin1String("\"=x\"")));
    }

    void flags_areTheProjectFlags_trueOrFalse()
    {
        QString error;
        const auto ok = parseBulkAction(
            input(BulkAction::Kind::SetFlags, "protected=true, databaseUIViewOnly=false"), &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->summary(), QStringLiteral("set databaseUIViewOnly=false, protected=true"));

        QVERIFY(!parseBulkAction(input(BulkAction::Kind::SetFlags, "locked=true"), &error));
        QCOMPARE(error,
                 QStringLiteral("Unknown flag \"locked\"; flags are protected, restricted, "
                                "downloadRestricted, previewViewerRestricted, "
                                "externalUploadRestricted, databaseUIViewOnly, containsPHI."));
        QVERIFY(!parseBulkAction(input(BulkAction::Kind::SetFlags, "restricted=yes"), &error));
        QCOMPARE(error, QStringLiteral("restricted is true or false."));
    }

    void oneWayFlag_cannotBeTurnedOff()
    {
        QString error;
        QVERIFY(parseBulkAction(input(BulkAction::Kind::SetFlags, "containsPHI=true")));
        QVERIFY(!parseBulkAction(input(BulkAction::Kind::SetFlags, "containsPHI=false"), &error));
        QCOMPARE(error, QStringLiteral("containsPHI can only be turned on, never off."));
    }

    void members_takeTheTrimmedText_andTheLevel()
    {
        QString error;
        const auto invite = parseBulkAction(
            input(BulkAction::Kind::Invite, "  user-kim ", Level::Contribute), &error);
        QVERIFY2(invite, qPrintable(error));
        QCOMPARE(invite->summary(), QStringLiteral("invite user-kim at CONTRIBUTE"));
        QVERIFY(!parseBulkAction(input(BulkAction::Kind::Invite, "user-kim", Level::None), &error));
        QCOMPARE(error, QStringLiteral("Choose a level."));
        const auto remove = parseBulkAction(
            input(BulkAction::Kind::SetMemberLevel, "user-kim", Level::None), &error);
        QVERIFY2(remove, qPrintable(error));
        QCOMPARE(remove->summary(), QStringLiteral("remove member user-kim"));
    }

    void billTo_andFolder()
    {
        QString error;
        BulkActionInput billTo = input(BulkAction::Kind::ChangeBillTo, {});
        QVERIFY(!parseBulkAction(billTo, &error));
        QCOMPARE(error, QStringLiteral("Choose a billTo."));
        billTo.billTo.id = QStringLiteral("org-lab");
        QCOMPARE(parseBulkAction(billTo)->summary(), QStringLiteral("bill to org-lab"));

        BulkActionInput folder = input(BulkAction::Kind::ArchiveFolder, " /raw ");
        folder.recurse = false;
        QCOMPARE(parseBulkAction(folder)->summary(), QStringLiteral("archive folder /raw"));
        QVERIFY(!parseBulkAction(input(BulkAction::Kind::ArchiveFolder, "raw"), &error));
        QCOMPARE(error, QStringLiteral("A folder starts with '/'."));
    }
};

QTEST_GUILESS_MAIN(TestBulkActionInput)
#include "tst_bulkactioninput.moc"
