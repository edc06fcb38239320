#include "api/ProjectApi.h"
#include "models/projects/NewProjectForm.h"
#include "models/regions/BillToRules.h"
#include "models/regions/RegionListModel.h"
#include "tests/projects/BillToFixture.h"
#include "tests/support/CallRunner.h"
#include "tests/support/LaptopScreen.h"
#include "tests/support/TestSandbox.h"
#include "tests/support/WidgetLookup.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/PropertiesTable.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/RegionPicker.h"
#include "ui/regions/WorldMapWidget.h"
#include "ui/widgets/FieldErrorLabel.h"
#include "ui/widgets/RequestPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestNewProjectDialog : public QObject
{
    Q_OBJECT

    TestSandbox m_sandbox;

    static void chooseRegion(NewProjectDialog *dialog, const QString &region)
    {
        QVERIFY2(dialog->regionPicker()->setCurrentRegion(region), qPrintable(region));
    }
    static void chooseBillTo(NewProjectDialog *dialog, const QString &billTo)
    {
        QVERIFY2(dialog->billToPicker()->setCurrentBillTo(billTo), qPrintable(billTo));
    }
    static QStringList enabledRegions(NewProjectDialog *dialog)
    {
        QStringList out;
        for (const RegionChoice &c : dialog->regionPicker()->model()->regions()) {
            if (c.enabled)
                out << c.info.id;
        }
        return out;
    }
    static BillToOption option(const QString &id)
    {
        for (const BillToOption &o : BillToFixture::billToOptions()) {
            if (o.id == id)
                return o;
        }
        return {};
    }
    // A key typed where the keyboard focus is, as a user would.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }
    // Tab until `target` has the focus; false after `limit` presses.
    static bool tabTo(QWidget *target, int limit = 40)
    {
        for (int i = 0; i < limit && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void escape_withTypedInput_asks_keepEditingLosesNothing()
    {
        // Issue 14 item 10: Escape or Cancel on a typed form asks first.
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        bool asked = false;
        QTest::keyClick(&dialog, Qt::Key_Escape); // nothing typed: closes at once
        QVERIFY(!dialog.isVisible());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Keep me"));
        answerModal("discardChanges", "keepEditing", &asked);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Keep me"));
        answerModal("discardChanges", "discard", &asked);
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(!dialog.isVisible());
    }

    void mnemonics_focusTheirFields()
    {
        // Issue 14 item 7: every underlined Alt shortcut reaches its field.
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QList<QPair<Qt::Key, QWidget *>> keys {
            { Qt::Key_S, child<QWidget>(&dialog, "summary") },
            { Qt::Key_D, child<QWidget>(&dialog, "description") },
            { Qt::Key_T, child<QWidget>(&dialog, "tags") },
            { Qt::Key_P, child<QWidget>(&dialog, "propertiesTable") },
            { Qt::Key_N, child<QWidget>(&dialog, "name") },
        };
        const QString missed = missedMnemonic(&dialog, keys);
        QVERIFY2(missed.isEmpty(), qPrintable(missed));
    }

    void new_okDisabledUntilNameTyped()
    {
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *name = child<QLineEdit>(&dialog, "name");
        auto *nameError = child<FieldErrorLabel>(&dialog, "nameError");
        auto *summary = child<QLineEdit>(&dialog, "summary");
        QVERIFY(!ok->isEnabled());
        QVERIFY(ok->toolTip().contains(QStringLiteral("name"))); // says why Create is disabled
        // Issue 14 item 3: no "required" message on a field nobody has left yet, and the
        // error line's room is kept, so nothing below moves when a message comes or goes.
        QVERIFY(nameError->text().isEmpty());
        const QRect summaryAt = summary->geometry();
        QTest::keyClicks(name, QStringLiteral("Abc"));
        QVERIFY(ok->isEnabled());
        QVERIFY(nameError->text().isEmpty());
        name->insert(QString(QChar(0x07)));
        QVERIFY(!ok->isEnabled());
        QVERIFY(nameError->text().contains(QStringLiteral("U+0007"))); // typed: shown at once
        QCoreApplication::processEvents();
        QCOMPARE(summary->geometry(), summaryAt);
        name->clear();
        QVERIFY(nameError->text().isEmpty()); // empty, but not left yet
        Q_EMIT name->editingFinished(); // leaving the field (Tab, a click elsewhere)
        QVERIFY(!nameError->text().isEmpty());
        QVERIFY(nameError->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(summary->geometry(), summaryAt);
    }
    void billToAtSpendingLimit_listedDisabledWithTheReason()
    {
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        QVERIFY(!dialog.billToPicker()->setCurrentBillTo(QStringLiteral("org-eurolab")));
        auto *unavailable = child<QLabel>(&dialog, "billToUnavailable");
        QVERIFY(unavailable->isVisible());
        QVERIFY(
            unavailable->text().contains(QStringLiteral("org-eurolab has reached its spending")));
        QCOMPARE(dialog.form()->billTo(), QStringLiteral("user-alice"));
    }
    void onlyBillToAtSpendingLimit_explainedBesidePickerAndOkDisabled()
    {
        QJsonObject user { { QStringLiteral("id"), QStringLiteral("user-alice") },
                           { QStringLiteral("class"), QStringLiteral("user") },
                           { QStringLiteral("billTo"), QStringLiteral("user-alice") },
                           { QStringLiteral("atSpendingLimit"), true },
                           { QStringLiteral("permittedRegions"),
                             QJsonArray { QStringLiteral("aws:us-east-1") } } };
        NewProjectDialog dialog(m_sandbox.admin(), BillToRules::options(user, {}), RegionCatalog());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Abc"));
        QCOMPARE(dialog.form()->billTo(), QStringLiteral("user-alice"));
        auto *error = child<FieldErrorLabel>(&dialog, "billToError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("spending limit")),
                 qPrintable(error->text()));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void containsPhi_onBillToWithoutPhi_saysBillToIsMissing()
    {
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Abc"));
        chooseBillTo(&dialog, QStringLiteral("org-genomics"));
        child<QCheckBox>(&dialog, "containsPHI")->setChecked(true);
        QVERIFY(child<FieldErrorLabel>(&dialog, "containsPHIError")
                    ->text()
                    .contains(QStringLiteral("org-genomics")));
        chooseBillTo(&dialog, QStringLiteral("org-clinical"));
        QVERIFY(!child<FieldErrorLabel>(&dialog, "containsPHIError")->isVisible());
    }
    void submit_success_createsProjectAsTyped()
    {
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Dialog made"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "summary"), QStringLiteral("from a test"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "tags"), QStringLiteral("t1, t2, t1"));
        child<QCheckBox>(&dialog, "restricted")->setChecked(true);
        chooseBillTo(&dialog, QStringLiteral("org-genomics"));
        chooseRegion(&dialog, QStringLiteral("aws:eu-central-1"));
        QVERIFY(child<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QStringLiteral("\"aws:eu-central-1\"")));
        QSignalSpy created(&dialog, &NewProjectDialog::projectCreated);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(created.wait(5000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QString id = created.first().first().toString();
        const CallOutcome d = runCall(ProjectApi(m_sandbox.admin()).describeProject(id));
        QVERIFY(d.succeeded());
        QCOMPARE(d.result.value(QStringLiteral("name")).toString(), QStringLiteral("Dialog made"));
        QCOMPARE(d.result.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("from a test"));
        QCOMPARE(d.result.value(QStringLiteral("billTo")).toString(),
                 QStringLiteral("org-genomics"));
        QCOMPARE(d.result.value(QStringLiteral("region")).toString(),
                 QStringLiteral("aws:eu-central-1"));
        QCOMPARE(d.result.value(QStringLiteral("restricted")).toBool(), true);
        QCOMPARE(d.result.value(QStringLiteral("tags")).toArray().size(), 2);
    }
    void submit_refusedRegion_staysOpenWithInputAndErrorBesideRegion()
    {
        // Options the server no longer agrees with: Genomics "permits" Azure West US here.
        QList<BillToOption> stale = BillToFixture::billToOptions();
        for (BillToOption &o : stale) {
            if (o.id == QLatin1String("org-genomics"))
                o.permittedRegions << QStringLiteral("azure:westus");
        }
        NewProjectDialog dialog(m_sandbox.admin(), stale, RegionCatalog());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Refused one"));
        chooseBillTo(&dialog, QStringLiteral("org-genomics"));
        chooseRegion(&dialog, QStringLiteral("azure:westus"));
        QCOMPARE(dialog.form()->region(), QStringLiteral("azure:westus"));
        QSignalSpy refused(dialog.form(), &NewProjectForm::refused);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(refused.wait(5000));
        QVERIFY(dialog.isVisible());
        auto *regionError = child<FieldErrorLabel>(&dialog, "regionError");
        QVERIFY(regionError->isVisible());
        QVERIFY2(regionError->text().contains(QStringLiteral("permittedRegions")),
                 qPrintable(regionError->text()));
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Refused one"));
        QCOMPARE(dialog.billToPicker()->currentBillTo(), QStringLiteral("org-genomics"));
        QCOMPARE(dialog.regionPicker()->currentRegion(), QStringLiteral("azure:westus"));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        chooseRegion(&dialog, QStringLiteral("aws:us-east-1"));
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void noAccounts_saysTheDefaultsAreUsed()
    {
        NewProjectDialog dialog(m_sandbox.admin(), {}, RegionCatalog());
        dialog.show();
        QVERIFY(child<QLabel>(&dialog, "noAccounts")->isVisible());
        QVERIFY(!dialog.billToPicker()->isVisible());
        QVERIFY(!dialog.regionPicker()->isVisible());
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("Defaults"));
        QVERIFY(dialog.form()->billTo().isEmpty());
        QVERIFY(dialog.form()->region().isEmpty());
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void changingBillTo_updatesTheRegionPickerAtOnce_data()
    {
        QTest::addColumn<QString>("billTo");
        QTest::newRow("genomics") << QStringLiteral("org-genomics");
        QTest::newRow("clinical") << QStringLiteral("org-clinical");
        QTest::newRow("alice") << QStringLiteral("user-alice");
    }
    void changingBillTo_updatesTheRegionPickerAtOnce()
    {
        QFETCH(QString, billTo);
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        // Start elsewhere, so that every row is a change.
        chooseBillTo(&dialog,
                     billTo == QLatin1String("org-clinical") ? QStringLiteral("org-genomics")
                                                             : QStringLiteral("org-clinical"));
        chooseBillTo(&dialog, billTo);
        const BillToOption o = option(billTo);
        QStringList permitted = o.permittedRegions;
        QStringList enabled = enabledRegions(&dialog);
        permitted.sort();
        enabled.sort();
        QCOMPARE(enabled, permitted);
        QCOMPARE(dialog.regionPicker()->currentRegion(), o.defaultRegion);
        QCOMPARE(dialog.form()->billTo(), billTo);
        QCOMPARE(dialog.form()->region(), o.defaultRegion);
        QVERIFY(child<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QStringLiteral("\"%1\"").arg(o.defaultRegion)));
    }
    void keyboardOnly_choosesBillToAndAPermittedRegion()
    {
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), RegionCatalog());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "name"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Typed only"));

        // Tab from the name to the billTo, then the next option: Genomics Core.
        QVERIFY(tabTo(dialog.billToPicker()->combo()));
        QCOMPARE(dialog.form()->billTo(), QStringLiteral("user-alice"));
        press(Qt::Key_Down);
        QCOMPARE(dialog.form()->billTo(), QStringLiteral("org-genomics"));
        QCOMPARE(dialog.form()->region(), QStringLiteral("aws:us-east-1"));
        const QStringList permitted = option(QStringLiteral("org-genomics")).permittedRegions;

        // On to the list of regions; no key reaches a greyed region.
        QListView *list = dialog.regionPicker()->list();
        QVERIFY(tabTo(list));
        press(Qt::Key_Down);
        QCOMPARE(dialog.form()->region(), QStringLiteral("aws:eu-central-1"));
        QStringList reached;
        for (Qt::Key key : { Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down,
                             Qt::Key_PageDown, Qt::Key_End, Qt::Key_Up, Qt::Key_Home }) {
            press(key);
            reached << dialog.form()->region();
            QVERIFY2(permitted.contains(dialog.form()->region()),
                     qPrintable(dialog.form()->region()));
        }
        QVERIFY(!reached.contains(QStringLiteral("azure:westus")));
        QCOMPARE(dialog.form()->region(), QStringLiteral("aws:us-east-1"));

        // Back to the map: arrows and Enter choose a pin, never a grey one.
        press(Qt::Key_Backtab);
        auto *map = dialog.regionPicker()->map();
        QCOMPARE(QApplication::focusWidget(), map);
        for (Qt::Key key : { Qt::Key_Right, Qt::Key_Right, Qt::Key_Up, Qt::Key_Left }) {
            press(key);
            QVERIFY2(permitted.contains(map->focusedRegion()), qPrintable(map->focusedRegion()));
        }
        const QString focused = map->focusedRegion();
        press(Qt::Key_Return);
        QCOMPARE(dialog.form()->region(), focused);
        QCOMPARE(dialog.regionPicker()->currentRegion(), focused);
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
        QVERIFY(dialog.isVisible()); // Enter on a pin chooses it, it does not submit
    }
    void containsPhi_greysRegionsWithoutPhiAndMovesTheChoice()
    {
        RegionCatalog catalog;
        catalog.setPhiSupport(QStringLiteral("aws:eu-central-1"), false);
        NewProjectDialog dialog(m_sandbox.admin(), BillToFixture::billToOptions(), catalog);
        dialog.show();
        chooseBillTo(&dialog, QStringLiteral("org-genomics"));
        chooseRegion(&dialog, QStringLiteral("aws:eu-central-1"));
        child<QCheckBox>(&dialog, "containsPHI")->setChecked(true);
        QVERIFY(!enabledRegions(&dialog).contains(QStringLiteral("aws:eu-central-1")));
        QCOMPARE(dialog.form()->region(), QStringLiteral("aws:us-east-1"));
        QVERIFY(child<FieldErrorLabel>(&dialog, "containsPHIError")->isVisible());
        child<QCheckBox>(&dialog, "containsPHI")->setChecked(false);
        QVERIFY(enabledRegions(&dialog).contains(QStringLiteral("aws:eu-central-1")));
        QCOMPARE(dialog.form()->region(), QStringLiteral("aws:us-east-1"));
    }
    void filledIn_genomicsInFrankfurt_fitsTheScreen()
    {
        // Alice's accounts as the sandbox describes them, with prices: the tallest the pickers get.
        QList<QJsonObject> orgs;
        for (const char *org : { "org-genomics", "org-clinical", "org-eurolab", "org-partners" })
            orgs << m_sandbox.call(QLatin1String(org), QStringLiteral("describe"), {}).result;
        const QList<BillToOption> options = BillToRules::options(
            m_sandbox.call(QStringLiteral("user-alice"), QStringLiteral("describe"), {}).result,
            orgs);
        QVERIFY(options.at(1).hasPricing());
        NewProjectDialog dialog(m_sandbox.admin(), options, RegionCatalog());
        dialog.show(); // first, as a user sees it: the choice then changes what the pickers show
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("RNA-seq pilot 2024"));
        child<QLineEdit>(&dialog, "summary")
            ->setText(QStringLiteral("Bulk RNA-seq of 48 liver biopsies, pilot batch"));
        child<QPlainTextEdit>(&dialog, "description")
            ->setPlainText(QStringLiteral("FASTQ from the sequencing core; STAR alignments."));
        child<QCheckBox>(&dialog, "protected")->setChecked(true);
        child<QLineEdit>(&dialog, "tags")->setText(QStringLiteral("rna-seq, pilot, liver"));
        child<PropertiesTable>(&dialog, "properties")
            ->setRows({ { QStringLiteral("study"), QStringLiteral("ST-221") },
                        { QStringLiteral("cost-centre"), QStringLiteral("CC-4410") } });
        chooseBillTo(&dialog, QStringLiteral("org-genomics"));
        chooseRegion(&dialog, QStringLiteral("aws:eu-central-1"));
        QCOMPARE(dialog.form()->billTo(), QStringLiteral("org-genomics"));
        QCOMPARE(dialog.form()->region(), QStringLiteral("aws:eu-central-1"));
        QVERIFY(dialog.form()->isValid());
        // A 1600x1000 screen less the window frame and a panel, with the errors showing too.
        child<QCheckBox>(&dialog, "containsPHI")->setChecked(true);
        QCoreApplication::processEvents();
        QVERIFY2(dialog.width() <= 1560 && dialog.height() <= 920,
                 qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
        // No wrapped text is cut: every label has the height its lines need.
        const auto labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
            const QRect at = label->geometry();
            const auto siblings = label->parentWidget()->findChildren<QWidget *>(
                QString(), Qt::FindDirectChildrenOnly);
            for (QWidget *other : siblings) {
                QVERIFY2(other == label || !other->isVisible() || !other->geometry().intersects(at),
                         qPrintable(label->objectName() + QStringLiteral(" overlaps ")
                                    + other->objectName()));
            }
        }
    }
};

// On a laptop's screen: the two columns side by side at the width they are laid out for.
int main(int argc, char **argv)
{
    return runOnLaptopScreen<TestNewProjectDialog>(argc, argv);
}
#include "tst_newprojectdialog.moc"
