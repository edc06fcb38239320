#pragma once

#include "models/browser/ProjectRow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QThreadPool>
#include <QVector>
#include <optional>

struct ProjectQuery;

// Whose cache a file is: a file holds one profile's listings and describes, and is only ever
// read for that profile on that server as that user.
struct CacheOwner
{
    QString profileId;
    QString server; // the profile's server URL, or another stable name of the server
    // The user signed in with the profile. Empty before a sign-in has said who: the file's own
    // user is then taken (the profile's last user), and owner() tells who that was.
    QString userId;

    bool operator==(const CacheOwner &other) const
    {
        return profileId == other.profileId && server == other.server && userId == other.userId;
    }
    bool operator!=(const CacheOwner &other) const { return !(*this == other); }
};

// The console's local cache of one profile, in an SQLite file of its own (WAL): the rows of
// the last listing of each query, with the time they were fetched, and the describe results of
// the projects that were opened. Nothing else enters it: no token, no request header, no
// activity. What it holds is a copy of what the server said; losing it costs a listing.
//
// It is never fatal. A file that is not a cache of this schema (corrupt, truncated, another
// program's) is set aside as `<file>.corrupt-<time>` and a new one is made; a file of another
// owner (profile, server or user) is emptied before use; a file of a newer schema, written by a
// newer dxconsole, is left as it is and not used (isUsable() is false, every read finds
// nothing, every write is dropped).
class ProjectCache
{
public:
    // 1: meta (schema, owner), listings (query key, fetched, rows as one blob), describes.
    static constexpr int schemaVersion = 1;

    enum class Status { Closed, Open, NewerSchema, Failed };

    struct Listing
    {
        QVector<ProjectRow> rows;
        QDateTime fetchedAt;
    };
    struct Describe
    {
        QJsonObject describe;
        QDateTime fetchedAt;
    };

    explicit ProjectCache(const QString &filePath);
    ~ProjectCache();
    ProjectCache(const ProjectCache &) = delete;
    ProjectCache &operator=(const ProjectCache &) = delete;

    // The file of a profile's cache in `folder`.
    static QString fileFor(const QString &folder, const QString &profileId);
    // Removes the cache files in `folder` (with their logs and set-aside copies) of every
    // profile but `keep`: a removed profile's projects do not stay on disk. Returns the bytes.
    static qint64 removeFilesExcept(const QString &folder, const QStringList &keep);
    // What a listing is cached under: the call's subject and its findProjects input.
    static QString listingKey(const ProjectQuery &query);

    // Opens (or makes) the file for `owner`. False when no cache can be used; *why says why.
    bool open(const CacheOwner &owner, QString *why = nullptr);
    void close();
    Status status() const { return m_status; }
    bool isUsable() const { return m_status == Status::Open; }
    QString filePath() const { return m_path; }
    CacheOwner owner() const { return m_owner; }
    // Where a corrupt file was moved to by the last open(); empty when none was.
    QString setAsidePath() const { return m_setAside; }

    // The rows of the last listing cached under `key` (ProjectListModel::showCached interns
    // their repeated strings).
    std::optional<Listing> listing(const QString &key) const;
    bool storeListing(const QString &key, const QVector<ProjectRow> &rows,
                      const QDateTime &fetchedAt);
    // The same, on a thread of its own with a connection of its own: 100,000 rows are a blob
    // of about 20 MB, a fifth of a second that would otherwise freeze the window. The rows are
    // shared, not copied. Writes land in order; close(), open() and the destructor wait.
    void storeListingInBackground(const QString &key, const QVector<ProjectRow> &rows,
                                  const QDateTime &fetchedAt);
    void waitForWrites() const { m_writer.waitForDone(); }
    std::optional<Describe> describe(const QString &projectId) const;
    bool storeDescribe(const QString &projectId, const QJsonObject &describe,
                       const QDateTime &fetchedAt);
    void forgetDescribe(const QString &projectId);

    // Bytes on disk (the file and its write-ahead log).
    qint64 sizeOnDisk() const;
    // Empties the cache (the file stays, smaller).
    bool clear();

    // Keeps this many listings (the most recently stored); older ones go.
    static constexpr int maxListings = 8;
    // Keeps about this many describe results (the most recently fetched).
    static constexpr int maxDescribes = 2000;

private:
    bool openFile(QString *why);
    bool checkOwner(QString *why);
    void setAside();

    QString m_path;
    QString m_connection;
    QString m_setAside;
    CacheOwner m_owner;
    Status m_status = Status::Closed;
    int m_describesStored = 0;
    mutable QThreadPool m_writer; // one thread: background writes in the order they were asked
};
