#pragma once

// The check form's logic without widgets: the region cache on disk, RegionLists and CheckSession
// against the fake GAAP server (cached lists at once, refreshed in the background, superseded
// queries, a check with its price, cancel and reset) and the tccli / JSON exports of a request. The
// RegionLists and CheckSession tests are in tst_checksession_session.cpp.
#include "support/fakeapistack.h"

#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

class tst_CheckSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // RegionCache
    void cacheRoundTrip();
    void cacheKeysDiffer();
    void cacheRejectsBadFiles_data();
    void cacheRejectsBadFiles();
    void cacheStaleness();

    // RegionLists
    void originRegionsLoadAndAreCached();
    void secondSessionShowsCacheAtOnce();
    void oldCacheIsStale();
    void failureKeepsCachedList();
    void failureWithoutCacheFails();
    void accessRegionsForQuery();
    void supersededQueryIsIgnored();

    // CheckSession: checks
    void checkWithinCapacity();
    void checkAboveCapacity();
    void priceFailureKeepsCapacityAnswer();
    void invalidRequestIsNotSent_data();
    void invalidRequestIsNotSent();
    void cancelCheckEmitsNothing();
    void resetClears();

    // RequestExport
    void tccliCommand_data();
    void tccliCommand();
    void requestJson();

private:
    // What a check page works with: region lists (over the fixture's cache) and a check over them.
    struct PageSession
    {
        PageSession(GaapApi *api, RegionCache *cache)
            : lists(api, cache)
            , checks(api, &lists)
        {
        }
        RegionLists lists;
        CheckSession checks;
    };
    std::unique_ptr<PageSession> newSession() { return std::make_unique<PageSession>(m_api, m_cache); }
    QString destKey() const { return RegionCache::originRegionsKey(m_client->endpoint(), m_client->language()); }
    QString onlyCacheFile() const;
    const FakeAccessRegion *partialRegion() const;
    CheckRequest routeWithin() const;
    AccessRegionQuery queryFor(const QString &origin) const;
    QSet<QString> servedIds(const QString &origin) const;
    void loadOrigins(RegionLists &lists);
    void loadAccess(RegionLists &lists, const AccessRegionQuery &query);

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<FakeApiStack> m_fake; // each test gets a fresh stack, limiter and cache directory
    RegionCache *m_cache = nullptr;
    ApiClient *m_client = nullptr;
    GaapApi *m_api = nullptr;
};
