#include "models/details/ProjectDetails.h"

#include "api/ApiClient.h"
#include "models/browser/ProjectCache.h"
#include "models/common/AsOf.h"

#include <QDateTime>

ProjectDetails::ProjectDetails(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QStringList ProjectDetails::requestedFields()
{
    // Beside the default set, which the server sends in full, fields it may not know of
    // (previewViewerRestricted on an older platform) included: they reach the Raw JSON page.
    return {
        QStringLiteral("properties"),
        QStringLiteral("permissions"),
        QStringLiteral("appCaches"),
        QStringLiteral("fileUploadParameters"),
        QStringLiteral("availableInstanceTypes"),
        QStringLiteral("objects"),
        QStringLiteral("folders"),
    };
}

QJsonObject ProjectDetails::describeInput()
{
    QJsonObject fields;
    for (const QString &field : requestedFields())
        fields.insert(field, true);
    return QJsonObject { { QLatin1String("defaultFields"), true },
                         { QLatin1String("fields"), fields } };
}

void ProjectDetails::load(const QString &projectId)
{
    m_call.abort();
    if (projectId.isEmpty()) {
        clear();
        return;
    }
    if (projectId != m_projectId) {
        m_projectId = projectId;
        m_describe = QJsonObject();
        showKept(projectId);
        Q_EMIT changed();
    }
    m_error = ApiError();
    if (isHeld()) {
        const std::optional<ProjectCache::Describe> kept
            = m_cache ? m_cache->describe(projectId) : std::nullopt;
        m_error = ApiError::make(
            ApiError::Type::Network,
            kept
                ? tr("%1; these details are as of %2").arg(m_heldBecause, asOfText(kept->fetchedAt))
                : tr("%1, and this project's details were not opened before").arg(m_heldBecause));
        setState(State::Error);
        return;
    }
    setState(State::Loading);
    m_call.start(
        m_client->call(projectId, QStringLiteral("describe"), describeInput()),
        [this](const QJsonObject &result) { onFinished(result); },
        [this](const ApiError &error) { onFailed(error); });
}

void ProjectDetails::retry()
{
    if (m_state == State::Error)
        load(m_projectId);
}

void ProjectDetails::clear()
{
    m_call.abort();
    const bool hadSomething = !m_projectId.isEmpty() || !m_describe.isEmpty();
    m_projectId.clear();
    m_describe = QJsonObject();
    m_error = ApiError();
    setState(State::Idle);
    if (hadSomething)
        Q_EMIT changed();
}

void ProjectDetails::setDescribe(const QString &projectId, const QJsonObject &describe)
{
    if (projectId != m_projectId)
        m_call.abort();
    m_projectId = projectId;
    m_describe = describe;
    m_error = ApiError();
    if (m_cache)
        m_cache->storeDescribe(projectId, describe, QDateTime::currentDateTimeUtc());
    if (!m_call.isActive())
        setState(State::Loaded);
    Q_EMIT changed();
}

QString ProjectDetails::errorText() const
{
    return m_error.isError() ? m_error.userMessage() : QString();
}

bool ProjectDetails::has(const QString &field) const
{
    // A JSON null is a value for pendingTransfer ("no transfer"), so only a missing key is
    // absent.
    return m_describe.contains(field);
}

void ProjectDetails::showKept(const QString &projectId)
{
    if (!m_cache)
        return;
    if (std::optional<ProjectCache::Describe> kept = m_cache->describe(projectId))
        m_describe = kept->describe;
}

void ProjectDetails::onFinished(const QJsonObject &result)
{
    m_describe = result;
    if (m_cache)
        m_cache->storeDescribe(m_projectId, result, QDateTime::currentDateTimeUtc());
    setState(State::Loaded);
    Q_EMIT changed();
    Q_EMIT described(m_projectId, m_describe);
}

void ProjectDetails::onFailed(const ApiError &error)
{
    m_error = error;
    setState(State::Error);
}

void ProjectDetails::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
