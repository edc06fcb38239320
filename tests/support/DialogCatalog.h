#pragma once

#include "models/archive/UnarchivePreview.h"
#include "models/bulk/BulkRunner.h"
#include "models/regions/AccountDirectory.h"
#include "models/regions/BillToRules.h"
#include "models/regions/RegionCatalog.h"
#include "models/signin/MemoryCredentialStore.h"
#include "models/signin/ProfileStore.h"
#include "models/signin/Session.h"
#include "tests/support/FormSandbox.h"
#include "ui/archive/ArchiveDialog.h"
#include "ui/archive/UnarchivePreviewDialog.h"
#include "ui/bulk/BulkDialog.h"
#include "ui/members/MembersDialog.h"
#include "ui/projects/DestroyDialog.h"
#include "ui/projects/EditProjectDialog.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/SponsorshipDialog.h"
#include "ui/projects/TagsPropertiesDialog.h"
#include "ui/regions/AccountDialog.h"
#include "ui/signin/ProfileFormDialog.h"
#include "ui/signin/ProfilesDialog.h"

#include <QDialog>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// The console's dialogs, each built on the demo world of a FormSandbox as the console opens
// it, for the checks that run on every one: tst_windowfit (fit and layout), tst_dialogkeys
// (mnemonics and Tab).
namespace DialogCatalog {

// The Project, Account and Files dialogs.
inline QStringList projectDialogs()
{
    return { QStringLiteral("new-project"), QStringLiteral("edit-project"),
             QStringLiteral("tags"),        QStringLiteral("members"),
             QStringLiteral("destroy"),     QStringLiteral("sponsorship"),
             QStringLiteral("account"),     QStringLiteral("archive"),
             QStringLiteral("unarchive") };
}

// Every dialog: the above, the profiles dialogs and the bulk dialog.
inline QStringList allDialogs()
{
    return projectDialogs()
        + QStringList { QStringLiteral("profiles"), QStringLiteral("profile-form"),
                        QStringLiteral("bulk") };
}

inline QList<BillToOption> billTos(FormSandbox &sandbox)
{
    const QJsonObject me
        = sandbox.call(QStringLiteral("user-alice"), QStringLiteral("describe"), {}).result;
    QList<QJsonObject> orgs;
    for (const char *org : { "org-genomics", "org-clinical", "org-eurolab", "org-partners" })
        orgs << sandbox.call(QLatin1String(org), QStringLiteral("describe"), {}).result;
    return BillToRules::options(me, orgs);
}

// The profile store and session the profiles dialogs are handed; parented to the dialog after
// it is built, so that they go after its widgets.
struct SignIn : QObject
{
    explicit SignIn(ApiClient *client)
        : profiles(dir.filePath(QStringLiteral("p.ini")), &credentials)
        , session(&profiles, &credentials, client)
    { }
    QTemporaryDir dir;
    MemoryCredentialStore credentials;
    ProfileStore profiles;
    Session session;
};

inline std::unique_ptr<QDialog> make(FormSandbox &sandbox, const QString &which)
{
    const QString id = sandbox.projectId(QStringLiteral("London genomes"));
    const QJsonObject describe = sandbox.describe(id);
    ApiClient *client = sandbox.admin();
    if (which == QLatin1String("new-project"))
        return std::make_unique<NewProjectDialog>(client, billTos(sandbox), RegionCatalog());
    if (which == QLatin1String("edit-project"))
        return std::make_unique<EditProjectDialog>(client, describe, billTos(sandbox),
                                                   RegionCatalog());
    if (which == QLatin1String("tags"))
        return std::make_unique<TagsPropertiesDialog>(client, describe);
    if (which == QLatin1String("members"))
        return std::make_unique<MembersDialog>(client, describe, QStringLiteral("user-alice"),
                                               billTos(sandbox));
    if (which == QLatin1String("destroy"))
        return std::make_unique<DestroyDialog>(client, describe);
    if (which == QLatin1String("sponsorship"))
        return std::make_unique<SponsorshipDialog>(client, describe);
    if (which == QLatin1String("account")) {
        auto *directory = new AccountDirectory(client);
        directory->load(QStringLiteral("user-alice"));
        if (!QTest::qWaitFor(
                [directory] { return directory->state() == AccountDirectory::State::Loaded; }))
            return nullptr;
        auto dialog = std::make_unique<AccountDialog>(client, directory);
        directory->setParent(dialog.get());
        return dialog;
    }
    if (which == QLatin1String("archive"))
        return std::make_unique<ArchiveDialog>(
            client, sandbox.projectId(QStringLiteral("Tumour WGS cohort")),
            QStringLiteral("org-genomics"),
            QStringList { QStringLiteral("file-1"), QStringLiteral("file-2") },
            QStringList { QStringLiteral("/"), QStringLiteral("/reads") }, QStringLiteral("/"));
    if (which == QLatin1String("unarchive")) {
        ArchiveSelection folder;
        folder.folder = QStringLiteral("/fastq");
        return std::make_unique<UnarchivePreviewDialog>(
            client, sandbox.projectId(QStringLiteral("Frankfurt RNA-seq")),
            QStringLiteral("aws:eu-central-1"), folder);
    }
    if (which == QLatin1String("profiles") || which == QLatin1String("profile-form")) {
        auto *s = new SignIn(client);
        std::unique_ptr<QDialog> dialog;
        if (which == QLatin1String("profiles"))
            dialog = std::make_unique<ProfilesDialog>(&s->profiles, &s->session);
        else
            dialog = std::make_unique<ProfileFormDialog>(&s->profiles, &s->session, Profile {},
                                                         QString());
        s->setParent(dialog.get());
        return dialog;
    }
    if (which == QLatin1String("bulk")) {
        BulkTarget target;
        target.id = id;
        target.name = describe.value(QLatin1String("name")).toString();
        target.region = describe.value(QLatin1String("region")).toString();
        target.billTo = describe.value(QLatin1String("billTo")).toString();
        target.level = Level::Administer;
        auto *runner = new BulkRunner(client);
        auto dialog
            = std::make_unique<BulkDialog>(runner, QList<BulkTarget> { target }, billTos(sandbox));
        runner->setParent(dialog.get());
        return dialog;
    }
    return nullptr;
}

} // namespace DialogCatalog
