// /project/new, /project-xxxx/update and /project-xxxx/destroy (DNAnexus API).
#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Call.h"
#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"
#include "app/sandbox/service/Limits.h"
#include "app/sandbox/world/Ids.h"

#include <QRandomGenerator>

namespace sandbox {

using namespace sandbox::input;

namespace {

const QStringList &flagNames()
{
    static const QStringList names { QStringLiteral("protected"),
                                     QStringLiteral("restricted"),
                                     QStringLiteral("downloadRestricted"),
                                     QStringLiteral("containsPHI"),
                                     QStringLiteral("databaseUIViewOnly"),
                                     QStringLiteral("externalUploadRestricted"),
                                     QStringLiteral("previewViewerRestricted") };
    return names;
}

// downloadRestricted and previewViewerRestricted (the platform's order rule): turning
// downloadRestricted on turns previewViewerRestricted on too, unless the same call says
// otherwise; previewViewerRestricted may then be cleared on its own; a project is never left
// with previews restricted while downloads are not.
void applyDownloadFlags(Project *p, const QHash<QString, bool> &flags)
{
    const QString download = QStringLiteral("downloadRestricted");
    const QString preview = QStringLiteral("previewViewerRestricted");
    const bool downloadOn = flags.value(download, p->downloadRestricted);
    bool previewOn = flags.value(preview, p->previewViewerRestricted);
    if (flags.value(download, false) && !flags.contains(preview))
        previewOn = true;
    if (!downloadOn && previewOn)
        failInvalidInput(
            flags.contains(download)
                ? QStringLiteral("downloadRestricted: cannot be false while "
                                 "previewViewerRestricted is true; set previewViewerRestricted "
                                 "to false first, or in the same update")
                : QStringLiteral("previewViewerRestricted: can only be true while "
                                 "downloadRestricted is true"));
    p->downloadRestricted = downloadOn;
    p->previewViewerRestricted = previewOn;
}

// databaseResultsRestricted: absent leaves it, null unsets it, else an integer of at least 1.
void applyDatabaseResults(Project *p, const QJsonObject &in)
{
    const QString key = QStringLiteral("databaseResultsRestricted");
    if (!in.contains(key))
        return;
    const QJsonValue v = in.value(key);
    if (v.isNull()) {
        p->databaseResultsRestricted = 0;
        return;
    }
    const double d = v.toDouble(0);
    if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 9.0e15)
        failInvalidInput(QStringLiteral("databaseResultsRestricted: must be an integer of at "
                                        "least 1, or null to unset it"));
    p->databaseResultsRestricted = qint64(d);
}

QJsonObject idReply(const QString &id)
{
    return QJsonObject { { QStringLiteral("id"), id } };
}

void checkSpendingLimit(const Account &billTo)
{
    if (billTo.atSpendingLimit)
        failSpendingLimit(QStringLiteral("billTo: ") + billTo.id
                          + QStringLiteral(" has reached its spending limit"));
}

Body newProject(Call &call)
{
    const QJsonObject &in = call.input;
    if (!in.contains(QStringLiteral("name")))
        failInvalidInput(QStringLiteral("name: required, a non-empty string without control "
                                        "characters (\\x00-\\x1F)"));
    Project p;
    p.name = *optProjectName(in, QStringLiteral("name"));
    p.summary
        = optText(in, QStringLiteral("summary"), limits::MaxSummaryLength).value_or(QString());
    p.description = optText(in, QStringLiteral("description"), limits::MaxDescriptionLength)
                        .value_or(QString());
    for (const QString &flag : flagNames())
        optBool(in, flag);
    p.isProtected = boolOr(in, QStringLiteral("protected"), false);
    p.restricted = boolOr(in, QStringLiteral("restricted"), false);
    p.databaseUIViewOnly = boolOr(in, QStringLiteral("databaseUIViewOnly"), false);
    p.externalUploadRestricted = boolOr(in, QStringLiteral("externalUploadRestricted"), false);
    {
        QHash<QString, bool> given;
        for (const char *key : { "downloadRestricted", "previewViewerRestricted" }) {
            if (const std::optional<bool> value = optBool(in, QLatin1String(key)))
                given.insert(QLatin1String(key), *value);
        }
        applyDownloadFlags(&p, given);
    }
    applyDatabaseResults(&p, in);
    p.containsPHI = boolOr(in, QStringLiteral("containsPHI"), false);
    p.tags = optTags(in, QStringLiteral("tags")).value_or(QStringList());
    p.tags.removeDuplicates(); // linear: QList::removeDuplicates uses a hash set
    const QJsonObject properties
        = optProperties(in, QStringLiteral("properties"), false).value_or(QJsonObject());
    for (auto it = properties.begin(); it != properties.end(); ++it)
        p.properties.insert(it.key(), it.value().toString());
    const std::optional<QString> billToInput = optString(in, QStringLiteral("billTo"));
    const std::optional<QString> regionInput = optString(in, QStringLiteral("region"));
    if (regionInput && !call.world.regions.contains(*regionInput))
        failInvalidInput(QStringLiteral("region: unknown region ") + quoted(*regionInput));

    QString billToId = billToInput.value_or(call.caller.billTo);
    if (!billToInput && billToId != call.caller.id
        && !call.world.membership(billToId, call.caller.id))
        failPermissionDenied(QStringLiteral("billTo: your default billTo ") + billToId
                             + QStringLiteral(" is an org you are no longer a member of"));
    // The platform's types, as its reference client reads them: a billTo that does not exist
    // is ResourceNotFound here and InvalidInput on update.
    if (!call.world.account(billToId))
        failNotFound(QStringLiteral("billTo: ") + quoted(billToId)
                     + QStringLiteral(" is not a user or org of this platform"));
    const Account &billTo = rules::billableAccount(call, billToId, QStringLiteral("billTo"));
    p.region = regionInput.value_or(billTo.defaultRegion);
    rules::checkRegionPermitted(billTo, p.region);
    if (p.containsPHI) {
        if (!billTo.phiFeatures)
            failPermissionDenied(QStringLiteral("containsPHI: PHI features must be enabled for ")
                                 + billTo.id);
        if (!call.world.regions.value(p.region).phi)
            failInvalidState(QStringLiteral("containsPHI: region ") + p.region
                             + QStringLiteral(" does not support PHI features"));
    }
    checkSpendingLimit(billTo);

    do {
        p.id = ids::make(QStringLiteral("project"), call.random);
    } while (call.world.project(p.id));
    p.billTo = billTo.id;
    p.createdBy = call.caller.id;
    p.created = call.now;
    p.modified = call.now;
    p.members.insert(call.caller.id, Level::Administer);
    call.changes.projects.insert(p.id);
    call.world.insertProject(p);
    return idReply(p.id);
}

Body update(Call &call)
{
    const QJsonObject &in = call.input;
    // Access first: what the input says about the project (containsPHI) must not tell a
    // caller without ADMINISTER anything.
    Project &current = rules::project(call, Level::Administer);
    const std::optional<QString> name = optProjectName(in, QStringLiteral("name"));
    const std::optional<QString> summary
        = optText(in, QStringLiteral("summary"), limits::MaxSummaryLength);
    const std::optional<QString> description
        = optText(in, QStringLiteral("description"), limits::MaxDescriptionLength);
    QHash<QString, bool> flags;
    for (const QString &flag : flagNames()) {
        if (const std::optional<bool> value = optBool(in, flag))
            flags.insert(flag, *value);
    }
    const std::optional<qint64> version = optInt(in, QStringLiteral("version"));
    const std::optional<QString> billToId = optString(in, QStringLiteral("billTo"));
    std::optional<QStringList> allowed;
    const bool allowedGiven = in.contains(QStringLiteral("allowedExecutables"));
    if (allowedGiven && !in.value(QStringLiteral("allowedExecutables")).isNull()) {
        allowed = requireIdList(in, QStringLiteral("allowedExecutables"));
        for (const QString &id : *allowed) {
            if (!id.startsWith(QLatin1String("app-")) && !id.startsWith(QLatin1String("applet-"))
                && !id.startsWith(QLatin1String("workflow-"))
                && !id.startsWith(QLatin1String("globalworkflow-")))
                failInvalidInput(QStringLiteral("allowedExecutables: ") + quoted(id)
                                 + QStringLiteral(" is not an app, applet or workflow ID"));
        }
    }
    if (flags.contains(QStringLiteral("containsPHI")) && !flags.value(QStringLiteral("containsPHI"))
        && current.containsPHI)
        failInvalidInput(QStringLiteral("containsPHI: cannot be set to false; marking a project "
                                        "as no longer containing PHI is unsupported"));

    if (version && *version != current.version)
        failInvalidState(QStringLiteral("version: %1 does not match the project's current "
                                        "version %2")
                             .arg(*version)
                             .arg(current.version));
    const Account *currentBillTo = call.world.account(current.billTo);
    if (flags.value(QStringLiteral("containsPHI")) && !current.containsPHI) {
        const Account *phiBillTo = billToId ? call.world.account(*billToId) : currentBillTo;
        if (!phiBillTo || !phiBillTo->phiFeatures)
            failPermissionDenied(QStringLiteral("containsPHI: PHI features must be enabled for ")
                                 + (billToId ? *billToId : current.billTo));
        if (!call.world.regions.value(current.region).phi)
            failInvalidInput(QStringLiteral("containsPHI: region ") + current.region
                             + QStringLiteral(" does not support PHI features"));
    }
    const bool billToChanges = billToId && *billToId != current.billTo;
    if (billToChanges && !call.world.account(*billToId))
        failInvalidInput(QStringLiteral("billTo: ") + quoted(*billToId)
                         + QStringLiteral(" is not a user or org of this platform"));
    if (billToChanges) {
        const Account &billTo = rules::billableAccount(call, *billToId, QStringLiteral("billTo"));
        if (currentBillTo && currentBillTo->isOrg) {
            const OrgMember *member = call.world.membership(currentBillTo->id, call.caller.id);
            if (!member)
                failPermissionDenied(QStringLiteral("billTo: you must be a member of ")
                                     + currentBillTo->id
                                     + QStringLiteral(" to move its project elsewhere"));
            if (currentBillTo->restrictProjectTransfer && !member->admin)
                failPermissionDenied(QStringLiteral("billTo: only ADMINs of ") + currentBillTo->id
                                     + QStringLiteral(" may move its projects elsewhere"));
        }
        rules::checkRegionPermitted(billTo, current.region);
        checkSpendingLimit(billTo);
    }

    // The order rules of the download flags and databaseResultsRestricted, checked on a
    // scratch copy before anything is written.
    Project checked;
    checked.downloadRestricted = current.downloadRestricted;
    checked.previewViewerRestricted = current.previewViewerRestricted;
    checked.databaseResultsRestricted = current.databaseResultsRestricted;
    applyDownloadFlags(&checked, flags);
    applyDatabaseResults(&checked, in);

    Project &p = rules::projectForWrite(call, Level::Administer);
    p.downloadRestricted = checked.downloadRestricted;
    p.previewViewerRestricted = checked.previewViewerRestricted;
    p.databaseResultsRestricted = checked.databaseResultsRestricted;
    if (name)
        p.name = *name;
    if (summary)
        p.summary = *summary;
    if (description)
        p.description = *description;
    p.isProtected = flags.value(QStringLiteral("protected"), p.isProtected);
    p.restricted = flags.value(QStringLiteral("restricted"), p.restricted);
    p.containsPHI = flags.value(QStringLiteral("containsPHI"), p.containsPHI);
    p.databaseUIViewOnly = flags.value(QStringLiteral("databaseUIViewOnly"), p.databaseUIViewOnly);
    p.externalUploadRestricted
        = flags.value(QStringLiteral("externalUploadRestricted"), p.externalUploadRestricted);
    if (allowedGiven) {
        p.hasAllowedExecutables = allowed.has_value();
        p.allowedExecutablesCleared = !allowed.has_value();
        p.allowedExecutables = allowed.value_or(QStringList());
    }
    if (billToChanges) {
        p.billTo = *billToId;
        p.totalSponsoredEgressBytes = 0;
        p.consumedSponsoredEgressBytes = 0;
    }
    p.touch(call.now);
    return idReply(p.id);
}

Body destroy(Call &call)
{
    Project &p = rules::project(call, Level::Administer);
    const bool terminateJobs = boolOr(call.input, QStringLiteral("terminateJobs"), false);
    if (p.sponsoredAt(call.now))
        failInvalidState(QStringLiteral("the project is sponsored; terminate the sponsorship "
                                        "(updateSponsorship with sponsoredUntil null) first"));
    int running = 0;
    for (const RootExecution &execution : p.rootExecutions)
        running += execution.terminal() ? 0 : 1;
    if (running > 0 && !terminateJobs)
        failInvalidState(QStringLiteral("terminateJobs: %1 root execution(s) are not in a "
                                        "terminal state; set terminateJobs to true to terminate "
                                        "them")
                             .arg(running));
    const QString id = p.id;
    call.changes.projects.remove(id);
    call.changes.removedProjects.insert(id);
    call.world.removeProject(id);
    return idReply(id);
}

} // namespace

void addProjectRoutes(RouteTable &table)
{
    table.add(QStringLiteral("project"), QStringLiteral("new"), &newProject);
    table.add(QStringLiteral("project-*"), QStringLiteral("update"), &update);
    table.add(QStringLiteral("project-*"), QStringLiteral("destroy"), &destroy);
}

} // namespace sandbox
