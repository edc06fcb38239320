#include "models/members/MemberListModel.h"
#include "models/members/MembersForm.h"
#include "models/regions/BillToRules.h"
#include "tests/support/FormSandbox.h"
#include "tests/support/WidgetLookup.h"
#include "ui/members/MembersDialog.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/WorldMapWidget.h"
#include "ui/widgets/FormNote.h"
#include "ui/widgets/RequestPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

// The members dialog against the sandbox's demo world.
class TestMembersDialog : public QObject
{
    Q_OBJECT
    FormSandbox m_sandbox;

    template<typename T> static T *find(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

    QJsonObject permissions(const QString &id)
    {
        return m_sandbox.describe(id).value(QLatin1String("permissions")).toObject();
    }

    QList<BillToOption> billTos(const QString &user)
    {
        const QJsonObject me = m_sandbox.call(user, QStringLiteral("describe"), {}, user).result;
        QList<QJsonObject> orgs;
        for (const char *org : { "org-genomics", "org-clinical", "org-eurolab", "org-partners" }) {
            const CallOutcome out
                = m_sandbox.call(QLatin1String(org), QStringLiteral("describe"), {}, user);
            if (out.succeeded())
                orgs << out.result;
        }
        return BillToRules::options(me, orgs);
    }

    void selectMember(MembersDialog &dialog, const QString &member, const QString &level)
    {
        auto *table = find<QTableView>(&dialog, "membersTable");
        const int row = dialog.form()->members()->rowOf(member);
        QVERIFY(row >= 0);
        table->selectRow(row);
        auto *combo = find<QComboBox>(&dialog, "memberLevel");
        const int index = combo->findData(level);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    // The dialog on a project as its administrator (user-alice), shown at the Invite tab.
    std::unique_ptr<MembersDialog> inviteTabAsAdministrator(const QString &id)
    {
        auto dialog
            = std::make_unique<MembersDialog>(m_sandbox.admin(), m_sandbox.describe(id),
                                              QStringLiteral("user-alice"), QList<BillToOption>());
        dialog->show();
        dialog->tabs()->setCurrentIndex(MembersDialog::InviteTab);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void acceptOptions_disableBillTosWithoutTheRegion()
    {
        BillToOption a;
        a.id = QStringLiteral("user-bob");
        a.permittedRegions = QStringList { QStringLiteral("aws:us-east-1") };
        a.enabled = true;
        BillToOption b = a;
        b.id = QStringLiteral("org-genomics");
        b.permittedRegions << QStringLiteral("aws:eu-west-2");
        const auto out = MembersForm::acceptOptions({ a, b }, QStringLiteral("aws:eu-west-2"));
        QVERIFY(!out.at(0).enabled);
        QVERIFY(out.at(0).disabledReason.contains(QLatin1String("aws:eu-west-2")));
        QVERIFY(out.at(1).enabled);
    }

    void close_withPendingLevelChanges_asksAndKeepsThemOnKeepEditing()
    {
        // Issue 14 item 10: Escape or Close on edited members asks; "Keep editing" keeps all.
        const QString id = m_sandbox.projectId(QStringLiteral("London genomes"));
        MembersDialog dialog(m_sandbox.admin(), m_sandbox.describe(id),
                             QStringLiteral("user-alice"), QList<BillToOption>());
        dialog.show();
        QVERIFY(dialog.form()->members()->rowCount() > 0);
        bool asked = false;
        QTest::keyClick(&dialog, Qt::Key_Escape); // nothing pending: closes without asking
        QVERIFY(!dialog.isVisible());
        dialog.show();
        auto *table = find<QTableView>(&dialog, "membersTable");
        table->selectRow(0);
        auto *combo = find<QComboBox>(&dialog, "memberLevel");
        const int other = combo->currentIndex() == 0 ? 1 : 0;
        combo->setCurrentIndex(other);
        Q_EMIT combo->activated(other);
        QVERIFY(dialog.form()->members()->hasPending());
        answerModal("discardChanges", "keepEditing", &asked);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.form()->members()->hasPending());
        answerModal("discardChanges", "discard", &asked);
        dialog.reject(); // the Close button's path
        QVERIFY(asked);
        QVERIFY(!dialog.isVisible());
    }

    void typingTheInvitee_movesNothingBelowIt()
    {
        // Issue 14 item 3: no reproach before a key is typed, and the lines under the invitee
        // keep their room, so the level and Invite stay where the user aims.
        const QString id = m_sandbox.projectId(QStringLiteral("London genomes"));
        auto owned = inviteTabAsAdministrator(id);
        MembersDialog &dialog = *owned;
        auto *invitee = find<QLineEdit>(&dialog, "invitee");
        auto *error = find<FormNote>(&dialog, "inviteError");
        auto *level = find<QComboBox>(&dialog, "inviteLevel");
        QVERIFY(error->text().isEmpty());
        QCoreApplication::processEvents();
        const QRect levelAt = level->geometry();
        QTest::keyClicks(invitee, QStringLiteral("user-bob")); // what it is, no error
        QCoreApplication::processEvents();
        QCOMPARE(level->geometry(), levelAt);
        invitee->clear();
        QTest::keyClicks(invitee, QStringLiteral("PUBLIC"));
        level->setCurrentText(QStringLiteral("UPLOAD")); // a one-line error
        QVERIFY(error->text().contains(QLatin1String("VIEW")));
        QCoreApplication::processEvents();
        QCOMPARE(level->geometry(), levelAt);
        invitee->clear();
        QVERIFY(error->text().isEmpty()); // cleared: nothing typed is not an error
        QCoreApplication::processEvents();
        QCOMPARE(level->geometry(), levelAt);
    }

    // Issue 14 item 13: a user or org ID is checked with the server while it is typed: a known
    // one shows its name, an unknown one is one clear error and cannot be invited.
    void invitee_isCheckedWithTheServer_unknownIsAnError_knownShowsItsName()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("London genomes"));
        auto owned = inviteTabAsAdministrator(id);
        MembersDialog &dialog = *owned;
        auto *invitee = find<QLineEdit>(&dialog, "invitee");
        auto *kind = find<QLabel>(&dialog, "inviteeKind");
        auto *error = find<FormNote>(&dialog, "inviteError");
        auto *invite = find<QPushButton>(&dialog, "inviteButton");
        QTest::keyClicks(invitee, QStringLiteral("user-nobody"));
        QVERIFY2(kind->text().contains(QLatin1String("checking")), qPrintable(kind->text()));
        QTRY_VERIFY2(error->text().contains(QLatin1String("knows no user user-nobody")),
                     qPrintable(error->text()));
        QVERIFY(!invite->isEnabled());
        invitee->clear();
        QTest::keyClicks(invitee, QStringLiteral("user-carol"));
        QTRY_VERIFY2(kind->text().contains(QLatin1String("Carol Clinic")),
                     qPrintable(kind->text()));
        QVERIFY(error->text().isEmpty());
        QVERIFY(invite->isEnabled());
    }

    // The members list names each member the server knows, not only the console's own accounts.
    void members_areNamedBesideTheirIds()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Tumour WGS mirror"));
        auto owned = inviteTabAsAdministrator(id);
        MemberListModel *members = owned->form()->members();
        QVERIFY(members->rowOf(QStringLiteral("user-bob")) >= 0);
        QTRY_VERIFY(owned->form()->knownNames().value(QStringLiteral("user-bob"))
                    == QLatin1String("Bob Builder"));
        bool shown = false;
        const int row = members->rowOf(QStringLiteral("user-bob"));
        for (int c = 0; c < members->columnCount(); ++c)
            shown = shown
                || members->index(row, c).data().toString().contains(QLatin1String("Bob Builder"));
        QVERIFY(shown);
    }

    void invite_withoutEmail_addsTheMember()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("London genomes"));
        auto owned = inviteTabAsAdministrator(id);
        MembersDialog &dialog = *owned;
        QSignalSpy changed(&dialog, &MembersDialog::projectChanged);
        auto *invitee = find<QLineEdit>(&dialog, "invitee");
        auto *button = find<QPushButton>(&dialog, "inviteButton");
        QTest::keyClicks(invitee, QStringLiteral("user-Bob"));
        QVERIFY(!find<FormNote>(&dialog, "inviteError")->text().isEmpty());
        QVERIFY(!button->isEnabled());
        invitee->clear();
        QTest::keyClicks(invitee, QStringLiteral("PUBLIC"));
        find<QComboBox>(&dialog, "inviteLevel")->setCurrentText(QStringLiteral("UPLOAD"));
        QVERIFY(find<FormNote>(&dialog, "inviteError")->text().contains(QLatin1String("VIEW")));
        QVERIFY(!button->isEnabled());
        invitee->clear();
        QTest::keyClicks(invitee, QStringLiteral("user-bob"));
        find<QCheckBox>(&dialog, "notify")->setChecked(false);
        QVERIFY(button->isEnabled());
        QVERIFY(find<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QLatin1String("\"suppressEmailNotification\": true")));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QTRY_VERIFY(!dialog.form()->isBusy());
        QCOMPARE(permissions(id).value(QLatin1String("user-bob")).toString(),
                 QStringLiteral("UPLOAD"));
        QVERIFY(dialog.form()->members()->rowOf(QStringLiteral("user-bob")) >= 0);
        QCOMPARE(dialog.form()->lastResult(), QStringLiteral("user-bob invited at UPLOAD."));
    }

    // The server answers "pending" for an address no account has: the dialog says so rather
    // than claiming a member was added.
    void invite_addressOfNoAccount_saysTheInvitationIsPending()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("London genomes"));
        auto owned = inviteTabAsAdministrator(id);
        MembersDialog &dialog = *owned;
        QSignalSpy changed(&dialog, &MembersDialog::projectChanged);
        QTest::keyClicks(find<QLineEdit>(&dialog, "invitee"), QStringLiteral("new.person@x.org"));
        QTest::mouseClick(find<QPushButton>(&dialog, "inviteButton"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QTRY_VERIFY(!dialog.form()->isBusy());
        QVERIFY2(dialog.form()->lastResult().contains(QLatin1String("pending")),
                 qPrintable(dialog.form()->lastResult()));
        QVERIFY(!permissions(id).contains(QLatin1String("new.person@x.org")));
    }

    void invite_byNonAdministrator_permissionDenied_inputKept()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Tumour WGS cohort"));
        const QString bob = QStringLiteral("user-bob");
        MembersDialog dialog(m_sandbox.as(bob), m_sandbox.describe(id, bob), bob, {});
        QSignalSpy failed(dialog.form(), &MembersForm::failed);
        dialog.show();
        dialog.tabs()->setCurrentIndex(MembersDialog::InviteTab);
        QTest::keyClicks(find<QLineEdit>(&dialog, "invitee"),
                         QStringLiteral("carol@sandbox.example"));
        find<QComboBox>(&dialog, "inviteLevel")->setCurrentText(QStringLiteral("CONTRIBUTE"));
        QTest::mouseClick(find<QPushButton>(&dialog, "inviteButton"), Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        QTRY_VERIFY(!dialog.form()->isBusy());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.form()->serverError().message.isEmpty(), false);
        QVERIFY(
            find<FormNote>(&dialog, "explanation")->text().contains(QLatin1String("CONTRIBUTE")));
        QCOMPARE(find<QLineEdit>(&dialog, "invitee")->text(),
                 QStringLiteral("carol@sandbox.example"));
        QCOMPARE(find<QComboBox>(&dialog, "inviteLevel")->currentText(),
                 QStringLiteral("CONTRIBUTE"));
        QVERIFY(!permissions(id).contains(QLatin1String("user-carol")));
        saveShot(&dialog, QStringLiteral("members-permission-denied"));
    }

    void changeLevels_lowerRemoveAndRaise_sentAsDecreaseAndInvite()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Tumour WGS cohort"));
        MembersDialog dialog(m_sandbox.admin(), m_sandbox.describe(id),
                             QStringLiteral("user-alice"), {});
        QSignalSpy changed(&dialog, &MembersDialog::projectChanged);
        dialog.show();
        selectMember(dialog, QStringLiteral("user-bob"), QStringLiteral("VIEW"));
        selectMember(dialog, QStringLiteral("org-genomics"), QStringLiteral("UPLOAD"));
        const QList<MemberRequest> requests = dialog.form()->changeRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QStringLiteral("decreasePermissions"));
        QCOMPARE(requests.at(0).input, QJsonObject({ { "user-bob", "VIEW" } }));
        QCOMPARE(requests.at(1).method, QStringLiteral("invite"));
        selectMember(dialog, QStringLiteral("user-bob"), QStringLiteral("NONE"));
        QVERIFY(find<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QLatin1String("\"user-bob\": null")));
        saveShot(&dialog, QStringLiteral("members-pending-changes"));
        QTest::mouseClick(find<QPushButton>(&dialog, "applyChanges"), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QTRY_VERIFY(!dialog.form()->isBusy());
        const QJsonObject after = permissions(id);
        QVERIFY(!after.contains(QLatin1String("user-bob")));
        QCOMPARE(after.value(QLatin1String("org-genomics")).toString(), QStringLiteral("UPLOAD"));
        QVERIFY(!dialog.form()->members()->hasPending());
        // Said in the user's words (issue 14 item 13), not "Member levels changed.".
        QCOMPARE(dialog.form()->lastResult(), QStringLiteral("1 member removed, 1 level raised."));
    }

    void invitee_completesKnownAccountsByName_andPutsTheirId()
    {
        // Issue 14 item 13: the invitee is chosen from the accounts the server knows, by name.
        const QString id = m_sandbox.projectId(QStringLiteral("Tumour WGS cohort"));
        const QList<BillToOption> accounts = billTos(QStringLiteral("user-alice"));
        MembersDialog dialog(m_sandbox.admin(), m_sandbox.describe(id),
                             QStringLiteral("user-alice"), accounts);
        dialog.show();
        // Members show their names beside their IDs where the console knows them.
        QString genomics;
        for (const BillToOption &o : accounts) {
            if (o.id == QLatin1String("org-genomics"))
                genomics = o.name;
        }
        QVERIFY(!genomics.isEmpty() && genomics != QLatin1String("org-genomics"));
        const int row = dialog.form()->members()->rowOf(QStringLiteral("org-genomics"));
        QVERIFY(row >= 0);
        QCOMPARE(dialog.form()->members()->index(row, MemberListModel::MemberColumn).data(),
                 QVariant(genomics + QStringLiteral(" (org-genomics)")));
        // No member is offered again; a known account that is not a member is, by its name.
        const auto suggestions = dialog.form()->inviteeSuggestions();
        QStringList ids;
        for (const auto &s : suggestions)
            ids << s.id;
        QVERIFY(!ids.contains(QStringLiteral("org-genomics")));
        QVERIFY(!ids.isEmpty());
        QString pick;
        QString pickText;
        for (const auto &s : suggestions) {
            if (s.id.startsWith(QLatin1String("org-"))) {
                pick = s.id;
                pickText = s.text;
                break;
            }
        }
        QVERIFY2(!pick.isEmpty(), qPrintable(ids.join(QLatin1Char(','))));
        dialog.tabs()->setCurrentIndex(MembersDialog::InviteTab);
        auto *invitee = find<QLineEdit>(&dialog, "invitee");
        QCompleter *completer = invitee->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(pickText.left(4));
        QVERIFY(completer->completionCount() > 0);
        Q_EMIT completer->activated(completer->completionModel()->index(0, 0));
        QTRY_VERIFY(invitee->text().startsWith(QLatin1String("org-")));
        QVERIFY(find<QLabel>(&dialog, "inviteeKind")->text().contains(QLatin1String(":")));
    }

    void leave_afterConfirmation_emitsProjectLeft()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Frankfurt RNA-seq"));
        MembersDialog dialog(m_sandbox.admin(), m_sandbox.describe(id),
                             QStringLiteral("user-alice"), {});
        QSignalSpy left(&dialog, &MembersDialog::projectLeft);
        dialog.show();
        QVERIFY(!find<QWidget>(&dialog, "leaveConfirmation")->isVisible());
        QTest::mouseClick(find<QPushButton>(&dialog, "leave"), Qt::LeftButton);
        QVERIFY(find<QWidget>(&dialog, "leaveConfirmation")->isVisible());
        QVERIFY(find<RequestPreview>(&dialog, "requestPreview")
                    ->text()
                    .contains(QLatin1String("/leave")));
        QTest::mouseClick(find<QPushButton>(&dialog, "confirmLeave"), Qt::LeftButton);
        QVERIFY(left.wait(5000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QJsonObject after = m_sandbox.describe(id, QStringLiteral("user-bob"))
                                      .value(QLatin1String("permissions"))
                                      .toObject();
        QVERIFY(!after.contains(QLatin1String("user-alice")));
    }

    void transfer_thenAcceptWithAPermittedBillTo()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("UKB imaging"));
        {
            MembersDialog dialog(m_sandbox.admin(), m_sandbox.describe(id),
                                 QStringLiteral("user-alice"), {});
            QSignalSpy changed(&dialog, &MembersDialog::projectChanged);
            dialog.show();
            dialog.tabs()->setCurrentIndex(MembersDialog::TransferTab);
            QTest::keyClicks(find<QLineEdit>(&dialog, "transferTarget"),
                             QStringLiteral("user-bob"));
            auto *button = find<QPushButton>(&dialog, "transferButton");
            QVERIFY(!button->isEnabled()); // the name is not typed yet
            QTest::keyClicks(find<QLineEdit>(&dialog, "transferConfirmation"),
                             QStringLiteral("UKB imaging"));
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(changed.wait(5000));
            QTRY_VERIFY(!dialog.form()->isBusy());
            QCOMPARE(dialog.form()->pendingTransfer(), QStringLiteral("user-bob"));
        }
        QCOMPARE(m_sandbox.describe(id).value(QLatin1String("pendingTransfer")).toString(),
                 QStringLiteral("user-bob"));

        // Bob may bill to himself (no eu-west-2) or org-genomics (eu-west-2 permitted).
        const QString bob = QStringLiteral("user-bob");
        QJsonObject describe = m_sandbox.describe(id);
        MembersDialog dialog(m_sandbox.as(bob), describe, bob, billTos(bob));
        QSignalSpy changed(&dialog, &MembersDialog::projectChanged);
        dialog.show();
        dialog.tabs()->setCurrentIndex(MembersDialog::TransferTab);
        auto *picker = find<BillToPicker>(&dialog, "acceptBillTo");
        QVERIFY(!picker->setCurrentBillTo(bob));
        QVERIFY(find<QLabel>(&dialog, "billToUnavailable")
                    ->text()
                    .contains(QStringLiteral("user-bob does not permit aws:eu-west-2")));
        auto *map = find<WorldMapWidget>(&dialog, "acceptRegionMap");
        QVERIFY(map->isVisible());
        QVERIFY(!map->isSelectable());
        QCOMPARE(map->currentRegion(), QStringLiteral("aws:eu-west-2"));
        QVERIFY(
            find<QLabel>(&dialog, "acceptRegionText")->text().contains(QStringLiteral("stays")));
        QVERIFY(picker->setCurrentBillTo(QStringLiteral("org-genomics")));
        QCOMPARE(dialog.form()->acceptBillTo(), QStringLiteral("org-genomics"));
        auto *accept = find<QPushButton>(&dialog, "acceptButton");
        QVERIFY(accept->isEnabled());
        saveShot(&dialog, QStringLiteral("members-accept-transfer"));
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QTRY_VERIFY(!dialog.form()->isBusy());
        const QJsonObject after = m_sandbox.describe(id, bob);
        QCOMPARE(after.value(QLatin1String("billTo")).toString(), QStringLiteral("org-genomics"));
        QVERIFY(after.value(QLatin1String("pendingTransfer")).toString().isEmpty());
    }

    void inviteTab_typedInvitation_isValid()
    {
        const QString id = m_sandbox.projectId(QStringLiteral("Clinical trial CT-7"));
        MembersDialog dialog(m_sandbox.admin(), m_sandbox.describe(id),
                             QStringLiteral("user-alice"), {});
        dialog.tabs()->setCurrentIndex(MembersDialog::InviteTab);
        find<QLineEdit>(&dialog, "invitee")->setText(QStringLiteral("dana.lee@example.org"));
        find<QComboBox>(&dialog, "inviteLevel")->setCurrentText(QStringLiteral("CONTRIBUTE"));
        QVERIFY(!dialog.form()->inviteProblem());
        saveShot(&dialog, QStringLiteral("members-example"));
        dialog.tabs()->setCurrentIndex(MembersDialog::MembersTab);
        saveShot(&dialog, QStringLiteral("members-table"));
    }
};

QTEST_MAIN(TestMembersDialog)
#include "tst_membersdialog.moc"
