#pragma once

#include <QLoggingCategory>

// dxc.api: one debug line per attempt (route, status, ms). Never a token, never a body.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
