#include "models/projects/EditProjectForm.h"

#include "api/ApiClient.h"
#include "api/ProjectApi.h"
#include "models/projects/ProjectRules.h"
#include "models/regions/BillToRules.h"

EditProjectForm::EditProjectForm(ApiClient *client, const QJsonObject &describe, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    resetTo(describe);
}

void EditProjectForm::resetTo(const QJsonObject &describe)
{
    m_describe = describe;
    m_projectId = describe.value(QStringLiteral("id")).toString();
    m_region = describe.value(QStringLiteral("region")).toString();
    m_version = describe.value(QStringLiteral("version")).toInteger(-1);
    m_base = ProjectFields::fromDescribe(describe);
    m_edited = m_base;
    m_executablesText = ProjectRules::formatAllowedExecutables(m_base.allowedExecutables);
    m_executablesError.clear();
    m_phiConfirmation.clear();
}

void EditProjectForm::setBillToOptions(const QList<BillToOption> &options)
{
    m_options = options;
    Q_EMIT changed();
}

QList<BillToOption> EditProjectForm::billToChoices() const
{
    return BillToRules::forProjectRegion(m_options, m_region, m_base.billTo);
}

void EditProjectForm::touch(const QString &field)
{
    if (!m_serverError.isEmpty() && (!m_serverError.hasField() || m_serverError.field == field))
        m_serverError = {};
    if (m_state == State::Saved)
        m_state = State::Editing;
    m_status.clear();
    Q_EMIT changed();
}

void EditProjectForm::setValue(const QString &field, const QJsonValue &value)
{
    if (m_edited.value(field) == value)
        return;
    const bool wasDownload = m_edited.downloadRestricted;
    m_edited.setValue(field, value);
    m_edited.previewViewerRestricted = ProjectRules::followDownloadRestricted(
        wasDownload, m_edited.downloadRestricted, m_edited.previewViewerRestricted);
    touch(field);
}

void EditProjectForm::setAllowedExecutablesText(const QString &text)
{
    m_executablesText = text;
    const ProjectRules::ExecutableList list = ProjectRules::parseAllowedExecutables(text);
    m_executablesError = list.error;
    if (list.error.isEmpty()) {
        if (list.any)
            m_edited.allowedExecutables.reset();
        else
            m_edited.allowedExecutables = list.ids;
    }
    touch(QStringLiteral("allowedExecutables"));
}

void EditProjectForm::setPhiConfirmation(const QString &typed)
{
    m_phiConfirmation = typed;
    touch(QStringLiteral("containsPHI"));
}

QHash<QString, QString> EditProjectForm::errors() const
{
    QHash<QString, QString> out;
    const QString name = ProjectRules::validateProjectName(m_edited.name);
    if (!name.isEmpty())
        out.insert(QStringLiteral("name"), name);
    if (!m_executablesError.isEmpty())
        out.insert(QStringLiteral("allowedExecutables"), m_executablesError);
    const QString order = ProjectRules::validateDownloadOrder(m_edited.downloadRestricted,
                                                              m_edited.previewViewerRestricted);
    if (!order.isEmpty())
        out.insert(QStringLiteral("previewViewerRestricted"), order);
    const QString limit
        = ProjectRules::validateDatabaseResultsRestricted(m_edited.databaseResultsRestricted);
    if (!limit.isEmpty())
        out.insert(QStringLiteral("databaseResultsRestricted"), limit);
    QString phi = ProjectRules::validatePhiChange(m_base.containsPHI, m_edited.containsPHI);
    const BillToOption *billTo = nullptr;
    for (const BillToOption &o : m_options) {
        if (o.id == m_edited.billTo)
            billTo = &o;
    }
    if (phi.isEmpty() && turnsPhiOn()) {
        if (billTo)
            phi = ProjectRules::phiProblem(*billTo, m_catalog.region(m_region));
        if (phi.isEmpty() && m_phiConfirmation != m_base.name)
            phi = tr("Marking a project as containing PHI cannot be undone: type the project's "
                     "name to confirm.");
    }
    if (!phi.isEmpty())
        out.insert(QStringLiteral("containsPHI"), phi);
    if (m_edited.billTo != m_base.billTo && billTo) {
        if (!billTo->enabled)
            out.insert(QStringLiteral("billTo"), billTo->disabledReason);
        else if (!BillToRules::isPermitted(*billTo, m_region))
            out.insert(QStringLiteral("billTo"),
                       tr("%1 does not permit the project's region %2.")
                           .arg(billTo->id, m_catalog.displayName(m_region)));
    }
    if (m_serverError.hasField() && !out.contains(m_serverError.field))
        out.insert(m_serverError.field, m_serverError.message);
    return out;
}

QList<FieldChange> EditProjectForm::changes() const
{
    return ProjectRules::diff(m_base, m_edited);
}

QString EditProjectForm::billToWarning() const
{
    if (m_edited.billTo == m_base.billTo)
        return {};
    return tr("Changing the billTo resets the project's sponsored egress counters "
              "(totalSponsoredEgressBytes %1, consumedSponsoredEgressBytes %2) to zero.")
        .arg(m_describe.value(QStringLiteral("totalSponsoredEgressBytes")).toInteger())
        .arg(m_describe.value(QStringLiteral("consumedSponsoredEgressBytes")).toInteger());
}

QString EditProjectForm::phiWarning() const
{
    return turnsPhiOn()
        ? tr("Marking the project as containing PHI is one-way: it cannot be unmarked.")
        : QString();
}

QStringList EditProjectForm::warnings() const
{
    QStringList out;
    for (const QString &w : { billToWarning(), phiWarning() }) {
        if (!w.isEmpty())
            out << w;
    }
    return out;
}

QString EditProjectForm::route() const
{
    return QLatin1Char('/') + m_projectId + QStringLiteral("/update");
}

QJsonObject EditProjectForm::requestInput() const
{
    return ProjectRules::updateInput(m_base, m_edited, m_version);
}

void EditProjectForm::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

bool EditProjectForm::submit()
{
    if (!canSubmit())
        return false;
    m_serverError = {};
    m_status.clear();
    m_serverChanges.clear();
    setState(State::Submitting);
    m_call.start(
        ProjectApi(m_client).update(m_projectId, requestInput()),
        [this](const QJsonObject &) { onUpdated(); },
        [this](const ApiError &error) { onUpdateFailed(error); });
    return true;
}

void EditProjectForm::onUpdated()
{
    m_afterUpdate = true;
    describeAgain();
}

void EditProjectForm::onUpdateFailed(const ApiError &error)
{
    const bool stale = error.type == ApiError::Type::InvalidState
        && !FieldErrors::fieldOf(error, { QStringLiteral("version") }).isEmpty();
    if (stale) {
        m_afterUpdate = false;
        m_status = tr("Someone else changed the project while you edited it.");
        describeAgain();
        return;
    }
    QStringList fields = ProjectFields::updateFieldNames();
    m_serverError = FieldErrors::fromApiError(error, fields);
    // The region is not a field here: a refusal about it is about the billTo chosen for it.
    if (!m_serverError.hasField() && m_edited.billTo != m_base.billTo) {
        const FormError aboutRegion
            = FieldErrors::fromApiError(error, { QStringLiteral("region") });
        if (aboutRegion.hasField())
            m_serverError = { QStringLiteral("billTo"), aboutRegion.message };
    }
    if (!m_serverError.hasField())
        m_status = m_serverError.message;
    setState(State::Editing);
    Q_EMIT refused(m_serverError);
}

void EditProjectForm::describeAgain()
{
    setState(State::Describing);
    m_call.start(
        ProjectApi(m_client).describeProject(m_projectId),
        [this](const QJsonObject &describe) { onDescribed(describe); },
        [this](const ApiError &error) { onDescribeFailed(error); });
}

void EditProjectForm::onDescribed(const QJsonObject &describe)
{
    if (m_afterUpdate) {
        m_afterUpdate = false;
        resetTo(describe);
        m_status = tr("Saved.");
        setState(State::Saved);
        Q_EMIT saved(m_projectId, describe);
        return;
    }
    // A stale version: keep the user's edits, show what the server changed.
    const ProjectFields server = ProjectFields::fromDescribe(describe);
    m_serverChanges = ProjectRules::serverChanges(m_base, server, m_edited);
    m_describe = describe;
    setState(State::Conflict);
    Q_EMIT conflict();
}

void EditProjectForm::onDescribeFailed(const ApiError &error)
{
    m_status = m_afterUpdate
        ? tr("Saved, but the project could not be described again: %1").arg(error.userMessage())
        : tr("The project changed on the server and could not be described again: %1")
              .arg(error.userMessage());
    if (m_afterUpdate) {
        m_afterUpdate = false;
        m_base = m_edited; // the update went through
        setState(State::Saved);
        Q_EMIT saved(m_projectId, {});
        return;
    }
    setState(State::Editing);
}

bool EditProjectForm::applyOnTop()
{
    if (m_state != State::Conflict)
        return false;
    const ProjectFields server = ProjectFields::fromDescribe(m_describe);
    const ProjectFields mine = ProjectRules::rebase(m_base, server, m_edited);
    const QString typed = m_phiConfirmation;
    resetTo(m_describe);
    m_edited = mine;
    m_executablesText = ProjectRules::formatAllowedExecutables(mine.allowedExecutables);
    m_phiConfirmation = typed;
    m_serverChanges.clear();
    m_state = State::Editing;
    if (!hasChanges()) {
        m_status = tr("The server already has your changes.");
        Q_EMIT changed();
        return false;
    }
    return submit();
}

void EditProjectForm::discardMine()
{
    if (m_state != State::Conflict)
        return;
    resetTo(m_describe);
    m_serverChanges.clear();
    m_status = tr("Your changes were discarded; the form shows the project as it is now.");
    setState(State::Editing);
}
