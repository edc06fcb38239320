#pragma once

#include "api/ApiAttempt.h"

#include <QMetaType>
#include <QString>

// One row of the activity log: an API attempt, or a user action (isAction) that caused calls.
// Like ApiAttempt it never holds a token, and a request input only where AttemptInput allows.
struct ActivityEntry
{
    qint64 id = 0; // row id in the log file; 0 when not stored
    QString profile;
    QString action; // the user action behind the call ("Bulk: add tag 'qc' on 200 projects")
    bool isAction = false; // true: a user action, `attempt` holds only its time
    ApiAttempt attempt;
};

Q_DECLARE_METATYPE(ActivityEntry)
