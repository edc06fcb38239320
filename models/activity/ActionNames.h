#pragma once

#include <QString>

// The user action behind an API call that no bulk run or form named: what the person did
// ("Destroy project"), read from the call's subject and method, so that every row of the
// activity log says why it was made. Pure.
namespace ActionNames {

// target: "system", "project", "project-xxxx", "user-x", "org-x"; method: "destroy"...
// Empty only when both are empty.
QString forCall(const QString &target, const QString &method);

} // namespace ActionNames
