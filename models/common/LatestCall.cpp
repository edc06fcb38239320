#include "models/common/LatestCall.h"

#include "api/ApiCall.h"

LatestCall::LatestCall(QObject *context)
    : m_context(context)
{ }

LatestCall::~LatestCall()
{
    abort();
}

template<typename Arg>
QMetaObject::Connection LatestCall::deliver(ApiCall *call, void (ApiCall::*signal)(const Arg &),
                                            std::function<void(const Arg &)> handler)
{
    return QObject::connect(call, signal, m_context, [this, call, handler](const Arg &value) {
        if (m_call != call)
            return; // dropped: its end belongs to nobody
        release();
        if (handler)
            handler(value);
    });
}

void LatestCall::start(ApiCall *call, OnFinished onFinished, OnFailed onFailed)
{
    abort();
    m_call = call;
    m_finished = deliver<QJsonObject>(call, &ApiCall::finished, std::move(onFinished));
    m_failed = deliver<ApiError>(call, &ApiCall::failed, std::move(onFailed));
    call->start();
}

void LatestCall::abort()
{
    if (!m_call)
        return;
    ApiCall *call = m_call;
    // Disconnect first: abort() reports Aborted at once, and nobody here waits for it.
    release();
    call->abort();
}

void LatestCall::release()
{
    QObject::disconnect(m_finished);
    QObject::disconnect(m_failed);
    m_call.clear();
}
