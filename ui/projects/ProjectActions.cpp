#include "ui/projects/ProjectActions.h"

#include "api/Routes.h"
#include "models/activity/ActivityLog.h"
#include "models/browser/ProjectListModel.h"
#include "models/bulk/BulkRunner.h"
#include "models/details/ProjectDetails.h"
#include "models/regions/AccountDirectory.h"
#include "models/regions/RegionCatalog.h"
#include "models/signin/Session.h"
#include "ui/browser/ProjectBrowser.h"
#include "ui/browser/ProjectTableView.h"
#include "ui/bulk/BulkDialog.h"
#include "ui/members/MembersDialog.h"
#include "ui/projects/DestroyDialog.h"
#include "ui/projects/EditProjectDialog.h"
#include "ui/projects/NewProjectDialog.h"
#include "ui/projects/SponsorshipDialog.h"
#include "ui/projects/TagsPropertiesDialog.h"
#include "ui/widgets/SizeMemory.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>

namespace {
// The project level a form needs: the level of the route it sends, from the route table.
// Tags and properties sends addTags, removeTags and setProperties, which need the same one.
Level levelFor(ProjectActions::Form form)
{
    using Form = ProjectActions::Form;
    const char *method = form == Form::Edit ? "update"
        : form == Form::TagsProperties      ? "setProperties"
        : form == Form::Sponsorship         ? "updateSponsorship"
        : form == Form::Destroy             ? "destroy"
                                            : nullptr;
    return method ? Routes::lookup(QStringLiteral("project-xxxx"), QLatin1String(method)).level
                  : Level::None;
}
} // namespace

ProjectActions::ProjectActions(ApiClient *client, Session *session, AccountDirectory *accounts,
                               ProjectListModel *list, ProjectDetails *details,
                               ProjectBrowser *browser, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_session(session)
    , m_accounts(accounts)
    , m_list(list)
    , m_details(details)
    , m_browser(browser)
    , m_window(window)
    , m_menu(new QMenu(tr("&Project"), window))
{
    m_menu->setObjectName(QStringLiteral("projectMenu"));
    addAction(tr("&New project…"), QKeySequence::New, Form::NewProject,
              QStringLiteral("newProjectAction"));
    m_menu->addSeparator();
    addAction(tr("&Edit project…"), QKeySequence(Qt::CTRL | Qt::Key_E), Form::Edit,
              QStringLiteral("editProjectAction"));
    addAction(tr("&Tags and properties…"), QKeySequence(Qt::CTRL | Qt::Key_T), Form::TagsProperties,
              QStringLiteral("tagsPropertiesAction"));
    addAction(tr("&Members…"), QKeySequence(Qt::CTRL | Qt::Key_M), Form::Members,
              QStringLiteral("membersAction"));
    addAction(tr("&Sponsorship…"), QKeySequence(), Form::Sponsorship,
              QStringLiteral("sponsorshipAction"));
    m_menu->addSeparator();
    addAction(tr("&Bulk action on the selected projects…"), QKeySequence(Qt::CTRL | Qt::Key_B),
              Form::Bulk, QStringLiteral("bulkAction"));
    m_menu->addSeparator();
    addAction(tr("&Destroy project…"), QKeySequence(), Form::Destroy,
              QStringLiteral("destroyProjectAction"));

    connect(m_details, &ProjectDetails::stateChanged, this, &ProjectActions::updateEnabled);
    connect(m_accounts, &AccountDirectory::stateChanged, this, &ProjectActions::updateEnabled);
    connect(m_browser->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectActions::updateEnabled);
    updateEnabled();
}

QAction *ProjectActions::addAction(const QString &text, const QKeySequence &shortcut, Form form,
                                   const QString &name)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, form] { open(form); });
    m_actions.append({ action, form });
    if (form != Form::NewProject)
        m_browser->table()->addAction(action);
    return action;
}

void ProjectActions::updateEnabled()
{
    const bool accounts = m_accounts->state() == AccountDirectory::State::Loaded;
    const bool project = m_details->state() == ProjectDetails::State::Loaded;
    const Level level = levelFromName(m_details->value(QStringLiteral("level")).toString());
    for (const auto &[action, form] : std::as_const(m_actions)) {
        bool enabled = project;
        QString why;
        const Level needed = levelFor(form);
        switch (form) {
        case Form::NewProject:
            enabled = accounts;
            why = tr("Loading your accounts…");
            break;
        case Form::Edit:
            enabled = project && accounts && level >= needed;
            why = tr("Needs %1 access to the selected project.").arg(levelName(needed));
            break;
        case Form::TagsProperties:
        case Form::Sponsorship:
        case Form::Destroy:
            enabled = project && level >= needed;
            why = tr("Needs %1 access to the selected project.").arg(levelName(needed));
            break;
        case Form::Members:
            enabled = project && accounts;
            why = tr("Select a project first.");
            break;
        case Form::Bulk:
            enabled = !m_browser->selectedProjectIds().isEmpty();
            why = tr("Select one or more projects in the table first.");
            break;
        }
        if (!project && form != Form::NewProject && form != Form::Bulk)
            why = tr("Select a project first.");
        if (m_readOnly) {
            enabled = false;
            why = m_readOnlyWhy;
        }
        action->setEnabled(enabled);
        action->setToolTip(enabled ? QString() : why);
        action->setStatusTip(enabled ? QString() : why);
    }
}

void ProjectActions::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    updateEnabled();
}

QDialog *ProjectActions::open(Form form)
{
    if (m_readOnly)
        return nullptr;
    const QJsonObject describe = m_details->describe();
    const bool haveProject = m_details->state() == ProjectDetails::State::Loaded;
    const bool haveAccounts = m_accounts->state() == AccountDirectory::State::Loaded;
    QDialog *dialog = nullptr;
    switch (form) {
    case Form::Bulk:
        return openBulk();
    case Form::NewProject: {
        if (!haveAccounts)
            return nullptr;
        auto *d = new NewProjectDialog(m_client, m_accounts->options(), m_accounts->regionCatalog(),
                                       m_window);
        connect(d, &NewProjectDialog::projectCreated, this, &ProjectActions::onCreated);
        dialog = d;
        break;
    }
    case Form::Edit: {
        if (!haveProject || !haveAccounts)
            return nullptr;
        auto *d = new EditProjectDialog(m_client, describe, m_accounts->options(),
                                        m_accounts->regionCatalog(), m_window);
        connect(d, &EditProjectDialog::projectChanged, this, &ProjectActions::onChanged);
        dialog = d;
        break;
    }
    case Form::TagsProperties: {
        if (!haveProject)
            return nullptr;
        auto *d = new TagsPropertiesDialog(m_client, describe, m_window);
        connect(d, &TagsPropertiesDialog::projectChanged, this, &ProjectActions::onChanged);
        dialog = d;
        break;
    }
    case Form::Sponsorship: {
        if (!haveProject)
            return nullptr;
        auto *d = new SponsorshipDialog(m_client, describe, m_window);
        connect(d, &SponsorshipDialog::projectChanged, this, &ProjectActions::onChanged);
        dialog = d;
        break;
    }
    case Form::Members: {
        if (!haveProject || !haveAccounts)
            return nullptr;
        auto *d = new MembersDialog(m_client, describe, m_session->userId(), m_accounts->options(),
                                    m_window);
        connect(d, &MembersDialog::projectChanged, this, &ProjectActions::onChanged);
        connect(d, &MembersDialog::projectLeft, this, &ProjectActions::onGone);
        dialog = d;
        break;
    }
    case Form::Destroy: {
        if (!haveProject)
            return nullptr;
        auto *d = new DestroyDialog(m_client, describe, m_window);
        connect(d, &DestroyDialog::projectChanged, this, &ProjectActions::onChanged);
        connect(d, &DestroyDialog::projectDestroyed, this, &ProjectActions::onGone);
        dialog = d;
        break;
    }
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    rememberSize(dialog);
    dialog->open();
    m_dialog = dialog;
    return dialog;
}

QDialog *ProjectActions::openBulk()
{
    QList<BulkTarget> targets;
    for (const QString &id : m_browser->selectedProjectIds()) {
        const int row = m_list->rowOfId(id);
        if (row >= 0)
            targets << BulkTarget::fromRow(m_list->rowAt(row));
    }
    if (targets.isEmpty())
        return nullptr;
    auto *runner = new BulkRunner(m_client);
    auto *dialog = new BulkDialog(runner, targets, m_accounts->options(), m_window);
    runner->setParent(dialog);
    if (m_log) {
        connect(runner, &BulkRunner::callStarted, m_log, &ActivityLog::noteCall);
        connect(dialog, &BulkDialog::actionStarted, m_log, &ActivityLog::recordAction);
    }
    // Every project of the run may have changed: the list and the details follow.
    connect(runner, &BulkRunner::finished, this, [this] {
        m_list->reload();
        if (!m_details->projectId().isEmpty())
            m_details->reload();
        Q_EMIT projectsChanged();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    rememberSize(dialog);
    dialog->open();
    m_dialog = dialog;
    return dialog;
}

void ProjectActions::rememberSize(QDialog *dialog)
{
    SizeMemory::remember(dialog, m_settings,
                         SizeMemory::key(m_session->profile().id, dialog->objectName()));
}

void ProjectActions::onChanged(const QString &projectId)
{
    // The describe that follows refreshes the detail pane and, through described(), the row.
    if (m_details->projectId() == projectId)
        m_details->reload();
    Q_EMIT projectsChanged();
}

void ProjectActions::onGone(const QString &projectId)
{
    m_list->removeProject(projectId);
    if (m_details->projectId() == projectId)
        m_details->clear();
    Q_EMIT projectsChanged();
}

void ProjectActions::onCreated(const QString &projectId)
{
    m_list->reload();
    m_browser->selectProjectWhenLoaded(projectId);
    Q_EMIT projectsChanged();
}
