#include "models/archive/FileListModel.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ProjectApi.h"
#include "models/archive/ArchiveRules.h"
#include "models/archive/FindPaging.h"
#include "models/common/DataSize.h"

#include <QJsonArray>
#include <QSet>

FileListModel::FileListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

QStringList FileListModel::knownStates()
{
    return { QStringLiteral("live"), QStringLiteral("archival"), QStringLiteral("archived"),
             QStringLiteral("unarchiving") };
}

void FileListModel::load(const QString &projectId, const QString &folder)
{
    if (m_call)
        m_call->abort();
    m_call = nullptr; // an aborted call reports nothing, and is gone soon
    m_projectId = projectId;
    m_folder = folder.isEmpty() ? QStringLiteral("/") : folder;
    m_error = {};
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    if (m_projectId.isEmpty() || !m_client)
        return;
    fetchPage(QJsonValue::Null);
}

void FileListModel::fetchPage(const QJsonValue &starting)
{
    QJsonObject input {
        { QStringLiteral("class"), QStringLiteral("file") },
        { QStringLiteral("scope"),
          QJsonObject { { QStringLiteral("project"), m_projectId },
                        { QStringLiteral("folder"), m_folder },
                        { QStringLiteral("recurse"), true } } },
        { QStringLiteral("describe"), true },
        { QStringLiteral("limit"), ArchiveRules::MaxFilesPerRequest },
    };
    if (!starting.isNull())
        input.insert(QStringLiteral("starting"), starting);
    ApiCall *call = ProjectApi(m_client).findDataObjects(input);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const QJsonObject &result) {
        if (m_call == call) {
            m_call = nullptr;
            onPage(result);
        }
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call != call)
            return;
        m_call = nullptr;
        m_error = error;
        Q_EMIT failed(error);
    });
    call->start();
}

FileRow FileRow::fromFindResult(const QJsonObject &item)
{
    const QJsonObject d = item.value(QStringLiteral("describe")).toObject();
    FileRow row;
    row.id = item.value(QStringLiteral("id")).toString();
    row.name = d.value(QStringLiteral("name")).toString(row.id);
    row.folder = d.value(QStringLiteral("folder")).toString(QStringLiteral("/"));
    row.size = d.value(QStringLiteral("size")).toDouble();
    row.archivalState = d.value(QStringLiteral("archivalState")).toString();
    return row;
}

void FileListModel::onPage(const QJsonObject &result)
{
    const QJsonArray results = result.value(QStringLiteral("results")).toArray();
    QList<FileRow> page;
    page.reserve(results.size());
    for (const QJsonValue &value : results) {
        page.append(FileRow::fromFindResult(value.toObject()));
    }
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    if (hasNextPage(result))
        fetchPage(result.value(QStringLiteral("next")));
    else
        Q_EMIT loaded();
}

QMap<QString, StateTotal> FileListModel::stateTotals() const
{
    QMap<QString, StateTotal> totals;
    for (const FileRow &row : m_rows) {
        StateTotal &total = totals[row.archivalState];
        ++total.count;
        total.bytes += row.size;
    }
    return totals;
}

QStringList FileListModel::folders() const
{
    QSet<QString> set { QStringLiteral("/") };
    for (const FileRow &row : m_rows) {
        QString folder = row.folder;
        while (folder.size() > 1 && !set.contains(folder)) {
            set.insert(folder);
            folder = folder.left(qMax(1, int(folder.lastIndexOf(QLatin1Char('/')))));
        }
    }
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QStringList FileListModel::idsOf(const QList<int> &rows) const
{
    QStringList ids;
    for (int r : rows) {
        if (r >= 0 && r < m_rows.size())
            ids.append(m_rows.at(r).id);
    }
    return ids;
}

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case FolderColumn:
            return row.folder;
        case SizeColumn:
            return DataSize::format(row.size);
        case StateColumn:
            return row.archivalState;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? row.id : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case IdRole:
        return row.id;
    case SizeBytesRole:
        return row.size;
    case ArchivalStateRole:
        return row.archivalState;
    case FolderRole:
        return row.folder;
    case SortRole:
        return index.column() == SizeColumn ? QVariant(row.size) : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QStringLiteral("Name");
    case FolderColumn:
        return QStringLiteral("Folder");
    case SizeColumn:
        return QStringLiteral("Size");
    case StateColumn:
        return QStringLiteral("Archival state");
    }
    return {};
}
