#include "models/signin/MemoryCredentialStore.h"

#include <QPointer>
#include <QTimer>

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_failure != CredentialResult::Status::Ok) {
        answer(context, std::move(done), CredentialResult::failure(m_failure, m_failureDetail));
        return;
    }
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        answer(context, std::move(done),
               CredentialResult::failure(CredentialResult::Status::NotFound));
        return;
    }
    answer(context, std::move(done), CredentialResult::success(it.value()));
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                  Callback done)
{
    if (m_failure != CredentialResult::Status::Ok) {
        answer(context, std::move(done), CredentialResult::failure(m_failure, m_failureDetail));
        return;
    }
    m_secrets.insert(key, secret);
    answer(context, std::move(done), CredentialResult::success());
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_failure != CredentialResult::Status::Ok) {
        answer(context, std::move(done), CredentialResult::failure(m_failure, m_failureDetail));
        return;
    }
    // Like QtKeychain: deleting an absent entry reports NotFound.
    if (m_secrets.remove(key) == 0) {
        answer(context, std::move(done),
               CredentialResult::failure(CredentialResult::Status::NotFound));
        return;
    }
    answer(context, std::move(done), CredentialResult::success());
}

void MemoryCredentialStore::simulateFailure(CredentialResult::Status status, const QString &detail)
{
    m_failure = status;
    m_failureDetail = detail;
}

void MemoryCredentialStore::answer(QObject *context, Callback done, const CredentialResult &result)
{
    if (!done)
        return;
    // Answer later, as a keychain does, so callers never rely on a synchronous reply. Both the
    // store and the context must still be alive then.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this,
                       [guard, done = std::move(done), result, hadContext = context != nullptr] {
                           if (hadContext && !guard)
                               return;
                           done(result);
                       });
}
