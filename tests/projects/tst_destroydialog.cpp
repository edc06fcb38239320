#include "models/projects/DestroyForm.h"
#include "tests/support/FormSandbox.h"
#include "ui/projects/DestroyDialog.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The destroy dialog against the sandbox: "Reference panels" is sponsored, "Tumour WGS
// cohort" has a running root execution, "London genomes" has neither.
class TestDestroyDialog : public QObject
{
    Q_OBJECT
    FormSandbox m_sandbox;

    template<typename T> static T *find(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

    bool exists(const QString &id)
    {
        return m_sandbox.call(id, QStringLiteral("describe"), {}).succeeded();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void confirmationProblem_exactNameOnly()
    {
        QVERIFY(
            DestroyForm::confirmationProblem(QStringLiteral("Ab"), QStringLiteral("Ab")).isEmpty());
        QVERIFY(!DestroyForm::confirmationProblem(QString(), QStringLiteral("Ab")).isEmpty());
        QVERIFY(DestroyForm::confirmationProblem(QStringLiteral("ab"), QStringLiteral("Ab"))
                    .contains(QLatin1String("case")));
        QVERIFY(DestroyForm::confirmationProblem(QStringLiteral("Ab "), QStringLiteral("Ab"))
                    .contains(QLatin1String("Spaces")));
        QVERIFY(
            !DestroyForm::confirmationProblem(QStringLiteral("A"), QStringLiteral("Ab")).isEmpty());
    }

    void open_showsWhatWillGo_okDisabledUntilNameTyped()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Tumour WGS cohort"));
        DestroyDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        dialog.show();
        const QString summary = find<QLabel>(&dialog, "summary")->text();
        QVERIFY(summary.contains(QLatin1String("3 members")));
        QVERIFY(summary.contains(QLatin1String("user-bob (CONTRIBUTE)")));
        QVERIFY(summary.contains(QLatin1String("<b>Objects</b></td><td>4<")));
        QVERIFY(find<QLabel>(&dialog, "irreversibleWarning")
                    ->text()
                    .contains(QLatin1String("cannot be undone")));
        auto *ok = find<QPushButton>(&dialog, "ok");
        auto *confirmation = find<QLineEdit>(&dialog, "confirmation");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(confirmation, QStringLiteral("tumour WGS cohort"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!find<FormNote>(&dialog, "confirmationError")->text().isEmpty());
        confirmation->clear();
        QTest::keyClicks(confirmation, QStringLiteral("Tumour WGS cohort"));
        QVERIFY(ok->isEnabled());
        QVERIFY(find<FormNote>(&dialog, "confirmationError")->text().isEmpty());
        QVERIFY(find<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QLatin1String("\"terminateJobs\": false")));
    }

    void typingTheName_movesNothingBelowIt()
    {
        // Issue 14 item 3: nothing said before a key is typed, and the mismatch line's room is
        // kept, so the buttons below do not move under the pointer.
        const QString id = m_sandbox.projectId(QStringLiteral("Tumour WGS cohort"));
        DestroyDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *confirmation = find<QLineEdit>(&dialog, "confirmation");
        auto *note = find<FormNote>(&dialog, "confirmationError");
        auto *preview = find<RequestPreview>(&dialog, "requestPreview");
        QVERIFY(note->text().isEmpty());
        QCoreApplication::processEvents();
        const int previewAt = preview->mapTo(&dialog, QPoint(0, 0)).y();
        QTest::keyClicks(confirmation, QStringLiteral("T"));
        QVERIFY(note->text().contains(QLatin1String("Does not match")));
        QCoreApplication::processEvents();
        QCOMPARE(preview->mapTo(&dialog, QPoint(0, 0)).y(), previewAt);
        QTest::keyClicks(confirmation, QStringLiteral("umour WGS cohort"));
        QVERIFY(note->text().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(preview->mapTo(&dialog, QPoint(0, 0)).y(), previewAt);
    }

    void runningJobs_refused_thenRetryWithTerminateJobs_destroys()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Tumour WGS cohort"));
        DestroyDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        QSignalSpy failed(dialog.form(), &DestroyForm::failed);
        QSignalSpy destroyed(&dialog, &DestroyDialog::projectDestroyed);
        dialog.show();
        QTest::keyClicks(find<QLineEdit>(&dialog, "confirmation"),
                         QStringLiteral("Tumour WGS cohort"));
        QTest::mouseClick(find<QPushButton>(&dialog, "ok"), Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.form()->refusal(), DestroyForm::Refusal::RunningJobs);
        QVERIFY(find<FormNote>(&dialog, "terminateJobsError")->isVisible());
        QVERIFY(find<QPushButton>(&dialog, "retryWithTerminateJobs")->isVisible());
        QCOMPARE(find<QLineEdit>(&dialog, "confirmation")->text(),
                 QStringLiteral("Tumour WGS cohort"));
        QVERIFY(exists(id));
        saveShot(&dialog, QStringLiteral("destroy-running-jobs"));
        QTest::mouseClick(find<QPushButton>(&dialog, "retryWithTerminateJobs"), Qt::LeftButton);
        QVERIFY(destroyed.wait(5000));
        QCOMPARE(destroyed.first().first().toString(), id);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!exists(id));
    }

    void sponsored_refused_endSponsorshipThenDestroy()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Reference panels"));
        DestroyDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        QSignalSpy failed(dialog.form(), &DestroyForm::failed);
        QSignalSpy ended(dialog.form(), &DestroyForm::sponsorshipEnded);
        QSignalSpy destroyed(&dialog, &DestroyDialog::projectDestroyed);
        dialog.show();
        QVERIFY(
            find<QLabel>(&dialog, "summary")->text().contains(QLatin1String("sponsored until")));
        QTest::keyClicks(find<QLineEdit>(&dialog, "confirmation"),
                         QStringLiteral("Reference panels"));
        QTest::mouseClick(find<QPushButton>(&dialog, "ok"), Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        QCOMPARE(dialog.form()->refusal(), DestroyForm::Refusal::Sponsored);
        QVERIFY(find<FormNote>(&dialog, "explanation")
                    ->text()
                    .contains(QLatin1String("end the storage sponsorship first")));
        QVERIFY(find<QPushButton>(&dialog, "endSponsorship")->isVisible());
        QCOMPARE(find<QLineEdit>(&dialog, "confirmation")->text(),
                 QStringLiteral("Reference panels"));
        saveShot(&dialog, QStringLiteral("destroy-sponsored"));
        QTest::mouseClick(find<QPushButton>(&dialog, "endSponsorship"), Qt::LeftButton);
        QVERIFY(ended.wait(5000));
        QVERIFY(!m_sandbox.describe(id).value(QLatin1String("sponsoredUntil")).isDouble());
        QTest::mouseClick(find<QPushButton>(&dialog, "ok"), Qt::LeftButton);
        QVERIFY(destroyed.wait(5000));
        QVERIFY(!exists(id));
    }

    void typedNameAndTerminateJobs_isValid()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Frankfurt RNA-seq"));
        DestroyDialog dialog(m_sandbox.as(QStringLiteral("user-bob")),
                             m_sandbox.describe(id, QStringLiteral("user-bob")));
        find<QCheckBox>(&dialog, "terminateJobs")->setChecked(true);
        QVERIFY(!dialog.form()->isValid());
        find<QLineEdit>(&dialog, "confirmation")->setText(QStringLiteral("Frankfurt RNA-seq"));
        QVERIFY(dialog.form()->isValid());
        QVERIFY(dialog.form()->terminateJobs());
        saveShot(&dialog, QStringLiteral("destroy-typed"));
    }
};

QTEST_MAIN(TestDestroyDialog)
#include "tst_destroydialog.moc"
