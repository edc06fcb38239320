#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <functional>

class ApiCall;
class QObject;

// One call in flight for its owner: start() aborts the call before it and starts the new one;
// only the latest call's end reaches the handlers. A model that starts again (a new project,
// a new query) or goes away hears nothing of the calls it no longer waits for:
// - start() and abort() drop the call in flight; its handlers never run, even if a reply raced
//   the abort.
// - The destructor does the same, so the owner's destruction reports nothing.
// - When the latest call ends, the slot is freed before its handler runs, so that the handler
//   may start the next call (the next page, a describe after an update).
class LatestCall
{
public:
    using OnFinished = std::function<void(const QJsonObject &result)>;
    using OnFailed = std::function<void(const ApiError &error)>;

    // Handlers run with `context` as their receiver: never after it is gone.
    explicit LatestCall(QObject *context);
    ~LatestCall();
    LatestCall(const LatestCall &) = delete;
    LatestCall &operator=(const LatestCall &) = delete;

    // Takes `call` (not started yet), drops the call in flight and starts `call`.
    void start(ApiCall *call, OnFinished onFinished, OnFailed onFailed);
    // Drops the call in flight, if any: it is aborted and its handlers never run.
    void abort();
    bool isActive() const { return !m_call.isNull(); }

private:
    template<typename Arg>
    QMetaObject::Connection deliver(ApiCall *call, void (ApiCall::*signal)(const Arg &),
                                    std::function<void(const Arg &)> handler);
    void release();

    QObject *m_context;
    QPointer<ApiCall> m_call;
    QMetaObject::Connection m_finished;
    QMetaObject::Connection m_failed;
};
