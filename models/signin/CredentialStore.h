#pragma once

#include <QObject>
#include <QString>
#include <functional>

// Where tokens live. The app uses the OS keychain (KeychainCredentialStore); unit tests use
// MemoryCredentialStore. Tokens are never written anywhere else.
struct CredentialResult
{
    enum class Status { Ok, NotFound, NoBackend, AccessDenied, OtherError };
    Status status = Status::Ok;
    QString secret; // the token, for a successful read
    QString message; // a sentence for people when status != Ok

    bool ok() const { return status == Status::Ok; }

    static CredentialResult success(const QString &secret = {})
    {
        CredentialResult r;
        r.secret = secret;
        return r;
    }
    // A failure with the standard sentence for its status; `detail` completes OtherError.
    static CredentialResult failure(Status status, const QString &detail = {})
    {
        CredentialResult r;
        r.status = status;
        r.message = sentenceFor(status, detail);
        return r;
    }

    // One wording for every store, so that the UI says the same thing whatever the backend.
    static QString sentenceFor(Status status, const QString &detail = {})
    {
        switch (status) {
        case Status::Ok:
            return {};
        case Status::NotFound:
            return QStringLiteral("No token is stored in the keychain for this profile.");
        case Status::NoBackend:
            return QStringLiteral(
                "No keychain is available (Secret Service not running): dxconsole will not store "
                "the token in plain text. Start a keyring such as GNOME Keyring and try again.");
        case Status::AccessDenied:
            return QStringLiteral("Access to the keychain was denied: dxconsole cannot read or "
                                  "store the token. Unlock the keyring or allow access and try "
                                  "again.");
        case Status::OtherError:
            break;
        }
        if (detail.isEmpty())
            return QStringLiteral("The keychain reported an error.");
        return QStringLiteral("The keychain reported an error: ") + detail;
    }
};

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;
    using QObject::QObject;

    // Asynchronous; `done` is called once, on the caller's thread, unless `context` is
    // destroyed first. `key` is the profile's id.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done)
        = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};
