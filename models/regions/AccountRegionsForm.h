#pragma once

#include "models/common/FieldErrors.h"
#include "models/common/LatestCall.h"
#include "models/regions/AccountRules.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class AccountDirectory;
class ApiClient;

// The state behind the account page's default region: one account (the user or an org they
// administer), the region chosen as its new default, checked with AccountRules on every edit
// and sent as one /user-xxxx/update or /org-xxxx/update {"defaultRegion"} call. A refusal
// keeps the choice; a success is patched into the AccountDirectory (when one is given) so
// that New project preselects the new default at once.
class AccountRegionsForm : public QObject
{
    Q_OBJECT
public:
    enum class State { Editing, Sending, Succeeded, Failed };
    Q_ENUM(State)

    AccountRegionsForm(ApiClient *client, AccountDirectory *directory = nullptr,
                       QObject *parent = nullptr);

    // Another account: the region goes back to its current default, old messages are cleared.
    // Refused (false) while a call is in flight.
    bool setAccount(const BillToOption &account);
    BillToOption account() const { return m_account; }
    bool hasAccount() const { return !m_account.id.isEmpty(); }

    QString region() const { return m_region; }
    void setRegion(const QString &region);

    // Checks, as of the last edit.
    QString problem() const; // why the chosen region cannot be sent; empty when it can
    bool isUnchanged() const; // the chosen region is already the default
    bool canSubmit() const;

    QString route() const; // "/org-genomics/update"
    QJsonObject requestInput() const; // {"defaultRegion": "..."}

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Sending; }
    FormError serverError() const { return m_error; }
    // One sentence on the last outcome: sending, the new default, or why the server refused.
    QString statusMessage() const { return m_status; }

    void submit();
    void cancel();

Q_SIGNALS:
    void changed();
    void succeeded(const QString &accountId, const QString &region);
    void failed(const FormError &error);

private:
    void onFinished();
    void onFailed(const ApiError &error);
    void setEditing();

    ApiClient *m_client;
    QPointer<AccountDirectory> m_directory;
    BillToOption m_account;
    QString m_region;
    QString m_sentRegion;
    LatestCall m_call { this };
    State m_state = State::Editing;
    FormError m_error;
    QString m_status;
};
