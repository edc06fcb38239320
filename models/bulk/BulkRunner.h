#pragma once

#include "models/bulk/BulkAction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;

// How one project of a bulk action ended (or where it stands).
struct BulkResult
{
    enum class State { Pending, Running, Done, Failed, Skipped, Cancelled };

    BulkStep step;
    State state = State::Pending;
    QString message; // the error sentence, the skip reason, or empty
    QString requestId; // of the last reply, when there was one
    int attempts = 0; // how many times it was run (retry-failed adds one)

    static QString stateName(State state); // "done", "failed"...
};

// Runs the steps of a bulk action with at most concurrency() calls in flight. cancel() stops
// new calls: the calls in flight finish and keep their real result, the others become
// Cancelled, so the table always says what happened on the server. retryFailed() runs again
// the Failed ones only.
class BulkRunner : public QObject
{
    Q_OBJECT
public:
    explicit BulkRunner(ApiClient *client, QObject *parent = nullptr);
    ~BulkRunner() override;

    int concurrency() const { return m_concurrency; }
    void setConcurrency(int calls) { m_concurrency = qMax(1, calls); }

    // Sets the preview: every step Pending, or Skipped with its reason. Not while running.
    void setSteps(const QList<BulkStep> &steps, const QString &description = {});
    QList<BulkResult> results() const { return m_results; }
    const BulkResult &resultAt(int i) const { return m_results.at(i); }
    int count() const { return int(m_results.size()); }
    QString description() const { return m_description; }

    void start(); // runs every Pending step
    void cancel();
    void retryFailed(); // Failed -> Pending, then start()
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }

    int countIn(BulkResult::State state) const;
    int toRunCount() const { return m_total; } // steps of the current run
    int finishedCount() const { return m_finished; } // of the current run

    // Project, name, change, result, message, request ID: one row per project.
    QByteArray resultsCsv() const;

Q_SIGNALS:
    void resultsReset();
    void resultChanged(int index);
    void progress(int finished, int total);
    // Before each call starts: the activity log ties the call's attempts to the action.
    void callStarted(quint64 callId, const QString &action);
    void runningChanged(bool running);
    void finished();

private:
    void pump();
    void onCallEnded(int index, bool ok, const QString &message, const QString &requestId);
    void setState(int index, BulkResult::State state, const QString &message = {});

    QPointer<ApiClient> m_client;
    QList<BulkResult> m_results;
    QString m_description;
    QList<int> m_queue; // indexes still to start, in order
    QHash<int, QPointer<ApiCall>> m_inFlight;
    int m_concurrency = 4;
    int m_total = 0;
    int m_finished = 0;
    bool m_running = false;
    bool m_cancelling = false;
};
