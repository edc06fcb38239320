#include "models/members/MemberListModel.h"

#include <QFont>
#include <algorithm>

MemberListModel::MemberListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MemberListModel::setPermissions(const QJsonObject &permissions)
{
    QList<Member> members;
    for (auto it = permissions.begin(); it != permissions.end(); ++it)
        members << Member {
            it.key(),
            MemberRules::parseLevel(it.value().toString()).value_or(MemberRules::Level::None)
        };
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        return a.level != b.level ? a.level > b.level : a.id < b.id;
    });
    beginResetModel();
    m_members = members;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (serverLevel(it.key()) == it.value())
            it = m_pending.erase(it);
        else
            ++it;
    }
    endResetModel();
}

QString MemberListModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row).id : QString();
}

int MemberListModel::rowOf(const QString &member) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == member)
            return row;
    }
    return -1;
}

MemberRules::Level MemberListModel::serverLevel(const QString &member) const
{
    const int row = rowOf(member);
    return row < 0 ? MemberRules::Level::None : m_members.at(row).level;
}

MemberRules::Level MemberListModel::effectiveLevel(const QString &member) const
{
    return m_pending.value(member, serverLevel(member));
}

void MemberListModel::setPendingLevel(const QString &member, MemberRules::Level level)
{
    const int row = rowOf(member);
    if (row < 0)
        return;
    if (level == serverLevel(member))
        m_pending.remove(member);
    else
        m_pending.insert(member, level);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemberListModel::clearPending()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    if (!m_members.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_members.size()) - 1, ColumnCount - 1));
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MemberListModel::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_members.isEmpty())
        Q_EMIT dataChanged(index(0, MemberColumn), index(rowCount() - 1, MemberColumn));
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    const bool changed = m_pending.contains(m.id);
    switch (role) {
    case MemberIdRole:
        return m.id;
    case LevelRole:
        return MemberRules::levelName(m.level);
    case PendingLevelRole:
        return changed ? MemberRules::levelName(m_pending.value(m.id)) : QString();
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case MemberColumn:
        if (m.id == QLatin1String("PUBLIC"))
            return tr("Everyone (PUBLIC)");
        if (const QString name = m_names.value(m.id); !name.isEmpty() && name != m.id)
            return QString(name + QStringLiteral(" (") + m.id + QLatin1Char(')'));
        return m.id;
    case KindColumn:
        return m.id == QLatin1String("PUBLIC")       ? tr("Everyone")
            : m.id.startsWith(QLatin1String("org-")) ? tr("Organization")
                                                     : tr("User");
    case LevelColumn:
        return MemberRules::levelName(m.level);
    case ChangeColumn: {
        if (!changed)
            return QString();
        const MemberRules::Level to = m_pending.value(m.id);
        switch (MemberRules::changeKind(m.level, to)) {
        case MemberRules::ChangeKind::Remove:
            return tr("remove");
        case MemberRules::ChangeKind::Decrease:
            return tr("lower to %1").arg(MemberRules::levelName(to));
        case MemberRules::ChangeKind::Raise:
            return tr("raise to %1 (invite)").arg(MemberRules::levelName(to));
        case MemberRules::ChangeKind::None:
            return QString();
        }
        return QString();
    }
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Level");
    case ChangeColumn:
        return tr("Pending change");
    default:
        return {};
    }
}
