#include "models/bulk/BulkAction.h"

#include <QJsonArray>
#include <QTest>

class TestBulkAction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addTags_plansOneCallPerProject();
    void addTags_skipsProjectsThatHaveEveryTag();
    void removeTags_skipsProjectsWithNoneOfTheTags();
    void knownLevelTooLow_isSkippedWithTheReason();
    void unknownLevel_isLeftToTheServer();
    void notAMember_isSkippedWithTheReason();
    void setAndUnsetProperties_useSetProperties();
    void setFlags_usesUpdate_andNeedsAdminister();
    void inviteAndLower_useInviteAndDecreasePermissions();
    void changeBillTo_skipsRegionsTheBillToDoesNotPermit();
    void archiveFolder_sendsFolderAndRecurse();
    void validation_namesWhatIsMissing();
    void description_namesTheActionAndTheCount();
};

static BulkTarget target(const QString &id, Level level = Level::Administer, QStringList tags = {},
                         bool tagsKnown = false)
{
    BulkTarget t;
    t.id = id;
    t.name = QStringLiteral("Name of ") + id;
    t.region = QStringLiteral("aws:us-east-1");
    t.billTo = QStringLiteral("user-alice");
    t.level = level;
    t.tags = tags;
    t.tagsKnown = tagsKnown;
    return t;
}

void TestBulkAction::addTags_plansOneCallPerProject()
{
    const auto steps = BulkAction::addTags({ QStringLiteral("qc"), QStringLiteral("pilot") })
                           .preview({ target(QStringLiteral("project-1")),
                                      target(QStringLiteral("project-2")) });
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(1).subject, QStringLiteral("project-2"));
    QCOMPARE(steps.at(1).method, QStringLiteral("addTags"));
    QCOMPARE(steps.at(1).input.value(QLatin1String("tags")).toArray(),
             (QJsonArray { QStringLiteral("qc"), QStringLiteral("pilot") }));
    QVERIFY(!steps.at(0).skipped);
    QCOMPARE(steps.at(0).change, QStringLiteral("add tags 'qc', 'pilot'"));
}

void TestBulkAction::addTags_skipsProjectsThatHaveEveryTag()
{
    const BulkAction action = BulkAction::addTags({ QStringLiteral("qc"), QStringLiteral("new") });
    const BulkStep has = action.plan(target(QStringLiteral("p"), Level::Contribute,
                                            { QStringLiteral("qc"), QStringLiteral("new") }, true));
    QVERIFY(has.skipped);
    QCOMPARE(has.skipReason, QStringLiteral("Already has every tag."));
    const BulkStep some = action.plan(
        target(QStringLiteral("p"), Level::Contribute, { QStringLiteral("qc") }, true));
    QVERIFY(!some.skipped);
    QCOMPARE(some.input.value(QLatin1String("tags")).toArray(),
             QJsonArray { QStringLiteral("new") });
    QCOMPARE(some.change, QStringLiteral("add 'new'"));
}

void TestBulkAction::removeTags_skipsProjectsWithNoneOfTheTags()
{
    const BulkAction action = BulkAction::removeTags({ QStringLiteral("qc") });
    QVERIFY(
        action.plan(target(QStringLiteral("p"), Level::Contribute, { QStringLiteral("x") }, true))
            .skipped);
    const BulkStep step = action.plan(
        target(QStringLiteral("p"), Level::Contribute, { QStringLiteral("qc") }, true));
    QVERIFY(!step.skipped);
    QCOMPARE(step.method, QStringLiteral("removeTags"));
}

void TestBulkAction::knownLevelTooLow_isSkippedWithTheReason()
{
    const BulkStep step = BulkAction::addTags({ QStringLiteral("qc") })
                              .plan(target(QStringLiteral("p"), Level::View));
    QVERIFY(step.skipped);
    QCOMPARE(step.skipReason, QStringLiteral("You have VIEW access; this needs CONTRIBUTE."));
    QVERIFY(BulkAction::setFlags({ { QStringLiteral("protected"), true } })
                .plan(target(QStringLiteral("p"), Level::Contribute))
                .skipped);
}

void TestBulkAction::notAMember_isSkippedWithTheReason()
{
    BulkTarget target;
    target.id = QStringLiteral("project-1");
    target.notAMember = true;
    const BulkStep step = BulkAction::addTags({ QStringLiteral("qc") }).plan(target);
    QVERIFY(step.skipped);
    QVERIFY(step.skipReason.contains(QStringLiteral("not a member")));
}

void TestBulkAction::unknownLevel_isLeftToTheServer()
{
    QVERIFY(!BulkAction::addTags({ QStringLiteral("qc") })
                 .plan(target(QStringLiteral("p"), Level::None))
                 .skipped);
}

void TestBulkAction::setAndUnsetProperties_useSetProperties()
{
    const BulkStep set
        = BulkAction::setProperties({ { QStringLiteral("pi"), QStringLiteral("Ada") } })
              .plan(target(QStringLiteral("p")));
    QCOMPARE(set.method, QStringLiteral("setProperties"));
    QCOMPARE(set.input,
             (QJsonObject { { QStringLiteral("properties"),
                              QJsonObject { { QStringLiteral("pi"), QStringLiteral("Ada") } } } }));
    const BulkStep unset
        = BulkAction::unsetProperties({ QStringLiteral("pi") }).plan(target(QStringLiteral("p")));
    QVERIFY(unset.input.value(QLatin1String("properties"))
                .toObject()
                .value(QLatin1String("pi"))
                .isNull());
    QVERIFY(
        unset.input.value(QLatin1String("properties")).toObject().contains(QLatin1String("pi")));
}

void TestBulkAction::setFlags_usesUpdate_andNeedsAdminister()
{
    const BulkAction action = BulkAction::setFlags(
        { { QStringLiteral("protected"), true }, { QStringLiteral("restricted"), false } });
    QCOMPARE(action.requiredLevel(), Level::Administer);
    const BulkStep step = action.plan(target(QStringLiteral("p")));
    QCOMPARE(step.method, QStringLiteral("update"));
    QCOMPARE(step.input,
             (QJsonObject { { QStringLiteral("protected"), true },
                            { QStringLiteral("restricted"), false } }));
}

void TestBulkAction::inviteAndLower_useInviteAndDecreasePermissions()
{
    const BulkStep invite = BulkAction::invite(QStringLiteral("user-bob"), Level::Upload)
                                .plan(target(QStringLiteral("p")));
    QCOMPARE(invite.method, QStringLiteral("invite"));
    QCOMPARE(invite.input,
             (QJsonObject { { QStringLiteral("invitee"), QStringLiteral("user-bob") },
                            { QStringLiteral("level"), QStringLiteral("UPLOAD") } }));
    const BulkStep remove = BulkAction::setMemberLevel(QStringLiteral("user-bob"), Level::None)
                                .plan(target(QStringLiteral("p")));
    QCOMPARE(remove.method, QStringLiteral("decreasePermissions"));
    QVERIFY(remove.input.value(QLatin1String("user-bob")).isNull());
    QVERIFY(remove.input.contains(QLatin1String("user-bob")));
}

void TestBulkAction::changeBillTo_skipsRegionsTheBillToDoesNotPermit()
{
    BillToOption org;
    org.id = QStringLiteral("org-lab");
    org.permittedRegions = { QStringLiteral("aws:us-east-1") };
    BulkTarget azure = target(QStringLiteral("p1"));
    azure.region = QStringLiteral("azure:westus");
    BulkTarget already = target(QStringLiteral("p2"));
    already.billTo = QStringLiteral("org-lab");
    const auto steps
        = BulkAction::changeBillTo(org).preview({ azure, already, target(QStringLiteral("p3")) });
    QVERIFY(steps.at(0).skipped);
    QCOMPARE(steps.at(0).skipReason,
             QStringLiteral("org-lab does not permit the region azure:westus."));
    QVERIFY(steps.at(1).skipped);
    QVERIFY(!steps.at(2).skipped);
    QCOMPARE(steps.at(2).method, QStringLiteral("update"));
    QCOMPARE(steps.at(2).input,
             (QJsonObject { { QStringLiteral("billTo"), QStringLiteral("org-lab") } }));
    QCOMPARE(steps.at(2).change, QStringLiteral("bill to org-lab instead of user-alice"));
}

void TestBulkAction::archiveFolder_sendsFolderAndRecurse()
{
    const BulkStep step = BulkAction::archiveFolder(QStringLiteral("/raw"), false)
                              .plan(target(QStringLiteral("p")));
    QCOMPARE(step.method, QStringLiteral("archive"));
    QCOMPARE(step.input,
             (QJsonObject { { QStringLiteral("folder"), QStringLiteral("/raw") },
                            { QStringLiteral("recurse"), false } }));
}

void TestBulkAction::validation_namesWhatIsMissing()
{
    QVERIFY(!BulkAction::addTags({}).validationError().isEmpty());
    QVERIFY(!BulkAction::addTags({ QString() }).validationError().isEmpty());
    QVERIFY(BulkAction::addTags({ QStringLiteral("a") }).validationError().isEmpty());
    QVERIFY(!BulkAction::setFlags({ { QStringLiteral("containsPHI"), false } })
                 .validationError()
                 .isEmpty());
    // Downloads allowed again only together with previews (the platform's order).
    QVERIFY(BulkAction::setFlags({ { QStringLiteral("downloadRestricted"), false } })
                .validationError()
                .contains(QStringLiteral("previewViewerRestricted=false")));
    QVERIFY(BulkAction::setFlags({ { QStringLiteral("downloadRestricted"), false },
                                   { QStringLiteral("previewViewerRestricted"), false } })
                .validationError()
                .isEmpty());
    QVERIFY(!BulkAction::archiveFolder(QStringLiteral("raw")).validationError().isEmpty());
    QVERIFY(!BulkAction::changeBillTo(BillToOption()).validationError().isEmpty());
    QVERIFY(!BulkAction::invite(QString(), Level::View).validationError().isEmpty());
}

void TestBulkAction::description_namesTheActionAndTheCount()
{
    QCOMPARE(BulkAction::addTags({ QStringLiteral("qc") }).description(200),
             QStringLiteral("Bulk: add tag 'qc' on 200 projects"));
    QCOMPARE(BulkAction::setMemberLevel(QStringLiteral("user-bob"), Level::None).description(1),
             QStringLiteral("Bulk: remove member user-bob on 1 project"));
}

QTEST_GUILESS_MAIN(TestBulkAction)
#include "tst_bulkaction.moc"
