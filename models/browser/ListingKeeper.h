#pragma once

#include <QObject>
#include <QTimer>

class ProjectCache;
class ProjectListModel;
struct ProjectQuery;

// Keeps the project list's listing in the profile's cache: stores it whenever a listing is
// complete, and again soon after a change made in the app (a row updated or removed), so that
// the next start shows what the last run saw; restore() shows it back before the server
// answers. The list knows nothing of the cache.
class ListingKeeper : public QObject
{
    Q_OBJECT
public:
    explicit ListingKeeper(ProjectListModel *list, QObject *parent = nullptr);
    ~ListingKeeper() override;

    // Not owned; nullptr: nothing is kept. A pending store goes to the old cache first.
    void setCache(ProjectCache *cache);
    ProjectCache *cache() const { return m_cache; }

    // Shows the cached rows of `query` in the list at once (marked "as of" their time); false
    // when the cache has none.
    bool restore(const ProjectQuery &query);
    // Stores the list's rows now (in the background), when they are a complete listing.
    bool storeNow();
    // How long a change waits before it is stored (changes come in bursts, e.g. bulk runs).
    void setStoreDelay(int ms) { m_soon.setInterval(ms); }

private:
    void storeSoon();

    ProjectListModel *m_list;
    ProjectCache *m_cache = nullptr;
    QTimer m_soon;
};
