#include "models/members/AccountLookup.h"

#include "api/ApiClient.h"
#include "models/common/LatestCall.h"
#include "models/members/MemberRules.h"

#include <QJsonObject>

namespace {
QString nameFromDescribe(const QJsonObject &d)
{
    const QString name = d.value(QLatin1String("name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    const QString full
        = QString(d.value(QLatin1String("first")).toString().trimmed() + QLatin1Char(' ')
                  + d.value(QLatin1String("last")).toString().trimmed())
              .trimmed();
    return full.isEmpty() ? d.value(QLatin1String("handle")).toString() : full;
}
} // namespace

AccountLookup::AccountLookup(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AccountLookup::~AccountLookup() = default; // the calls in flight are dropped silently

void AccountLookup::lookUp(const QString &id)
{
    const MemberRules::InviteeKind kind = MemberRules::inviteeKind(id);
    if (kind != MemberRules::InviteeKind::User && kind != MemberRules::InviteeKind::Org)
        return;
    // Asked before: once is enough, unless the call failed (the network, a busy server).
    if (m_answers.contains(id) && m_answers.value(id) != Answer::Failed)
        return;
    m_answers.insert(id, Answer::Pending);
    m_waiting.append(id);
    startNext();
}

int AccountLookup::callsInFlight() const
{
    int active = 0;
    for (const auto &[id, call] : m_calls)
        active += call->isActive() ? 1 : 0;
    return active;
}

void AccountLookup::startNext()
{
    while (!m_waiting.isEmpty() && callsInFlight() < maxCalls) {
        const QString id = m_waiting.takeFirst();
        // Each ID keeps its slot for the life of the lookup: a slot is never deleted while
        // its handler may be running, and a form asks about a handful of IDs.
        auto call = std::make_unique<LatestCall>(this);
        LatestCall *slot = call.get();
        m_calls[id] = std::move(call);
        slot->start(
            m_client->call(id, QStringLiteral("describe"), QJsonObject()),
            [this, id](const QJsonObject &result) {
                finish(id, Answer::Found, nameFromDescribe(result));
            },
            [this, id](const ApiError &error) {
                finish(id,
                       error.type == ApiError::Type::ResourceNotFound ? Answer::Unknown
                                                                      : Answer::Failed);
            });
    }
}

void AccountLookup::finish(const QString &id, Answer answer, const QString &name)
{
    m_answers.insert(id, answer);
    if (answer == Answer::Found)
        m_names.insert(id, name);
    startNext();
    Q_EMIT answered(id, answer);
}
