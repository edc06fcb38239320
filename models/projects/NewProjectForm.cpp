#include "models/projects/NewProjectForm.h"

#include "api/ApiClient.h"
#include "api/ProjectApi.h"
#include "models/projects/ProjectFlags.h"
#include "models/projects/ProjectRules.h"
#include "models/regions/BillToRules.h"

#include <QDateTime>
#include <QJsonArray>

NewProjectForm::NewProjectForm(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QStringList NewProjectForm::fieldNames()
{
    return QStringList { QStringLiteral("name"), QStringLiteral("summary"),
                         QStringLiteral("description") }
    + ProjectFlags::keys()
        + QStringList { QStringLiteral("databaseResultsRestricted"), QStringLiteral("tags"),
                        QStringLiteral("properties"), QStringLiteral("billTo"),
                        QStringLiteral("region") };
}

QStringList NewProjectForm::flagNames()
{
    return ProjectFlags::keys();
}

void NewProjectForm::setBillToOptions(const QList<BillToOption> &options)
{
    m_options = options;
    Q_EMIT changed();
}

void NewProjectForm::setCatalog(const RegionCatalog &catalog)
{
    m_catalog = catalog;
    Q_EMIT changed();
}

void NewProjectForm::touch(const QString &field)
{
    // A refusal stays beside its field until that field is edited; a general one until any is.
    if (!m_serverError.isEmpty() && (!m_serverError.hasField() || m_serverError.field == field))
        m_serverError = {};
    if (m_state == State::Unknown || m_state == State::Created) {
        m_state = State::Editing;
        m_createdId.clear();
    }
    m_status.clear();
    Q_EMIT changed();
}

void NewProjectForm::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    touch(QStringLiteral("name"));
}

void NewProjectForm::setSummary(const QString &summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    touch(QStringLiteral("summary"));
}

void NewProjectForm::setDescription(const QString &description)
{
    if (description == m_description)
        return;
    m_description = description;
    touch(QStringLiteral("description"));
}

void NewProjectForm::setFlag(const QString &flag, bool on)
{
    if (!flagNames().contains(flag) || m_flags.value(flag) == on)
        return;
    const QString download = QStringLiteral("downloadRestricted");
    const QString preview = QStringLiteral("previewViewerRestricted");
    const bool wasDownload = m_flags.value(download);
    m_flags.insert(flag, on);
    m_flags.insert(preview,
                   ProjectRules::followDownloadRestricted(wasDownload, m_flags.value(download),
                                                          m_flags.value(preview)));
    touch(flag);
}

void NewProjectForm::setDatabaseResultsRestricted(const std::optional<qint64> &limit)
{
    if (limit == m_resultsLimit)
        return;
    m_resultsLimit = limit;
    touch(QStringLiteral("databaseResultsRestricted"));
}

void NewProjectForm::setTags(const QStringList &tags)
{
    const QStringList normal = ProjectRules::normaliseTags(tags);
    if (normal == m_tags)
        return;
    m_tags = normal;
    touch(QStringLiteral("tags"));
}

void NewProjectForm::setProperties(const QList<QPair<QString, QString>> &rows)
{
    if (rows == m_properties)
        return;
    m_properties = rows;
    touch(QStringLiteral("properties"));
}

void NewProjectForm::setBillTo(const QString &billTo)
{
    if (billTo == m_billTo)
        return;
    m_billTo = billTo;
    touch(QStringLiteral("billTo"));
}

void NewProjectForm::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    touch(QStringLiteral("region"));
}

QHash<QString, QString> NewProjectForm::shownErrors() const
{
    QHash<QString, QString> out = errors();
    const QString name = QStringLiteral("name");
    if (m_left.shown(name, out.value(name), m_name.trimmed().isEmpty()).isEmpty())
        out.remove(name);
    return out;
}

void NewProjectForm::markLeft(const QString &field)
{
    if (m_left.markLeft(field))
        Q_EMIT changed();
}

bool NewProjectForm::hasInput() const
{
    if (!m_name.trimmed().isEmpty() || !m_summary.isEmpty() || !m_description.isEmpty()
        || !m_tags.isEmpty() || m_resultsLimit)
        return true;
    for (const auto &row : m_properties) {
        if (!row.first.isEmpty() || !row.second.isEmpty())
            return true;
    }
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        if (it.value())
            return true;
    }
    return false;
}

const BillToOption *NewProjectForm::currentBillToOption() const
{
    for (const BillToOption &o : m_options) {
        if (o.id == m_billTo)
            return &o;
    }
    return nullptr;
}

QHash<QString, QString> NewProjectForm::errors() const
{
    QHash<QString, QString> out;
    const QString nameError = ProjectRules::validateProjectName(m_name);
    if (!nameError.isEmpty())
        out.insert(QStringLiteral("name"), nameError);
    const QString order
        = ProjectRules::validateDownloadOrder(flag(QStringLiteral("downloadRestricted")),
                                              flag(QStringLiteral("previewViewerRestricted")));
    if (!order.isEmpty())
        out.insert(QStringLiteral("previewViewerRestricted"), order);
    const QString limit = ProjectRules::validateDatabaseResultsRestricted(m_resultsLimit);
    if (!limit.isEmpty())
        out.insert(QStringLiteral("databaseResultsRestricted"), limit);

    QStringList keys;
    for (const auto &row : m_properties) {
        if (row.first.isEmpty() && row.second.isEmpty())
            continue;
        const QString e = ProjectRules::validatePropertyKey(row.first, keys);
        if (!e.isEmpty()) {
            out.insert(QStringLiteral("properties"), e);
            break;
        }
        keys << row.first;
    }

    if (const BillToOption *billTo = currentBillToOption()) {
        // Disabled options carry their reason: not billable, or at the spending limit.
        if (!billTo->enabled)
            out.insert(QStringLiteral("billTo"), billTo->disabledReason);
        const QString region = m_region.isEmpty() ? BillToRules::defaultRegion(*billTo) : m_region;
        if (!m_region.isEmpty() && !BillToRules::isPermitted(*billTo, m_region))
            out.insert(QStringLiteral("region"), BillToRules::notPermittedReason(*billTo));
        if (flag(QStringLiteral("containsPHI"))) {
            const QString phi = ProjectRules::phiProblem(*billTo, m_catalog.region(region));
            if (!phi.isEmpty())
                out.insert(QStringLiteral("containsPHI"), phi);
        }
    } else if (!m_billTo.isEmpty() && !m_options.isEmpty()) {
        out.insert(QStringLiteral("billTo"),
                   tr("%1 is not one of the accounts you can bill to.").arg(m_billTo));
    }
    if (m_serverError.hasField() && !out.contains(m_serverError.field))
        out.insert(m_serverError.field, m_serverError.message);
    return out;
}

QJsonObject NewProjectForm::requestInput() const
{
    // Only what differs from the documented defaults, so the preview reads like the choice made.
    QJsonObject in { { QStringLiteral("name"), m_name } };
    if (!m_summary.isEmpty())
        in.insert(QStringLiteral("summary"), m_summary);
    if (!m_description.isEmpty())
        in.insert(QStringLiteral("description"), m_description);
    for (const QString &f : flagNames()) {
        if (flag(f))
            in.insert(f, true);
    }
    // The platform turns previews off with downloads; say so only when they stay allowed.
    if (flag(QStringLiteral("downloadRestricted"))) {
        in.remove(QStringLiteral("previewViewerRestricted"));
        if (!flag(QStringLiteral("previewViewerRestricted")))
            in.insert(QStringLiteral("previewViewerRestricted"), false);
    }
    if (m_resultsLimit)
        in.insert(QStringLiteral("databaseResultsRestricted"), QJsonValue(*m_resultsLimit));
    if (!m_tags.isEmpty())
        in.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m_tags));
    QJsonObject properties;
    for (const auto &row : m_properties) {
        if (!row.first.isEmpty())
            properties.insert(row.first, row.second);
    }
    if (!properties.isEmpty())
        in.insert(QStringLiteral("properties"), properties);
    if (!m_billTo.isEmpty())
        in.insert(QStringLiteral("billTo"), m_billTo);
    if (!m_region.isEmpty())
        in.insert(QStringLiteral("region"), m_region);
    return in;
}

void NewProjectForm::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT changed();
}

bool NewProjectForm::submit()
{
    if (isBusy())
        return false;
    if (!isValid()) {
        if (m_left.markTried()) // a try shows every reason, "required" ones too
            Q_EMIT changed();
        return false;
    }
    m_serverError = {};
    m_status.clear();
    m_createdId.clear();
    m_foundBySearch = false;
    m_submittedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_submittedName = m_name;
    setState(State::Submitting);
    m_call.start(
        ProjectApi(m_client).newProject(requestInput()),
        [this](const QJsonObject &result) { onCreated(result); },
        [this](const ApiError &error) { onFailed(error); });
    return true;
}

void NewProjectForm::onCreated(const QJsonObject &result)
{
    m_createdId = result.value(QStringLiteral("id")).toString();
    m_status = tr("Created %1.").arg(m_createdId);
    setState(State::Created);
    Q_EMIT created(m_createdId);
}

void NewProjectForm::onFailed(const ApiError &error)
{
    if (error.type == ApiError::Type::OutcomeUnknown) {
        // A lost reply, a 5xx or an unreadable 2xx: the project may exist. Never resent.
        m_unclear = error.httpStatus == 0
            ? tr("The server did not answer")
            : tr("The server's reply (HTTP %1) did not say whether it was created")
                  .arg(error.httpStatus);
        searchAfterLostReply();
        return;
    }
    m_serverError = FieldErrors::fromApiError(error, fieldNames());
    if (!m_serverError.hasField())
        m_status = m_serverError.message;
    // The server knows a region's PHI support; remember its word for the next check.
    if (m_serverError.field == QLatin1String("containsPHI")
        && error.type == ApiError::Type::InvalidState && !m_region.isEmpty())
        m_catalog.setPhiSupport(m_region, false);
    setState(State::Editing);
    Q_EMIT refused(m_serverError);
}

void NewProjectForm::searchAfterLostReply()
{
    const QJsonObject input {
        { QStringLiteral("name"), m_submittedName },
        { QStringLiteral("level"), QStringLiteral("ADMINISTER") },
        { QStringLiteral("describe"), true },
        { QStringLiteral("created"),
          QJsonObject { { QStringLiteral("after"), m_submittedAtMs - searchSlackMs } } },
    };
    m_status = tr("%1; looking for a project named \"%2\"...").arg(m_unclear, m_submittedName);
    setState(State::Searching);
    m_call.start(
        ProjectApi(m_client).findProjects(input),
        [this](const QJsonObject &result) { onSearchFinished(result); },
        [this](const ApiError &error) { onSearchFailed(error); });
}

void NewProjectForm::onSearchFinished(const QJsonObject &result)
{
    // The newest match is the one this submission most likely made.
    QString newest;
    qint64 newestCreated = -1;
    QStringList all;
    for (const QJsonValue &v : result.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString id = r.value(QStringLiteral("id")).toString();
        const qint64 created = r.value(QStringLiteral("describe"))
                                   .toObject()
                                   .value(QStringLiteral("created"))
                                   .toInteger(0);
        all << id;
        if (created > newestCreated) {
            newest = id;
            newestCreated = created;
        }
    }
    if (newest.isEmpty()) {
        m_status = tr("%1; no project named \"%2\" was found, so it was probably not created. "
                      "You can submit again.")
                       .arg(m_unclear, m_submittedName);
        setState(State::Unknown);
        return;
    }
    m_createdId = newest;
    m_foundBySearch = true;
    all.removeAll(newest);
    m_status = all.isEmpty()
        ? tr("%1, but the project was created: %2").arg(m_unclear, newest)
        : tr("%1, but the project was created: %2 (other projects of that name created just "
             "now: %3)")
              .arg(m_unclear, newest, all.join(QStringLiteral(", ")));
    setState(State::Created);
    Q_EMIT created(newest);
}

void NewProjectForm::onSearchFailed(const ApiError &error)
{
    m_status = tr("%1, and looking for the project failed too (%2). Check the project list "
                  "for \"%3\" before submitting again.")
                   .arg(m_unclear, error.userMessage(), m_submittedName);
    setState(State::Unknown);
}
