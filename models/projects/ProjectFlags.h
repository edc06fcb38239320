#pragma once

#include "api/Level.h"

#include <QList>
#include <QString>
#include <QStringList>

// One boolean flag of a project: the platform's key and everything the console says about it.
// Every list of flags (columns, detail page, forms, bulk actions, dx commands) reads this
// table, so a flag is named, explained and spelled for dx in one place.
struct ProjectFlag
{
    QString key; // the describe/update field: "downloadRestricted"
    QString label; // the one name the console uses for it: "Download restricted"
    QString toolTip; // what it means, one sentence
    QString whenOn; // what it means for this project when set
    QString whenOff; // ... and when not set
    // `dx new project` option that turns it on (the flag is off by default); empty: none.
    QString dxNewOption;
    // `dx update project` option that takes true or false; empty: not confirmed for dx, so
    // "copy as command" says the call with dx api instead.
    QString dxUpdateOption;
    // Who may set it: /project/new takes every flag from its creator; /project-xxxx/update
    // needs this level on the project (DNAnexus API, project-xxxx/update).
    Level levelToChange = Level::Administer;
    bool oneWay = false; // once on, never off (containsPHI)
};

namespace ProjectFlags {
// In the order forms show them (the order of the DNAnexus API's project/new inputs).
const QList<ProjectFlag> &all();
// nullptr for keys that are not flags.
const ProjectFlag *find(const QString &key);
QStringList keys();
// The label of `key`, or `key` itself when it is not a flag.
QString label(const QString &key);
} // namespace ProjectFlags
