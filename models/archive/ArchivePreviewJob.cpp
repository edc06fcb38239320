#include "models/archive/ArchivePreviewJob.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"
#include "models/archive/FindPaging.h"

#include <QJsonArray>
#include <algorithm>

ArchivePreviewJob::ArchivePreviewJob(ApiClient *client, const QString &projectId,
                                     const QString &billTo, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_billTo(billTo)
{ }

void ArchivePreviewJob::start(const ArchiveSelection &selection)
{
    m_call.abort();
    m_selection = selection;
    m_rows.clear();
    m_chunks.clear();
    m_copies.clear();
    m_names.clear();
    m_preview = ArchivePreview();
    m_running = true;
    listSelection(QJsonValue::Null);
}

void ArchivePreviewJob::abort()
{
    m_call.abort();
    m_running = false;
}

void ArchivePreviewJob::listSelection(const QJsonValue &starting)
{
    const bool folder = m_selection.usesFolder();
    QJsonObject input {
        { QStringLiteral("class"), QStringLiteral("file") },
        { QStringLiteral("scope"),
          QJsonObject {
              { QStringLiteral("project"), m_projectId },
              { QStringLiteral("folder"), folder ? m_selection.folder : QStringLiteral("/") },
              { QStringLiteral("recurse"), folder ? m_selection.recurse : true } } },
        { QStringLiteral("describe"), true },
        { QStringLiteral("limit"), ArchiveRules::MaxFilesPerRequest },
    };
    if (starting.isString())
        input.insert(QStringLiteral("starting"), starting);
    m_call.start(
        ProjectApi(m_client).findDataObjects(input),
        [this](const QJsonObject &result) {
            for (const QJsonValue &value : result.value(QStringLiteral("results")).toArray()) {
                m_rows.append(FileRow::fromFindResult(value.toObject()));
            }
            if (hasNextPage(result)) {
                listSelection(result.value(QStringLiteral("next")));
                return;
            }
            m_preview.selected = ArchivePlanning::selectedRows(m_selection, m_rows);
            m_rows.clear();
            QStringList live;
            for (const FileRow &row : qAsConst(m_preview.selected)) {
                if (row.archivalState == QLatin1String("live"))
                    live.append(row.id);
            }
            m_chunks = ArchiveRules::batches(live);
            findCopies(0, QJsonValue::Null);
        },
        [this](const ApiError &error) { fail(error); });
}

void ArchivePreviewJob::findCopies(int chunk, const QJsonValue &starting)
{
    if (chunk >= m_chunks.size()) {
        describeProjects(QJsonValue::Null);
        return;
    }
    QJsonObject input {
        { QStringLiteral("class"), QStringLiteral("file") },
        { QStringLiteral("id"), QJsonArray::fromStringList(m_chunks.at(chunk)) },
        { QStringLiteral("archivalState"), QStringLiteral("live") },
        { QStringLiteral("limit"), ArchiveRules::MaxFilesPerRequest },
    };
    if (starting.isString())
        input.insert(QStringLiteral("starting"), starting);
    m_call.start(
        ProjectApi(m_client).findDataObjects(input),
        [this, chunk](const QJsonObject &result) {
            const QStringList &chunkIds = m_chunks.at(chunk);
            const QSet<QString> asked(chunkIds.cbegin(), chunkIds.cend());
            for (const QJsonValue &value : result.value(QStringLiteral("results")).toArray()) {
                const QJsonObject item = value.toObject();
                const QString project = item.value(QStringLiteral("project")).toString();
                const QString id = item.value(QStringLiteral("id")).toString();
                // Only the asked IDs count, whatever a server answers.
                if (project != m_projectId && asked.contains(id))
                    m_copies[id].insert(project);
            }
            if (hasNextPage(result))
                findCopies(chunk, result.value(QStringLiteral("next")));
            else
                findCopies(chunk + 1, QJsonValue::Null);
        },
        [this](const ApiError &error) { fail(error); });
}

void ArchivePreviewJob::describeProjects(const QJsonValue &starting)
{
    QSet<QString> projects { m_projectId };
    for (const QSet<QString> &holders : qAsConst(m_copies))
        projects.unite(holders);
    QStringList ids(projects.cbegin(), projects.cend());
    std::sort(ids.begin(), ids.end());
    QJsonObject input {
        { QStringLiteral("id"), QJsonArray::fromStringList(ids) },
        { QStringLiteral("level"), QStringLiteral("VIEW") },
        { QStringLiteral("describe"),
          QJsonObject { { QStringLiteral("fields"),
                          QJsonObject { { QStringLiteral("name"), true },
                                        { QStringLiteral("billTo"), true },
                                        { QStringLiteral("region"), true } } } } },
        { QStringLiteral("limit"), 1000 },
    };
    if (starting.isString())
        input.insert(QStringLiteral("starting"), starting);
    m_call.start(
        ProjectApi(m_client).findProjects(input),
        [this](const QJsonObject &result) {
            for (const QJsonValue &value : result.value(QStringLiteral("results")).toArray()) {
                const QJsonObject item = value.toObject();
                const QJsonObject d = item.value(QStringLiteral("describe")).toObject();
                const QString id = item.value(QStringLiteral("id")).toString();
                if (id == m_projectId)
                    m_preview.region = d.value(QStringLiteral("region")).toString();
                else if (d.value(QStringLiteral("billTo")).toString() == m_billTo)
                    m_names.insert(id, d.value(QStringLiteral("name")).toString(id));
            }
            if (hasNextPage(result)) {
                describeProjects(result.value(QStringLiteral("next")));
                return;
            }
            for (auto it = m_copies.cbegin(); it != m_copies.cend(); ++it) {
                QStringList holders;
                for (const QString &project : it.value()) {
                    if (m_names.contains(project))
                        holders.append(m_names.value(project));
                }
                if (holders.isEmpty())
                    continue;
                std::sort(holders.begin(), holders.end());
                m_preview.liveCopies.insert(it.key(), holders);
            }
            describeBillTo();
        },
        [this](const ApiError &error) { fail(error); });
}

void ArchivePreviewJob::describeBillTo()
{
    const ProjectApi api(m_client);
    ApiCall *call = m_billTo.startsWith(QLatin1String("org-")) ? api.describeOrg(m_billTo)
                                                               : api.describeUser(m_billTo);
    m_call.start(
        call,
        [this](const QJsonObject &result) {
            m_preview.prices = ArchivePlanning::storagePrices(
                result.value(QStringLiteral("pricingModelsByRegion"))
                    .toObject()
                    .value(m_preview.region)
                    .toObject());
            conclude();
        },
        // The price sheet is shown to the billTo's admins only: without it the preview says the
        // saving is unknown.
        [this](const ApiError &) { conclude(); });
}

void ArchivePreviewJob::fail(const ApiError &error)
{
    m_preview = ArchivePreview();
    m_preview.error = error;
    conclude();
}

void ArchivePreviewJob::conclude()
{
    m_running = false;
    Q_EMIT finished(m_preview);
}
