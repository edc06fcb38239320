#pragma once

#include "models/members/MemberRules.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QMap>

// A project's members (describe "permissions") with the level changes the user has made but not
// yet sent, kept apart from the server state so that the form sends exactly the change.
// Rows: highest server level first, then by ID.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MemberColumn, KindColumn, LevelColumn, ChangeColumn, ColumnCount };
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        LevelRole, // the server's level name
        PendingLevelRole, // the new level name, "NONE" for a removal; empty without a change
    };

    explicit MemberListModel(QObject *parent = nullptr);

    // The server state; pending changes that the server now shows are dropped, the others stay.
    void setPermissions(const QJsonObject &permissions);

    // Names shown beside the IDs ("Genomics Core"), for the accounts the console knows.
    void setNames(const QHash<QString, QString> &names);

    QString memberAt(int row) const;
    int rowOf(const QString &member) const; // -1 when not a member
    MemberRules::Level serverLevel(const QString &member) const;
    // The level the member will have: the pending one, else the server's.
    MemberRules::Level effectiveLevel(const QString &member) const;

    // Level::None removes; the server's own level clears the change.
    void setPendingLevel(const QString &member, MemberRules::Level level);
    void clearPending();
    QMap<QString, MemberRules::Level> pending() const { return m_pending; }
    bool hasPending() const { return !m_pending.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Member
    {
        QString id;
        MemberRules::Level level;
    };
    QList<Member> m_members;
    QMap<QString, MemberRules::Level> m_pending;
    QHash<QString, QString> m_names;
};
