#pragma once

#include <QJsonObject>
#include <QString>

// "Copy as command": the command of the reference client `dx` that makes the same call, as
// one line for a POSIX shell. Routes with a dedicated command get it (dx tag, dx invite...)
// only when that command sends exactly the same input; everything else, and every input a
// dedicated command cannot say (or would change, e.g. `dx invite alice` -> "user-alice"),
// gets `dx api`, which always says it exactly.
namespace CommandLine {

// The word as a shell reads it: bare when it is made of safe characters, else in single
// quotes with each ' written as '\''.
QString shellQuote(const QString &word);

// `dx api <subject> <method> '<json>'` (the JSON compact; left out when the input is empty).
QString apiCommand(const QString &subject, const QString &method, const QJsonObject &input);

// The best command for the call: a dedicated one when it says exactly the same, else dx api.
QString forCall(const QString &subject, const QString &method, const QJsonObject &input);

// "/project-xxxx/update" -> "project-xxxx", "update"; "/project/new" -> "project", "new".
// False (and nothing written) for anything that is not "/<subject>/<method>".
bool splitRoute(const QString &route, QString *subject, QString *method);

// forCall() for a route as the forms show it; empty when the route is not "/<subject>/<method>".
QString forRoute(const QString &route, const QJsonObject &input);

} // namespace CommandLine
