#include "models/regions/AccountRegionsForm.h"

#include "api/ApiClient.h"
#include "models/regions/AccountDirectory.h"

AccountRegionsForm::AccountRegionsForm(ApiClient *client, AccountDirectory *directory,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
{ }

bool AccountRegionsForm::setAccount(const BillToOption &account)
{
    if (isBusy())
        return false;
    m_account = account;
    m_region = account.defaultRegion;
    m_error = FormError();
    m_status.clear();
    m_state = State::Editing;
    Q_EMIT changed();
    return true;
}

void AccountRegionsForm::setRegion(const QString &region)
{
    if (region == m_region || isBusy())
        return;
    m_region = region;
    setEditing();
    Q_EMIT changed();
}

void AccountRegionsForm::setEditing()
{
    // An edit makes the previous outcome stale.
    m_state = State::Editing;
    m_error = FormError();
    m_status.clear();
}

QString AccountRegionsForm::problem() const
{
    if (!hasAccount())
        return tr("Choose an account.");
    const QString readOnly
        = AccountRules::readOnlyReason(m_account, m_directory ? m_directory->userId() : QString());
    if (!readOnly.isEmpty())
        return readOnly;
    return AccountRules::validateDefaultRegion(m_account, m_region);
}

bool AccountRegionsForm::isUnchanged() const
{
    return AccountRules::isUnchanged(m_account, m_region);
}

bool AccountRegionsForm::canSubmit() const
{
    return !isBusy() && problem().isEmpty() && !isUnchanged();
}

QString AccountRegionsForm::route() const
{
    return QLatin1Char('/') + m_account.id + QStringLiteral("/update");
}

QJsonObject AccountRegionsForm::requestInput() const
{
    return QJsonObject { { QStringLiteral("defaultRegion"), m_region } };
}

void AccountRegionsForm::submit()
{
    if (!canSubmit())
        return;
    m_sentRegion = m_region;
    m_error = FormError();
    m_state = State::Sending;
    m_status = tr("Saving the default region of %1…").arg(m_account.id);
    m_call.start(
        m_client->call(m_account.id, QStringLiteral("update"), requestInput()),
        [this](const QJsonObject &) { onFinished(); },
        [this](const ApiError &error) { onFailed(error); });
    Q_EMIT changed();
}

void AccountRegionsForm::cancel()
{
    if (!m_call.isActive())
        return;
    m_call.abort();
    // An aborted call reports nothing: the form says itself that it was cancelled.
    onFailed(ApiError::make(ApiError::Type::Aborted));
}

void AccountRegionsForm::onFinished()
{
    m_account.defaultRegion = m_sentRegion;
    m_state = State::Succeeded;
    m_status = tr("The default region of %1 is now %2.").arg(m_account.id, m_sentRegion);
    if (m_directory)
        m_directory->setDefaultRegion(m_account.id, m_sentRegion);
    Q_EMIT changed();
    Q_EMIT succeeded(m_account.id, m_sentRegion);
}

void AccountRegionsForm::onFailed(const ApiError &error)
{
    m_state = State::Failed;
    m_error = FieldErrors::fromApiError(error, { QStringLiteral("defaultRegion") });
    const QString said = error.userMessage();
    switch (error.type) {
    case ApiError::Type::InvalidInput:
        m_status = tr("The server refused %1 as the default region of %2. %3. The account may "
                      "have changed on the server since it was loaded: reload the accounts to "
                      "see its current permitted regions.")
                       .arg(m_sentRegion, m_account.id, said);
        break;
    case ApiError::Type::PermissionDenied:
        m_status = tr("The server refused the change. %1. Only the user or an ADMIN of the org "
                      "may change its default region.")
                       .arg(said);
        break;
    case ApiError::Type::Aborted:
        m_status = tr("Cancelled; the default region may or may not have changed.");
        break;
    default:
        m_status = tr("The default region was not changed. %1.").arg(said);
        break;
    }
    Q_EMIT changed();
    Q_EMIT failed(m_error);
}
