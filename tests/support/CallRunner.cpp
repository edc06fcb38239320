#include "tests/support/CallRunner.h"

#include "api/ApiCall.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTest>

CallOutcome runCall(ApiCall *call, int timeoutMs)
{
    CallOutcome outcome;
    QPointer<ApiCall> guard(call);
    QObject context;
    QObject::connect(call, &ApiCall::finished, &context, [&outcome](const QJsonObject &result) {
        ++outcome.finishedCount;
        outcome.result = result;
    });
    QObject::connect(call, &ApiCall::failed, &context, [&outcome](const ApiError &error) {
        ++outcome.failedCount;
        outcome.error = error;
    });
    QElapsedTimer clock;
    clock.start();
    call->start();
    const QDeadlineTimer deadline(timeoutMs);
    while (outcome.finishedCount + outcome.failedCount == 0 && !deadline.hasExpired())
        QTest::qWait(1);
    outcome.elapsedMs = clock.elapsed();
    // qWait also runs deferred deletes.
    for (int i = 0; i < 20 && guard; ++i)
        QTest::qWait(1);
    outcome.deleted = guard.isNull();
    return outcome;
}
