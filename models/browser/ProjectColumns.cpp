#include "models/browser/ProjectColumns.h"

#include "models/browser/ProjectRow.h"
#include "models/common/DataSize.h"
#include "models/common/Money.h"
#include "models/projects/ProjectFlags.h"

#include <QDateTime>

namespace {
struct ColumnInfo
{
    const char *key;
    const char *title;
    const char *toolTip;
};

// Indexed by ProjectColumns::Column.
const ColumnInfo columnInfo[] = {
    { "name", "Name", "The project's name. Names are not unique: two projects may share one." },
    { "id", "ID", "The project's permanent identifier (project-...), unique on the platform." },
    { "region", "Region",
      "The cloud region where the project's data is stored and its jobs run, for example "
      "aws:us-east-1. It is chosen when the project is created and cannot change." },
    { "billTo", "billTo",
      "The user or organization (org-...) that pays for the project's storage and "
      "computing." },
    { "level", "Your access",
      "Your permission level in this project: VIEW (read), UPLOAD (add data), CONTRIBUTE "
      "(change data and metadata) or ADMINISTER (manage members and settings)." },
    { "created", "Created", "When the project was created (your local time)." },
    { "modified", "Modified", "When the project or its metadata last changed (your local time)." },
    { "dataUsage", "Data usage",
      "How much data the project stores, not counting data someone else sponsors. The "
      "platform updates this figure with a short delay." },
    { "storageCost", "Storage cost / month",
      "What storing the project's current data costs per month, in US dollars. Blank when "
      "you may not see the pricing of the account that pays." },
    { "tags", "Tags", "Short labels attached to the project, used to group and find projects." },
    // Flags: their title and tooltip come from ProjectFlags.
    { "protected", nullptr, nullptr },
    { "restricted", nullptr, nullptr },
    { "downloadRestricted", nullptr, nullptr },
    { "containsPHI", nullptr, nullptr },
    { "pendingTransfer", "Pending transfer",
      "The account that has been invited to take over this project, if any." },
    { "sponsored", "Sponsored until",
      "While sponsored, the paying account covers the storage of this project's data for "
      "everyone who holds a copy. Shows when the sponsorship ends." },
};
static_assert(sizeof(columnInfo) / sizeof(columnInfo[0]) == ProjectColumns::Count,
              "one entry per column");

bool validColumn(int column)
{
    return column >= 0 && column < ProjectColumns::Count;
}

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

QString flagText(const ProjectRow &row, ProjectRow::Flag flag, int column)
{
    return row.has(flag) ? ProjectColumns::title(column) : QString();
}
} // namespace

QString ProjectColumns::key(int column)
{
    return validColumn(column) ? QString::fromLatin1(columnInfo[column].key) : QString();
}

int ProjectColumns::fromKey(const QString &key)
{
    for (int c = 0; c < Count; ++c) {
        if (key == QLatin1String(columnInfo[c].key))
            return c;
    }
    return -1;
}

QString ProjectColumns::title(int column)
{
    if (!validColumn(column))
        return {};
    if (const ProjectFlag *flag = ProjectFlags::find(key(column)))
        return flag->label;
    return QString::fromLatin1(columnInfo[column].title);
}

QString ProjectColumns::toolTip(int column)
{
    if (!validColumn(column))
        return {};
    if (const ProjectFlag *flag = ProjectFlags::find(key(column)))
        return flag->toolTip;
    return QString::fromLatin1(columnInfo[column].toolTip);
}

bool ProjectColumns::isNumeric(int column)
{
    return column == DataUsage || column == StorageCost;
}

QList<int> ProjectColumns::defaultVisible()
{
    // What an administrator scans for: where, who pays, their access, size, recent activity
    // and the flags. The ID is one Ctrl+C away and in the details; its column is off.
    return { Name,       Region,     BillTo,
             Level,      DataUsage,  Modified,
             Protected,  Restricted, DownloadRestricted,
             ContainsPHI };
}

bool ProjectColumns::hasValue(const ProjectRow &row, int column, qint64 nowMs)
{
    switch (column) {
    case Name:
        return !row.name.isEmpty();
    case Id:
        return !row.id.isEmpty();
    case Region:
        return !row.region.isEmpty();
    case BillTo:
        return !row.billTo.isEmpty();
    case Level:
        return row.level != ::Level::None || row.has(ProjectRow::NotAMember);
    case Created:
        return row.has(ProjectRow::HasCreated);
    case Modified:
        return row.has(ProjectRow::HasModified);
    case DataUsage:
        return row.has(ProjectRow::HasDataUsage);
    case StorageCost:
        return row.has(ProjectRow::HasStorageCost);
    case Tags:
        return !row.tags.isEmpty();
    case Protected:
    case Restricted:
    case DownloadRestricted:
    case ContainsPHI:
        return row.has(ProjectRow::HasFlags);
    case PendingTransfer:
        return !row.pendingTransfer.isEmpty();
    case Sponsored:
        return row.isSponsored(nowMs);
    default:
        return false;
    }
}

QString ProjectColumns::displayText(const ProjectRow &row, int column, qint64 nowMs)
{
    if (!hasValue(row, column, nowMs))
        return QString();
    switch (column) {
    case Name:
        return row.name;
    case Id:
        return row.id;
    case Region:
        return row.region;
    case BillTo:
        return row.billTo;
    case Level:
        return row.has(ProjectRow::NotAMember) ? QStringLiteral("not a member")
                                               : levelName(row.level);
    case Created:
        return formatTimestamp(row.created);
    case Modified:
        return formatTimestamp(row.modified);
    case DataUsage:
        return DataSize::fromGB(row.dataUsage);
    case StorageCost:
        return Money::amount(row.storageCost);
    case Tags:
        return row.tags.join(QLatin1String(", "));
    case Protected:
        return flagText(row, ProjectRow::Protected, column);
    case Restricted:
        return flagText(row, ProjectRow::Restricted, column);
    case DownloadRestricted:
        return flagText(row, ProjectRow::DownloadRestricted, column);
    case ContainsPHI:
        return flagText(row, ProjectRow::ContainsPHI, column);
    case PendingTransfer:
        return row.pendingTransfer;
    case Sponsored:
        return formatTimestamp(row.sponsoredUntil);
    default:
        return QString();
    }
}

int ProjectColumns::compare(const ProjectRow &a, const ProjectRow &b, int column, qint64 nowMs)
{
    Q_UNUSED(nowMs)
    switch (column) {
    case Name:
        return a.name.compare(b.name, Qt::CaseInsensitive);
    case Id:
        return a.id.compare(b.id);
    case Region:
        return a.region.compare(b.region, Qt::CaseInsensitive);
    case BillTo:
        return a.billTo.compare(b.billTo, Qt::CaseInsensitive);
    case Level:
        return threeWay(int(a.level), int(b.level));
    case Created:
        return threeWay(a.created, b.created);
    case Modified:
        return threeWay(a.modified, b.modified);
    case DataUsage:
        return threeWay(a.dataUsage, b.dataUsage);
    case StorageCost:
        return threeWay(a.storageCost, b.storageCost);
    case Tags:
        return a.tags.join(QLatin1Char(','))
            .compare(b.tags.join(QLatin1Char(',')), Qt::CaseInsensitive);
    case Protected:
        return threeWay(a.has(ProjectRow::Protected), b.has(ProjectRow::Protected));
    case Restricted:
        return threeWay(a.has(ProjectRow::Restricted), b.has(ProjectRow::Restricted));
    case DownloadRestricted:
        return threeWay(a.has(ProjectRow::DownloadRestricted),
                        b.has(ProjectRow::DownloadRestricted));
    case ContainsPHI:
        return threeWay(a.has(ProjectRow::ContainsPHI), b.has(ProjectRow::ContainsPHI));
    case PendingTransfer:
        return a.pendingTransfer.compare(b.pendingTransfer, Qt::CaseInsensitive);
    case Sponsored:
        return threeWay(a.sponsoredUntil, b.sponsoredUntil);
    default:
        return 0;
    }
}

QVariant ProjectColumns::sortKey(const ProjectRow &row, int column, qint64 nowMs)
{
    if (!hasValue(row, column, nowMs))
        return QVariant();
    switch (column) {
    case Name:
        return row.name.toLower();
    case Id:
        return row.id;
    case Region:
        return row.region.toLower();
    case BillTo:
        return row.billTo.toLower();
    case Level:
        return int(row.level);
    case Created:
        return row.created;
    case Modified:
        return row.modified;
    case DataUsage:
        return row.dataUsage;
    case StorageCost:
        return row.storageCost;
    case Tags:
        return row.tags.join(QLatin1Char(',')).toLower();
    case Protected:
        return row.has(ProjectRow::Protected);
    case Restricted:
        return row.has(ProjectRow::Restricted);
    case DownloadRestricted:
        return row.has(ProjectRow::DownloadRestricted);
    case ContainsPHI:
        return row.has(ProjectRow::ContainsPHI);
    case PendingTransfer:
        return row.pendingTransfer.toLower();
    case Sponsored:
        return row.sponsoredUntil;
    default:
        return QVariant();
    }
}

QString ProjectColumns::formatTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm"));
}
