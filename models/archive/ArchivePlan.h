#pragma once

#include "models/archive/ArchiveRules.h"
#include "models/archive/FileListModel.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// What an archive request will do, worked out before it is sent (issue 14 item 9). The
// platform tags each live copy for archival; a file moves to archive storage ("archived") only
// when every copy under the same billTo has been requested, or with allCopies. Until then it
// stays "archival": still in live storage and billed as live (project-xxxx/archive;
// documentation.dnanexus.com/faqs/archive-unarchive-service).
struct ArchivePlan
{
    int selected = 0; // files in the selection
    int tagged = 0; // live files the request tags for archival (the server's count)
    double taggedBytes = 0;
    int archived = 0; // of those, the ones that move to archive storage
    double archivedBytes = 0;
    int staysLive = 0; // tagged, but another copy under the billTo is live: "archival"
    double staysLiveBytes = 0;
    QStringList liveElsewhere; // projects holding those live copies, sorted
    int untouched = 0; // already archival, archived or unarchiving: not sent again
};

// Storage prices of one region, dollars per GB per month; negative when the sheet lacks one.
struct StoragePrices
{
    double livePerGBMonth = -1;
    double archivedPerGBMonth = -1;

    bool known() const { return livePerGBMonth >= 0 && archivedPerGBMonth >= 0; }
};

namespace ArchivePlanning {

// The rows a selection names: the listed files, or the files under the folder (its subfolders
// too when recurse).
QList<FileRow> selectedRows(const ArchiveSelection &selection, const QList<FileRow> &rows);

// liveCopies: file ID -> the other projects under the same billTo that hold a live copy of it.
ArchivePlan plan(const QList<FileRow> &selected, const QHash<QString, QStringList> &liveCopies,
                 bool allCopies);

// storagePricePerGB and archivedPricePerGB of one region's price model
// (pricingModelsByRegion[region] of the billTo's describe).
StoragePrices storagePrices(const QJsonObject &regionPricing);

// Dollars per month saved: what moves to archive storage, billed at the archived price
// instead of the live one. Copies that stay "archival" save nothing.
double monthlySaving(const ArchivePlan &plan, const StoragePrices &prices);

// The preview as sentences for the dialog, sizes and money in the console's one format.
QString summary(const ArchivePlan &plan, const StoragePrices &prices, const QString &region);

} // namespace ArchivePlanning
