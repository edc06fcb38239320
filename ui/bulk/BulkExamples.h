#pragma once

#include "models/activity/ActivityEntry.h"
#include "models/bulk/BulkAction.h"

#include <QList>

class BulkRunner;

// Realistic data for the bulk dialog and the activity panel when they are shown without a
// server (--show views bulk-preview, bulk-results, activity; screenshots).
namespace BulkExamples {

// Twelve projects in several regions and billTos; two where the user has only VIEW.
QList<BulkTarget> targets();
// The action the examples show: add tags 'qc' and 'release-2'.
BulkAction action();
// Puts the results of `action()` over `targets()` into runner: most done, a few refused by the
// server, the VIEW projects skipped. Nothing is sent.
void fillResults(BulkRunner *runner);
// A bulk run and a few browsing calls as the activity log would hold them, oldest first.
QList<ActivityEntry> activity();

} // namespace BulkExamples
