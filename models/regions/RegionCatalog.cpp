#include "models/regions/RegionCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

RegionInfo knownRegion(const char *id, const char *name, const char *city, double lat, double lon)
{
    RegionInfo r;
    r.id = QLatin1String(id);
    r.displayName = QLatin1String(name);
    r.cloud = RegionCatalog::cloudOf(r.id);
    r.city = QLatin1String(city);
    r.latitude = lat;
    r.longitude = lon;
    r.known = true;
    r.hasLocation = true;
    return r;
}

} // namespace

RegionCatalog::RegionCatalog()
{
    // The DNAnexus documentation, "Regions". Coordinates are those of the city the region is named
    // after (us-east-1: Ashburn, N. Virginia; westus: San Francisco Bay Area; westeurope:
    // Amsterdam).
    m_regions = {
        knownRegion("aws:us-east-1", "AWS US (East)", "N. Virginia", 39.04, -77.49),
        knownRegion("aws:eu-central-1", "AWS Europe (Frankfurt)", "Frankfurt", 50.11, 8.68),
        knownRegion("aws:ap-southeast-2", "AWS Asia Pacific (Sydney)", "Sydney", -33.87, 151.21),
        knownRegion("aws:eu-west-2", "AWS UKB-RAP (London)", "London", 51.51, -0.13),
        knownRegion("aws:eu-west-2-g", "AWS Europe (London)", "London", 51.51, -0.13),
        knownRegion("azure:westus", "Azure West US", "California", 37.78, -122.42),
        knownRegion("azure:westeurope", "Azure West Europe", "Netherlands", 52.37, 4.90),
        knownRegion("azure:uksouth-ofh", "Azure OFH-TRE (London)", "London", 51.51, -0.13),
    };
}

QStringList RegionCatalog::ids() const
{
    QStringList out;
    out.reserve(m_regions.size());
    for (const RegionInfo &r : m_regions)
        out << r.id;
    return out;
}

int RegionCatalog::indexOf(const QString &id) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).id == id)
            return i;
    }
    return -1;
}

RegionInfo RegionCatalog::region(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_regions.at(i) : unknownRegion(id);
}

void RegionCatalog::add(const QString &id)
{
    if (id.isEmpty() || contains(id))
        return;
    m_regions.append(unknownRegion(id));
}

void RegionCatalog::addAll(const QStringList &ids)
{
    for (const QString &id : ids)
        add(id);
}

void RegionCatalog::setPhiSupport(const QString &id, bool supported)
{
    add(id);
    const int i = indexOf(id);
    if (i >= 0)
        m_regions[i].phi = supported ? RegionInfo::Phi::Supported : RegionInfo::Phi::Unsupported;
}

int RegionCatalog::applyServerRegions(const QJsonValue &regions)
{
    int applied = 0;
    const auto applyOne = [this, &applied](const QString &id, const QJsonValue &phi) {
        if (id.isEmpty())
            return;
        add(id);
        if (phi.isBool())
            setPhiSupport(id, phi.toBool());
        ++applied;
    };
    if (regions.isArray()) {
        for (const QJsonValue &v : regions.toArray()) {
            if (v.isString())
                applyOne(v.toString(), QJsonValue());
            else if (v.isObject())
                applyOne(v.toObject().value(QLatin1String("id")).toString(),
                         v.toObject().value(QLatin1String("phi")));
        }
    } else if (regions.isObject()) {
        const QJsonObject map = regions.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            applyOne(it.key(),
                     it.value().isObject() ? it.value().toObject().value(QLatin1String("phi"))
                                           : it.value());
    }
    return applied;
}

QString RegionCatalog::cloudOf(const QString &id)
{
    const QString prefix = id.section(QLatin1Char(':'), 0, 0);
    if (prefix.compare(QLatin1String("aws"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("AWS");
    if (prefix.compare(QLatin1String("azure"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Azure");
    return id.contains(QLatin1Char(':')) ? prefix : QString();
}

RegionInfo RegionCatalog::unknownRegion(const QString &id)
{
    RegionInfo r;
    r.id = id;
    r.displayName = id;
    r.cloud = cloudOf(id);
    return r;
}
