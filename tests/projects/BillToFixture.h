#pragma once

#include "models/regions/BillToOption.h"

#include <QList>

// The billTo options of the New and Edit project tests: accounts like the sandbox's demo
// world, without asking it.
namespace BillToFixture {

// Alice's own account and her orgs: billable, PHI-enabled, at its spending limit, and one she
// may not bill to.
QList<BillToOption> billToOptions();

} // namespace BillToFixture
