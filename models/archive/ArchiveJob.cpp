#include "models/archive/ArchiveJob.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"

ArchiveJob::ArchiveJob(ApiClient *client, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
{ }

bool ArchiveJob::start(const ArchiveSelection &selection, bool allCopies, QString *problem)
{
    const QString why = m_running ? QStringLiteral("An archive request is already running.")
                                  : ArchiveRules::selectionProblem(selection);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    m_selection = selection;
    m_allCopies = allCopies;
    m_batches = selection.usesFolder() ? QList<QStringList> { QStringList() }
                                       : ArchiveRules::batches(selection.files);
    m_results.clear();
    m_cancelled = false;
    m_running = true;
    Q_EMIT progress(0, batchCount());
    sendNext();
    return true;
}

void ArchiveJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // The request in flight is left to finish: the server may already have applied it, and
    // its count is worth reporting. The batches after it are not sent.
    if (!m_call.isActive())
        sendNext();
}

int ArchiveJob::archivedCount() const
{
    int total = 0;
    for (const ArchiveBatchResult &r : m_results)
        total += r.ok() ? r.count : 0;
    return total;
}

int ArchiveJob::failedBatches() const
{
    int failed = 0;
    for (const ArchiveBatchResult &r : m_results)
        failed += r.error.isError() ? 1 : 0;
    return failed;
}

void ArchiveJob::sendNext()
{
    const int index = int(m_results.size());
    if (index >= m_batches.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    ArchiveBatchResult result;
    result.index = index;
    result.requested = int(m_batches.at(index).size());
    if (m_cancelled) {
        result.skipped = true;
        record(result);
        return;
    }
    ArchiveSelection part = m_selection;
    if (!part.usesFolder())
        part.files = m_batches.at(index);
    m_call.start(
        ProjectApi(m_client).archive(m_projectId, ArchiveRules::archiveInput(part, m_allCopies)),
        [this, result](const QJsonObject &reply) mutable {
            result.count = reply.value(QStringLiteral("count")).toInt();
            record(result);
        },
        [this, result](const ApiError &error) mutable {
            result.error = error;
            record(result);
        });
}

void ArchiveJob::record(ArchiveBatchResult result)
{
    m_results.append(result);
    Q_EMIT batchFinished(result);
    Q_EMIT progress(int(m_results.size()), batchCount());
    sendNext();
}
