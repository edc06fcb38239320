#pragma once

#include <QJsonObject>
#include <QString>

// "Copy as command": the command of the reference client `dx` that makes the same call, as
// one line for a POSIX shell. Routes with a dedicated command get it (dx tag, dx invite...);
// the others, and inputs the dedicated command cannot express, get `dx api`.
namespace CommandLine {

// The word as a shell reads it: bare when it is made of safe characters, else in single
// quotes with each ' written as '\''.
QString shellQuote(const QString &word);

// `dx api <subject> <method> '<json>'` (the JSON compact; left out when the input is empty).
QString apiCommand(const QString &subject, const QString &method, const QJsonObject &input);

// The best command for the call: a dedicated one when it says exactly the same, else dx api.
QString forCall(const QString &subject, const QString &method, const QJsonObject &input);

} // namespace CommandLine
