#pragma once

// The check form's logic without widgets: the region cache on disk, CheckSession against the fake
// GAAP server (cached lists at once, refreshed in the background, superseded queries, a check with
// its price, cancel and reset) and the tccli / JSON exports of a request. The CheckSession tests
// are in tst_checksession_session.cpp.
#include "core/api/apiclient.h"
#include "core/session/checksession.h"
#include "support/fakegaapserver.h"
#include "core/gaap/gaapapi.h"
#include "core/api/ratelimiter.h"
#include "core/session/regioncache.h"

#include <QNetworkAccessManager>
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

    // CheckSession: region lists
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
    std::unique_ptr<CheckSession> newSession() { return std::make_unique<CheckSession>(m_api.get(), m_cache.get()); }
    QString destKey() const { return RegionCache::destRegionsKey(m_client->endpoint(), m_client->language()); }
    QString onlyCacheFile() const;
    const FakeAccessRegion *partialRegion() const;
    CheckRequest routeWithin() const;
    AccessRegionQuery queryFor(const QString &origin) const;
    QSet<QString> servedIds(const QString &origin) const;
    void loadOrigins(CheckSession &session);
    void loadAccess(CheckSession &session, const AccessRegionQuery &query);

    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<RegionCache> m_cache;
    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<GaapApi> m_api;
};
