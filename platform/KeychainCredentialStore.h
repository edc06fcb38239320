#pragma once

#include "models/signin/CredentialStore.h"

#include <qt6keychain/keychain.h>

// Tokens in the OS keychain through QtKeychain (Secret Service on Linux). Never falls back to
// plain text: without a keychain every operation fails with NoBackend.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    // `service` groups dxconsole's entries in the keychain; tests may use their own.
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    static QString defaultService() { return QStringLiteral("dxconsole"); }

    // How a QtKeychain failure reads to people. On Linux a missing Secret Service arrives as
    // OtherError with a D-Bus text; it is still "no keychain" and gets that sentence.
    static CredentialResult::Status statusFor(QKeychain::Error error, const QString &errorString);

private:
    void run(QKeychain::Job *job, QObject *context, Callback done, bool isRead);

    QString m_service;
};
