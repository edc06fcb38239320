#include "models/common/LatestCall.h"

#include "api/ApiCall.h"

LatestCall::LatestCall(QObject *context)
    : m_context(context)
{ }

LatestCall::~LatestCall()
{
    abort();
}

void LatestCall::start(ApiCall *call, OnFinished onFinished, OnFailed onFailed)
{
    abort();
    m_call = call;
    m_finished = QObject::connect(call, &ApiCall::finished, m_context,
                                  [this, call, onFinished](const QJsonObject &result) {
                                      if (m_call != call)
                                          return;
                                      release();
                                      if (onFinished)
                                          onFinished(result);
                                  });
    m_failed = QObject::connect(call, &ApiCall::failed, m_context,
                                [this, call, onFailed](const ApiError &error) {
                                    if (m_call != call)
                                        return;
                                    release();
                                    if (onFailed)
                                        onFailed(error);
                                });
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
