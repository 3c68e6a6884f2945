#pragma once

// The app's composition root (core/session/apistack.h) against an in-process fake GAAP server,
// signing with the server's demo key (a long-term key, no token), with a rate limiter of its own and
// short retries: what every test of the layers above the network starts from.
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/gaap/gaapapi.h"
#include "core/session/apistack.h"
#include "core/session/checksession.h"
#include "core/session/grouplist.h"
#include "core/session/regioncache.h"
#include "core/session/regionlists.h"
#include "support/fakegaapserver.h"

#include <QTemporaryDir>

#include <chrono>

class ProfileManager;

struct FakeApiStackOptions
{
    int requestsPerInterval = RateLimiter::DefaultLimit;             // a limiter of its own: this many …
    std::chrono::milliseconds interval = RateLimiter::DefaultWindow; // … requests per window
    bool diskCache = true;                                           // region lists in a temporary directory
    GaapApi::RetryPolicy retries{3, std::chrono::milliseconds(20)};
    RateLimiter::Clock clock;           // the limiter's clock (empty: the real one)
    ProfileManager *profiles = nullptr; // for tests that switch profiles
};

class FakeApiStack final
{
public:
    explicit FakeApiStack(const FakeGaapServer &server, const FakeApiStackOptions &options = {});

    // Signs with the demo key again and points at `server` (after useProfile(), say).
    void useServer(const FakeGaapServer &server);

    [[nodiscard]] ApiStack &stack() { return m_stack; }
    [[nodiscard]] ApiClient &client() { return *m_stack.client(); }
    [[nodiscard]] GaapApi &api() { return *m_stack.api(); }
    [[nodiscard]] RegionLists &regions() { return *m_stack.regions(); }
    [[nodiscard]] CheckSession &checks() { return *m_stack.checks(); }
    [[nodiscard]] GroupList &groups() { return *m_stack.groups(); }
    [[nodiscard]] RegionCache *cache() { return m_stack.cache(); } // nullptr without diskCache
    [[nodiscard]] RateLimiter &limiter() { return m_limiter; }

private:
    QTemporaryDir m_cacheDir;
    RateLimiter m_limiter;
    ApiStack m_stack;
};

// The fake server's address as an Endpoint (http:// on loopback, or https:// with TLS), and its demo
// key; useFakeServer() points a bare ApiClient at it (the tests of ApiClient and GaapApi themselves).
Endpoint endpointOf(const FakeGaapServer &server);
Credentials demoCredentialsOf(const FakeGaapServer &server);
void useFakeServer(ApiClient &client, const FakeGaapServer &server);

// A check of `access` (its first origin) at exactly its normal capacity: the largest configuration
// that can be created. An empty request when `access` is nullptr.
inline CheckRequest checkAtNormalCapacity(const FakeAccessRegion *access)
{
    CheckRequest request;
    if (!access)
        return request;
    const FakeCapacity capacity = access->capacity.value(QStringLiteral("normal"));
    request.accessRegion = access->id;
    request.originRegion = access->destRegions.constFirst();
    request.bandwidth = capacity.maxBandwidth;
    request.concurrent = capacity.maxConcurrent;
    return request;
}
