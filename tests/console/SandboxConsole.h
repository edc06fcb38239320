#pragma once

#include "app/console/ConsoleApp.h"

#include <QStandardPaths>
#include <QTest>
#include <memory>

// The whole console on an in-memory sandbox, started, for the tests that drive it as a user
// would. Settings and data go to the test-mode locations, never the user's own.
inline std::unique_ptr<ConsoleApp> startSandboxConsole()
{
    QStandardPaths::setTestModeEnabled(true);
    ConsoleOptions options;
    options.sandbox = true;
    options.sandboxMemory = true;
    auto app = std::make_unique<ConsoleApp>(options);
    QString error;
    if (!app->start(&error)) {
        QTest::qFail(qPrintable(QStringLiteral("the console did not start: ") + error), __FILE__,
                     __LINE__);
        return nullptr;
    }
    return app;
}
