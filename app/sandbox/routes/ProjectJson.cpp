#include "app/sandbox/service/Failure.h"
#include "app/sandbox/service/Input.h"
#include "app/sandbox/service/JsonWriter.h"
#include "app/sandbox/world/Ids.h"
#include "app/sandbox/world/WorldJson.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace sandbox::json {

using namespace sandbox::input;

namespace {

FileCopy fileFromJson(const QJsonObject &o, qint64 now)
{
    FileCopy f;
    f.id = optString(o, QStringLiteral("id")).value_or(QString());
    if (f.id.isEmpty())
        f.id = ids::make(QStringLiteral("file"), *QRandomGenerator::system());
    else if (!ids::isEntityId(f.id, QStringLiteral("file")))
        failInvalidInput(QStringLiteral("id: must be file- followed by 24 letters or digits"));
    f.folder = optString(o, QStringLiteral("folder")).value_or(QStringLiteral("/"));
    if (!f.folder.startsWith(QLatin1Char('/')))
        failInvalidInput(QStringLiteral("folder: must start with /"));
    if (f.folder.size() > 1 && f.folder.endsWith(QLatin1Char('/')))
        f.folder.chop(1);
    f.name = optName(o, QStringLiteral("name")).value_or(f.id);
    f.size = optInt(o, QStringLiteral("size")).value_or(0);
    if (f.size < 0)
        failInvalidInput(QStringLiteral("size: must be a non-negative integer"));
    f.created = optInt(o, QStringLiteral("created")).value_or(now);
    f.archivalState = optEnum(o, QStringLiteral("archivalState"),
                              { QStringLiteral("live"), QStringLiteral("archival"),
                                QStringLiteral("archived"), QStringLiteral("unarchiving") })
                          .value_or(QStringLiteral("live"));
    f.liveAt = optInt(o, QStringLiteral("liveAt")).value_or(now);
    return f;
}

} // namespace

QByteArray projectBytes(const Project &p)
{
    JsonWriter out;
    out.reserve(1024);
    out.beginObject();
    out.field("id", p.id);
    out.field("name", p.name);
    out.field("summary", p.summary);
    out.field("description", p.description);
    out.field("region", p.region);
    out.field("billTo", p.billTo);
    out.field("createdBy", p.createdBy);
    out.field("protected", p.isProtected);
    out.field("restricted", p.restricted);
    out.field("downloadRestricted", p.downloadRestricted);
    out.field("containsPHI", p.containsPHI);
    out.field("databaseUIViewOnly", p.databaseUIViewOnly);
    out.field("externalUploadRestricted", p.externalUploadRestricted);
    out.field("previewViewerRestricted", p.previewViewerRestricted);
    if (p.databaseResultsRestricted > 0)
        out.field("databaseResultsRestricted", p.databaseResultsRestricted);
    out.field("created", p.created);
    out.field("modified", p.modified);
    out.field("version", p.version);
    out.field("tags", p.tags);
    out.key("properties");
    out.beginObject();
    for (auto it = p.properties.cbegin(); it != p.properties.cend(); ++it)
        out.field(it.key(), it.value());
    out.endObject();
    out.key("members");
    out.beginObject();
    for (auto it = p.members.cbegin(); it != p.members.cend(); ++it)
        out.field(it.key(), levelName(it.value()));
    out.endObject();
    out.field("defaultInstanceType", p.defaultInstanceType);
    out.field("sponsoredUntil", p.sponsoredUntil);
    out.field("totalSponsoredEgressBytes", p.totalSponsoredEgressBytes);
    out.field("consumedSponsoredEgressBytes", p.consumedSponsoredEgressBytes);
    if (!p.pendingTransfer.isEmpty())
        out.field("pendingTransfer", p.pendingTransfer);
    if (p.hasAllowedExecutables) {
        out.field("allowedExecutables", p.allowedExecutables);
    } else if (p.allowedExecutablesCleared) {
        out.key("allowedExecutables");
        out.null();
    }
    out.field("folders", p.extraFolders);
    out.key("files");
    out.beginArray();
    for (const FileCopy &f : p.files) {
        out.beginObject();
        out.field("id", f.id);
        out.field("folder", f.folder);
        out.field("name", f.name);
        out.field("size", f.size);
        out.field("created", f.created);
        out.field("archivalState", f.archivalState);
        if (f.archivalState == QLatin1String("unarchiving"))
            out.field("liveAt", f.liveAt);
        out.endObject();
    }
    out.endArray();
    out.key("rootExecutions");
    out.beginArray();
    for (const RootExecution &e : p.rootExecutions) {
        out.beginObject();
        out.field("id", e.id);
        out.field("state", e.state);
        out.field("created", e.created);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.take();
}

Project projectFromJson(const QJsonObject &o, qint64 now)
{
    Project p;
    p.id = optString(o, QStringLiteral("id")).value_or(QString());
    if (p.id.isEmpty())
        p.id = ids::make(QStringLiteral("project"), *QRandomGenerator::system());
    else if (!ids::isEntityId(p.id, QStringLiteral("project")))
        failInvalidInput(QStringLiteral("id: must be project- followed by 24 letters or digits"));
    p.name = optName(o, QStringLiteral("name")).value_or(QString());
    if (p.name.isEmpty())
        failInvalidInput(QStringLiteral("name: required"));
    p.summary = optString(o, QStringLiteral("summary")).value_or(QString());
    p.description = optString(o, QStringLiteral("description")).value_or(QString());
    p.region = optString(o, QStringLiteral("region")).value_or(QString());
    p.billTo = optString(o, QStringLiteral("billTo")).value_or(QString());
    p.createdBy = optString(o, QStringLiteral("createdBy")).value_or(p.billTo);
    p.isProtected = boolOr(o, QStringLiteral("protected"), false);
    p.restricted = boolOr(o, QStringLiteral("restricted"), false);
    p.downloadRestricted = boolOr(o, QStringLiteral("downloadRestricted"), false);
    p.containsPHI = boolOr(o, QStringLiteral("containsPHI"), false);
    p.databaseUIViewOnly = boolOr(o, QStringLiteral("databaseUIViewOnly"), false);
    p.externalUploadRestricted = boolOr(o, QStringLiteral("externalUploadRestricted"), false);
    // Stores from before the field: it followed downloadRestricted.
    p.previewViewerRestricted
        = boolOr(o, QStringLiteral("previewViewerRestricted"), p.downloadRestricted);
    p.databaseResultsRestricted
        = std::max<qint64>(0, optInt(o, QStringLiteral("databaseResultsRestricted")).value_or(0));
    p.created = optInt(o, QStringLiteral("created")).value_or(now);
    p.modified = optInt(o, QStringLiteral("modified")).value_or(p.created);
    p.version = int(optInt(o, QStringLiteral("version")).value_or(1));
    p.tags = optStringList(o, QStringLiteral("tags")).value_or(QStringList());
    p.tags.removeDuplicates();
    const QJsonObject properties
        = optStringMap(o, QStringLiteral("properties"), false).value_or(QJsonObject());
    for (auto it = properties.begin(); it != properties.end(); ++it)
        p.properties.insert(it.key(), it.value().toString());
    const QJsonObject members = optObject(o, QStringLiteral("members")).value_or(QJsonObject());
    for (auto it = members.begin(); it != members.end(); ++it) {
        Level level;
        if (!parseLevel(it.value().toString(), &level))
            failInvalidInput(QStringLiteral("members.") + it.key()
                             + QStringLiteral(": must be VIEW, UPLOAD, CONTRIBUTE or ADMINISTER"));
        p.members.insert(it.key(), level);
    }
    p.defaultInstanceType
        = optString(o, QStringLiteral("defaultInstanceType")).value_or(p.defaultInstanceType);
    p.sponsoredUntil = optInt(o, QStringLiteral("sponsoredUntil")).value_or(0);
    p.pendingTransfer = optString(o, QStringLiteral("pendingTransfer")).value_or(QString());
    p.totalSponsoredEgressBytes
        = optInt(o, QStringLiteral("totalSponsoredEgressBytes")).value_or(0);
    p.consumedSponsoredEgressBytes
        = optInt(o, QStringLiteral("consumedSponsoredEgressBytes")).value_or(0);
    if (o.contains(QStringLiteral("allowedExecutables"))
        && !o.value(QStringLiteral("allowedExecutables")).isNull()) {
        p.hasAllowedExecutables = true;
        p.allowedExecutables = requireStringList(o, QStringLiteral("allowedExecutables"));
    } else if (o.contains(QStringLiteral("allowedExecutables"))) {
        p.allowedExecutablesCleared = true;
    }
    p.extraFolders = optStringList(o, QStringLiteral("folders")).value_or(QStringList());
    for (const QJsonValue &value : o.value(QStringLiteral("files")).toArray())
        p.files.append(fileFromJson(value.toObject(), p.created));
    for (const QJsonValue &value : o.value(QStringLiteral("rootExecutions")).toArray()) {
        const QJsonObject e = value.toObject();
        RootExecution execution;
        execution.id = optString(e, QStringLiteral("id")).value_or(QString());
        if (execution.id.isEmpty())
            execution.id = ids::make(QStringLiteral("job"), *QRandomGenerator::system());
        execution.state = optString(e, QStringLiteral("state")).value_or(QStringLiteral("done"));
        execution.created = optInt(e, QStringLiteral("created")).value_or(p.created);
        p.rootExecutions.append(execution);
    }
    return p;
}

} // namespace sandbox::json
