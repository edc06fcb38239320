#pragma once

#include <QList>
#include <QString>
#include <QVariant>

struct ProjectRow;

// The columns of the project table: stable keys (saved layouts use them), titles, tooltips
// that explain each field to someone who never saw the platform, display text and sort keys.
class ProjectColumns
{
public:
    enum Column {
        Name,
        Id,
        Region,
        BillTo,
        Level,
        Created,
        Modified,
        DataUsage,
        StorageCost,
        Tags,
        Protected,
        Restricted,
        DownloadRestricted,
        ContainsPHI,
        PendingTransfer,
        Sponsored,
        Count
    };

    static QString key(int column); // "name", "dataUsage"...; empty if out of range
    static int fromKey(const QString &key); // -1 for unknown keys
    static QString title(int column);
    static QString toolTip(int column);
    static bool isNumeric(int column); // right-aligned, sorted as numbers
    static QList<int> defaultVisible();

    // nowMs decides "sponsored", which ends when sponsoredUntil passes.
    static QString displayText(const ProjectRow &row, int column, qint64 nowMs);
    // False when the server did not send the field: such cells are blank and sort last.
    static bool hasValue(const ProjectRow &row, int column, qint64 nowMs);
    // Orders two rows that both have a value in `column`: negative, zero or positive.
    static int compare(const ProjectRow &a, const ProjectRow &b, int column, qint64 nowMs);
    // The same order as a QVariant (invalid when absent), for views and generic code.
    static QVariant sortKey(const ProjectRow &row, int column, qint64 nowMs);

    // Sizes and costs: DataSize and Money.
    static QString formatTimestamp(qint64 ms); // local time, "yyyy-MM-dd HH:mm"
};
