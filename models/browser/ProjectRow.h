#pragma once

#include "api/Level.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

class StringPool;

// One project of the list, compact: a 100,000-row list keeps these, never the JSON it came
// from. Fields the server did not send are marked absent (has*), because absent is not zero:
// storageCost is missing for callers who may not see the billTo's pricing.
struct ProjectRow
{
    enum Flag : quint16 {
        Protected = 1 << 0,
        Restricted = 1 << 1,
        DownloadRestricted = 1 << 2,
        ContainsPHI = 1 << 3,
        HasCreated = 1 << 4,
        HasModified = 1 << 5,
        HasDataUsage = 1 << 6,
        HasStorageCost = 1 << 7,
        HasSponsoredUntil = 1 << 8,
        HasFlags = 1 << 9, // the four boolean flags were part of the reply
        NotAMember = 1 << 10, // level NONE: an org admin's search shows it (org-xxxx/findProjects)
    };

    QString id;
    QString name;
    QString region; // interned
    QString billTo; // interned
    QString pendingTransfer; // interned; empty when there is none
    QStringList tags; // each tag interned
    qint64 created = 0; // ms since the epoch
    qint64 modified = 0;
    qint64 sponsoredUntil = 0;
    double dataUsage = 0; // GB, as the platform reports it
    double storageCost = 0; // dollars per month
    Level level = Level::None;
    quint16 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    void set(Flag flag, bool on) { flags = on ? quint16(flags | flag) : quint16(flags & ~flag); }
    // Sponsorship only counts while sponsoredUntil lies in the future.
    bool isSponsored(qint64 nowMs) const
    {
        return has(HasSponsoredUntil) && sponsoredUntil > nowMs;
    }

    bool operator==(const ProjectRow &o) const
    {
        return id == o.id && name == o.name && region == o.region && billTo == o.billTo
            && pendingTransfer == o.pendingTransfer && tags == o.tags && created == o.created
            && modified == o.modified && sponsoredUntil == o.sponsoredUntil
            && dataUsage == o.dataUsage && storageCost == o.storageCost && level == o.level
            && flags == o.flags;
    }
    bool operator!=(const ProjectRow &o) const { return !(*this == o); }

    // A findProjects result: {"id", "level", "describe": {...}}.
    static ProjectRow fromFindResult(const QJsonObject &result, StringPool *pool);
    // Overwrites the fields that `describe` carries and leaves the others as they were.
    void applyDescribe(const QJsonObject &describe, StringPool *pool);
};

Q_DECLARE_METATYPE(ProjectRow)
