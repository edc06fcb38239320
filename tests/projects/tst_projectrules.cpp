#include "models/projects/ProjectRules.h"

#include <QJsonArray>
#include <QTest>

using namespace ProjectRules;

namespace {
ProjectFields sample()
{
    ProjectFields f;
    f.name = QStringLiteral("RNA-seq");
    f.summary = QStringLiteral("s");
    f.billTo = QStringLiteral("user-alice");
    return f;
}
} // namespace

class TestProjectRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validateProjectName_ordinary_isValid()
    {
        QVERIFY(validateProjectName(QStringLiteral("Exome 2024 (batch 3) é")).isEmpty());
    }
    void validateProjectName_empty_saysEmpty()
    {
        QVERIFY(validateProjectName(QString()).contains(QStringLiteral("empty")));
    }
    void validateProjectName_tab_namesCharacterAndPosition()
    {
        const QString e = validateProjectName(QStringLiteral("abc\tdef"));
        QVERIFY(e.contains(QStringLiteral("tab")));
        QVERIFY(e.contains(QStringLiteral("U+0009")));
        QVERIFY(e.contains(QStringLiteral("position 4")));
    }
    void validateProjectName_boundaryCharacters()
    {
        QVERIFY(!validateProjectName(QString(QChar(0x1F))).isEmpty());
        QVERIFY(!validateProjectName(QString(QChar(0x00)) + QStringLiteral("a")).isEmpty());
        QVERIFY(validateProjectName(QStringLiteral(" ")).isEmpty()); // 0x20 is allowed
        QVERIFY(validateProjectName(QString(QChar(0x7F))).isEmpty());
    }
    void validateTag_emptyOrBlank_isInvalid()
    {
        QVERIFY(!validateTag(QString()).isEmpty());
        QVERIFY(!validateTag(QStringLiteral("  ")).isEmpty());
        QVERIFY(validateTag(QStringLiteral("rna")).isEmpty());
    }
    void normaliseTags_trimsDropsEmptyAndDuplicates_keepsOrder()
    {
        QCOMPARE(normaliseTags({ QStringLiteral(" b"), QStringLiteral("a"), QString(),
                                 QStringLiteral("b "), QStringLiteral("A") }),
                 QStringList({ QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("A") }));
    }
    void parseTagList_commasAndLines()
    {
        QCOMPARE(parseTagList(QStringLiteral("x, y\nz,,x")),
                 QStringList({ QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") }));
    }
    void validatePropertyKey_emptyOrDuplicate_isInvalid()
    {
        QVERIFY(!validatePropertyKey(QString()).isEmpty());
        QVERIFY(!validatePropertyKey(QStringLiteral("k"), { QStringLiteral("k") }).isEmpty());
        QVERIFY(validatePropertyKey(QStringLiteral("k"), { QStringLiteral("j") }).isEmpty());
    }
    void propertiesDiff_addedChangedRemoved()
    {
        const QMap<QString, QString> before { { QStringLiteral("keep"), QStringLiteral("1") },
                                              { QStringLiteral("change"), QStringLiteral("a") },
                                              { QStringLiteral("drop"), QStringLiteral("x") } };
        const QMap<QString, QString> after { { QStringLiteral("keep"), QStringLiteral("1") },
                                             { QStringLiteral("change"), QStringLiteral("b") },
                                             { QStringLiteral("new"), QString() } };
        const QJsonObject d = propertiesDiff(before, after);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.value(QStringLiteral("change")).toString(), QStringLiteral("b"));
        QVERIFY(d.value(QStringLiteral("new")).isString());
        QVERIFY(d.value(QStringLiteral("drop")).isNull());
        QVERIFY(!d.contains(QStringLiteral("keep")));
        QVERIFY(propertiesDiff(before, before).isEmpty());
    }
    void propertiesDiff_toNothing_everyDescribedKeyNull()
    {
        // "Remove all": the freshly described keys against no rows (the seed's way).
        const QJsonObject d
            = propertiesDiff(propertiesFromJson({ { QStringLiteral("a"), QStringLiteral("1") },
                                                  { QStringLiteral("b"), QString() } }),
                             {});
        QCOMPARE(d.size(), 2);
        QVERIFY(d.value(QStringLiteral("a")).isNull() && d.value(QStringLiteral("b")).isNull());
    }
    void validatePhiChange_onlyFalseToTrue()
    {
        QVERIFY(validatePhiChange(false, true).isEmpty());
        QVERIFY(validatePhiChange(true, true).isEmpty());
        QVERIFY(!validatePhiChange(true, false).isEmpty());
    }
    void phiProblem_namesWhatIsMissing()
    {
        BillToOption billTo;
        billTo.id = QStringLiteral("org-lab");
        RegionInfo region = RegionCatalog().region(QStringLiteral("aws:us-east-1"));
        region.phi = RegionInfo::Phi::Supported;
        QVERIFY(phiProblem(billTo, region).contains(QStringLiteral("org-lab")));
        billTo.phiFeatures = true;
        QVERIFY(phiProblem(billTo, region).isEmpty());
        region.phi = RegionInfo::Phi::Unsupported;
        const QString p = phiProblem(billTo, region);
        QVERIFY(p.contains(QStringLiteral("region")) && !p.contains(QStringLiteral("org-lab")));
        region.phi = RegionInfo::Phi::Unknown; // only the server knows: not reported
        QVERIFY(phiProblem(billTo, region).isEmpty());
    }
    void parseAllowedExecutables_anyOrEmpty_isNull()
    {
        QVERIFY(parseAllowedExecutables(QStringLiteral(" ANY ")).any);
        QVERIFY(parseAllowedExecutables(QString()).toJson().isNull());
    }
    void parseAllowedExecutables_ids_listWithoutDuplicates()
    {
        const ExecutableList l = parseAllowedExecutables(
            QStringLiteral("app-bwa_mem, applet-B0\nworkflow-X app-bwa_mem globalworkflow-q"));
        QVERIFY(l.error.isEmpty());
        QVERIFY(!l.any);
        QCOMPARE(l.ids.size(), 4);
        QCOMPARE(l.toJson().toArray().size(), 4);
    }
    void parseAllowedExecutables_badId_namesIt()
    {
        const ExecutableList l = parseAllowedExecutables(QStringLiteral("app-a, file-xyz"));
        QVERIFY(l.error.contains(QStringLiteral("file-xyz")));
        QVERIFY(!isExecutableId(QStringLiteral("app-")));
    }
    void formatAllowedExecutables_roundTrips()
    {
        QCOMPARE(formatAllowedExecutables(std::nullopt), QStringLiteral("any"));
        const QStringList ids { QStringLiteral("app-a"), QStringLiteral("applet-b") };
        QCOMPARE(parseAllowedExecutables(formatAllowedExecutables(ids)).ids, ids);
    }
    void updateInput_onlyChangedFieldsPlusVersion()
    {
        const ProjectFields base = sample();
        ProjectFields edited = base;
        edited.name = QStringLiteral("RNA-seq 2");
        edited.restricted = true;
        edited.allowedExecutables = QStringList { QStringLiteral("app-x") };
        const QJsonObject in = updateInput(base, edited, 7);
        QCOMPARE(in.size(), 4);
        QCOMPARE(in.value(QStringLiteral("name")).toString(), QStringLiteral("RNA-seq 2"));
        QCOMPARE(in.value(QStringLiteral("restricted")).toBool(), true);
        QCOMPARE(in.value(QStringLiteral("allowedExecutables")).toArray().size(), 1);
        QCOMPARE(in.value(QStringLiteral("version")).toInteger(), 7);
        QCOMPARE(updateInput(base, base, -1), QJsonObject());
    }
    void updateInput_backToAny_sendsNull()
    {
        ProjectFields base = sample();
        base.allowedExecutables = QStringList { QStringLiteral("app-x") };
        ProjectFields edited = base;
        edited.allowedExecutables.reset();
        const QJsonObject in = updateInput(base, edited);
        QVERIFY(in.contains(QStringLiteral("allowedExecutables")));
        QVERIFY(in.value(QStringLiteral("allowedExecutables")).isNull());
    }
    void diff_listsOldAndNewForPeople()
    {
        const ProjectFields base = sample();
        ProjectFields edited = base;
        edited.summary.clear();
        edited.isProtected = true;
        const QList<FieldChange> d = diff(base, edited);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.at(0).field, QStringLiteral("summary"));
        QCOMPARE(d.at(0).newText(), QStringLiteral("(empty)"));
        QCOMPARE(d.at(1).field, QStringLiteral("protected"));
        QCOMPARE(d.at(1).oldText(), QStringLiteral("no"));
        QCOMPARE(d.at(1).newText(), QStringLiteral("yes"));
    }
    void fromDescribe_readsUpdateFields()
    {
        const ProjectFields f = ProjectFields::fromDescribe(
            { { QStringLiteral("name"), QStringLiteral("n") },
              { QStringLiteral("protected"), true },
              { QStringLiteral("billTo"), QStringLiteral("org-x") },
              { QStringLiteral("allowedExecutables"), QJsonArray { QStringLiteral("app-a") } } });
        QCOMPARE(f.name, QStringLiteral("n"));
        QVERIFY(f.isProtected);
        QCOMPARE(f.billTo, QStringLiteral("org-x"));
        QCOMPARE(f.allowedExecutables.value(), QStringList { QStringLiteral("app-a") });
        QVERIFY(!ProjectFields::fromDescribe({}).allowedExecutables.has_value());
    }
    void serverChanges_andRebase_keepUserChangesOnTopOfServer()
    {
        const ProjectFields base = sample();
        ProjectFields server = base;
        server.summary = QStringLiteral("theirs");
        server.name = QStringLiteral("their name");
        ProjectFields edited = base;
        edited.name = QStringLiteral("my name");
        const QList<ServerChange> changes = serverChanges(base, server, edited);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).field, QStringLiteral("name"));
        QVERIFY(changes.at(0).alsoEditedByUser);
        QCOMPARE(changes.at(1).field, QStringLiteral("summary"));
        QVERIFY(!changes.at(1).alsoEditedByUser);
        const ProjectFields r = rebase(base, server, edited);
        QCOMPARE(r.name, QStringLiteral("my name"));
        QCOMPARE(r.summary, QStringLiteral("theirs"));
        QCOMPARE(updateInput(server, r, 9).size(), 2); // name + version
    }

    void downloadOrder_followsAndRefusesAsThePlatformDoes()
    {
        // Turning downloads off turns previews off; otherwise previews keep their value.
        QVERIFY(followDownloadRestricted(false, true, false));
        QVERIFY(!followDownloadRestricted(true, true, false));
        QVERIFY(followDownloadRestricted(true, false, true));
        QVERIFY(!followDownloadRestricted(true, false, false));
        QVERIFY(validateDownloadOrder(true, true).isEmpty());
        QVERIFY(validateDownloadOrder(true, false).isEmpty());
        QVERIFY(validateDownloadOrder(false, false).isEmpty());
        QVERIFY(validateDownloadOrder(false, true).contains(QStringLiteral("Download restricted")));
        // One update for many projects.
        const QString d = QStringLiteral("downloadRestricted");
        const QString p = QStringLiteral("previewViewerRestricted");
        QVERIFY(validateDownloadOrder(QMap<QString, bool> { { d, true } }).isEmpty());
        QVERIFY(
            validateDownloadOrder(QMap<QString, bool> { { d, false }, { p, false } }).isEmpty());
        QVERIFY(validateDownloadOrder(QMap<QString, bool> { { p, false } }).isEmpty());
        QVERIFY(validateDownloadOrder(QMap<QString, bool> { { d, false } })
                    .contains(QStringLiteral("previewViewerRestricted=false")));
        QVERIFY(
            !validateDownloadOrder(QMap<QString, bool> { { d, false }, { p, true } }).isEmpty());
    }

    void databaseResultsRestricted_isAtLeastOneOrNoLimit()
    {
        QVERIFY(validateDatabaseResultsRestricted(std::nullopt).isEmpty());
        QVERIFY(validateDatabaseResultsRestricted(1).isEmpty());
        QVERIFY(!validateDatabaseResultsRestricted(0).isEmpty());
        QVERIFY(!validateDatabaseResultsRestricted(-3).isEmpty());
        ProjectFields base;
        ProjectFields edited = base;
        edited.databaseResultsRestricted = 12;
        QCOMPARE(updateInput(base, edited).value(QStringLiteral("databaseResultsRestricted")),
                 QJsonValue(12));
        QVERIFY(
            updateInput(edited, base).value(QStringLiteral("databaseResultsRestricted")).isNull());
        QCOMPARE(
            FieldChange::display(QStringLiteral("databaseResultsRestricted"), QJsonValue::Null),
            QStringLiteral("no limit"));
    }

    void fieldsTheConsoleDoesNotKnow_areNeverSentBack()
    {
        const QJsonObject describe { { QStringLiteral("name"), QStringLiteral("P") },
                                     { QStringLiteral("previewViewerRestricted"), true },
                                     { QStringLiteral("downloadRestricted"), true },
                                     { QStringLiteral("someFutureFlag"), true },
                                     { QStringLiteral("databaseResultsRestricted"), 5 } };
        const ProjectFields base = ProjectFields::fromDescribe(describe);
        QVERIFY(base.previewViewerRestricted);
        QCOMPARE(base.databaseResultsRestricted.value_or(0), 5);
        ProjectFields edited = base;
        edited.summary = QStringLiteral("s");
        QCOMPARE(updateInput(base, edited),
                 (QJsonObject { { QStringLiteral("summary"), QStringLiteral("s") } }));
    }
};

QTEST_GUILESS_MAIN(TestProjectRules)
#include "tst_projectrules.moc"
