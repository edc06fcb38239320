#pragma once

#include "models/regions/BillToOption.h"

#include <QJsonObject>
#include <QList>

// Realistic inputs for the administration forms when they are shown without a server
// (--show views, screenshots): the accounts and a project like the sandbox's demo world.
namespace FormExamples {

// Alice's own account and her orgs: billable, PHI-enabled, at its spending limit, and one she
// may not bill to.
QList<BillToOption> billToOptions();
// A describe result of a project Alice administers, with properties.
QJsonObject projectDescribe();

} // namespace FormExamples
