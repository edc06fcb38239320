#include "models/bulk/BulkRunner.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/common/CsvWriter.h"

QString BulkResult::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QObject::tr("pending");
    case State::Running:
        return QObject::tr("running");
    case State::Done:
        return QObject::tr("done");
    case State::Failed:
        return QObject::tr("failed");
    case State::Skipped:
        return QObject::tr("skipped");
    case State::Cancelled:
        return QObject::tr("cancelled");
    }
    return {};
}

BulkRunner::BulkRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

BulkRunner::~BulkRunner()
{
    // Calls still in flight report to nobody once we are gone.
    for (const QPointer<ApiCall> &call : qAsConst(m_inFlight))
        if (call)
            disconnect(call, nullptr, this, nullptr);
}

void BulkRunner::setSteps(const QList<BulkStep> &steps, const QString &description)
{
    if (m_running)
        return;
    m_results.clear();
    for (const BulkStep &step : steps) {
        BulkResult r;
        r.step = step;
        r.state = step.skipped ? BulkResult::State::Skipped : BulkResult::State::Pending;
        r.message = step.skipReason;
        m_results << r;
    }
    m_description = description;
    m_total = m_finished = 0;
    Q_EMIT resultsReset();
}

int BulkRunner::countIn(BulkResult::State state) const
{
    int n = 0;
    for (const BulkResult &r : m_results)
        n += r.state == state ? 1 : 0;
    return n;
}

void BulkRunner::start()
{
    if (m_running)
        return;
    m_queue.clear();
    for (int i = 0; i < m_results.size(); ++i)
        if (m_results.at(i).state == BulkResult::State::Pending)
            m_queue << i;
    m_total = int(m_queue.size());
    m_finished = 0;
    m_cancelling = false;
    m_running = true;
    Q_EMIT runningChanged(true);
    Q_EMIT progress(0, m_total);
    pump();
}

void BulkRunner::retryFailed()
{
    if (m_running)
        return;
    for (int i = 0; i < m_results.size(); ++i)
        if (m_results.at(i).state == BulkResult::State::Failed)
            setState(i, BulkResult::State::Pending);
    start();
}

void BulkRunner::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    const QList<int> notStarted = m_queue;
    m_queue.clear();
    for (int i : notStarted) {
        setState(i, BulkResult::State::Cancelled, tr("Not run: cancelled."));
        ++m_finished;
    }
    Q_EMIT progress(m_finished, m_total);
    pump();
}

void BulkRunner::setState(int index, BulkResult::State state, const QString &message)
{
    BulkResult &r = m_results[index];
    r.state = state;
    r.message = message;
    Q_EMIT resultChanged(index);
}

void BulkRunner::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_concurrency) {
        const int index = m_queue.takeFirst();
        const BulkStep &step = m_results.at(index).step;
        if (!m_client) {
            setState(index, BulkResult::State::Failed, tr("Not signed in."));
            ++m_finished;
            continue;
        }
        ApiCall *call = m_client->call(step.subject, step.method, step.input);
        m_inFlight.insert(index, call);
        ++m_results[index].attempts;
        setState(index, BulkResult::State::Running);
        connect(call, &ApiCall::finished, this,
                [this, index](const QJsonObject &) { onCallEnded(index, true, {}, {}); });
        connect(call, &ApiCall::failed, this, [this, index](const ApiError &error) {
            onCallEnded(index, false, error.userMessage(), error.requestId);
        });
        Q_EMIT callStarted(call->id(), m_description);
        call->start();
    }
    if (m_running && m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_running = false;
        m_cancelling = false;
        Q_EMIT runningChanged(false);
        Q_EMIT finished();
    }
}

void BulkRunner::onCallEnded(int index, bool ok, const QString &message, const QString &requestId)
{
    m_inFlight.remove(index);
    m_results[index].requestId = requestId;
    setState(index, ok ? BulkResult::State::Done : BulkResult::State::Failed, message);
    ++m_finished;
    Q_EMIT progress(m_finished, m_total);
    pump();
}

QByteArray BulkRunner::resultsCsv() const
{
    const QStringList header { tr("Project"), tr("Name"),    tr("Change"),
                               tr("Result"),  tr("Message"), tr("Request ID") };
    QList<QStringList> rows;
    for (const BulkResult &r : m_results)
        rows << QStringList { r.step.projectId, r.step.projectName,
                              r.step.change,    BulkResult::stateName(r.state),
                              r.message,        r.requestId };
    return CsvWriter::write(header, rows);
}
