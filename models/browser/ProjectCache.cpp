#include "models/browser/ProjectCache.h"

#include "models/browser/ProjectQuery.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcProjectCache, "dxc.models.projectcache")

namespace {
// The rows of a listing as one blob: a listing is always read and written whole, and one blob
// reads back far faster than a row per project (100,000 rows within the warm-start budget).
constexpr quint32 rowsMagic = 0x64786352; // "dxcR"
constexpr quint16 rowsFormat = 2; // 1: strings as UTF-16; 2: as UTF-8, half the size

void writeText(QDataStream &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.writeBytes(utf8.constData(), uint(utf8.size()));
}

QString readText(QDataStream &in)
{
    quint32 length = 0;
    in >> length;
    if (in.status() != QDataStream::Ok || length > 16 * 1024 * 1024) {
        in.setStatus(QDataStream::ReadCorruptData);
        return QString();
    }
    QByteArray utf8(qsizetype(length), Qt::Uninitialized);
    if (in.readRawData(utf8.data(), int(length)) != int(length)) {
        in.setStatus(QDataStream::ReadPastEnd);
        return QString();
    }
    return QString::fromUtf8(utf8);
}

QByteArray encodeRows(const QVector<ProjectRow> &rows)
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << rowsMagic << rowsFormat << qint32(rows.size());
    for (const ProjectRow &row : rows) {
        for (const QString *text :
             { &row.id, &row.name, &row.region, &row.billTo, &row.pendingTransfer })
            writeText(out, *text);
        out << qint32(row.tags.size());
        for (const QString &tag : row.tags)
            writeText(out, tag);
        out << row.created << row.modified << row.sponsoredUntil << row.dataUsage << row.storageCost
            << qint8(row.level) << row.flags;
    }
    return blob;
}

bool decodeRows(const QByteArray &blob, QVector<ProjectRow> *rows)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 format = 0;
    qint32 count = 0;
    in >> magic >> format >> count;
    if (magic != rowsMagic || format != rowsFormat || count < 0 || in.status() != QDataStream::Ok)
        return false;
    // A count the blob cannot hold is a damaged blob, not a reason to reserve gigabytes.
    if (qint64(count) * 40 > blob.size())
        return false;
    rows->clear();
    rows->reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        ProjectRow row;
        for (QString *text : { &row.id, &row.name, &row.region, &row.billTo, &row.pendingTransfer })
            *text = readText(in);
        qint32 tags = 0;
        in >> tags;
        if (tags < 0 || tags > 10000)
            return false;
        row.tags.reserve(tags);
        for (qint32 t = 0; t < tags; ++t)
            row.tags.append(readText(in));
        qint8 level = 0;
        in >> row.created >> row.modified >> row.sponsoredUntil >> row.dataUsage >> row.storageCost
            >> level >> row.flags;
        if (in.status() != QDataStream::Ok)
            return false;
        row.level = Level(qBound(0, int(level), int(Level::Administer)));
        rows->append(std::move(row));
    }
    return true;
}

QString connectionName()
{
    static std::atomic<int> next { 0 };
    return QStringLiteral("dxc-projectcache-%1").arg(next.fetch_add(1));
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    qCWarning(lcProjectCache) << "cache statement failed:" << q.lastError().text();
    return false;
}
} // namespace

ProjectCache::ProjectCache(const QString &filePath)
    : m_path(filePath)
    , m_connection(connectionName())
{
    // One writer thread: background writes land one after the other, in the order asked.
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(5000);
}

ProjectCache::~ProjectCache()
{
    close();
}

QString ProjectCache::fileFor(const QString &folder, const QString &profileId)
{
    // Profile ids are uuids, but the built-in sandbox's is not a file name: hash them all.
    const QByteArray hash
        = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return folder + QStringLiteral("/projects-") + QString::fromLatin1(hash)
        + QStringLiteral(".sqlite");
}

qint64 ProjectCache::removeFilesExcept(const QString &folder, const QStringList &keep)
{
    QStringList kept;
    for (const QString &profileId : keep)
        kept.append(QFileInfo(fileFor(folder, profileId)).fileName());
    qint64 removed = 0;
    const QDir dir(folder);
    for (const QFileInfo &file :
         dir.entryInfoList({ QStringLiteral("projects-*") }, QDir::Files | QDir::Hidden)) {
        const QString name = file.fileName();
        const bool ours = std::any_of(kept.cbegin(), kept.cend(),
                                      [&name](const QString &k) { return name.startsWith(k); });
        const qint64 size = file.size();
        if (!ours && QFile::remove(file.absoluteFilePath()))
            removed += size;
    }
    return removed;
}

QString ProjectCache::listingKey(const ProjectQuery &query)
{
    // The whole query, the region filter that the client applies included; keys are sorted in
    // a QJsonObject, so equal queries give equal text.
    QJsonObject key;
    key.insert(QStringLiteral("subject"), query.searchSubject());
    key.insert(QStringLiteral("input"), toFindProjectsInput(query));
    key.insert(QStringLiteral("query"), query.toJson());
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

bool ProjectCache::open(const CacheOwner &owner, QString *why)
{
    close();
    m_status = Status::Closed;
    m_owner = owner;
    m_setAside.clear();
    QString reason;
    bool ok = openFile(&reason);
    if (!ok && m_status != Status::NewerSchema && QFileInfo::exists(m_path)) {
        // Not a cache we can read: keep it aside for whoever wants to look, start afresh.
        qCWarning(lcProjectCache) << "cache" << m_path << "set aside:" << reason;
        close();
        setAside();
        ok = openFile(&reason);
    }
    if (!ok) {
        if (m_status != Status::NewerSchema)
            m_status = Status::Failed;
        QSqlDatabase::removeDatabase(m_connection);
        if (why)
            *why = reason;
        return false;
    }
    m_status = Status::Open;
    return true;
}

bool ProjectCache::openFile(QString *why)
{
    // Project names can say more than their owners would like: the folder and the file are
    // the user's alone (SQLite gives its -wal and -shm files the file's permissions).
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFileInfo::exists(m_path)) {
        QFile create(m_path);
        if (create.open(QIODevice::WriteOnly))
            create.close();
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *why = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // A file that is not SQLite fails here, at the first read, not at open().
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        *why = q.lastError().text();
        return false;
    }
    exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"));
    // A listing written in the background holds the write lock for a moment: wait for it.
    exec(q, QStringLiteral("PRAGMA busy_timeout = 10000"));
    // The log of a 100,000-row listing would otherwise stay the listing's size on disk.
    exec(q, QStringLiteral("PRAGMA journal_size_limit = 4194304"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *why = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > schemaVersion) {
        m_status = Status::NewerSchema;
        *why = QStringLiteral("the cache was written by a newer dxconsole (schema %1); it is left "
                              "as it is and not used")
                   .arg(version);
        db.close();
        return false;
    }
    if (version == 0) {
        // New, or an SQLite file of something else: it must be empty to become a cache.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            *why = q.lastError().text();
            return false;
        }
        if (q.value(0).toInt() != 0) {
            *why = QStringLiteral("not a dxconsole cache");
            return false;
        }
        db.transaction();
        const bool made
            = exec(q, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"))
            && exec(q,
                    QStringLiteral("CREATE TABLE listings (key TEXT PRIMARY KEY, fetched INTEGER "
                                   "NOT NULL, stored INTEGER NOT NULL, count INTEGER NOT NULL, "
                                   "rows BLOB NOT NULL)"))
            && exec(q,
                    QStringLiteral("CREATE TABLE describes (id TEXT PRIMARY KEY, fetched INTEGER "
                                   "NOT NULL, describe TEXT NOT NULL)"))
            && exec(q, QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion));
        if (!made || !db.commit()) {
            db.rollback();
            *why = QStringLiteral("could not make the cache's tables");
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
        || q.value(0).toString() != QLatin1String("ok")) {
        *why = QStringLiteral("the cache file is damaged");
        return false;
    }
    return checkOwner(why);
}

bool ProjectCache::checkOwner(QString *why)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        *why = q.lastError().text();
        return false;
    }
    CacheOwner stored;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("profile"))
            stored.profileId = q.value(1).toString();
        else if (key == QLatin1String("server"))
            stored.server = q.value(1).toString();
        else if (key == QLatin1String("user"))
            stored.userId = q.value(1).toString();
    }
    if (stored == m_owner)
        return true;
    // Before the sign-in says who the user is: the profile's last user, on the same server.
    if (m_owner.userId.isEmpty() && !stored.profileId.isEmpty()
        && stored.profileId == m_owner.profileId && stored.server == m_owner.server) {
        m_owner.userId = stored.userId;
        return true;
    }
    // Another profile's, server's or user's rows are never shown: empty it, then it is ours.
    if (!stored.profileId.isEmpty())
        qCInfo(lcProjectCache) << "cache of another owner emptied:" << m_path;
    db.transaction();
    bool ok = exec(q, QStringLiteral("DELETE FROM listings"))
        && exec(q, QStringLiteral("DELETE FROM describes"))
        && exec(q, QStringLiteral("DELETE FROM meta"));
    const QList<std::pair<QString, QString>> meta
        = { { QStringLiteral("profile"), m_owner.profileId },
            { QStringLiteral("server"), m_owner.server },
            { QStringLiteral("user"), m_owner.userId } };
    for (const auto &[key, value] : meta) {
        if (!ok)
            break;
        ok = q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        ok = ok && q.exec();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        *why = QStringLiteral("could not claim the cache file");
        return false;
    }
    return true;
}

void ProjectCache::setAside()
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    m_setAside = m_path + QStringLiteral(".corrupt-") + stamp;
    QFile::remove(m_setAside);
    if (!QFile::rename(m_path, m_setAside)) {
        QFile::remove(m_path);
        m_setAside.clear();
    }
    // The log and index of the damaged file belong to it, not to the new one.
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
}

void ProjectCache::close()
{
    waitForWrites();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_status == Status::Open)
        m_status = Status::Closed;
}

std::optional<ProjectCache::Listing> ProjectCache::listing(const QString &key) const
{
    if (!isUsable())
        return std::nullopt;
    waitForWrites(); // a listing stored just before is what is read
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT fetched, rows FROM listings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Listing listing;
    listing.fetchedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    if (!decodeRows(q.value(1).toByteArray(), &listing.rows)) {
        qCWarning(lcProjectCache) << "a cached listing could not be read; it is not used";
        return std::nullopt;
    }
    return listing;
}

namespace {
bool writeListing(const QSqlDatabase &db, const QString &key, const QVector<ProjectRow> &rows,
                  const QDateTime &fetchedAt, int keep)
{
    QSqlDatabase conn = db;
    QSqlQuery q(conn);
    conn.transaction();
    bool ok = q.prepare(QStringLiteral("INSERT OR REPLACE INTO listings (key, fetched, stored, "
                                       "count, rows) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(fetchedAt.toMSecsSinceEpoch());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(int(rows.size()));
    q.addBindValue(encodeRows(rows));
    ok = ok && q.exec();
    // Only the listings looked at lately are worth their space.
    ok = ok
        && q.exec(QStringLiteral("DELETE FROM listings WHERE key NOT IN (SELECT key FROM "
                                 "listings ORDER BY stored DESC LIMIT %1)")
                      .arg(keep));
    if (!ok || !conn.commit()) {
        qCWarning(lcProjectCache) << "a listing was not cached:" << q.lastError().text();
        conn.rollback();
        return false;
    }
    return true;
}
} // namespace

bool ProjectCache::storeListing(const QString &key, const QVector<ProjectRow> &rows,
                                const QDateTime &fetchedAt)
{
    if (!isUsable())
        return false;
    waitForWrites(); // after what was asked before, not beside it
    return writeListing(QSqlDatabase::database(m_connection), key, rows, fetchedAt, maxListings);
}

void ProjectCache::storeListingInBackground(const QString &key, const QVector<ProjectRow> &rows,
                                            const QDateTime &fetchedAt)
{
    if (!isUsable())
        return;
    const QString path = m_path;
    // A name of its own per write, so that no two writes could ever share a connection.
    const QString connection = connectionName() + QStringLiteral("-writer");
    m_writer.start([path, connection, key, rows, fetchedAt] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                exec(q, QStringLiteral("PRAGMA busy_timeout = 10000"));
                exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"));
                exec(q, QStringLiteral("PRAGMA journal_size_limit = 4194304"));
                writeListing(db, key, rows, fetchedAt, maxListings);
            } else {
                qCWarning(lcProjectCache) << "a listing was not cached:" << db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    });
}

std::optional<ProjectCache::Describe> ProjectCache::describe(const QString &projectId) const
{
    if (!isUsable())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT fetched, describe FROM describes WHERE id = ?"));
    q.addBindValue(projectId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toByteArray());
    if (!doc.isObject())
        return std::nullopt;
    return Describe { doc.object(),
                      QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC) };
}

bool ProjectCache::storeDescribe(const QString &projectId, const QJsonObject &describe,
                                 const QDateTime &fetchedAt)
{
    if (!isUsable() || projectId.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO describes (id, fetched, describe) VALUES (?, ?, ?)"));
    q.addBindValue(projectId);
    q.addBindValue(fetchedAt.toMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(QJsonDocument(describe).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return false;
    // The projects opened lately are worth keeping; now and then the oldest go.
    if (++m_describesStored % 100 == 0)
        exec(q,
             QStringLiteral("DELETE FROM describes WHERE id NOT IN (SELECT id FROM describes "
                            "ORDER BY fetched DESC LIMIT %1)")
                 .arg(maxDescribes));
    return true;
}

void ProjectCache::forgetDescribe(const QString &projectId)
{
    if (!isUsable())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM describes WHERE id = ?"));
    q.addBindValue(projectId);
    q.exec();
}

qint64 ProjectCache::sizeOnDisk() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

bool ProjectCache::clear()
{
    if (!isUsable())
        return false;
    waitForWrites();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const bool ok = exec(q, QStringLiteral("DELETE FROM listings"))
        && exec(q, QStringLiteral("DELETE FROM describes"));
    // Give the space back: VACUUM, then fold the log into the file and truncate it.
    exec(q, QStringLiteral("VACUUM"));
    exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return ok;
}
