#include "platform/KeychainCredentialStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "dxc.keychain")

namespace {

CredentialResult resultOf(QKeychain::Job *job, bool isRead)
{
    const CredentialResult::Status status
        = KeychainCredentialStore::statusFor(job->error(), job->errorString());
    if (status == CredentialResult::Status::Ok)
        return CredentialResult::success(
            isRead ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString());
    return CredentialResult::failure(status, job->errorString());
}

} // namespace

CredentialResult::Status KeychainCredentialStore::statusFor(QKeychain::Error error,
                                                            const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialResult::Status::NotFound;
    case QKeychain::NoBackendAvailable:
        return CredentialResult::Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // Texts of D-Bus when there is no session bus or nobody provides org.freedesktop.secrets.
    static const char *const noBackendTexts[] = {
        "Cannot autolaunch D-Bus",
        "org.freedesktop.secrets was not provided",
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "Unable to autolaunch a dbus-daemon",
        "Could not connect to D-Bus",
    };
    for (const char *text : noBackendTexts) {
        if (errorString.contains(QLatin1String(text), Qt::CaseInsensitive))
            return CredentialResult::Status::NoBackend;
    }
    return CredentialResult::Status::OtherError;
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(defaultService(), parent)
{ }

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{ }

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done), true);
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done), false);
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done), false);
}

void KeychainCredentialStore::run(QKeychain::Job *job, QObject *context, Callback done, bool isRead)
{
    // A keychain that is missing must be an error, never a reason to write a plain file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [guard, hadContext, isRead, done = std::move(done)](QKeychain::Job *finished) {
                const CredentialResult result = resultOf(finished, isRead);
                if (!result.ok())
                    qCInfo(lcKeychain)
                        << "keychain job failed for key" << finished->key() << "error"
                        << int(finished->error()) << finished->errorString();
                if (!done || (hadContext && !guard))
                    return;
                done(result);
            });
    job->start();
}
