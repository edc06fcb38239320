#include "models/projects/SponsorshipForm.h"

#include "api/ApiClient.h"

#include <QJsonArray>

namespace {

qint64 integerOf(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : 0;
}

} // namespace

SponsorshipForm::SponsorshipForm(ApiClient *client, const QJsonObject &describe, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_describe(describe)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // Prefill with the current values, so that enabling a part starts from what is in force.
    const std::optional<qint64> current = currentSponsoredUntil();
    if (current) {
        m_until = QDateTime::fromMSecsSinceEpoch(*current);
    } else {
        // A year from now, on the hour: a typical sponsorship period.
        QDateTime next = QDateTime::currentDateTime().addYears(1);
        next.setTime(QTime(next.time().hour(), 0));
        m_until = next;
    }
    const SponsorshipRules::Amount amount = SponsorshipRules::exactAmount(currentTotal());
    m_egressNumber = amount.number;
    m_egressUnit = amount.unit;
}

QStringList SponsorshipForm::fields()
{
    return { QStringLiteral("sponsoredUntil"), QStringLiteral("totalSponsoredEgressBytes") };
}

QString SponsorshipForm::projectId() const
{
    return m_describe.value(QLatin1String("id")).toString();
}

QString SponsorshipForm::projectName() const
{
    return m_describe.value(QLatin1String("name")).toString();
}

QString SponsorshipForm::billTo() const
{
    return m_describe.value(QLatin1String("billTo")).toString();
}

std::optional<qint64> SponsorshipForm::currentSponsoredUntil() const
{
    // The server leaves the field out (or null) when the project is not sponsored.
    const QJsonValue value = m_describe.value(QLatin1String("sponsoredUntil"));
    if (!value.isDouble())
        return std::nullopt;
    return integerOf(value);
}

qint64 SponsorshipForm::currentTotal() const
{
    return integerOf(m_describe.value(QLatin1String("totalSponsoredEgressBytes")));
}

qint64 SponsorshipForm::consumed() const
{
    return integerOf(m_describe.value(QLatin1String("consumedSponsoredEgressBytes")));
}

void SponsorshipForm::setUntilChoice(Until choice)
{
    if (choice == m_untilChoice)
        return;
    m_untilChoice = choice;
    clearServerError();
    Q_EMIT changed();
}

void SponsorshipForm::setUntil(const QDateTime &until)
{
    if (until == m_until)
        return;
    m_until = until;
    clearServerError();
    Q_EMIT changed();
}

void SponsorshipForm::setEgressEnabled(bool enabled)
{
    if (enabled == m_egressEnabled)
        return;
    m_egressEnabled = enabled;
    clearServerError();
    Q_EMIT changed();
}

void SponsorshipForm::setEgress(const QString &number, const QString &unit)
{
    if (number == m_egressNumber && unit == m_egressUnit)
        return;
    m_egressNumber = number;
    m_egressUnit = unit;
    clearServerError();
    Q_EMIT changed();
}

SponsorshipRules::BytesResult SponsorshipForm::egress() const
{
    return SponsorshipRules::parseBytes(m_egressNumber, m_egressUnit);
}

QString SponsorshipForm::egressProblem() const
{
    if (!m_egressEnabled)
        return {};
    const SponsorshipRules::BytesResult bytes = egress();
    return m_left.shown(QStringLiteral("totalSponsoredEgressBytes"), bytes.message,
                        bytes.rule == SponsorshipRules::Rule::Required);
}

void SponsorshipForm::markLeft(const QString &field)
{
    if (m_left.markLeft(field))
        Q_EMIT changed();
}

QStringList SponsorshipForm::egressWarnings() const
{
    QStringList out;
    const SponsorshipRules::BytesResult bytes = egress();
    if (!m_egressEnabled || !bytes.ok())
        return out;
    const QString replaces = SponsorshipRules::replacesTotalWarning(currentTotal(), *bytes.bytes);
    if (!replaces.isEmpty())
        out << replaces;
    const QString below = SponsorshipRules::belowConsumedWarning(*bytes.bytes, consumed());
    if (!below.isEmpty())
        out << below;
    return out;
}

QString SponsorshipForm::untilProblem() const
{
    if (m_untilChoice == Until::Set && !m_until.isValid())
        return tr("sponsoredUntil: choose a date and time");
    return {};
}

QString SponsorshipForm::untilWarning() const
{
    switch (m_untilChoice) {
    case Until::Keep:
        return {};
    case Until::EndNow:
        if (!currentSponsoredUntil())
            return tr("The project is not sponsored now; ending it changes nothing.");
        return SponsorshipRules::endsSponsorshipWarning(std::nullopt, now());
    case Until::Set:
        if (!m_until.isValid())
            return {};
        return SponsorshipRules::endsSponsorshipWarning(m_until.toMSecsSinceEpoch(), now());
    }
    return {};
}

QString SponsorshipForm::nothingToSend() const
{
    if (m_untilChoice == Until::Keep && !m_egressEnabled)
        return tr("Choose what to change: storage sponsorship, sponsored egress or both.");
    return {};
}

bool SponsorshipForm::isValid() const
{
    if (!nothingToSend().isEmpty() || !untilProblem().isEmpty())
        return false;
    return !m_egressEnabled || egress().ok();
}

QString SponsorshipForm::route() const
{
    return QLatin1Char('/') + projectId() + QStringLiteral("/updateSponsorship");
}

QJsonObject SponsorshipForm::request() const
{
    QJsonObject input;
    if (m_untilChoice == Until::EndNow)
        input.insert(QLatin1String("sponsoredUntil"), QJsonValue::Null);
    else if (m_untilChoice == Until::Set && m_until.isValid())
        input.insert(QLatin1String("sponsoredUntil"), m_until.toMSecsSinceEpoch());
    const SponsorshipRules::BytesResult bytes = egress();
    if (m_egressEnabled && bytes.ok())
        input.insert(QLatin1String("totalSponsoredEgressBytes"), *bytes.bytes);
    return input;
}

void SponsorshipForm::submit()
{
    if (isBusy())
        return;
    if (!isValid()) {
        if (m_left.markTried()) // a try shows every reason, "required" ones too
            Q_EMIT changed();
        return;
    }
    clearServerError();
    m_call.start(
        m_client->call(projectId(), QStringLiteral("updateSponsorship"), request()),
        [this](const QJsonObject &result) { onFinished(result); },
        [this](const ApiError &error) { onFailed(error); });
    Q_EMIT busyChanged(true);
    Q_EMIT changed();
}

void SponsorshipForm::cancel()
{
    if (!m_call.isActive())
        return;
    m_call.abort();
    // An aborted call reports nothing: the form says itself that it was cancelled.
    onFailed(ApiError::make(ApiError::Type::Aborted));
}

void SponsorshipForm::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    Q_EMIT changed();
}

void SponsorshipForm::onFinished(const QJsonObject &)
{
    Q_EMIT busyChanged(false);
    Q_EMIT changed();
    Q_EMIT succeeded(projectId());
}

void SponsorshipForm::onFailed(const ApiError &error)
{
    m_error = FieldErrors::fromApiError(error, fields());
    m_alreadySponsored.clear();
    const QJsonArray already
        = error.details.toObject().value(QLatin1String("alreadySponsored")).toArray();
    for (const QJsonValue &v : already) {
        const QJsonObject o = v.toObject();
        m_alreadySponsored << AlreadySponsored { o.value(QLatin1String("id")).toString(),
                                                 o.value(QLatin1String("project")).toString() };
    }
    switch (error.type) {
    case ApiError::Type::PermissionDenied:
        m_explanation = tr("Changing sponsorship needs ADMINISTER access to the project, and your "
                           "own billTo must be the project's billTo (%1). Starting storage "
                           "sponsorship also needs data sponsorship features on that billTo.")
                            .arg(billTo());
        break;
    case ApiError::Type::InvalidState:
        m_explanation = m_alreadySponsored.isEmpty()
            ? tr("Sponsorship cannot change while the project is archived or has a pending "
                 "transfer, or while its data is sponsored by DNAnexus.")
            : tr("These objects are already sponsored by another project. Remove them from "
                 "this project or from the other one, then try again.");
        break;
    default:
        m_explanation.clear();
        break;
    }
    Q_EMIT busyChanged(false);
    Q_EMIT changed();
    Q_EMIT failed(m_error);
}

void SponsorshipForm::clearServerError()
{
    // An edit makes the previous refusal stale; the alreadySponsored list stays visible until
    // the next attempt because it is what the user is acting on.
    m_error = FormError();
    if (m_alreadySponsored.isEmpty())
        m_explanation.clear();
}
