#pragma once

#include <QString>
#include <QStringList>

// What the unarchive rates mean for a user: how long a restore takes at each rate, and why a
// rate is not offered on a cloud. DNAnexus documents the rates (project-xxxx/unarchive: "the
// speed at which all files in this request are unarchived") and the archive storage (AWS S3
// Glacier, Azure Blob ARCHIVE: documentation.dnanexus.com/user/objects/archiving-files) but
// publishes no time per rate; the times here are the clouds' own documented typical times for
// that storage, and the dialog says so.
namespace UnarchiveRates {

// Every rate the API names, fastest first.
QStringList all();

// "1–5 minutes", "3–5 hours", ...; "not documented" for a cloud without published times.
QString restoreTime(const QString &region, const QString &rate);

// Where restoreTime() comes from, one sentence for under the table.
QString restoreTimeSource(const QString &region);

// Why `rate` is not offered in `region`, e.g. "Azure has no Bulk rate: ..."; empty when the
// rate is offered there (ArchiveRules::unarchiveRates).
QString whyMissing(const QString &region, const QString &rate);

} // namespace UnarchiveRates
