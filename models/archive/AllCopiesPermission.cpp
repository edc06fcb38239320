#include "models/archive/AllCopiesPermission.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"

AllCopiesPermission::AllCopiesPermission(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void AllCopiesPermission::check(const QString &billTo)
{
    if (m_call)
        m_call->abort();
    m_call = nullptr; // an aborted call reports nothing, and is gone soon
    m_billTo = billTo;
    ApiCall *call = ProjectApi(m_client).whoami();
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const QJsonObject &result) {
        if (m_call != call)
            return;
        m_call = nullptr;
        describeOrg(result.value(QStringLiteral("id")).toString());
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call)
            conclude({ false, QStringLiteral("Could not check: ") + error.userMessage() });
    });
    call->start();
}

void AllCopiesPermission::describeOrg(const QString &userId)
{
    if (!m_billTo.startsWith(QLatin1String("org-"))) {
        conclude(ArchiveRules::allCopies(userId, m_billTo, {}));
        return;
    }
    ApiCall *call = ProjectApi(m_client).describeOrg(m_billTo);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, userId](const QJsonObject &result) {
        if (m_call == call)
            conclude(ArchiveRules::allCopies(userId, m_billTo,
                                             result.value(QStringLiteral("level")).toString()));
    });
    connect(call, &ApiCall::failed, this, [this, call, userId](const ApiError &) {
        // Non-members may not be allowed to describe the org: they are not its ADMIN either.
        if (m_call == call)
            conclude(ArchiveRules::allCopies(userId, m_billTo, {}));
    });
    call->start();
}

void AllCopiesPermission::conclude(const AllCopiesCheck &result)
{
    m_call = nullptr;
    m_result = result;
    Q_EMIT checked(result);
}
