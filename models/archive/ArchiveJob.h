#pragma once

#include "api/ApiError.h"
#include "models/archive/ArchiveRules.h"
#include "models/common/LatestCall.h"

#include <QList>
#include <QObject>

class ApiClient;

// The result of one archive request: how many files it named and how many the server tagged
// for archival, or the error.
struct ArchiveBatchResult
{
    int index = 0;
    int requested = 0; // file IDs in the batch (0 for a folder request)
    int count = 0; // the server's count
    ApiError error;
    bool skipped = false; // not sent because the job was cancelled

    bool ok() const { return !error.isError() && !skipped; }
};

// Archives files in batches of at most 1000 IDs, one request after the other (a folder is one
// request). Each batch gets a result; a failed batch does not stop the next ones (the user
// sees which batch failed and why), cancel() stops before the next batch and marks the rest
// skipped so that nothing is silently left out.
class ArchiveJob : public QObject
{
    Q_OBJECT
public:
    ArchiveJob(ApiClient *client, const QString &projectId, QObject *parent = nullptr);

    // False (with `problem`) when the selection breaks the rules; nothing is sent then.
    bool start(const ArchiveSelection &selection, bool allCopies, QString *problem = nullptr);
    void cancel();

    bool isRunning() const { return m_running; }
    int batchCount() const { return int(m_batches.size()); }
    QList<ArchiveBatchResult> results() const { return m_results; }
    int archivedCount() const; // sum of the counts of the batches that succeeded
    int failedBatches() const;

Q_SIGNALS:
    void progress(int batchesDone, int batchCount);
    void batchFinished(const ArchiveBatchResult &result);
    void finished(); // every batch has a result

private:
    void sendNext();
    void record(ArchiveBatchResult result);

    ApiClient *m_client;
    QString m_projectId;
    ArchiveSelection m_selection;
    bool m_allCopies = false;
    QList<QStringList> m_batches;
    QList<ArchiveBatchResult> m_results;
    LatestCall m_call { this };
    bool m_running = false;
    bool m_cancelled = false;
};
