// The views of the Project and Account menus: each form opened on a demo-world project through
// its menu action and filled in as a user would, before anything is sent; and the billTo and
// region pickers as New project shows them.
#include "app/console/ConsoleApp.h"
#include "models/regions/AccountDirectory.h"
#include "models/regions/AccountRegionsForm.h"
#include "models/regions/AccountRules.h"
#include "models/regions/RegionCatalog.h"
#include "tools/screenshots/Driver.h"
#include "tools/screenshots/Views.h"
#include "ui/members/MembersDialog.h"
#include "ui/projects/DestroyDialog.h"
#include "ui/projects/EditProjectDialog.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/SponsorshipDialog.h"
#include "ui/projects/TagsPropertiesDialog.h"
#include "ui/regions/AccountDialog.h"
#include "ui/regions/BillToPicker.h"
#include "ui/regions/RegionPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

void check(Driver &d, QAbstractButton *box, bool on = true)
{
    if (box->isChecked() != on)
        d.click(box);
    if (box->isChecked() != on)
        throw ShotFailed(QStringLiteral("clicking %1 did not toggle it").arg(box->objectName()));
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0)
        throw ShotFailed(QStringLiteral("no \"%1\" in %2").arg(text, combo->objectName()));
    combo->setCurrentIndex(index);
}

// Adds a row to a PropertiesTable (prefix "properties") and types key and value into it.
void addProperty(Driver &d, QWidget *dialog, const QString &key, const QString &value)
{
    auto *table = d.child<QTableWidget>(dialog, QStringLiteral("propertiesTable"));
    d.click(d.child<QPushButton>(dialog, QStringLiteral("propertiesAdd")));
    d.editCell(table, table->rowCount() - 1, 0, key);
    d.editCell(table, table->rowCount() - 1, 1, value);
}

int propertyRow(Driver &d, QWidget *dialog, const QString &key)
{
    auto *table = d.child<QTableWidget>(dialog, QStringLiteral("propertiesTable"));
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == key)
            return r;
    }
    throw ShotFailed(QStringLiteral("no property %1").arg(key));
}

// The first account whose permitted regions are some but not all: the interesting case.
QString withGreyedRegions(const QList<BillToOption> &options, bool orgsOnly)
{
    const qsizetype all = RegionCatalog().regions().size();
    for (const BillToOption &o : options) {
        if (o.enabled && (!orgsOnly || o.isOrg()) && !o.permittedRegions.isEmpty()
            && o.permittedRegions.size() < all)
            return o.id;
    }
    throw ShotFailed(QStringLiteral("no account permits only some regions"));
}

NewProjectDialog *openNewProject(Driver &d)
{
    d.waitUntilBrowsing();
    d.trigger(QStringLiteral("newProjectAction"));
    return d.openedDialog<NewProjectDialog>();
}

QWidget *newProjectView(Driver &d)
{
    NewProjectDialog *dialog = openNewProject(d);
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("name")),
           QStringLiteral("RNA-seq pilot 2024"));
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("summary")),
           QStringLiteral("Bulk RNA-seq of 48 liver biopsies, pilot batch"));
    d.type(d.child<QPlainTextEdit>(dialog, QStringLiteral("description")),
           QStringLiteral("FASTQ from the sequencing core; STAR alignments in /aligned."));
    check(d, d.child<QCheckBox>(dialog, QStringLiteral("protected")));
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("tags")),
           QStringLiteral("rna-seq, pilot, liver"));
    addProperty(d, dialog, QStringLiteral("study"), QStringLiteral("ST-221"));
    addProperty(d, dialog, QStringLiteral("cost-centre"), QStringLiteral("CC-4410"));
    if (!d.child<BillToPicker>(dialog, QStringLiteral("billToPicker"))
             ->setCurrentBillTo(QStringLiteral("org-genomics")))
        throw ShotFailed(QStringLiteral("org-genomics cannot be chosen as billTo"));
    if (!dialog->findChild<RegionPicker *>()->setCurrentRegion(QStringLiteral("aws:eu-central-1")))
        throw ShotFailed(QStringLiteral("aws:eu-central-1 cannot be chosen"));
    return dialog;
}

// New project with a billTo that permits only some regions: the others are greyed on the map.
QWidget *regionPickerView(Driver &d)
{
    NewProjectDialog *dialog = openNewProject(d);
    auto *billTo = d.child<BillToPicker>(dialog, QStringLiteral("billToPicker"));
    const QString id = withGreyedRegions(d.app()->accounts()->options(), false);
    if (!billTo->setCurrentBillTo(id))
        throw ShotFailed(QStringLiteral("%1 cannot be chosen as billTo").arg(id));
    return d.child<QWidget>(dialog, QStringLiteral("whereBox"));
}

// New project's billTo choice on an org that has prices.
QWidget *billToPickerView(Driver &d)
{
    NewProjectDialog *dialog = openNewProject(d);
    auto *billTo = d.child<BillToPicker>(dialog, QStringLiteral("billToPicker"));
    for (const BillToOption &o : d.app()->accounts()->options()) {
        if (o.enabled && o.isOrg() && o.hasPricing() && billTo->setCurrentBillTo(o.id))
            return billTo;
    }
    throw ShotFailed(QStringLiteral("no org with prices can be chosen"));
}

QWidget *editProjectView(Driver &d)
{
    d.waitUntilBrowsing();
    d.selectProject(QStringLiteral("Sydney microbiome"));
    d.trigger(QStringLiteral("editProjectAction"));
    auto *dialog = d.openedDialog<EditProjectDialog>();
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("summary")),
           QStringLiteral("16S rRNA survey of Sydney harbour sediment, 2023 season"));
    check(d, d.child<QCheckBox>(dialog, QStringLiteral("downloadRestricted")));
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("allowedExecutables")),
           QStringLiteral("app-bwa_mem_fastq_read_mapper"));
    return dialog;
}

QWidget *propertiesView(Driver &d)
{
    d.waitUntilBrowsing();
    d.selectProject(QStringLiteral("Tumour WGS cohort"));
    d.trigger(QStringLiteral("tagsPropertiesAction"));
    auto *dialog = d.openedDialog<TagsPropertiesDialog>();
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("newTag")), QStringLiteral("batch-5"));
    d.click(d.child<QPushButton>(dialog, QStringLiteral("addTag")));
    d.clickRows(d.child<QListWidget>(dialog, QStringLiteral("tagList")), 0,
                { QStringLiteral("production") });
    d.click(d.child<QPushButton>(dialog, QStringLiteral("removeTag")));
    auto *table = d.child<QTableWidget>(dialog, QStringLiteral("propertiesTable"));
    d.editCell(table, propertyRow(d, dialog, QStringLiteral("cohort")), 1,
               QStringLiteral("C-2025"));
    addProperty(d, dialog, QStringLiteral("consent"), QStringLiteral("broad-2023"));
    return dialog;
}

QWidget *sponsorshipView(Driver &d)
{
    d.waitUntilBrowsing();
    d.selectProject(QStringLiteral("Reference panels"));
    d.trigger(QStringLiteral("sponsorshipAction"));
    auto *dialog = d.openedDialog<SponsorshipDialog>();
    d.click(d.child<QRadioButton>(dialog, QStringLiteral("untilSet")));
    // The calendar popup's choice: the end of next year.
    const QDate endOfNextYear(QDate::currentDate().year() + 1, 12, 31);
    d.child<QDateTimeEdit>(dialog, QStringLiteral("sponsoredUntil"))
        ->setDateTime(QDateTime(endOfNextYear, QTime(18, 0)));
    check(d, d.child<QCheckBox>(dialog, QStringLiteral("egressEnabled")));
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("egressAmount")), QStringLiteral("2"));
    choose(d.child<QComboBox>(dialog, QStringLiteral("egressUnit")), QStringLiteral("TB"));
    return dialog;
}

QWidget *destroyView(Driver &d)
{
    d.waitUntilBrowsing();
    d.selectProject(QStringLiteral("Tumour WGS cohort"));
    d.trigger(QStringLiteral("destroyProjectAction"));
    auto *dialog = d.openedDialog<DestroyDialog>();
    check(d, d.child<QCheckBox>(dialog, QStringLiteral("terminateJobs")));
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("confirmation")),
           QStringLiteral("Tumour WGS cohort"));
    return dialog;
}

// Members of a project, inviting a demo user at CONTRIBUTE with the request shown.
QWidget *membersView(Driver &d)
{
    d.waitUntilBrowsing();
    d.selectProject(QStringLiteral("Clinical trial CT-7"));
    d.trigger(QStringLiteral("membersAction"));
    auto *dialog = d.openedDialog<MembersDialog>();
    QTabWidget *tabs = dialog->tabs();
    const int invite = tabs->indexOf(d.child<QWidget>(dialog, QStringLiteral("inviteTab")));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(invite).center());
    d.type(d.child<QLineEdit>(dialog, QStringLiteral("invitee")), QStringLiteral("user-bob"));
    // The invitee is checked with the server a moment after typing stops: its name shows.
    auto *kind = d.child<QLabel>(dialog, QStringLiteral("inviteeKind"));
    d.waitFor([kind] { return !kind->text().contains(QLatin1String("checking")); },
              QStringLiteral("the invitee to be checked"));
    choose(d.child<QComboBox>(dialog, QStringLiteral("inviteLevel")), QStringLiteral("CONTRIBUTE"));
    check(d, d.child<QCheckBox>(dialog, QStringLiteral("notify")));
    check(d, d.child<QAbstractButton>(dialog, QStringLiteral("requestPreviewToggle")));
    return dialog;
}

// Account > Accounts and regions…, an org with greyed regions, a new default region chosen.
QWidget *accountView(Driver &d)
{
    d.waitUntilBrowsing();
    d.trigger(QStringLiteral("openAccountDialog"));
    auto *dialog = d.openedDialog<AccountDialog>();
    QList<BillToOption> accounts;
    for (const AccountEntry &e : AccountRules::administered(d.app()->accounts()->options()))
        accounts << e.account;
    if (!dialog->selectAccount(withGreyedRegions(accounts, true)))
        throw ShotFailed(QStringLiteral("the account page does not list the org"));
    const BillToOption account = dialog->form()->account();
    for (const QString &region : account.permittedRegions) {
        if (region != account.defaultRegion && dialog->chooseRegion(region))
            return dialog;
    }
    throw ShotFailed(QStringLiteral("no other region can be chosen as default"));
}

} // namespace

QList<View> formViews()
{
    return { { QStringLiteral("new-project"), newProjectView },
             { QStringLiteral("edit-project"), editProjectView },
             { QStringLiteral("properties"), propertiesView },
             { QStringLiteral("sponsorship"), sponsorshipView },
             { QStringLiteral("destroy"), destroyView },
             { QStringLiteral("members"), membersView },
             { QStringLiteral("region-picker"), regionPickerView },
             { QStringLiteral("billto-picker"), billToPickerView },
             { QStringLiteral("account"), accountView } };
}
