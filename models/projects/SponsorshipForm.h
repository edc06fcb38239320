#pragma once

#include "models/common/FieldErrors.h"
#include "models/common/LatestCall.h"
#include "models/common/LeftFields.h"
#include "models/projects/SponsorshipRules.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class ApiClient;

// One object that another project already sponsors (updateSponsorship InvalidState details).
struct AlreadySponsored
{
    QString id;
    QString project;
};

// The state behind the sponsorship dialog: storage sponsorship (keep, until a time, or end now)
// and the total sponsored egress, checked with SponsorshipRules on every edit, sent as one
// /project-xxxx/updateSponsorship call. A refusal keeps everything that was entered.
class SponsorshipForm : public QObject
{
    Q_OBJECT
public:
    enum class Until {
        Keep, // sponsoredUntil left out of the request
        Set, // sponsoredUntil: the chosen time
        EndNow, // sponsoredUntil: null
    };
    Q_ENUM(Until)

    // `describe`: the project's describe result (id, name, billTo, sponsoredUntil,
    // totalSponsoredEgressBytes, consumedSponsoredEgressBytes are used).
    SponsorshipForm(ApiClient *client, const QJsonObject &describe, QObject *parent = nullptr);

    // The fields of the request, as the server names them in its messages.
    static QStringList fields();

    QString projectId() const;
    QString projectName() const;
    QString billTo() const;
    // The current storage sponsorship end; nullopt when not sponsored.
    std::optional<qint64> currentSponsoredUntil() const;
    qint64 currentTotal() const;
    qint64 consumed() const;

    Until untilChoice() const { return m_untilChoice; }
    void setUntilChoice(Until choice);
    QDateTime until() const { return m_until; }
    void setUntil(const QDateTime &until);

    bool egressEnabled() const { return m_egressEnabled; }
    void setEgressEnabled(bool enabled);
    QString egressNumber() const { return m_egressNumber; }
    QString egressUnit() const { return m_egressUnit; }
    void setEgress(const QString &number, const QString &unit);

    // Checks, as of the last edit.
    SponsorshipRules::BytesResult egress() const;
    // Beside the egress field; empty when valid or not sent, and "enter an amount" only once
    // the field was left (markLeft("totalSponsoredEgressBytes")) or sending was tried.
    QString egressProblem() const;
    void markLeft(const QString &field);
    QStringList egressWarnings() const; // replaces-the-total and below-consumed
    QString untilProblem() const; // beside the time: an invalid time
    QString untilWarning() const; // the chosen value ends the sponsorship at once
    QString nothingToSend() const; // neither part is to be changed
    bool isValid() const;

    QString route() const; // "/project-xxxx/updateSponsorship"
    QJsonObject request() const;

    bool isBusy() const { return m_call.isActive(); }
    FormError serverError() const { return m_error; }
    // A sentence on why the server refused and what to do about it (PermissionDenied...).
    QString explanation() const { return m_explanation; }
    QList<AlreadySponsored> alreadySponsored() const { return m_alreadySponsored; }

    void submit();
    void cancel();

    // For tests: what "now" is.
    void setClock(std::function<qint64()> clock);
    qint64 now() const { return m_clock(); }

Q_SIGNALS:
    void changed();
    void busyChanged(bool busy);
    void succeeded(const QString &projectId);
    void failed(const FormError &error);

private:
    void onFinished(const QJsonObject &result);
    void onFailed(const ApiError &error);
    void clearServerError();

    ApiClient *m_client;
    QJsonObject m_describe;
    Until m_untilChoice = Until::Keep;
    QDateTime m_until;
    bool m_egressEnabled = false;
    LeftFields m_left;
    QString m_egressNumber;
    QString m_egressUnit;
    LatestCall m_call { this };
    FormError m_error;
    QString m_explanation;
    QList<AlreadySponsored> m_alreadySponsored;
    std::function<qint64()> m_clock;
};
