#include "AccountDirectory.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "BillToRules.h"

#include <QJsonArray>

AccountDirectory::AccountDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void AccountDirectory::clear()
{
    if (m_call)
        m_call->abort();
    m_user = {};
    m_orgs.clear();
    m_options.clear();
    m_userId.clear();
    setState(State::Idle);
}

void AccountDirectory::load(const QString &userId)
{
    clear();
    m_userId = userId;
    setState(State::Loading);
    m_call = m_client->call(userId, QStringLiteral("describe"));
    connect(m_call, &ApiCall::finished, this, &AccountDirectory::onUser);
    connect(m_call, &ApiCall::failed, this, &AccountDirectory::fail);
    m_call->start();
}

void AccountDirectory::onUser(const QJsonObject &user)
{
    m_user = user;
    requestOrgs(QJsonValue());
}

void AccountDirectory::requestOrgs(const QJsonValue &starting)
{
    QJsonObject input { { QStringLiteral("level"), QStringLiteral("MEMBER") },
                        { QStringLiteral("describe"), true } };
    if (!starting.isNull() && !starting.isUndefined())
        input.insert(QStringLiteral("starting"), starting);
    m_call = m_client->call(QStringLiteral("system"), QStringLiteral("findOrgs"), input);
    connect(m_call, &ApiCall::finished, this, &AccountDirectory::onOrgs);
    connect(m_call, &ApiCall::failed, this, &AccountDirectory::fail);
    m_call->start();
}

void AccountDirectory::onOrgs(const QJsonObject &page)
{
    for (const QJsonValue &result : page.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = result.toObject();
        QJsonObject describe = r.value(QStringLiteral("describe")).toObject();
        if (!describe.contains(QStringLiteral("id")))
            describe.insert(QStringLiteral("id"), r.value(QStringLiteral("id")));
        m_orgs.append(describe);
    }
    const QJsonValue next = page.value(QStringLiteral("next"));
    if (!next.isNull() && !next.isUndefined()) {
        requestOrgs(next);
        return;
    }
    m_options = BillToRules::options(m_user, m_orgs);
    setState(State::Loaded);
}

void AccountDirectory::fail(const ApiError &error)
{
    m_error = error;
    setState(State::Error);
}

void AccountDirectory::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
