#include "models/activity/ActionNames.h"

#include "api/Routes.h"

#include <QCoreApplication>
#include <QHash>

namespace {

struct Name
{
    const char *method;
    const char *action;
};

// The methods the console calls on a project (DNAnexus API, /project-xxxx/<method>).
const Name kProjectMethods[] = {
    { "describe", QT_TRANSLATE_NOOP("ActionNames", "Show project details") },
    { "update", QT_TRANSLATE_NOOP("ActionNames", "Edit project") },
    { "addTags", QT_TRANSLATE_NOOP("ActionNames", "Add tags") },
    { "removeTags", QT_TRANSLATE_NOOP("ActionNames", "Remove tags") },
    { "setProperties", QT_TRANSLATE_NOOP("ActionNames", "Set properties") },
    { "updateSponsorship", QT_TRANSLATE_NOOP("ActionNames", "Change sponsorship") },
    { "destroy", QT_TRANSLATE_NOOP("ActionNames", "Destroy project") },
    { "invite", QT_TRANSLATE_NOOP("ActionNames", "Invite member") },
    { "decreasePermissions", QT_TRANSLATE_NOOP("ActionNames", "Change member access") },
    { "leave", QT_TRANSLATE_NOOP("ActionNames", "Leave project") },
    { "transfer", QT_TRANSLATE_NOOP("ActionNames", "Transfer project") },
    { "acceptTransfer", QT_TRANSLATE_NOOP("ActionNames", "Accept project transfer") },
    { "listFolder", QT_TRANSLATE_NOOP("ActionNames", "List files") },
    { "archive", QT_TRANSLATE_NOOP("ActionNames", "Archive files") },
    { "unarchive", QT_TRANSLATE_NOOP("ActionNames", "Unarchive files") },
    { Routes::countRootExecutions, QT_TRANSLATE_NOOP("ActionNames", "Count executions") },
};

// The methods called on "system" (DNAnexus API, /system/<method>).
const Name kSystemMethods[] = {
    { "whoami", QT_TRANSLATE_NOOP("ActionNames", "Sign in") },
    { "findProjects", QT_TRANSLATE_NOOP("ActionNames", "List projects") },
    { "findDataObjects", QT_TRANSLATE_NOOP("ActionNames", "Find files") },
    { "findOrgs", QT_TRANSLATE_NOOP("ActionNames", "List accounts") },
    { Routes::listProjectTags, QT_TRANSLATE_NOOP("ActionNames", "List tags") },
};

QString lookUp(const Name *begin, const Name *end, const QString &method)
{
    for (const Name *n = begin; n != end; ++n) {
        if (method == QLatin1String(n->method))
            return QCoreApplication::translate("ActionNames", n->action);
    }
    return {};
}

} // namespace

QString ActionNames::forCall(const QString &target, const QString &method)
{
    if (target.isEmpty() && method.isEmpty())
        return {};
    QString name;
    if (target == QLatin1String("project") && method == QLatin1String("new"))
        name = QCoreApplication::translate("ActionNames", "Create project");
    else if (target.startsWith(QLatin1String("project-")))
        name = lookUp(std::begin(kProjectMethods), std::end(kProjectMethods), method);
    else if (target == QLatin1String("system"))
        name = lookUp(std::begin(kSystemMethods), std::end(kSystemMethods), method);
    else if (target.startsWith(QLatin1String("org-")) && method == QLatin1String("describe"))
        name = QCoreApplication::translate("ActionNames", "Show account");
    else if (target.startsWith(QLatin1String("org-")) && method == QLatin1String("findProjects"))
        name = QCoreApplication::translate("ActionNames", "List org projects");
    else if (target.startsWith(QLatin1String("user-")) && method == QLatin1String("describe"))
        name = QCoreApplication::translate("ActionNames", "Show user");
    else if ((target.startsWith(QLatin1String("org-")) || target.startsWith(QLatin1String("user-")))
             && method == QLatin1String("update"))
        name = QCoreApplication::translate("ActionNames", "Change account regions");
    if (!name.isEmpty())
        return name;
    // A call this table does not know still says what it asked for.
    return QCoreApplication::translate("ActionNames", "Call %1").arg(method);
}
