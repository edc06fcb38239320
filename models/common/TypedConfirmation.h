#pragma once

#include <QString>

// Irreversible actions (destroy, transfer) ask for the project's name to be typed exactly.
namespace TypedConfirmation {

// Why `typed` does not confirm `expected`; empty when it is exactly `expected`.
QString problem(const QString &typed, const QString &expected);

} // namespace TypedConfirmation
