#pragma once

#include "api/ApiError.h"

#include <QJsonObject>

class ApiCall;

// How one ApiCall ended, for tests: how often each end signal came, what it carried, how long
// it took and whether the call deleted itself afterwards.
struct CallOutcome
{
    int finishedCount = 0;
    int failedCount = 0;
    QJsonObject result;
    ApiError error;
    qint64 elapsedMs = 0;
    bool deleted = false;

    bool succeeded() const { return finishedCount == 1 && failedCount == 0; }
    bool failedOnce() const { return failedCount == 1 && finishedCount == 0; }
};

// Starts `call` and spins the event loop until it ends (or timeoutMs passes), then lets its
// deleteLater() run.
CallOutcome runCall(ApiCall *call, int timeoutMs = 5000);
