#pragma once

#include "api/ApiError.h"
#include "models/common/LatestCall.h"
#include "models/regions/BillToOption.h"
#include "models/regions/RegionCatalog.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class ApiClient;

// The signed-in user's accounts: their own describe and the orgs they belong to, turned into
// the billTo options that the forms and pickers offer (BillToRules::options).
class AccountDirectory : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Error };
    Q_ENUM(State)

    explicit AccountDirectory(ApiClient *client, QObject *parent = nullptr);

    void load(const QString &userId);
    void clear();
    State state() const { return m_state; }
    QString errorText() const { return m_error.userMessage(); }
    QJsonObject userDescribe() const { return m_user; }
    QList<QJsonObject> orgDescribes() const { return m_orgs; }
    QList<BillToOption> options() const { return m_options; }
    // The documented regions plus what these accounts' describes say: every permitted region
    // string (unknown ones kept as they are) and PHI support per region where the server
    // shows it (in pricingModelsByRegion, to users who may see pricing).
    RegionCatalog regionCatalog() const { return regionCatalogFor(m_options); }
    static RegionCatalog regionCatalogFor(const QList<BillToOption> &options);
    QString userId() const { return m_userId; }

    // After a successful /user-xxxx/update or /org-xxxx/update: the account's describe and
    // option take the new default region, so that forms opened later preselect it without
    // another round of describes. False when the account is not loaded.
    bool setDefaultRegion(const QString &accountId, const QString &region);
    // After a successful /user-xxxx/update {"billTo"}: the user's own default billTo, which
    // New project preselects. False when the user is not loaded.
    bool setUserBillTo(const QString &billTo);

Q_SIGNALS:
    void stateChanged(AccountDirectory::State state);
    // An account's data changed while loaded (setDefaultRegion, setUserBillTo).
    void accountChanged(const QString &accountId);

private:
    void onUser(const QJsonObject &user);
    void requestOrgs(const QJsonValue &starting);
    void onOrgs(const QJsonObject &page);
    void fail(const ApiError &error);
    void setState(State state);

    ApiClient *m_client;
    LatestCall m_call { this };
    QString m_userId;
    QJsonObject m_user;
    QList<QJsonObject> m_orgs;
    QList<BillToOption> m_options;
    ApiError m_error;
    State m_state = State::Idle;
};
