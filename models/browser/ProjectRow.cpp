#include "models/browser/ProjectRow.h"

#include "models/browser/StringPool.h"

#include <QJsonArray>

namespace {
QString pooled(StringPool *pool, const QString &text)
{
    return pool ? pool->intern(text) : text;
}

// A number field: absent leaves the row as it is, null or another type clears it. Timestamps
// are integers on the wire, but JSON numbers come back as doubles.
template<typename T>
void readNumber(const QJsonObject &describe, const QString &key, T *target, ProjectRow *row,
                ProjectRow::Flag flag)
{
    const QJsonValue value = describe.value(key);
    if (value.isUndefined())
        return;
    const bool present = value.isDouble();
    *target = present ? T(value.toDouble()) : T(0);
    row->set(flag, present);
}
} // namespace

ProjectRow ProjectRow::fromFindResult(const QJsonObject &result, StringPool *pool)
{
    ProjectRow row;
    row.id = result.value(QLatin1String("id")).toString();
    row.applyDescribe(result.value(QLatin1String("describe")).toObject(), pool);
    // The result's own level is the caller's level; describe.level says the same when present.
    const QJsonValue level = result.value(QLatin1String("level"));
    if (level.isString()) {
        row.level = levelFromName(level.toString());
        row.set(NotAMember, level.toString() == QLatin1String("NONE"));
    }
    return row;
}

void ProjectRow::applyDescribe(const QJsonObject &describe, StringPool *pool)
{
    if (describe.contains(QLatin1String("id")))
        id = describe.value(QLatin1String("id")).toString();
    if (describe.contains(QLatin1String("name")))
        name = describe.value(QLatin1String("name")).toString();
    if (describe.contains(QLatin1String("region")))
        region = pooled(pool, describe.value(QLatin1String("region")).toString());
    if (describe.contains(QLatin1String("billTo")))
        billTo = pooled(pool, describe.value(QLatin1String("billTo")).toString());
    if (describe.contains(QLatin1String("pendingTransfer")))
        pendingTransfer = pooled(pool, describe.value(QLatin1String("pendingTransfer")).toString());
    if (describe.contains(QLatin1String("level")))
        level = levelFromName(describe.value(QLatin1String("level")).toString());
    if (describe.contains(QLatin1String("tags"))) {
        const QJsonArray array = describe.value(QLatin1String("tags")).toArray();
        tags.clear();
        tags.reserve(array.size());
        for (const QJsonValue &tag : array)
            tags.append(pooled(pool, tag.toString()));
    }
    readNumber(describe, QStringLiteral("created"), &created, this, HasCreated);
    readNumber(describe, QStringLiteral("modified"), &modified, this, HasModified);
    // sponsoredUntil is only present while the project is sponsored: a describe without it
    // that carries the other defaults means "not sponsored".
    if (describe.contains(QLatin1String("sponsoredUntil")))
        readNumber(describe, QStringLiteral("sponsoredUntil"), &sponsoredUntil, this,
                   HasSponsoredUntil);
    else if (describe.contains(QLatin1String("name")))
        set(HasSponsoredUntil, false);
    readNumber(describe, QStringLiteral("dataUsage"), &dataUsage, this, HasDataUsage);
    readNumber(describe, QStringLiteral("storageCost"), &storageCost, this, HasStorageCost);

    static const struct
    {
        const char *key;
        Flag flag;
    } booleans[] = {
        { "protected", Protected },
        { "restricted", Restricted },
        { "downloadRestricted", DownloadRestricted },
        { "containsPHI", ContainsPHI },
    };
    for (const auto &b : booleans) {
        const QJsonValue value = describe.value(QLatin1String(b.key));
        if (value.isUndefined())
            continue;
        set(b.flag, value.toBool());
        set(HasFlags, true);
    }
}
