#include "models/browser/ListingKeeper.h"

#include "models/browser/ProjectCache.h"
#include "models/browser/ProjectListModel.h"

ListingKeeper::ListingKeeper(ProjectListModel *list, QObject *parent)
    : QObject(parent)
    , m_list(list)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(2000);
    connect(&m_soon, &QTimer::timeout, this, &ListingKeeper::storeNow);
    connect(m_list, &ProjectListModel::allLoaded, this, &ListingKeeper::storeNow);
    connect(m_list, &QAbstractItemModel::dataChanged, this, &ListingKeeper::storeSoon);
    connect(m_list, &QAbstractItemModel::rowsRemoved, this, &ListingKeeper::storeSoon);
}

ListingKeeper::~ListingKeeper()
{
    if (m_soon.isActive())
        storeNow();
}

void ListingKeeper::setCache(ProjectCache *cache)
{
    if (m_soon.isActive())
        storeNow();
    m_cache = cache;
}

bool ListingKeeper::restore(const ProjectQuery &query)
{
    if (!m_cache)
        return false;
    std::optional<ProjectCache::Listing> listing
        = m_cache->listing(ProjectCache::listingKey(query));
    if (!listing)
        return false;
    m_list->showCached(query, std::move(listing->rows), listing->fetchedAt);
    return true;
}

bool ListingKeeper::storeNow()
{
    m_soon.stop();
    // Only a whole listing from the server: a part would make the next start miss rows, and
    // rows still as of an older time would pass for fresh ones.
    if (!m_cache || !m_list->isComplete() || m_list->asOf().isValid())
        return false;
    m_cache->storeListingInBackground(ProjectCache::listingKey(m_list->query()), m_list->rows(),
                                      m_list->listedAt());
    return true;
}

void ListingKeeper::storeSoon()
{
    if (m_cache && m_list->isComplete() && !m_list->isRefreshing())
        m_soon.start();
}
