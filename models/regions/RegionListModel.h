#pragma once

#include "models/regions/BillToRules.h"

#include <QAbstractListModel>
#include <QList>

// The regions offered for one billTo, for the region picker's list and for screen readers.
// Regions that cannot be chosen stay listed but are not enabled; their reason is the tooltip.
class RegionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RegionIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        CloudRole,
        CityRole,
        LatitudeRole,
        LongitudeRole,
        HasLocationRole,
        KnownRole,
        PermittedRole,
        ReasonRole,
        IsDefaultRole,
        PhiSupportRole, // RegionInfo::Phi as int
    };
    Q_ENUM(Role)

    explicit RegionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRegions(const QList<RegionChoice> &regions);
    const QList<RegionChoice> &regions() const { return m_regions; }
    int rowOf(const QString &regionId) const; // -1 when absent
    QString defaultRegion() const; // the row marked default, if any

private:
    QList<RegionChoice> m_regions;
};
