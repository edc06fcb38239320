#pragma once

#include "api/ApiError.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;

// Root executions of a project by state, from /project-xxxx/countRootExecutions. A server that
// answers the route with ResourceNotFound does not offer it (docs/api-facts.md): the status is
// then Unsupported and the page that shows the counts hides itself.
class ExecutionCounts : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Loading, Loaded, Unsupported, Error };
    Q_ENUM(Status)

    explicit ExecutionCounts(ApiClient *client, QObject *parent = nullptr);

    void load(const QString &projectId);

    Status status() const { return m_status; }
    QMap<QString, int> counts() const { return m_counts; }
    int total() const;
    ApiError lastError() const { return m_error; }
    // Terminal states (done, failed, terminated) come last, the others first.
    static QStringList orderedStates(const QMap<QString, int> &counts);

Q_SIGNALS:
    void changed();

private:
    void setStatus(Status status);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QMap<QString, int> m_counts;
    ApiError m_error;
    Status m_status = Status::Idle;
};
