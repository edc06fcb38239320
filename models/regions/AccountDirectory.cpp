#include "models/regions/AccountDirectory.h"

#include "api/ApiClient.h"
#include "models/regions/BillToRules.h"

#include <QJsonArray>

AccountDirectory::AccountDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void AccountDirectory::clear()
{
    m_call.abort();
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
    m_call.start(
        m_client->call(userId, QStringLiteral("describe")),
        [this](const QJsonObject &user) { onUser(user); },
        [this](const ApiError &error) { fail(error); });
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
    m_call.start(
        m_client->call(QStringLiteral("system"), QStringLiteral("findOrgs"), input),
        [this](const QJsonObject &page) { onOrgs(page); },
        [this](const ApiError &error) { fail(error); });
}

void AccountDirectory::onOrgs(const QJsonObject &page)
{
    for (const QJsonValue &result : page.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = result.toObject();
        QJsonObject describe = r.value(QStringLiteral("describe")).toObject();
        if (!describe.contains(QStringLiteral("id")))
            describe.insert(QStringLiteral("id"), r.value(QStringLiteral("id")));
        // The platform may put the caller's membership beside the describe rather than in it.
        for (const QString &key :
             { QStringLiteral("level"), QStringLiteral("allowBillableActivities") }) {
            if (!describe.contains(key) && r.contains(key))
                describe.insert(key, r.value(key));
        }
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

bool AccountDirectory::setDefaultRegion(const QString &accountId, const QString &region)
{
    if (m_state != State::Loaded || accountId.isEmpty())
        return false;
    bool found = false;
    const QString key = QStringLiteral("defaultRegion");
    if (m_user.value(QStringLiteral("id")).toString() == accountId) {
        m_user.insert(key, region);
        found = true;
    }
    for (QJsonObject &org : m_orgs) {
        if (org.value(QStringLiteral("id")).toString() == accountId) {
            org.insert(key, region);
            found = true;
        }
    }
    if (!found)
        return false;
    m_options = BillToRules::options(m_user, m_orgs);
    Q_EMIT accountChanged(accountId);
    return true;
}

bool AccountDirectory::setUserBillTo(const QString &billTo)
{
    if (m_state != State::Loaded || m_userId.isEmpty())
        return false;
    m_user.insert(QStringLiteral("billTo"), billTo);
    m_options = BillToRules::options(m_user, m_orgs);
    Q_EMIT accountChanged(m_userId);
    return true;
}

RegionCatalog AccountDirectory::regionCatalogFor(const QList<BillToOption> &options)
{
    RegionCatalog catalog;
    for (const BillToOption &o : options) {
        catalog.addAll(o.permittedRegions);
        catalog.add(o.defaultRegion);
        catalog.applyServerRegions(o.pricingModelsByRegion);
    }
    return catalog;
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
