#include "models/projects/SponsorshipForm.h"
#include "tests/support/FakeNetworkAccessManager.h"
#include "tests/support/FormSandbox.h"
#include "tests/support/WidgetLookup.h"
#include "ui/projects/SponsorshipDialog.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

// The sponsorship dialog against the sandbox: "Reference panels" is billed to and sponsored by
// alice (500 GiB of egress, 12 GiB consumed); "Bob's scratch" is billed to bob, whose billTo
// has no data sponsorship features.
class TestSponsorshipDialog : public QObject
{
    Q_OBJECT
    FormSandbox m_sandbox;

    template<typename T> static T *find(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    // What a user picks: sponsor storage until the end of next year and 2 TB of egress.
    static void sponsorUntilNextYearWith2Tb(SponsorshipDialog *dialog)
    {
        find<QRadioButton>(dialog, "untilSet")->setChecked(true);
        const QDate endOfNextYear(QDate::currentDate().year() + 1, 12, 31);
        find<QDateTimeEdit>(dialog, "sponsoredUntil")
            ->setDateTime(QDateTime(endOfNextYear, QTime(18, 0)));
        find<QCheckBox>(dialog, "egressEnabled")->setChecked(true);
        find<QLineEdit>(dialog, "egressAmount")->setText(QStringLiteral("2"));
        find<QComboBox>(dialog, "egressUnit")->setCurrentText(QStringLiteral("TB"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void open_showsCurrentValuesAndConsumedBytes()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Reference panels"));
        SponsorshipDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        QCOMPARE(find<QLineEdit>(&dialog, "egressAmount")->text(), QStringLiteral("500"));
        QCOMPARE(find<QComboBox>(&dialog, "egressUnit")->currentText(), QStringLiteral("GiB"));
        QVERIFY(find<QLabel>(&dialog, "currentEgress")
                    ->text()
                    .contains(QLatin1String("12,884,901,888")));
        QVERIFY(find<QLabel>(&dialog, "currentSponsorship")
                    ->text()
                    .startsWith(QLatin1String("Sponsored until")));
        QVERIFY(find<QRadioButton>(&dialog, "untilKeep")->isChecked());
        // Nothing chosen yet: nothing to send.
        QVERIFY(!find<QPushButton>(&dialog, "ok")->isEnabled());
    }

    void escape_withAChoice_asks_keepEditingLosesNothing()
    {
        // Issue 14 item 10: closing a form with a chosen change asks first.
        const QString id = m_sandbox.projectId(QStringLiteral("Reference panels"));
        SponsorshipDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape); // nothing chosen: closes at once
        QVERIFY(!dialog.isVisible());
        dialog.show();
        sponsorUntilNextYearWith2Tb(&dialog);
        bool asked = false;
        answerModal("discardChanges", "keepEditing", &asked);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(find<QLineEdit>(&dialog, "egressAmount")->text(), QStringLiteral("2"));
        answerModal("discardChanges", "discard", &asked);
        dialog.close(); // the window's close button
        QVERIFY(asked);
        QVERIFY(!dialog.isVisible());
    }

    void anEmptyAmount_isNotReproachedUntilLeft_andTheErrorLineKeepsItsRoom()
    {
        // Issue 14 item 3: no "enter an amount" on a field nobody has left; no jump below.
        const QString id = m_sandbox.projectId(QStringLiteral("Reference panels"));
        SponsorshipDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *amount = find<QLineEdit>(&dialog, "egressAmount");
        auto *error = find<FormNote>(&dialog, "egressError");
        auto *preview = find<RequestPreview>(&dialog, "requestPreview");
        find<QCheckBox>(&dialog, "egressEnabled")->setChecked(true);
        QCoreApplication::processEvents();
        const int previewAt = preview->mapTo(&dialog, QPoint(0, 0)).y();
        amount->clear();
        QVERIFY(!dialog.form()->isValid());
        QVERIFY(error->text().isEmpty()); // empty, but not left yet
        QVERIFY(error->isVisible()); // its line is kept
        QVERIFY(error->height() >= error->fontMetrics().lineSpacing());
        QCoreApplication::processEvents();
        QCOMPARE(preview->mapTo(&dialog, QPoint(0, 0)).y(), previewAt);
        Q_EMIT amount->editingFinished(); // leaving the field (Tab, a click elsewhere)
        QVERIFY(error->text().contains(QLatin1String("enter an amount")));
        QCoreApplication::processEvents();
        QCOMPARE(preview->mapTo(&dialog, QPoint(0, 0)).y(), previewAt);
    }

    void typing_checksBytesAsYouType_andWarns()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Reference panels"));
        SponsorshipDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        dialog.show();
        auto *amount = find<QLineEdit>(&dialog, "egressAmount");
        auto *ok = find<QPushButton>(&dialog, "ok");
        find<QCheckBox>(&dialog, "egressEnabled")->setChecked(true);
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1.5"));
        find<QComboBox>(&dialog, "egressUnit")->setCurrentText(QStringLiteral("B"));
        QVERIFY(find<FormNote>(&dialog, "egressError")->isVisible());
        QVERIFY(
            find<FormNote>(&dialog, "egressError")->text().contains(QLatin1String("whole number")));
        QVERIFY(!ok->isEnabled());
        find<QComboBox>(&dialog, "egressUnit")->setCurrentText(QStringLiteral("GB"));
        QVERIFY(find<FormNote>(&dialog, "egressError")->text().isEmpty());
        QVERIFY(ok->isEnabled());
        // 1.5 GB is below the 12 GiB consumed, and replaces the 500 GiB total.
        const QString warning = find<FormNote>(&dialog, "egressWarning")->text();
        QVERIFY(warning.contains(QLatin1String("does not add")));
        QVERIFY(warning.contains(QLatin1String("ends at once")));
        QCOMPARE(
            dialog.form()->request().value(QLatin1String("totalSponsoredEgressBytes")).toDouble(),
            1.5e9);
        QVERIFY(find<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QLatin1String("1500000000")));
        saveShot(&dialog, QStringLiteral("sponsorship-warnings"));
    }

    void submit_setsEgressAndEndsSponsorship_onTheServer()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Reference panels"));
        SponsorshipDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        QSignalSpy changed(&dialog, &SponsorshipDialog::projectChanged);
        dialog.show();
        find<QCheckBox>(&dialog, "egressEnabled")->setChecked(true);
        auto *amount = find<QLineEdit>(&dialog, "egressAmount");
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("2"));
        find<QComboBox>(&dialog, "egressUnit")->setCurrentText(QStringLiteral("TB"));
        find<QRadioButton>(&dialog, "untilEndNow")->setChecked(true);
        QVERIFY(find<FormNote>(&dialog, "untilWarning")->isVisible());
        QCOMPARE(dialog.form()->request().value(QLatin1String("sponsoredUntil")),
                 QJsonValue(QJsonValue::Null));
        QTest::mouseClick(find<QPushButton>(&dialog, "ok"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QJsonObject after = m_sandbox.describe(id);
        QCOMPARE(after.value(QLatin1String("totalSponsoredEgressBytes")).toDouble(), 2e12);
        QVERIFY(!after.value(QLatin1String("sponsoredUntil")).isDouble());
    }

    void refusal_permissionDenied_shownBesideTheTime_inputKept()
    {
        const QString id
            = m_sandbox.projectId(QStringLiteral("Bob's scratch"), QStringLiteral("user-bob"));
        ApiClient *bob = m_sandbox.as(QStringLiteral("user-bob"));
        SponsorshipDialog dialog(bob, m_sandbox.describe(id, QStringLiteral("user-bob")));
        QSignalSpy failed(dialog.form(), &SponsorshipForm::failed);
        dialog.show();
        find<QRadioButton>(&dialog, "untilSet")->setChecked(true);
        const QDateTime until = QDateTime::currentDateTime().addMonths(6);
        find<QDateTimeEdit>(&dialog, "sponsoredUntil")->setDateTime(until);
        find<QCheckBox>(&dialog, "egressEnabled")->setChecked(true);
        auto *amount = find<QLineEdit>(&dialog, "egressAmount");
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("750"));
        QTest::mouseClick(find<QPushButton>(&dialog, "ok"), Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);
        QVERIFY2(find<FormNote>(&dialog, "untilError")->isVisible(),
                 qPrintable(dialog.form()->serverError().message));
        QVERIFY(find<FormNote>(&dialog, "untilError")
                    ->text()
                    .contains(QLatin1String("sponsorship features")));
        QVERIFY(
            find<FormNote>(&dialog, "explanation")->text().contains(QLatin1String("ADMINISTER")));
        QCOMPARE(amount->text(), QStringLiteral("750"));
        QVERIFY(find<QRadioButton>(&dialog, "untilSet")->isChecked());
        QVERIFY(find<QPushButton>(&dialog, "ok")->isEnabled());
        saveShot(&dialog, QStringLiteral("sponsorship-permission-denied"));
    }

    void refusal_alreadySponsored_listsTheObjects()
    {
        FakeNetworkAccessManager nam;
        const QString id = QStringLiteral("project-B0000000000000000000000A");
        const QJsonArray already {
            QJsonObject { { "id", "file-Bq0000000000000000000001" },
                          { "project", "project-Bq00000000000000000000P1" } },
            QJsonObject { { "id", "file-Bq0000000000000000000002" },
                          { "project", "project-Bq00000000000000000000P2" } }
        };
        nam.onRoute(QLatin1Char('/') + id + QStringLiteral("/updateSponsorship"),
                    [&](const QJsonObject &) {
                        return FakeReply::apiError(
                            422, QStringLiteral("InvalidState"),
                            QStringLiteral("2 data object(s) are already third-party sponsored"),
                            QJsonObject { { "alreadySponsored", already } });
                    });
        ApiClient client(&nam, QUrl(QStringLiteral("http://fake")));
        SponsorshipDialog dialog(&client,
                                 QJsonObject { { "id", id },
                                               { "name", "Shared cohort" },
                                               { "billTo", "org-genomics" } });
        QSignalSpy failed(dialog.form(), &SponsorshipForm::failed);
        dialog.show();
        sponsorUntilNextYearWith2Tb(&dialog);
        QTest::mouseClick(find<QPushButton>(&dialog, "ok"), Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        auto *table = find<QTableWidget>(&dialog, "alreadySponsored");
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("project-Bq00000000000000000000P2"));
        QVERIFY(find<FormNote>(&dialog, "serverError")
                    ->text()
                    .contains(QLatin1String("already third-party")));
        QCOMPARE(find<QLineEdit>(&dialog, "egressAmount")->text(), QStringLiteral("2"));
        saveShot(&dialog, QStringLiteral("sponsorship-already-sponsored"));
    }

    void untilNextYearWith2Tb_isValid()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("London genomes"));
        SponsorshipDialog dialog(m_sandbox.admin(), m_sandbox.describe(id));
        sponsorUntilNextYearWith2Tb(&dialog);
        QVERIFY(dialog.form()->isValid());
        saveShot(&dialog, QStringLiteral("sponsorship-typed"));
    }
};

QTEST_MAIN(TestSponsorshipDialog)
#include "tst_sponsorshipdialog.moc"
