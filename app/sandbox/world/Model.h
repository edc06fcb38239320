#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The sandbox's world as plain values. Everything lives in memory (see World) and is persisted
// as one JSON document per entity (see Store), in the same shape as the world file.
namespace sandbox {

enum class Level { None = 0, View, Upload, Contribute, Administer };

QString levelName(Level level);
// Returns false for anything but VIEW, UPLOAD, CONTRIBUTE, ADMINISTER (NONE is not a grant).
bool parseLevel(const QString &text, Level *level);

struct Region
{
    QString id; // "aws:us-east-1"
    bool phi = false; // supports PHI projects
    double storagePricePerGB = 0; // dollars per GB-month, live data
    double archivedPricePerGB = 0; // dollars per GB-month, archived data
    QMap<QString, double> unarchivePricePerGB; // rate -> millidollars per GB; keys = valid rates
    QString cloud() const { return id.section(QLatin1Char(':'), 0, 0); }
};

struct OrgMember
{
    bool admin = false;
    bool allowBillableActivities = false;
};

// A user or an org: both are billTo accounts with regions, features and a spending limit.
struct Account
{
    QString id; // "user-alice" / "org-genomics"
    bool isOrg = false;
    QString token; // users only
    QString first, last; // users only
    QString email; // users only
    QString name; // orgs (users: first + last)
    QString billTo; // users: the default billTo of their new projects
    QStringList permittedRegions;
    QString defaultRegion;
    bool phiFeatures = false;
    bool atSpendingLimit = false;
    bool seesPricing = false; // users: may see their own pricing model
    bool archiveLicense = false; // may use archive/unarchive on projects it pays for
    bool sponsorshipFeatures = false; // may sponsor data storage (updateSponsorship)
    bool restrictProjectTransfer = false; // orgs: only ADMINs may move projects away
    QMap<QString, OrgMember> members; // orgs: user id -> membership

    QString handle() const { return id.mid(id.indexOf(QLatin1Char('-')) + 1); }
};

struct FileCopy
{
    QString id; // shared by every copy of the same file
    QString folder = QStringLiteral("/");
    QString name;
    qint64 size = 0; // bytes
    QString archivalState = QStringLiteral("live");
    qint64 created = 0;
    qint64 liveAt = 0; // unarchiving: when the copy becomes live

    // Unarchiving is resolved lazily against the clock, so it survives restarts.
    QString stateAt(qint64 now) const
    {
        return archivalState == QLatin1String("unarchiving") && now >= liveAt
            ? QStringLiteral("live")
            : archivalState;
    }
};

struct RootExecution
{
    QString id;
    QString state;
    qint64 created = 0;
    bool terminal() const;
};

struct Project
{
    QString id;
    QString name;
    QString summary;
    QString description;
    QString region;
    QString billTo;
    QString createdBy;
    bool isProtected = false;
    bool restricted = false;
    bool downloadRestricted = false;
    bool containsPHI = false;
    bool databaseUIViewOnly = false;
    bool externalUploadRestricted = false;
    // Set with downloadRestricted; may then be cleared on its own, never left on alone.
    bool previewViewerRestricted = false;
    qint64 databaseResultsRestricted = 0; // at least 1 when set; 0: unset (describes as null)
    qint64 created = 0;
    qint64 modified = 0;
    int version = 1;
    QStringList tags;
    QMap<QString, QString> properties;
    QMap<QString, Level> members; // user-/org- ids and PUBLIC
    QString defaultInstanceType = QStringLiteral("mem2_ssd1_v2_x2");
    qint64 sponsoredUntil = 0; // 0: not sponsored
    QString pendingTransfer;
    qint64 totalSponsoredEgressBytes = 0;
    qint64 consumedSponsoredEgressBytes = 0;
    bool hasAllowedExecutables = false;
    // Unset by an update ({"allowedExecutables": null}): describes as null, as the platform
    // does, where a project that never had the list leaves it out.
    bool allowedExecutablesCleared = false;
    QStringList allowedExecutables;
    QStringList extraFolders; // empty folders; folders of files are implied
    QList<FileCopy> files;
    QList<RootExecution> rootExecutions;

    bool sponsoredAt(qint64 now) const { return sponsoredUntil > now; }
    bool isPublic() const { return members.contains(QStringLiteral("PUBLIC")); }
    QStringList allFolders() const; // sorted, with "/" and every ancestor
    void touch(qint64 now)
    {
        ++version;
        modified = now;
    }
};

} // namespace sandbox
