#include "models/regions/DefaultBillToForm.h"

#include "api/ApiClient.h"
#include "models/regions/AccountDirectory.h"
#include "models/regions/AccountRules.h"

DefaultBillToForm::DefaultBillToForm(ApiClient *client, AccountDirectory *directory,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
{
    reset();
}

bool DefaultBillToForm::reset()
{
    if (isBusy())
        return false;
    m_billTo = current();
    m_state = State::Editing;
    m_status.clear();
    Q_EMIT changed();
    return true;
}

QList<BillToOption> DefaultBillToForm::choices() const
{
    return m_directory ? AccountRules::defaultBillToChoices(m_directory->options())
                       : QList<BillToOption>();
}

QString DefaultBillToForm::current() const
{
    if (!m_directory || m_directory->options().isEmpty())
        return {};
    return m_directory->options().first().userBillTo;
}

void DefaultBillToForm::setBillTo(const QString &billTo)
{
    if (billTo == m_billTo || isBusy())
        return;
    m_billTo = billTo;
    m_state = State::Editing; // an edit makes the previous outcome stale
    m_status.clear();
    Q_EMIT changed();
}

QString DefaultBillToForm::problem() const
{
    if (!m_directory || m_directory->userId().isEmpty())
        return tr("Default billTo: your account is not loaded.");
    return AccountRules::validateDefaultBillTo(m_directory->options(), m_billTo);
}

bool DefaultBillToForm::isUnchanged() const
{
    return m_billTo == current();
}

bool DefaultBillToForm::canSubmit() const
{
    return !isBusy() && problem().isEmpty() && !isUnchanged();
}

QString DefaultBillToForm::route() const
{
    return QLatin1Char('/') + (m_directory ? m_directory->userId() : QString())
        + QStringLiteral("/update");
}

QJsonObject DefaultBillToForm::requestInput() const
{
    return QJsonObject { { QStringLiteral("billTo"), m_billTo } };
}

void DefaultBillToForm::submit()
{
    if (!canSubmit())
        return;
    m_sent = m_billTo;
    m_state = State::Sending;
    m_status = tr("Saving your default billTo…");
    m_call.start(
        m_client->call(m_directory->userId(), QStringLiteral("update"), requestInput()),
        [this](const QJsonObject &) {
            m_state = State::Succeeded;
            m_status
                = tr("New projects are now billed to %1 unless you choose otherwise.").arg(m_sent);
            if (m_directory)
                m_directory->setUserBillTo(m_sent);
            Q_EMIT changed();
            Q_EMIT succeeded(m_sent);
        },
        [this](const ApiError &error) { onFailed(error); });
    Q_EMIT changed();
}

void DefaultBillToForm::cancel()
{
    if (!m_call.isActive())
        return;
    m_call.abort();
    // An aborted call reports nothing: the form says itself that it was cancelled.
    onFailed(ApiError::make(ApiError::Type::Aborted));
}

void DefaultBillToForm::onFailed(const ApiError &error)
{
    m_state = State::Failed;
    const QString said = error.userMessage();
    switch (error.type) {
    case ApiError::Type::Aborted:
        m_status = tr("Cancelled; your default billTo may or may not have changed.");
        break;
    case ApiError::Type::InvalidInput:
    case ApiError::Type::PermissionDenied:
    case ApiError::Type::ResourceNotFound:
        m_status = tr("The server refused %1 as your default billTo. %2. Your orgs may have "
                      "changed since they were loaded: reload the accounts.")
                       .arg(m_sent, said);
        break;
    default:
        m_status = tr("Your default billTo was not changed. %1.").arg(said);
        break;
    }
    Q_EMIT changed();
}
