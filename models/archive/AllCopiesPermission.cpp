#include "models/archive/AllCopiesPermission.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"

AllCopiesPermission::AllCopiesPermission(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void AllCopiesPermission::check(const QString &billTo)
{
    m_billTo = billTo;
    m_call.start(
        ProjectApi(m_client).whoami(),
        [this](const QJsonObject &result) {
            describeOrg(result.value(QStringLiteral("id")).toString());
        },
        [this](const ApiError &error) {
            conclude({ false, QStringLiteral("Could not check: ") + error.userMessage() });
        });
}

void AllCopiesPermission::describeOrg(const QString &userId)
{
    if (!m_billTo.startsWith(QLatin1String("org-"))) {
        conclude(ArchiveRules::allCopies(userId, m_billTo, {}));
        return;
    }
    m_call.start(
        ProjectApi(m_client).describeOrg(m_billTo),
        [this, userId](const QJsonObject &result) {
            conclude(ArchiveRules::allCopies(userId, m_billTo,
                                             result.value(QStringLiteral("level")).toString()));
        },
        [this, userId](const ApiError &) {
            // Non-members may not be allowed to describe the org: they are not its ADMIN either.
            conclude(ArchiveRules::allCopies(userId, m_billTo, {}));
        });
}

void AllCopiesPermission::conclude(const AllCopiesCheck &result)
{
    m_result = result;
    Q_EMIT checked(result);
}
