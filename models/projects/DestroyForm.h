#pragma once

#include "models/common/FieldErrors.h"
#include "models/common/LatestCall.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class ApiCall;
class ApiClient;

// The state behind the destroy dialog: what will go (from the describe), a typed confirmation
// of the project's name, terminateJobs, and /project-xxxx/destroy. When the server refuses
// because of running jobs or a sponsorship, it says which, and can end the sponsorship.
class DestroyForm : public QObject
{
    Q_OBJECT
public:
    enum class Refusal {
        None,
        RunningJobs, // InvalidState: jobs not in a terminal state and terminateJobs false
        Sponsored, // InvalidState: sponsorship must end first
        Other,
    };
    Q_ENUM(Refusal)

    // `describe`: the project's describe result; id, name, dataUsage, sponsoredDataUsage,
    // objects, permissions, sponsoredUntil and totalSponsoredEgressBytes are shown.
    DestroyForm(ApiClient *client, const QJsonObject &describe, QObject *parent = nullptr);

    static QStringList fields(); // "terminateJobs"
    // Why `typed` does not confirm destroying `name`; empty when it is exactly the name.
    static QString confirmationProblem(const QString &typed, const QString &name);

    QString projectId() const;
    QString projectName() const;
    QJsonObject describe() const { return m_describe; }
    std::optional<double> dataUsageGB() const;
    std::optional<double> sponsoredDataUsageGB() const;
    std::optional<qint64> objectCount() const;
    QStringList members() const; // "user-bob (CONTRIBUTE)", highest level first
    // Whether the storage is sponsored now (sponsoredUntil in the future).
    bool isSponsored() const;
    std::optional<qint64> sponsoredUntil() const;

    QString confirmation() const { return m_confirmation; }
    void setConfirmation(const QString &typed);
    bool terminateJobs() const { return m_terminateJobs; }
    void setTerminateJobs(bool terminate);
    bool isValid() const;

    QString route() const; // "/project-xxxx/destroy"
    QJsonObject request() const; // {"terminateJobs": bool}

    bool isBusy() const { return m_call.isActive(); }
    FormError serverError() const { return m_error; }
    Refusal refusal() const { return m_refusal; }
    QString explanation() const; // what the refusal means and what to do

    void submit();
    // updateSponsorship {"sponsoredUntil": null}, offered after a Sponsored refusal.
    void endSponsorship();
    QString endSponsorshipRoute() const;
    QJsonObject endSponsorshipRequest() const;
    void cancel();

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void changed();
    void busyChanged(bool busy);
    void projectDestroyed(const QString &projectId);
    void sponsorshipEnded(const QString &projectId);
    void failed(const FormError &error);

private:
    void start(ApiCall *call, bool isDestroy);
    void onFailed(const ApiError &error, bool isDestroy);

    ApiClient *m_client;
    QJsonObject m_describe;
    QString m_confirmation;
    bool m_terminateJobs = false;
    bool m_sponsorshipEnded = false;
    LatestCall m_call { this };
    bool m_callIsDestroy = false; // what m_call is: destroy, or ending the sponsorship
    FormError m_error;
    Refusal m_refusal = Refusal::None;
    std::function<qint64()> m_clock;
};
