#include "models/regions/RegionListModel.h"

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionChoice &c = m_regions.at(index.row());
    const RegionInfo &r = c.info;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = r.displayName;
        if (!r.city.isEmpty())
            text += QStringLiteral(" · %1, %2").arg(r.cloud, r.city);
        if (c.isDefault)
            text += tr(" (default)");
        if (!c.enabled) // the reason in the row itself: disabled rows cannot be selected to ask
            text += QStringLiteral(" — ") + c.reason;
        return text;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!c.enabled)
            return c.reason;
        return r.known ? QStringLiteral("%1 · %2, %3").arg(r.id, r.cloud, r.city)
                       : tr("%1 · a region this console has no map location for").arg(r.id);
    case RegionIdRole:
        return r.id;
    case DisplayNameRole:
        return r.displayName;
    case CloudRole:
        return r.cloud;
    case CityRole:
        return r.city;
    case LatitudeRole:
        return r.hasLocation ? QVariant(r.latitude) : QVariant();
    case LongitudeRole:
        return r.hasLocation ? QVariant(r.longitude) : QVariant();
    case HasLocationRole:
        return r.hasLocation;
    case KnownRole:
        return r.known;
    case PermittedRole:
        return c.enabled;
    case ReasonRole:
        return c.reason;
    case IsDefaultRole:
        return c.isDefault;
    case PhiSupportRole:
        return int(r.phi);
    default:
        return {};
    }
}

Qt::ItemFlags RegionListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_regions.at(index.row()).enabled)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> RegionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RegionIdRole, "regionId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(CloudRole, "cloud");
    names.insert(CityRole, "city");
    names.insert(LatitudeRole, "latitude");
    names.insert(LongitudeRole, "longitude");
    names.insert(HasLocationRole, "hasLocation");
    names.insert(KnownRole, "known");
    names.insert(PermittedRole, "permitted");
    names.insert(ReasonRole, "reason");
    names.insert(IsDefaultRole, "isDefault");
    names.insert(PhiSupportRole, "phiSupport");
    return names;
}

void RegionListModel::setRegions(const QList<RegionChoice> &regions)
{
    beginResetModel();
    m_regions = regions;
    endResetModel();
}

int RegionListModel::rowOf(const QString &regionId) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).info.id == regionId)
            return i;
    }
    return -1;
}

QString RegionListModel::defaultRegion() const
{
    for (const RegionChoice &c : m_regions) {
        if (c.isDefault)
            return c.info.id;
    }
    return {};
}
