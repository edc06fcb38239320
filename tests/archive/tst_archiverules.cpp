#include "models/archive/ArchiveRules.h"

#include <QJsonArray>
#include <QTest>

class TestArchiveRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectionProblem_filesAndFolder_refusesBoth()
    {
        ArchiveSelection s;
        s.files = { QStringLiteral("file-1") };
        s.folder = QStringLiteral("/a");
        QVERIFY(ArchiveRules::selectionProblem(s).contains(QStringLiteral("not both")));
    }
    void selectionProblem_neither_asksForOne()
    {
        QVERIFY(!ArchiveRules::selectionProblem({}).isEmpty());
    }
    void selectionProblem_relativeFolder_refused()
    {
        ArchiveSelection s;
        s.folder = QStringLiteral("a");
        QVERIFY(!ArchiveRules::selectionProblem(s).isEmpty());
    }
    void selectionProblem_filesOnlyOrFolderOnly_ok()
    {
        ArchiveSelection files;
        files.files = { QStringLiteral("file-1") };
        QVERIFY(ArchiveRules::selectionProblem(files).isEmpty());
        ArchiveSelection folder;
        folder.folder = QStringLiteral("/");
        QVERIFY(ArchiveRules::selectionProblem(folder).isEmpty());
    }
    void batches_2500ids_give1000_1000_500()
    {
        QStringList ids;
        for (int i = 0; i < 2500; ++i)
            ids.append(QString::number(i));
        const QList<QStringList> b = ArchiveRules::batches(ids);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.at(0).size(), 1000);
        QCOMPARE(b.at(1).size(), 1000);
        QCOMPARE(b.at(2).size(), 500);
        QCOMPARE(b.at(2).last(), QStringLiteral("2499"));
    }
    void batches_duplicates_sentOnce()
    {
        const QList<QStringList> b = ArchiveRules::batches(
            { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a") }, 1000);
        QCOMPARE(b,
                 QList<QStringList> { (QStringList { QStringLiteral("a"), QStringLiteral("b") }) });
    }
    void batches_exactly1000_oneBatch()
    {
        QStringList ids;
        for (int i = 0; i < 1000; ++i)
            ids.append(QString::number(i));
        QCOMPARE(ArchiveRules::batches(ids).size(), 1);
        QVERIFY(ArchiveRules::batches({}).isEmpty());
    }
    void allCopies_orgAdmin_allowed()
    {
        QVERIFY(ArchiveRules::allCopies(QStringLiteral("user-a"), QStringLiteral("org-x"),
                                        QStringLiteral("ADMIN"))
                    .allowed);
    }
    void allCopies_orgMember_refusedWithReason()
    {
        const AllCopiesCheck c = ArchiveRules::allCopies(
            QStringLiteral("user-a"), QStringLiteral("org-x"), QStringLiteral("MEMBER"));
        QVERIFY(!c.allowed);
        QVERIFY(c.reason.contains(QStringLiteral("ADMIN of org-x")));
        QVERIFY(c.reason.contains(QStringLiteral("MEMBER")));
        QVERIFY(!ArchiveRules::allCopies(QStringLiteral("user-a"), QStringLiteral("org-x"), {})
                     .allowed);
    }
    void allCopies_billToUser_onlyThatUser()
    {
        QVERIFY(ArchiveRules::allCopies(QStringLiteral("user-a"), QStringLiteral("user-a"), {})
                    .allowed);
        QVERIFY(!ArchiveRules::allCopies(QStringLiteral("user-b"), QStringLiteral("user-a"), {})
                     .allowed);
    }
    void unarchiveRates_perCloud()
    {
        QCOMPARE(ArchiveRules::unarchiveRates(QStringLiteral("aws:us-east-1")),
                 (QStringList { QStringLiteral("Expedited"), QStringLiteral("Standard"),
                                QStringLiteral("Bulk") }));
        QCOMPARE(ArchiveRules::unarchiveRates(QStringLiteral("azure:westus")),
                 (QStringList { QStringLiteral("Expedited"), QStringLiteral("Standard") }));
        QCOMPARE(ArchiveRules::unarchiveRates(QStringLiteral("gcp:x")),
                 QStringList { QStringLiteral("Standard") });
    }
    void archiveInput_folder_hasRecurseNoFiles()
    {
        ArchiveSelection s;
        s.folder = QStringLiteral("/a");
        s.recurse = false;
        const QJsonObject in = ArchiveRules::archiveInput(s, true);
        QCOMPARE(in.value(QStringLiteral("folder")).toString(), QStringLiteral("/a"));
        QCOMPARE(in.value(QStringLiteral("recurse")).toBool(true), false);
        QCOMPARE(in.value(QStringLiteral("allCopies")).toBool(), true);
        QVERIFY(!in.contains(QStringLiteral("files")));
    }
    void unarchiveInput_files_hasRateAndDryRunNoRecurse()
    {
        ArchiveSelection s;
        s.files = { QStringLiteral("file-1") };
        const QJsonObject in = ArchiveRules::unarchiveInput(s, QStringLiteral("Bulk"), true);
        QCOMPARE(in.value(QStringLiteral("files")).toArray().size(), 1);
        QCOMPARE(in.value(QStringLiteral("rate")).toString(), QStringLiteral("Bulk"));
        QCOMPARE(in.value(QStringLiteral("dryRun")).toBool(), true);
        QVERIFY(!in.contains(QStringLiteral("recurse")));
        QVERIFY(!ArchiveRules::archiveInput(s, false).contains(QStringLiteral("allCopies")));
    }
    void failureMessage_permissionDenied_mentionsLicence()
    {
        ApiError e = ApiError::make(ApiError::Type::PermissionDenied, QStringLiteral("no licence"));
        QVERIFY(ArchiveRules::failureMessage(e).contains(QStringLiteral("licence")));
        e = ApiError::make(ApiError::Type::ResourceNotFound, QStringLiteral("file-x"));
        QVERIFY(ArchiveRules::failureMessage(e).contains(QStringLiteral("does not exist")));
        QVERIFY(ArchiveRules::failureMessage(e).contains(QStringLiteral("file-x")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveRules)
#include "tst_archiverules.moc"
