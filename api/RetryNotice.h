#pragma once

#include "api/ApiError.h"

#include <QString>

// What a call waiting to be resent says to people: "server busy, retry 5 in 1 s".
// `retry` counts from 1; `waitMs` is the wait before it; `reason` is what the last attempt got.
QString retryNotice(int retry, qint64 waitMs, const ApiError &reason);
