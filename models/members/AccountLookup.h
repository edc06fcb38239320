#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <map>
#include <memory>

class ApiClient;
class LatestCall;

// Who a user or org ID is, as the server knows it: /user-xxxx/describe or /org-xxxx/describe,
// one call per ID, answers remembered for the life of the lookup (a form). An ID the server
// answers ResourceNotFound for is unknown; a call that fails otherwise leaves the ID as
// "not known yet" (the invite itself will tell).
class AccountLookup : public QObject
{
    Q_OBJECT
public:
    enum class Answer { Pending, Found, Unknown, Failed };
    Q_ENUM(Answer)

    explicit AccountLookup(ApiClient *client, QObject *parent = nullptr);
    ~AccountLookup() override;

    // Asks the server about `id` (a user- or org- ID; anything else is ignored), unless it
    // was asked already. At most maxCalls() calls at once; more wait their turn.
    void lookUp(const QString &id);
    Answer answer(const QString &id) const { return m_answers.value(id, Answer::Pending); }
    // The name the server gave: "first last" (else the handle) of a user, an org's name.
    QString nameOf(const QString &id) const { return m_names.value(id); }
    static constexpr int maxCalls = 4;

Q_SIGNALS:
    void answered(const QString &id, AccountLookup::Answer answer);

private:
    void startNext();
    int callsInFlight() const;
    void finish(const QString &id, Answer answer, const QString &name = QString());

    ApiClient *m_client;
    QHash<QString, Answer> m_answers; // asked ids; Pending while waiting or in flight
    QStringList m_waiting;
    std::map<QString, std::unique_ptr<LatestCall>> m_calls; // id -> its call (kept once done)
    QHash<QString, QString> m_names;
};
