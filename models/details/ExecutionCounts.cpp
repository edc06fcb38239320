#include "models/details/ExecutionCounts.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"

ExecutionCounts::ExecutionCounts(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void ExecutionCounts::load(const QString &projectId)
{
    if (m_call)
        m_call->abort();
    m_call = nullptr; // an aborted call reports nothing, and is gone soon
    m_counts.clear();
    m_error = {};
    ApiCall *call = ProjectApi(m_client).countRootExecutions(projectId);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const QJsonObject &result) {
        if (m_call != call)
            return;
        m_call = nullptr;
        for (auto it = result.begin(); it != result.end(); ++it) {
            if (it.value().isDouble())
                m_counts.insert(it.key(), it.value().toInt());
        }
        setStatus(Status::Loaded);
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call != call)
            return;
        m_call = nullptr;
        m_error = error;
        setStatus(error.type == ApiError::Type::ResourceNotFound ? Status::Unsupported
                                                                 : Status::Error);
    });
    setStatus(Status::Loading);
    call->start();
}

int ExecutionCounts::total() const
{
    int sum = 0;
    for (int n : m_counts)
        sum += n;
    return sum;
}

QStringList ExecutionCounts::orderedStates(const QMap<QString, int> &counts)
{
    const QStringList terminal { QStringLiteral("done"), QStringLiteral("failed"),
                                 QStringLiteral("terminated") };
    QStringList active;
    QStringList ended;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        (terminal.contains(it.key()) ? ended : active).append(it.key());
    std::sort(ended.begin(), ended.end(), [&terminal](const QString &a, const QString &b) {
        return terminal.indexOf(a) < terminal.indexOf(b);
    });
    return active + ended;
}

void ExecutionCounts::setStatus(Status status)
{
    m_status = status;
    Q_EMIT changed();
}
