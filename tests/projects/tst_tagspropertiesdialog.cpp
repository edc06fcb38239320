#include "api/ApiClient.h"
#include "api/ProjectApi.h"
#include "models/projects/TagsPropertiesForm.h"
#include "tests/support/CallRunner.h"
#include "tests/support/TestSandbox.h"
#include "tests/support/WidgetLookup.h"
#include "ui/projects/TagsPropertiesDialog.h"
#include "ui/widgets/FieldErrorLabel.h"
#include "ui/widgets/RequestPreview.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

class TestTagsPropertiesDialog : public QObject
{
    Q_OBJECT

    TestSandbox m_sandbox;

    QJsonObject describe(const QString &id)
    {
        return runCall(ProjectApi(m_sandbox.admin())
                           .describeProject(id,
                                            { { QStringLiteral("name"), true },
                                              { QStringLiteral("tags"), true },
                                              { QStringLiteral("properties"), true } }))
            .result;
    }
    QString newProject(const QString &name)
    {
        const QJsonObject in {
            { QStringLiteral("name"), name },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } },
            { QStringLiteral("properties"),
              QJsonObject { { QStringLiteral("k1"), QStringLiteral("v1") },
                            { QStringLiteral("k2"), QStringLiteral("v2") } } },
        };
        return runCall(ProjectApi(m_sandbox.admin()).newProject(in))
            .result.value(QStringLiteral("id"))
            .toString();
    }
    static void addTag(QWidget *dialog, const QString &tag)
    {
        QTest::keyClicks(child<QLineEdit>(dialog, "newTag"), tag);
        QTest::mouseClick(child<QPushButton>(dialog, "addTag"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void open_showsTagsAndProperties_applyDisabled()
    {
        const QString id = newProject(QStringLiteral("T0"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        QCOMPARE(child<QListWidget>(&dialog, "tagList")->count(), 2);
        QCOMPARE(child<QTableWidget>(&dialog, "propertiesTable")->rowCount(), 2);
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void emptyTag_isRefusedInline_duplicateIgnored()
    {
        const QString id = newProject(QStringLiteral("T1"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        addTag(&dialog, QStringLiteral("   "));
        QVERIFY(!child<FieldErrorLabel>(&dialog, "tagsError")->text().isEmpty());
        child<QLineEdit>(&dialog, "newTag")->clear();
        addTag(&dialog, QStringLiteral("a"));
        QCOMPARE(child<QListWidget>(&dialog, "tagList")->count(), 2);
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void duplicatePropertyName_disablesApply()
    {
        const QString id = newProject(QStringLiteral("T2"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        child<QTableWidget>(&dialog, "propertiesTable")->item(1, 0)->setText(QStringLiteral("k1"));
        QVERIFY(!child<FieldErrorLabel>(&dialog, "propertiesError")->text().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    }
    void anAddedRow_isNotReproachedUntilTheTableIsLeft_andNothingMoves()
    {
        // Issue 14 item 3: a row just added has no name yet; that is said once the user
        // leaves the table, and the error line's room is kept.
        const QString id = newProject(QStringLiteral("T2b"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *error = child<FieldErrorLabel>(&dialog, "propertiesError");
        auto *diff = child<QLabel>(&dialog, "diff");
        QCoreApplication::processEvents();
        const int diffAt = diff->mapTo(&dialog, QPoint(0, 0)).y();
        QTest::mouseClick(child<QPushButton>(&dialog, "propertiesAdd"), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(&dialog, "propertiesTable")->rowCount(), 3);
        QVERIFY(error->text().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        child<QLineEdit>(&dialog, "newTag")->setFocus(); // the user moves on
        QTRY_VERIFY(error->text().contains(QLatin1String("must not be empty")));
        QCoreApplication::processEvents();
        QCOMPARE(diff->mapTo(&dialog, QPoint(0, 0)).y(), diffAt);
    }
    void apply_success_sendsTagsAndPropertiesDiff()
    {
        const QString id = newProject(QStringLiteral("T3"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        addTag(&dialog, QStringLiteral("c"));
        auto *tags = child<QListWidget>(&dialog, "tagList");
        tags->findItems(QStringLiteral("b"), Qt::MatchExactly).first()->setSelected(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeTag"), Qt::LeftButton);
        auto *table = child<QTableWidget>(&dialog, "propertiesTable");
        table->item(0, 1)->setText(QStringLiteral("v1b")); // k1 (rows sorted by key)
        table->selectRow(1);
        QTest::mouseClick(child<QPushButton>(&dialog, "propertiesRemove"), Qt::LeftButton);
        const QString preview = child<RequestPreview>(&dialog, "requestPreview")->text();
        QVERIFY(preview.contains(QStringLiteral("/addTags")));
        QVERIFY(preview.contains(QStringLiteral("/removeTags")));
        QVERIFY(preview.contains(QStringLiteral("\"k2\": null")));
        QVERIFY(child<QLabel>(&dialog, "diff")->text().contains(QStringLiteral("removed")));
        QSignalSpy changed(&dialog, &TagsPropertiesDialog::projectChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        const QJsonObject d = describe(id);
        QCOMPARE(d.value(QStringLiteral("tags")).toArray(),
                 QJsonArray({ QStringLiteral("a"), QStringLiteral("c") }));
        QCOMPARE(d.value(QStringLiteral("properties")).toObject(),
                 QJsonObject({ { QStringLiteral("k1"), QStringLiteral("v1b") } }));
    }
    void removeAll_describesThenShowsDiffBeforeApplying()
    {
        const QString id = newProject(QStringLiteral("T4"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        // A property added on the server after the dialog opened goes too.
        QVERIFY(runCall(ProjectApi(m_sandbox.admin())
                            .setProperties(id, { { QStringLiteral("late"), QStringLiteral("x") } }))
                    .succeeded());
        QTest::mouseClick(child<QPushButton>(&dialog, "removeAllProperties"), Qt::LeftButton);
        QVERIFY(dialog.form()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.form()->isBusy(), 5000);
        // Staged only: the diff names every key of the server, nothing has been sent yet.
        const QString diff = child<QLabel>(&dialog, "diff")->text();
        QVERIFY2(diff.contains(QStringLiteral("late: \"x\" -> removed")), qPrintable(diff));
        QVERIFY(child<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QStringLiteral("\"late\": null")));
        QVERIFY(!describe(id).value(QStringLiteral("properties")).toObject().isEmpty());
        QVERIFY(child<QTableWidget>(&dialog, "propertiesTable")->rowCount() == 0);

        QSignalSpy changed(&dialog, &TagsPropertiesDialog::projectChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QVERIFY(describe(id).value(QStringLiteral("properties")).toObject().isEmpty());
    }
    void enterInAField_addsToThatFieldOnly_neverApplies()
    {
        // Issue 14 item 8: Enter in "New tag" (and in a property cell) adds to that field; it
        // never presses Apply, which stays the explicit button after the diff.
        const QString id = newProject(QStringLiteral("T-enter"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy applied(dialog.form(), &TagsPropertiesForm::applied);
        int attempts = 0;
        connect(m_sandbox.admin(), &ApiClient::attempt, &dialog, [&attempts] { ++attempts; });
        auto *table = child<QTableWidget>(&dialog, "propertiesTable");
        table->setFocus();
        table->setCurrentCell(0, 1);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClicks(editor, QStringLiteral("changed"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(50); // the delegate commits from the event loop
        auto *newTag = child<QLineEdit>(&dialog, "newTag");
        newTag->setFocus();
        QTest::keyClicks(newTag, QStringLiteral("fresh"));
        QTest::keyClick(newTag, Qt::Key_Return);
        QTest::qWait(50);
        QVERIFY(dialog.isVisible());
        QCOMPARE(applied.count(), 0);
        QCOMPARE(attempts, 0);
        QVERIFY(dialog.form()->tags().contains(QStringLiteral("fresh")));
        QVERIFY(newTag->text().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "diff")->text().contains(QStringLiteral("fresh")));
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled()); // still the way to apply
    }

    void cancel_withChanges_asks_discardCloses()
    {
        // Issue 14 item 10: closing with a pending diff asks; "Keep editing" keeps the diff.
        const QString id = newProject(QStringLiteral("T-cancel"));
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        addTag(&dialog, QStringLiteral("pending"));
        QVERIFY(dialog.form()->hasChanges());
        bool asked = false;
        answerModal("discardChanges", "keepEditing", &asked);
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.form()->tags().contains(QStringLiteral("pending")));
        answerModal("discardChanges", "discard", &asked);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!describe(id)
                     .value(QStringLiteral("tags"))
                     .toArray()
                     .contains(QStringLiteral("pending"))); // nothing was sent
    }

    void apply_refused_staysOpenWithInput()
    {
        // Alice only has VIEW on Carol's sandbox: addTags needs CONTRIBUTE.
        const CallOutcome found = runCall(
            ProjectApi(m_sandbox.admin())
                .findProjects({ { QStringLiteral("name"), QStringLiteral("Carol's sandbox") },
                                { QStringLiteral("level"), QStringLiteral("VIEW") } }));
        const QString id = found.result.value(QStringLiteral("results"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        TagsPropertiesDialog dialog(m_sandbox.admin(), describe(id));
        dialog.show();
        addTag(&dialog, QStringLiteral("mine"));
        QSignalSpy refused(dialog.form(), &TagsPropertiesForm::refused);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QVERIFY(refused.wait(5000));
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QListWidget>(&dialog, "tagList")
                     ->findItems(QStringLiteral("mine"), Qt::MatchExactly)
                     .isEmpty());
        QVERIFY(child<QLabel>(&dialog, "status")->text().contains(QStringLiteral("CONTRIBUTE")));
        QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled()); // may try again
    }
};

QTEST_MAIN(TestTagsPropertiesDialog)
#include "tst_tagspropertiesdialog.moc"
