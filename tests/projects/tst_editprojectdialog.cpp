#include "api/ProjectApi.h"
#include "models/projects/EditProjectForm.h"
#include "tests/projects/BillToFixture.h"
#include "tests/support/CallRunner.h"
#include "tests/support/TestSandbox.h"
#include "tests/support/WidgetLookup.h"
#include "ui/projects/EditProjectDialog.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/WorldMapWidget.h"
#include "ui/widgets/FieldErrorLabel.h"
#include "ui/widgets/RequestPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

class TestEditProjectDialog : public QObject
{
    Q_OBJECT

    TestSandbox m_sandbox;

    QJsonObject describe(const QString &id)
    {
        const CallOutcome d = runCall(ProjectApi(m_sandbox.admin()).describeProject(id));
        return d.result;
    }
    // A fresh project of Alice's, so that each test starts from a known state.
    QString newProject(const QString &name, const QString &region = {})
    {
        QJsonObject input { { QStringLiteral("name"), name } };
        if (!region.isEmpty())
            input.insert(QStringLiteral("region"), region);
        return newProject(input);
    }
    QString newProject(const QJsonObject &input)
    {
        const CallOutcome c = runCall(ProjectApi(m_sandbox.admin()).newProject(input));
        return c.result.value(QStringLiteral("id")).toString();
    }
    static QRect inDialog(QWidget *w, QWidget *dialog)
    {
        return QRect(w->mapTo(dialog, QPoint(0, 0)), w->size());
    }
    static int comboRow(QComboBox *combo, const QString &id) { return combo->findData(id); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void open_noChanges_saveDisabled()
    {
        const QString id = newProject(QStringLiteral("E0"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("E0"));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, "allowedExecutables")->text(), QStringLiteral("any"));
    }
    void downloadAndPreview_followThePlatformsOrder_andSave()
    {
        QJsonObject input { { QStringLiteral("name"), QStringLiteral("E-order") },
                            { QStringLiteral("downloadRestricted"), true } };
        const QString id = newProject(input);
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        auto *download = child<QCheckBox>(&dialog, "downloadRestricted");
        auto *preview = child<QCheckBox>(&dialog, "previewViewerRestricted");
        QVERIFY(child<QLabel>(&dialog, "downloadOrderNote")->isVisible());
        QVERIFY(download->isChecked());
        QVERIFY(preview->isChecked()); // the platform turned it on with downloads
        download->setChecked(false);
        auto *error = child<FieldErrorLabel>(&dialog, "previewViewerRestrictedError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Download restricted")));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        download->setChecked(true);
        QVERIFY(!error->isVisible());
        preview->setChecked(false); // previews allowed again on their own
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
        download->setChecked(false);
        QVERIFY(!preview->isChecked());
        QVERIFY(!error->isVisible());
        child<QSpinBox>(&dialog, "databaseResultsRestricted")->setValue(25);
        QSignalSpy changed(&dialog, &EditProjectDialog::projectChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        const QJsonObject d = describe(id);
        QCOMPARE(d.value(QStringLiteral("downloadRestricted")), QJsonValue(false));
        QCOMPARE(d.value(QStringLiteral("previewViewerRestricted")), QJsonValue(false));
        QCOMPARE(d.value(QStringLiteral("databaseResultsRestricted")).toInt(), 25);
    }
    void turningDownloadsOff_turnsPreviewsOffToo_andTheLimitUnsets()
    {
        QJsonObject input { { QStringLiteral("name"), QStringLiteral("E-limit") },
                            { QStringLiteral("databaseResultsRestricted"), 7 } };
        const QString id = newProject(input);
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        auto *limit = child<QSpinBox>(&dialog, "databaseResultsRestricted");
        QCOMPARE(limit->value(), 7);
        child<QCheckBox>(&dialog, "downloadRestricted")->setChecked(true);
        QVERIFY(child<QCheckBox>(&dialog, "previewViewerRestricted")->isChecked());
        limit->setValue(0);
        QCOMPARE(limit->text(), QStringLiteral("No limit"));
        const QString preview = child<RequestPreview>(&dialog, "requestPreview")->text();
        QVERIFY(preview.contains(QStringLiteral("\"databaseResultsRestricted\": null")));
        QSignalSpy changed(&dialog, &EditProjectDialog::projectChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        const QJsonObject d = describe(id);
        QCOMPARE(d.value(QStringLiteral("previewViewerRestricted")), QJsonValue(true));
        QVERIFY(d.value(QStringLiteral("databaseResultsRestricted")).isNull());
    }
    void escape_withEdits_asks_keepEditingLosesNothing()
    {
        // Issue 14 item 10: Escape or Cancel on an edited form asks first.
        const QString id = newProject(QStringLiteral("E10"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape); // nothing changed: closes at once
        QVERIFY(!dialog.isVisible());
        dialog.show();
        auto *name = child<QLineEdit>(&dialog, "name");
        QTest::keyClicks(name, QStringLiteral(" renamed"));
        bool asked = false;
        answerModal("discardChanges", "keepEditing", &asked);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(name->text(), QStringLiteral("E10 renamed"));
        answerModal("discardChanges", "discard", &asked);
        child<QPushButton>(&dialog, "cancelButton")->click();
        QVERIFY(asked);
        QVERIFY(!dialog.isVisible());
    }
    void clearingTheName_doesNotMoveTheFieldsBelow()
    {
        // Issue 14 item 3: the error line keeps its room.
        const QString id = newProject(QStringLiteral("E11"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        auto *summary = child<QWidget>(&dialog, "summary");
        const int before = summary->mapTo(&dialog, QPoint()).y();
        child<QLineEdit>(&dialog, "name")->clear();
        QVERIFY(child<FieldErrorLabel>(&dialog, "nameError")->isVisible());
        QApplication::processEvents();
        QCOMPARE(summary->mapTo(&dialog, QPoint()).y(), before);
    }
    void mnemonics_focusTheirFields()
    {
        // Issue 14 item 7: every underlined Alt shortcut reaches its field, in Edit as in New.
        const QString id = newProject(QStringLiteral("E12"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QList<QPair<Qt::Key, QWidget *>> keys {
            { Qt::Key_S, child<QWidget>(&dialog, "summary") },
            { Qt::Key_D, child<QWidget>(&dialog, "description") },
            { Qt::Key_A, child<QWidget>(&dialog, "allowedExecutables") },
            { Qt::Key_N, child<QWidget>(&dialog, "name") },
        };
        const QString missed = missedMnemonic(&dialog, keys);
        QVERIFY2(missed.isEmpty(), qPrintable(missed));
    }
    void emptyName_errorBesideNameAndSaveDisabled()
    {
        const QString id = newProject(QStringLiteral("E1"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        child<QLineEdit>(&dialog, "name")->clear();
        QVERIFY(child<FieldErrorLabel>(&dialog, "nameError")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void containsPhi_needsTypedConfirmation()
    {
        const QString id = newProject(QStringLiteral("E2"));
        QJsonObject d = describe(id);
        EditProjectDialog dialog(m_sandbox.admin(), d, {}, RegionCatalog());
        dialog.show();
        child<QCheckBox>(&dialog, "containsPHI")->setChecked(true);
        QVERIFY(child<QLineEdit>(&dialog, "phiConfirmation")->isVisible());
        QVERIFY(child<FieldErrorLabel>(&dialog, "containsPHIError")
                    ->text()
                    .contains(QStringLiteral("type")));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "phiConfirmation"), QStringLiteral("E2"));
        QVERIFY(!child<FieldErrorLabel>(&dialog, "containsPHIError")->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void save_success_updatesExactlyTheChangedFields()
    {
        const QString id = newProject(QStringLiteral("E3"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "summary"), QStringLiteral("new summary"));
        child<QLineEdit>(&dialog, "allowedExecutables")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "allowedExecutables"),
                         QStringLiteral("app-one, applet-two"));
        child<QCheckBox>(&dialog, "protected")->setChecked(true);
        const QString preview = child<RequestPreview>(&dialog, "requestPreview")->text();
        QVERIFY(preview.startsWith(QStringLiteral("POST /") + id + QStringLiteral("/update")));
        QVERIFY(preview.contains(QStringLiteral("\"version\"")));
        QVERIFY(!preview.contains(QStringLiteral("\"name\"")));
        QVERIFY(child<QLabel>(&dialog, "diff")->text().contains(QStringLiteral("summary")));
        QSignalSpy changed(&dialog, &EditProjectDialog::projectChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        const QJsonObject d = describe(id);
        QCOMPARE(d.value(QStringLiteral("summary")).toString(), QStringLiteral("new summary"));
        QCOMPARE(d.value(QStringLiteral("protected")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("allowedExecutables")).toArray().size(), 2);
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("E3"));
    }
    void staleVersion_showsServerChange_thenAppliesMineOnTop()
    {
        const QString id = newProject(QStringLiteral("E4"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        // Someone else changes the summary meanwhile.
        QVERIFY(
            runCall(ProjectApi(m_sandbox.admin())
                        .update(id, { { QStringLiteral("summary"), QStringLiteral("theirs") } }))
                .succeeded());
        auto *name = child<QLineEdit>(&dialog, "name");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("E4 mine"));
        QSignalSpy conflict(dialog.form(), &EditProjectForm::conflict);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(conflict.wait(5000));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QWidget>(&dialog, "conflictPanel")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "conflictText")->text().contains(QStringLiteral("theirs")));
        QCOMPARE(name->text(), QStringLiteral("E4 mine"));
        QSignalSpy changed(&dialog, &EditProjectDialog::projectChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "applyOnTop"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        const QJsonObject d = describe(id);
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("E4 mine"));
        QCOMPARE(d.value(QStringLiteral("summary")).toString(), QStringLiteral("theirs"));
    }
    void staleVersion_discard_showsServerState()
    {
        const QString id = newProject(QStringLiteral("E5"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), {}, RegionCatalog());
        dialog.show();
        QVERIFY(
            runCall(ProjectApi(m_sandbox.admin())
                        .update(id, { { QStringLiteral("name"), QStringLiteral("E5 theirs") } }))
                .succeeded());
        QTest::keyClicks(child<QLineEdit>(&dialog, "summary"), QStringLiteral("mine"));
        QSignalSpy conflict(dialog.form(), &EditProjectForm::conflict);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(conflict.wait(5000));
        QTest::mouseClick(child<QPushButton>(&dialog, "discardMine"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("E5 theirs"));
        QCOMPARE(child<QLineEdit>(&dialog, "summary")->text(), QString());
        QVERIFY(!child<QWidget>(&dialog, "conflictPanel")->isVisible());
    }
    void containsPhi_confirmationAndError_doNotOverlapTheirNeighbours()
    {
        // Without options the message is the longest one: type the name to confirm.
        const QString id = newProject(QStringLiteral("E6 with a name"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), {}, RegionCatalog());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // As small as it goes, so that the message wraps and there is no room to spare.
        const QSize smallest = dialog.minimumSize().expandedTo(dialog.minimumSizeHint());
        dialog.resize(smallest);
        QTRY_COMPARE(dialog.size(), smallest);
        child<QCheckBox>(&dialog, "containsPHI")->setChecked(true);
        QTRY_VERIFY(child<FieldErrorLabel>(&dialog, "containsPHIError")->isVisible());
        dialog.layout()->activate();
        QCoreApplication::processEvents();
        auto *error = child<FieldErrorLabel>(&dialog, "containsPHIError");
        auto *confirm = child<QLineEdit>(&dialog, "phiConfirmation");
        auto *executables = child<QLineEdit>(&dialog, "allowedExecutables");
        // The message wraps at this width; every line of it must get room.
        QVERIFY(error->heightForWidth(error->width()) > error->fontMetrics().height());
        QVERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(error->height())
                                .arg(error->heightForWidth(error->width()))));
        const QRect e = inDialog(error, &dialog);
        QVERIFY(!e.intersects(inDialog(confirm, &dialog)));
        QVERIFY(!e.intersects(inDialog(executables, &dialog)));
        QVERIFY(e.top() >= inDialog(confirm, &dialog).bottom());
        QVERIFY(e.bottom() < inDialog(executables, &dialog).top());
    }
    void billTo_everyOptionListed_thoseWithoutTheRegionDisabledWithReason()
    {
        const QString id = newProject(QStringLiteral("E7"), QStringLiteral("aws:ap-southeast-2"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        BillToPicker *picker = dialog.billToPicker();
        QComboBox *combo = picker->combo();
        QCOMPARE(combo->count(), BillToFixture::billToOptions().size());
        QCOMPARE(picker->currentBillTo(), QStringLiteral("user-alice"));
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model->item(comboRow(combo, QStringLiteral("org-genomics")))->isEnabled());
        const int clinical = comboRow(combo, QStringLiteral("org-clinical"));
        QVERIFY(!model->item(clinical)->isEnabled());
        QVERIFY(combo->itemData(clinical, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("does not permit aws:ap-southeast-2")));
        QVERIFY(!picker->setCurrentBillTo(QStringLiteral("org-clinical")));
        QVERIFY(child<QLabel>(&dialog, "billToUnavailable")
                    ->text()
                    .contains(QStringLiteral("org-clinical does not permit")));

        auto *map = child<WorldMapWidget>(&dialog, "regionMap");
        QVERIFY(map->isVisible());
        QVERIFY(!map->isSelectable());
        QCOMPARE(map->regions().size(), 1);
        QCOMPARE(map->currentRegion(), QStringLiteral("aws:ap-southeast-2"));
        QVERIFY(child<QLabel>(&dialog, "regionText")->text().contains(QStringLiteral("cannot")));
    }
    void billTo_change_warnsAboutEgressCountersAndSaves()
    {
        const QString id = newProject(QStringLiteral("E8"), QStringLiteral("aws:ap-southeast-2"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), BillToFixture::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        QVERIFY(!child<QLabel>(&dialog, "billToWarning")->isVisible());
        QVERIFY(dialog.billToPicker()->setCurrentBillTo(QStringLiteral("org-genomics")));
        QVERIFY(child<QLabel>(&dialog, "billToWarning")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "billToWarning")
                    ->text()
                    .contains(QStringLiteral("sponsored egress counters")));
        QVERIFY(child<QLabel>(&dialog, "diff")->text().contains(QStringLiteral("billTo")));
        QSignalSpy changed(&dialog, &EditProjectDialog::projectChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QCOMPARE(describe(id).value(QStringLiteral("billTo")).toString(),
                 QStringLiteral("org-genomics"));
    }
    void billTo_refusedByServer_errorBesidePickerAndInputKept()
    {
        // Options the server does not agree with: Clinical "permits" Sydney here.
        QList<BillToOption> stale = BillToFixture::billToOptions();
        for (BillToOption &o : stale) {
            if (o.id == QLatin1String("org-clinical"))
                o.permittedRegions << QStringLiteral("aws:ap-southeast-2");
        }
        const QString id = newProject(QStringLiteral("E9"), QStringLiteral("aws:ap-southeast-2"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), stale, RegionCatalog());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "summary"), QStringLiteral("kept"));
        QVERIFY(dialog.billToPicker()->setCurrentBillTo(QStringLiteral("org-clinical")));
        QSignalSpy refused(dialog.form(), &EditProjectForm::refused);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(refused.wait(5000));
        QVERIFY(dialog.isVisible());
        auto *error = child<FieldErrorLabel>(&dialog, "billToError");
        QVERIFY2(error->isVisible(), qPrintable(child<QLabel>(&dialog, "status")->text()));
        QVERIFY(error->text().contains(QStringLiteral("org-clinical")));
        QCOMPARE(dialog.billToPicker()->currentBillTo(), QStringLiteral("org-clinical"));
        QCOMPARE(child<QLineEdit>(&dialog, "summary")->text(), QStringLiteral("kept"));
        QCOMPARE(describe(id).value(QStringLiteral("billTo")).toString(),
                 QStringLiteral("user-alice"));
    }
};

QTEST_MAIN(TestEditProjectDialog)
#include "tst_editprojectdialog.moc"
