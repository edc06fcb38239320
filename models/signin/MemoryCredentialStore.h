#pragma once

#include "models/signin/CredentialStore.h"

#include <QHash>

// Tokens in memory only: for unit tests and for the ephemeral --sandbox profile, whose token
// must not outlive the process. Answers asynchronously, like a real keychain, and can be told
// to fail the way a keychain fails.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // Every following operation fails with `status` (Status::Ok restores normal behaviour).
    void simulateFailure(CredentialResult::Status status, const QString &detail = {});

    // For tests: what is stored, without going through the asynchronous interface.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int count() const { return int(m_secrets.size()); }

private:
    void answer(QObject *context, Callback done, const CredentialResult &result);

    QHash<QString, QString> m_secrets;
    CredentialResult::Status m_failure = CredentialResult::Status::Ok;
    QString m_failureDetail;
};
