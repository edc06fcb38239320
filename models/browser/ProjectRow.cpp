#include "models/browser/ProjectRow.h"

#include "models/browser/StringPool.h"

#include <QJsonArray>

namespace {
QString pooled(StringPool *pool, const QString &text)
{
    return pool ? pool->intern(text) : text;
}

// A number field that is present: null or another type clears it. Timestamps are integers on
// the wire, but JSON numbers come back as doubles.
template<typename T>
void readNumber(const QJsonValue &value, T *target, ProjectRow *row, ProjectRow::Flag flag)
{
    const bool present = value.isDouble();
    *target = present ? T(value.toDouble()) : T(0);
    row->set(flag, present);
}

void readFlag(const QJsonValue &value, ProjectRow *row, ProjectRow::Flag flag)
{
    row->set(flag, value.toBool());
    row->set(ProjectRow::HasFlags, true);
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
    // One pass over the fields the describe has, rather than a lookup of each field the row
    // knows: a lookup is a binary search of string compares (two with contains()), and this
    // runs for every row of a 100,000-row listing. Fields the describe lacks stay as they were.
    bool sawName = false;
    bool sawSponsoredUntil = false;
    for (auto it = describe.constBegin(), end = describe.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("id")) {
            id = value.toString();
        } else if (key == QLatin1String("name")) {
            name = value.toString();
            sawName = true;
        } else if (key == QLatin1String("region")) {
            region = pooled(pool, value.toString());
        } else if (key == QLatin1String("billTo")) {
            billTo = pooled(pool, value.toString());
        } else if (key == QLatin1String("pendingTransfer")) {
            pendingTransfer = pooled(pool, value.toString());
        } else if (key == QLatin1String("level")) {
            level = levelFromName(value.toString());
        } else if (key == QLatin1String("tags")) {
            const QJsonArray array = value.toArray();
            tags.clear();
            tags.reserve(array.size());
            for (const QJsonValue &tag : array)
                tags.append(pooled(pool, tag.toString()));
        } else if (key == QLatin1String("created")) {
            readNumber(value, &created, this, HasCreated);
        } else if (key == QLatin1String("modified")) {
            readNumber(value, &modified, this, HasModified);
        } else if (key == QLatin1String("sponsoredUntil")) {
            readNumber(value, &sponsoredUntil, this, HasSponsoredUntil);
            sawSponsoredUntil = true;
        } else if (key == QLatin1String("dataUsage")) {
            readNumber(value, &dataUsage, this, HasDataUsage);
        } else if (key == QLatin1String("storageCost")) {
            readNumber(value, &storageCost, this, HasStorageCost);
        } else if (key == QLatin1String("protected")) {
            readFlag(value, this, Protected);
        } else if (key == QLatin1String("restricted")) {
            readFlag(value, this, Restricted);
        } else if (key == QLatin1String("downloadRestricted")) {
            readFlag(value, this, DownloadRestricted);
        } else if (key == QLatin1String("containsPHI")) {
            readFlag(value, this, ContainsPHI);
        }
    }
    // sponsoredUntil is only present while the project is sponsored: a describe without it
    // that carries the other defaults means "not sponsored".
    if (!sawSponsoredUntil && sawName)
        set(HasSponsoredUntil, false);
}
