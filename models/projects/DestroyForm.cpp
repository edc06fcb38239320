#include "models/projects/DestroyForm.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/common/TypedConfirmation.h"
#include "models/members/MemberRules.h"

#include <QDateTime>
#include <algorithm>

DestroyForm::DestroyForm(ApiClient *client, const QJsonObject &describe, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_describe(describe)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

QStringList DestroyForm::fields()
{
    return { QStringLiteral("terminateJobs") };
}

QString DestroyForm::confirmationProblem(const QString &typed, const QString &name)
{
    return TypedConfirmation::problem(typed, name);
}

QString DestroyForm::projectId() const
{
    return m_describe.value(QLatin1String("id")).toString();
}

QString DestroyForm::projectName() const
{
    return m_describe.value(QLatin1String("name")).toString();
}

std::optional<double> DestroyForm::dataUsageGB() const
{
    const QJsonValue v = m_describe.value(QLatin1String("dataUsage"));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> DestroyForm::sponsoredDataUsageGB() const
{
    const QJsonValue v = m_describe.value(QLatin1String("sponsoredDataUsage"));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<qint64> DestroyForm::objectCount() const
{
    const QJsonValue v = m_describe.value(QLatin1String("objects"));
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

QStringList DestroyForm::members() const
{
    const QJsonObject permissions = m_describe.value(QLatin1String("permissions")).toObject();
    QList<QPair<QString, QString>> list;
    for (auto it = permissions.begin(); it != permissions.end(); ++it)
        list << qMakePair(it.key(), it.value().toString());
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        const auto la = MemberRules::parseLevel(a.second).value_or(MemberRules::Level::None);
        const auto lb = MemberRules::parseLevel(b.second).value_or(MemberRules::Level::None);
        return la > lb;
    });
    QStringList out;
    for (const auto &entry : list)
        out << entry.first + QStringLiteral(" (") + entry.second + QLatin1Char(')');
    return out;
}

std::optional<qint64> DestroyForm::sponsoredUntil() const
{
    const QJsonValue v = m_describe.value(QLatin1String("sponsoredUntil"));
    if (!v.isDouble() || m_sponsorshipEnded)
        return std::nullopt;
    return qint64(v.toDouble());
}

bool DestroyForm::isSponsored() const
{
    const std::optional<qint64> until = sponsoredUntil();
    return until && *until > m_clock();
}

void DestroyForm::setConfirmation(const QString &typed)
{
    if (typed == m_confirmation)
        return;
    m_confirmation = typed;
    Q_EMIT changed();
}

void DestroyForm::setTerminateJobs(bool terminate)
{
    if (terminate == m_terminateJobs)
        return;
    m_terminateJobs = terminate;
    Q_EMIT changed();
}

bool DestroyForm::isValid() const
{
    return !projectId().isEmpty() && confirmationProblem(m_confirmation, projectName()).isEmpty();
}

QString DestroyForm::route() const
{
    return QLatin1Char('/') + projectId() + QStringLiteral("/destroy");
}

QJsonObject DestroyForm::request() const
{
    return QJsonObject { { QStringLiteral("terminateJobs"), m_terminateJobs } };
}

QString DestroyForm::endSponsorshipRoute() const
{
    return QLatin1Char('/') + projectId() + QStringLiteral("/updateSponsorship");
}

QJsonObject DestroyForm::endSponsorshipRequest() const
{
    return QJsonObject { { QStringLiteral("sponsoredUntil"), QJsonValue::Null } };
}

QString DestroyForm::explanation() const
{
    switch (m_refusal) {
    case Refusal::None:
        return {};
    case Refusal::RunningJobs:
        return tr("Jobs in this project are still running. Destroying it anyway terminates "
                  "them: tick \"Terminate running jobs\" and destroy again.");
    case Refusal::Sponsored:
        return tr("A sponsored project cannot be destroyed: end the storage sponsorship first "
                  "(this stops the billTo paying for its storage at once), then destroy.");
    case Refusal::Other:
        break;
    }
    return {};
}

void DestroyForm::submit()
{
    if (isBusy() || !isValid())
        return;
    start(m_client->call(projectId(), QStringLiteral("destroy"), request()), true);
}

void DestroyForm::endSponsorship()
{
    if (isBusy())
        return;
    start(m_client->call(projectId(), QStringLiteral("updateSponsorship"), endSponsorshipRequest()),
          false);
}

void DestroyForm::start(ApiCall *call, bool isDestroy)
{
    m_error = FormError();
    m_callIsDestroy = isDestroy;
    m_call.start(
        call,
        [this, isDestroy](const QJsonObject &) {
            m_refusal = Refusal::None;
            Q_EMIT busyChanged(false);
            if (isDestroy) {
                Q_EMIT changed();
                Q_EMIT projectDestroyed(projectId());
                return;
            }
            m_sponsorshipEnded = true;
            Q_EMIT changed();
            Q_EMIT sponsorshipEnded(projectId());
        },
        [this, isDestroy](const ApiError &error) { onFailed(error, isDestroy); });
    Q_EMIT busyChanged(true);
    Q_EMIT changed();
}

void DestroyForm::onFailed(const ApiError &error, bool isDestroy)
{
    m_error = FieldErrors::fromApiError(error, fields());
    if (!isDestroy) {
        m_refusal = Refusal::Other;
    } else if (error.type != ApiError::Type::InvalidState) {
        m_refusal = Refusal::Other;
    } else {
        // The seed gives exactly two InvalidState causes; the message says which.
        const QString message = error.message.toLower();
        if (message.contains(QLatin1String("sponsor")))
            m_refusal = Refusal::Sponsored;
        else if (message.contains(QLatin1String("job")) || message.contains(QLatin1String("exec"))
                 || message.contains(QLatin1String("terminal")))
            m_refusal = Refusal::RunningJobs;
        else
            m_refusal = isSponsored() ? Refusal::Sponsored : Refusal::RunningJobs;
    }
    Q_EMIT busyChanged(false);
    Q_EMIT changed();
    Q_EMIT failed(m_error);
}

void DestroyForm::cancel()
{
    if (!m_call.isActive())
        return;
    m_call.abort();
    // An aborted call reports nothing: the form says itself that it was cancelled.
    onFailed(ApiError::make(ApiError::Type::Aborted), m_callIsDestroy);
}
