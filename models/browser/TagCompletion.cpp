#include "models/browser/TagCompletion.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/Routes.h"
#include "models/browser/ProjectListModel.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTagCompletion, "dxc.models.tags")

TagCompletion::TagCompletion(ApiClient *client, ProjectListModel *rows, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rows(rows)
{ }

void TagCompletion::refresh()
{
    // A call in flight may have been answered before the change that asks again: start anew.
    m_call.start(
        m_client->call(QStringLiteral("system"), QString::fromLatin1(Routes::listProjectTags),
                       QJsonObject()),
        [this](const QJsonObject &result) { onTags(result); },
        [this](const ApiError &error) { onFailed(error); });
}

QStringList TagCompletion::tags() const
{
    QStringList list = m_counts.keys();
    std::sort(list.begin(), list.end(), [this](const QString &a, const QString &b) {
        const int ca = m_counts.value(a);
        const int cb = m_counts.value(b);
        if (ca != cb)
            return ca > cb;
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return list;
}

void TagCompletion::onTags(const QJsonObject &result)
{
    for (const auto &c : std::as_const(m_rowConnections))
        disconnect(c);
    m_rowConnections.clear();
    m_source = Source::Server;
    m_counts.clear();
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        if (it.value().isDouble())
            m_counts.insert(it.key(), it.value().toInt());
    }
    publish();
}

void TagCompletion::onFailed(const ApiError &error)
{
    if (error.type == ApiError::Type::ResourceNotFound) {
        useLoadedRows();
        return;
    }
    // Other failures are passing troubles: keep what we had and let the next refresh try.
    qCInfo(lcTagCompletion) << "listProjectTags failed:" << error.typeName;
    if (m_source == Source::None)
        useLoadedRows();
}

void TagCompletion::useLoadedRows()
{
    m_source = Source::LoadedRows;
    if (m_rows && m_rowConnections.isEmpty()) {
        const auto recount = [this] { countLoadedRows(); };
        m_rowConnections = {
            // New pages only add their own rows' tags: recounting 100,000 rows per page would not.
            connect(m_rows, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        for (int r = first; r <= last; ++r) {
                            for (const QString &tag : m_rows->rowAt(r).tags)
                                ++m_counts[tag];
                        }
                        publish();
                    }),
            connect(m_rows, &QAbstractItemModel::rowsRemoved, this, recount),
            connect(m_rows, &QAbstractItemModel::modelReset, this, recount),
            connect(m_rows, &QAbstractItemModel::dataChanged, this, recount),
        };
    }
    countLoadedRows();
}

void TagCompletion::countLoadedRows()
{
    m_counts.clear();
    if (m_rows) {
        for (int r = 0; r < m_rows->rowCount(); ++r) {
            for (const QString &tag : m_rows->rowAt(r).tags)
                ++m_counts[tag];
        }
    }
    publish();
}

void TagCompletion::publish()
{
    m_model.setStringList(tags());
    Q_EMIT changed();
}
