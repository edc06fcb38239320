#include "models/archive/UnarchiveJob.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"
#include "models/archive/FindPaging.h"

#include <QJsonArray>
#include <QTimer>

UnarchiveJob::UnarchiveJob(ApiClient *client, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &UnarchiveJob::poll);
}

bool UnarchiveJob::start(const ArchiveSelection &selection, const QString &rate, QString *problem)
{
    const QString why = m_running ? QStringLiteral("An unarchive request is already running.")
                                  : ArchiveRules::selectionProblem(selection);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    m_selection = selection;
    m_wanted = QSet<QString>(selection.files.begin(), selection.files.end());
    m_running = true;
    m_live = 0;
    m_call.start(
        ProjectApi(m_client).unarchive(m_projectId,
                                       ArchiveRules::unarchiveInput(selection, rate, false)),
        [this, rate](const QJsonObject &result) {
            m_accepted = ArchiveRules::quoteFrom(rate, result);
            m_requested = m_accepted.files;
            Q_EMIT accepted(m_accepted);
            Q_EMIT progress(0, m_requested);
            poll();
        },
        [this](const ApiError &error) {
            m_running = false;
            Q_EMIT failed(error);
        });
    return true;
}

void UnarchiveJob::stopFollowing()
{
    m_timer->stop();
    m_call.abort();
    m_running = false;
}

void UnarchiveJob::poll()
{
    if (!m_running)
        return;
    m_unarchiving = 0;
    pollPage(QJsonValue::Null);
}

void UnarchiveJob::pollPage(const QJsonValue &starting)
{
    const QString folder = m_selection.usesFolder() ? m_selection.folder : QStringLiteral("/");
    const bool recurse = m_selection.usesFolder() ? m_selection.recurse : true;
    QJsonObject input {
        { QStringLiteral("class"), QStringLiteral("file") },
        { QStringLiteral("scope"),
          QJsonObject { { QStringLiteral("project"), m_projectId },
                        { QStringLiteral("folder"), folder },
                        { QStringLiteral("recurse"), recurse } } },
        { QStringLiteral("archivalState"), QStringLiteral("unarchiving") },
        { QStringLiteral("describe"), false },
    };
    if (!starting.isNull())
        input.insert(QStringLiteral("starting"), starting);
    m_call.start(
        ProjectApi(m_client).findDataObjects(input),
        [this](const QJsonObject &result) {
            const QJsonArray results = result.value(QStringLiteral("results")).toArray();
            for (const QJsonValue &v : results) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                if (m_wanted.isEmpty() || m_wanted.contains(id))
                    ++m_unarchiving;
            }
            if (hasNextPage(result))
                pollPage(result.value(QStringLiteral("next")));
            else
                onPolled();
        },
        [this](const ApiError &error) {
            m_running = false;
            Q_EMIT failed(error);
        });
}

void UnarchiveJob::onPolled()
{
    // Files unarchived earlier by someone else are not counted: only this request's files.
    m_live = qMax(0, m_requested - m_unarchiving);
    Q_EMIT progress(m_live, m_requested);
    if (m_unarchiving == 0) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    m_timer->start(m_pollMs);
}
