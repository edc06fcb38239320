#pragma once

#include "models/common/LatestCall.h"
#include "models/regions/BillToOption.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class AccountDirectory;
class ApiClient;

// The state behind the account page's default billTo: the account new projects are billed to
// unless the form says otherwise, the user or an org they may bill to (AccountRules::
// validateDefaultBillTo), sent as one /user-xxxx/update {"billTo"} call. A refusal keeps the
// choice; a success is patched into the AccountDirectory so that New project preselects it.
class DefaultBillToForm : public QObject
{
    Q_OBJECT
public:
    enum class State { Editing, Sending, Succeeded, Failed };
    Q_ENUM(State)

    DefaultBillToForm(ApiClient *client, AccountDirectory *directory, QObject *parent = nullptr);

    // Starts again from the directory's current default; old messages are cleared. Refused
    // (false) while a call is in flight.
    bool reset();

    QList<BillToOption> choices() const; // the user, then the orgs they may bill to
    QString current() const; // the user's default billTo as last loaded or saved
    QString billTo() const { return m_billTo; }
    void setBillTo(const QString &billTo);

    QString problem() const; // why billTo() cannot be sent; empty when it can
    bool isUnchanged() const;
    bool canSubmit() const;

    QString route() const; // "/user-alice/update"
    QJsonObject requestInput() const; // {"billTo": "org-genomics"}

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Sending; }
    QString statusMessage() const { return m_status; }

    void submit();
    void cancel();

Q_SIGNALS:
    void changed();
    void succeeded(const QString &billTo);

private:
    void onFailed(const ApiError &error);

    ApiClient *m_client;
    QPointer<AccountDirectory> m_directory;
    QString m_billTo;
    QString m_sent;
    LatestCall m_call { this };
    State m_state = State::Editing;
    QString m_status;
};
