#include "models/browser/ProjectTagCounts.h"

#include "api/ApiCall.h"
#include "api/ProjectApi.h"

ProjectTagCounts::ProjectTagCounts(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

void ProjectTagCounts::load()
{
    if (m_call)
        m_call->abort();
    m_call = nullptr; // an aborted call reports nothing, and is gone soon
    ApiCall *call = ProjectApi(m_client).listProjectTags();
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const QJsonObject &result) {
        if (m_call != call)
            return;
        m_call = nullptr;
        QList<QPair<QString, int>> rows;
        for (auto it = result.begin(); it != result.end(); ++it) {
            if (it.value().isDouble())
                rows.append({ it.key(), it.value().toInt() });
        }
        m_unsupported = false;
        setCounts(rows);
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call != call)
            return;
        m_call = nullptr;
        m_error = error;
        m_unsupported = error.type == ApiError::Type::ResourceNotFound;
        Q_EMIT failed(error);
    });
    call->start();
}

void ProjectTagCounts::setCounts(const QList<QPair<QString, int>> &counts)
{
    beginResetModel();
    m_rows = counts;
    endResetModel();
    Q_EMIT loaded();
}

int ProjectTagCounts::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTagCounts::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTagCounts::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QPair<QString, int> &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TagColumn ? QVariant(row.first) : QVariant(row.second);
    case SortRole:
        return index.column() == TagColumn ? QVariant(row.first.toLower()) : QVariant(row.second);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case TagRole:
        return row.first;
    case CountRole:
        return row.second;
    }
    return {};
}

QVariant ProjectTagCounts::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TagColumn ? QStringLiteral("Tag") : QStringLiteral("Projects");
}
