#include "models/archive/UnarchivePreview.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"

UnarchivePreview::UnarchivePreview(ApiClient *client, const QString &projectId,
                                   const QString &region, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_rates(ArchiveRules::unarchiveRates(region))
{ }

bool UnarchivePreview::start(const ArchiveSelection &selection, QString *problem)
{
    QString why = ArchiveRules::selectionProblem(selection);
    if (why.isEmpty() && selection.files.size() > ArchiveRules::MaxFilesPerRequest)
        why = QStringLiteral("Unarchive at most %1 files at a time, or choose their folder.")
                  .arg(ArchiveRules::MaxFilesPerRequest);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    abort();
    m_selection = selection;
    m_quotes.clear();
    for (const QString &rate : m_rates) {
        UnarchiveQuote empty;
        empty.rate = rate;
        m_quotes.append(empty);
    }
    m_pending = int(m_rates.size());
    for (int i = 0; i < m_rates.size(); ++i) {
        const QString rate = m_rates.at(i);
        ApiCall *call = ProjectApi(m_client).unarchive(
            m_projectId, ArchiveRules::unarchiveInput(selection, rate, true));
        m_calls.append(call);
        connect(call, &ApiCall::finished, this, [this, i, rate](const QJsonObject &result) {
            m_quotes[i] = ArchiveRules::quoteFrom(rate, result);
            if (--m_pending == 0)
                Q_EMIT finished();
        });
        connect(call, &ApiCall::failed, this, [this, i](const ApiError &error) {
            if (error.type == ApiError::Type::Aborted)
                return;
            m_quotes[i].error = error;
            if (--m_pending == 0)
                Q_EMIT finished();
        });
        call->start();
    }
    return true;
}

void UnarchivePreview::abort()
{
    const QList<QPointer<ApiCall>> calls = m_calls;
    m_calls.clear();
    m_pending = 0;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
}
