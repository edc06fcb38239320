#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What to archive or unarchive: files, or one folder (with or without subfolders), never both.
struct ArchiveSelection
{
    QStringList files;
    QString folder; // empty when files are given
    bool recurse = true;

    bool usesFolder() const { return !folder.isEmpty(); }
};

// Whether allCopies may be offered, and why not.
struct AllCopiesCheck
{
    bool allowed = false;
    QString reason; // empty when allowed
};

// One unarchive dry-run (or real) answer: files, whole GB, cost in millidollars.
struct UnarchiveQuote
{
    QString rate;
    int files = 0;
    double sizeGB = 0;
    double sizeBytes = -1; // -1 when the server did not say
    double costMillidollars = 0;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

// The archive rules of the DNAnexus API (project-xxxx/archive, unarchive) as pure functions. The
// server checks them again; these let the dialogs refuse early, with the reason, instead of after a
// call.
namespace ArchiveRules {

constexpr int MaxFilesPerRequest = 1000;

// Empty when the selection is valid, else a sentence naming the problem.
QString selectionProblem(const ArchiveSelection &selection);

// ids in order, in chunks of at most `size` (duplicates kept once, first position wins).
QList<QStringList> batches(const QStringList &ids, int size = MaxFilesPerRequest);

// allCopies needs an ADMIN of the project's billTo org (the sandbox also accepts the billTo
// user itself). orgLevel is the caller's membership level in the billTo org ("ADMIN",
// "MEMBER", or empty when not a member or unknown).
AllCopiesCheck allCopies(const QString &userId, const QString &billTo, const QString &orgLevel);

// Rates `unarchive` accepts on the region's cloud, cheapest last: AWS Expedited, Standard,
// Bulk; Azure Expedited, Standard. Another cloud: Standard only (the server's default).
QStringList unarchiveRates(const QString &region);

// The input of /project-xxxx/archive or /unarchive (without rate/dryRun).
QJsonObject selectionInput(const ArchiveSelection &selection);
QJsonObject archiveInput(const ArchiveSelection &selection, bool allCopies);
QJsonObject unarchiveInput(const ArchiveSelection &selection, const QString &rate, bool dryRun);

UnarchiveQuote quoteFrom(const QString &rate, const QJsonObject &result);

// A dialog's sentence for an archive/unarchive failure: a missing licence, an unknown file or
// folder, mutually exclusive inputs; the server's words are kept.
QString failureMessage(const ApiError &error);

} // namespace ArchiveRules
