#include "app/sandbox/routes/ProjectDescriber.h"

#include "app/sandbox/routes/Rules.h"
#include "app/sandbox/service/Failure.h"

#include <QJsonArray>
#include <cmath>

namespace sandbox {

namespace {

const QStringList &optionalFields()
{
    static const QStringList list { QStringLiteral("folders"),
                                    QStringLiteral("objects"),
                                    QStringLiteral("permissions"),
                                    QStringLiteral("appCaches"),
                                    QStringLiteral("properties"),
                                    QStringLiteral("fileUploadParameters"),
                                    QStringLiteral("availableInstanceTypes") };
    return list;
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

struct Usage
{
    double live = 0; // GB billed to this project (live, archival, unarchiving)
    double archived = 0; // GB archived
    double sponsored = 0; // GB sponsored by another project
};

Usage usageOf(const World &world, const Project &p, qint64 now)
{
    Usage usage;
    for (const FileCopy &file : p.files) {
        const double gb = double(file.size) / rules::BytesPerGB;
        if (!p.sponsoredAt(now) && !rules::sponsoringProject(world, file.id, p.id, now).isEmpty())
            usage.sponsored += gb;
        else if (file.stateAt(now) == QLatin1String("archived"))
            usage.archived += gb;
        else
            usage.live += gb;
    }
    return usage;
}

} // namespace

DescribeOptions DescribeOptions::fromInput(const QJsonObject &input)
{
    DescribeOptions options;
    if (input.contains(QStringLiteral("fields"))) {
        const QJsonValue fields = input.value(QStringLiteral("fields"));
        if (!fields.isObject())
            failInvalidInput(QStringLiteral("fields: must be a mapping of field names to true"));
        options.restricted = true;
        const QJsonObject map = fields.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isBool())
                failInvalidInput(QStringLiteral("fields.") + it.key()
                                 + QStringLiteral(": must be a boolean"));
            if (it.value().toBool())
                options.fields.insert(it.key().toUtf8());
        }
    }
    // defaultFields: true with fields: the default set plus the fields listed (DNAnexus API,
    // project-xxxx/describe), so a client also gets the fields it does not know of.
    const QJsonValue defaults = input.value(QStringLiteral("defaultFields"));
    if (!defaults.isUndefined() && !defaults.isBool())
        failInvalidInput(QStringLiteral("defaultFields: must be a boolean"));
    if (defaults.toBool())
        options.restricted = false;
    for (const QString &field : optionalFields()) {
        const QJsonValue flag = input.value(field);
        if (flag.isUndefined())
            continue;
        if (!flag.isBool())
            failInvalidInput(field + QStringLiteral(": must be a boolean"));
        if (flag.toBool())
            options.fields.insert(field.toUtf8());
    }
    return options;
}

void ProjectDescriber::describe(JsonWriter &out, const World &world, const Project &p,
                                const Account &caller, Level level, const DescribeOptions &o,
                                qint64 now)
{
    auto want = [&o](const char *key) { return o.wants(key, true); };
    auto extra = [&o](const char *key) { return o.wants(key, false); };
    out.beginObject();
    out.field("id", p.id);
    if (want("class"))
        out.field("class", "project");
    if (want("name"))
        out.field("name", p.name);
    if (want("region"))
        out.field("region", p.region);
    if (want("summary"))
        out.field("summary", p.summary);
    if (want("description"))
        out.field("description", p.description);
    if (want("version"))
        out.field("version", p.version);
    if (want("tags"))
        out.field("tags", p.tags);
    if (want("billTo"))
        out.field("billTo", p.billTo);
    if (want("protected"))
        out.field("protected", p.isProtected);
    if (want("restricted"))
        out.field("restricted", p.restricted);
    if (want("downloadRestricted"))
        out.field("downloadRestricted", p.downloadRestricted);
    if (want("previewViewerRestricted"))
        out.field("previewViewerRestricted", p.previewViewerRestricted);
    if (want("externalUploadRestricted"))
        out.field("externalUploadRestricted", p.externalUploadRestricted);
    if (want("databaseResultsRestricted")) {
        out.key("databaseResultsRestricted");
        if (p.databaseResultsRestricted > 0)
            out.value(p.databaseResultsRestricted);
        else
            out.null();
    }
    if (want("containsPHI"))
        out.field("containsPHI", p.containsPHI);
    if (want("databaseUIViewOnly"))
        out.field("databaseUIViewOnly", p.databaseUIViewOnly);
    if (want("created"))
        out.field("created", p.created);
    if (want("createdBy")) {
        out.key("createdBy");
        out.beginObject();
        out.field("user", p.createdBy);
        out.endObject();
    }
    if (want("modified"))
        out.field("modified", p.modified);
    if (want("level"))
        out.field("level", levelName(level));
    const bool pricing = want("storageCost") && rules::seesPricing(world, caller, p.billTo);
    if (want("dataUsage") || want("sponsoredDataUsage") || want("archivedDataUsage") || pricing) {
        const Usage usage = usageOf(world, p, now);
        if (want("dataUsage"))
            out.field("dataUsage", roundTo(usage.live + usage.archived, 6));
        if (want("archivedDataUsage"))
            out.field("archivedDataUsage", roundTo(usage.archived, 6));
        if (want("sponsoredDataUsage"))
            out.field("sponsoredDataUsage", roundTo(usage.sponsored, 6));
        if (pricing) {
            const auto region = world.regions.constFind(p.region);
            const double cost = region == world.regions.constEnd()
                ? 0.0
                : usage.live * region->storagePricePerGB
                    + usage.archived * region->archivedPricePerGB;
            out.field("storageCost", roundTo(cost, 4));
        }
    }
    if (want("defaultInstanceType"))
        out.field("defaultInstanceType", p.defaultInstanceType);
    if (want("sponsoredUntil") && p.sponsoredAt(now))
        out.field("sponsoredUntil", p.sponsoredUntil);
    if (want("pendingTransfer")) {
        out.key("pendingTransfer");
        if (p.pendingTransfer.isEmpty())
            out.null();
        else
            out.value(p.pendingTransfer);
    }
    if (want("totalSponsoredEgressBytes"))
        out.field("totalSponsoredEgressBytes", p.totalSponsoredEgressBytes);
    if (want("consumedSponsoredEgressBytes"))
        out.field("consumedSponsoredEgressBytes", p.consumedSponsoredEgressBytes);
    if (want("allowedExecutables")) {
        if (p.hasAllowedExecutables) {
            out.field("allowedExecutables", p.allowedExecutables);
        } else if (p.allowedExecutablesCleared) {
            out.key("allowedExecutables");
            out.null();
        }
    }
    if (want("atSpendingLimit") && level >= Level::Upload) {
        const Account *billTo = world.account(p.billTo);
        out.field("atSpendingLimit", billTo && billTo->atSpendingLimit);
    }
    if (extra("folders"))
        out.field("folders", p.allFolders());
    if (extra("objects"))
        out.field("objects", int(p.files.size()));
    if (extra("permissions")) {
        out.key("permissions");
        out.beginObject();
        for (auto it = p.members.cbegin(); it != p.members.cend(); ++it)
            out.field(it.key(), levelName(it.value()));
        out.endObject();
    }
    if (extra("appCaches")) {
        out.key("appCaches");
        out.beginObject();
        out.endObject();
    }
    if (extra("properties")) {
        out.key("properties");
        out.beginObject();
        for (auto it = p.properties.cbegin(); it != p.properties.cend(); ++it) {
            out.key(it.key());
            out.value(it.value());
        }
        out.endObject();
    }
    if (extra("fileUploadParameters"))
        out.field("fileUploadParameters", QJsonValue(fileUploadParameters(p.region)));
    if (extra("availableInstanceTypes"))
        out.field("availableInstanceTypes", QJsonValue(availableInstanceTypes(p.region)));
    out.endObject();
}

QJsonObject ProjectDescriber::fileUploadParameters(const QString &region)
{
    const bool azure = region.startsWith(QLatin1String("azure:"));
    const qint64 mb = 1024 * 1024;
    return QJsonObject { { QStringLiteral("minimumPartSize"), azure ? 1.0 : double(5 * mb) },
                         { QStringLiteral("maximumPartSize"), double((azure ? 4000 : 5120) * mb) },
                         { QStringLiteral("emptyLastPartAllowed"), !azure },
                         { QStringLiteral("maximumNumParts"), azure ? 50000 : 10000 },
                         { QStringLiteral("maximumFileSize"), double(5 * 1024 * 1024 * mb) } };
}

QJsonObject ProjectDescriber::availableInstanceTypes(const QString &region)
{
    const QString prefix
        = region.startsWith(QLatin1String("azure:")) ? QStringLiteral("azure:") : QString();
    const QJsonArray os { QJsonObject {
        { QStringLiteral("distribution"), QStringLiteral("Ubuntu") },
        { QStringLiteral("release"), QStringLiteral("20.04") } } };
    struct Type
    {
        const char *name;
        int cores;
        int memoryMB;
        int storageGB;
    };
    static const Type types[] = { { "mem1_ssd1_v2_x2", 2, 4000, 50 },
                                  { "mem2_ssd1_v2_x2", 2, 8000, 75 },
                                  { "mem1_ssd1_v2_x8", 8, 16000, 200 },
                                  { "mem2_ssd1_v2_x16", 16, 64000, 400 },
                                  { "mem3_ssd1_v2_x32", 32, 256000, 800 } };
    QJsonObject result;
    int rank = 0;
    for (const Type &type : types) {
        result.insert(prefix + QLatin1String(type.name),
                      QJsonObject { { QStringLiteral("numCores"), type.cores },
                                    { QStringLiteral("totalMemoryMB"), type.memoryMB },
                                    { QStringLiteral("ephemeralStorageGB"), type.storageGB },
                                    { QStringLiteral("os"), os },
                                    { QStringLiteral("rank"), ++rank } });
    }
    return result;
}

} // namespace sandbox
