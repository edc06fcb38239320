#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// What the console knows about a region: the 8 regions of the platform's documentation with
// their city on the map, plus any region string a server returns. A region the console does not
// know is kept and shown as it is (no city, no pin on the map), never dropped.
struct RegionInfo
{
    enum class Phi { Unknown, Supported, Unsupported };

    QString id; // "aws:us-east-1"
    QString displayName; // "AWS US (East)"; the id itself for unknown regions
    QString cloud; // "AWS", "Azure", or the prefix before ':' for other clouds
    QString city; // "N. Virginia"; empty for unknown regions
    double latitude = 0;
    double longitude = 0;
    bool known = false; // one of the documented regions
    bool hasLocation = false; // latitude/longitude are meaningful
    Phi phi = Phi::Unknown; // only the server can say; Unknown until it does

    bool isValid() const { return !id.isEmpty(); }
    // The name the map and the region filter show: "AWS US (East) · N. Virginia"; the ID for
    // a region the catalog does not know.
    QString label() const
    {
        return known ? QString(displayName + QStringLiteral(" · ") + city) : id;
    }
};

class RegionCatalog
{
public:
    RegionCatalog(); // the documented regions

    // Known regions in documentation order, then the unknown ones in the order they came.
    const QList<RegionInfo> &regions() const { return m_regions; }
    QStringList ids() const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }

    // The region's entry; for a string the catalog has never seen, an unknown entry made on
    // the fly (use add() to keep it).
    RegionInfo region(const QString &id) const;
    QString displayName(const QString &id) const { return region(id).displayName; }

    // Keeps a region string the server returned; a no-op for empty or already present ids.
    void add(const QString &id);
    void addAll(const QStringList &ids);

    // The server's word on PHI support wins over anything the catalog had.
    void setPhiSupport(const QString &id, bool supported);
    // Overrides from a server: an array of region strings or of objects {"id", "phi"?}, or an
    // object keyed by region string whose values are objects {"phi"?} or booleans (phi).
    // Unknown regions are added. Returns the number of entries applied.
    int applyServerRegions(const QJsonValue &regions);

    // "AWS" for "aws:...", "Azure" for "azure:...", else the prefix as written.
    static QString cloudOf(const QString &id);
    static RegionInfo unknownRegion(const QString &id);

private:
    int indexOf(const QString &id) const;

    QList<RegionInfo> m_regions;
};
