#include "CallRunner.h"
#include "EditProjectDialog.h"
#include "EditProjectForm.h"
#include "FieldErrorLabel.h"
#include "FormExamples.h"
#include "ProjectApi.h"
#include "RequestPreview.h"
#include "TestSandbox.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestEditProjectDialog : public QObject
{
    Q_OBJECT

    TestSandbox m_sandbox;

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    QJsonObject describe(const QString &id)
    {
        const CallOutcome d = runCall(ProjectApi(m_sandbox.admin()).describeProject(id));
        return d.result;
    }
    // A fresh project of Alice's, so that each test starts from a known state.
    QString newProject(const QString &name)
    {
        const CallOutcome c = runCall(
            ProjectApi(m_sandbox.admin()).newProject({ { QStringLiteral("name"), name } }));
        return c.result.value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void open_noChanges_saveDisabled()
    {
        const QString id = newProject(QStringLiteral("E0"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), FormExamples::billToOptions(),
                                 RegionCatalog());
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "name")->text(), QStringLiteral("E0"));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, "allowedExecutables")->text(), QStringLiteral("any"));
    }
    void emptyName_errorBesideNameAndSaveDisabled()
    {
        const QString id = newProject(QStringLiteral("E1"));
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), FormExamples::billToOptions(),
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
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), FormExamples::billToOptions(),
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
        EditProjectDialog dialog(m_sandbox.admin(), describe(id), FormExamples::billToOptions(),
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
};

QTEST_MAIN(TestEditProjectDialog)
#include "tst_editprojectdialog.moc"
