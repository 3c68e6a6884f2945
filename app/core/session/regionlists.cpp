#include "core/session/regionlists.h"

#include "core/api/apiclient.h"
#include "core/common/logging.h"
#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"
#include "core/gaap/gaapparser.h"
#include "core/session/regioncache.h"

#include <utility>

namespace {

using ListState = RegionLists::ListState;
using ListStatus = RegionLists::ListStatus;

bool isShown(ListState state)
{
    return state == ListState::Fresh || state == ListState::Cached || state == ListState::Stale;
}

// How a cached answer is read back: the same parser as the server's answer.
Parsed<QList<RegionDetail>> parseCached(const QJsonObject &response, const QList<RegionDetail> *)
{
    return GaapParser::originRegions(response);
}

Parsed<QList<AccessRegionDetail>> parseCached(const QJsonObject &response, const QList<AccessRegionDetail> *)
{
    return GaapParser::accessRegions(response);
}

// Fills `list` and `status` from the disk cache when it holds a readable list for `key`.
template<typename Detail>
void showCached(const RegionCache *cache, const QString &key, QList<Detail> &list, ListStatus &status)
{
    if (!cache)
        return;
    const std::optional<RegionCache::Entry> entry = cache->load(key);
    if (!entry)
        return;
    Parsed<QList<Detail>> parsed = parseCached(entry->response, &list);
    if (!parsed.value) {
        qCWarning(lcGaapNet) << "region cache: ignoring an unusable list:" << parsed.error;
        return;
    }
    list = std::move(*parsed.value);
    status.state =
        RegionCache::isStale(entry->fetchedAt, QDateTime::currentDateTimeUtc()) ? ListState::Stale : ListState::Cached;
    status.fetchedAt = entry->fetchedAt;
}

// A request starts: behind the shown list, or with nothing to show yet.
void beginRequest(ListStatus &status)
{
    if (isShown(status.state)) {
        status.refreshing = true;
    } else {
        status.state = ListState::Loading;
        status.refreshing = false;
    }
}

template<typename Detail>
void takeAnswer(RegionCache *cache, const QString &key, const GaapCall &call, const QList<Detail> &answer,
                QList<Detail> &list, ListStatus &status)
{
    if (call.isOk()) {
        list = answer;
        status = {ListState::Fresh, QDateTime::currentDateTimeUtc(), false, ApiError()};
        if (cache)
            cache->store(key, call.response(), status.fetchedAt);
        return;
    }
    status.refreshing = false;
    status.error = call.error();
    if (!isShown(status.state)) {
        list.clear();
        status.state = ListState::Failed;
        status.fetchedAt = QDateTime();
    }
}

template<typename Detail>
const Detail *findRegion(const QList<Detail> &regions, const QString &regionId)
{
    for (const Detail &region : regions) {
        if (region.regionId == regionId)
            return &region;
    }
    return nullptr;
}

} // namespace

RegionLists::RegionLists(GaapApi *api, RegionCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
    Q_ASSERT(api);
}

RegionLists::~RegionLists()
{
    stop(m_origins);
    stop(m_access);
}

template<typename Detail>
void RegionLists::stop(List<Detail> &list)
{
    GaapCall *call = list.call;
    list.call = nullptr;
    if (!call)
        return;
    disconnect(call, nullptr, this, nullptr);
    call->cancel(); // finishes unheard and deletes itself later
}

template<typename Detail, typename Call>
void RegionLists::fetch(List<Detail> &list, Call *call, const QString &cacheKey, void (RegionLists::*changed)())
{
    if (!isShown(list.status.state))
        showCached(m_cache, cacheKey, list.items, list.status);
    beginRequest(list.status);
    list.call = call;
    connect(call, &GaapCall::finished, this, [this, &list, call, cacheKey, changed] {
        if (list.call.data() != call)
            return; // superseded
        list.call = nullptr;
        takeAnswer(m_cache, cacheKey, *call, call->regions(), list.items, list.status);
        Q_EMIT(this->*changed)();
    });
    Q_EMIT(this->*changed)();
}

void RegionLists::reset()
{
    stop(m_origins);
    stop(m_access);
    m_origins = {};
    m_access = {};
    m_accessQuery = {};
    Q_EMIT originRegionsChanged();
    Q_EMIT accessRegionsChanged();
}

void RegionLists::setOriginQuery(const OriginRegionQuery &query)
{
    if (query == m_originQuery)
        return;
    stop(m_origins);
    m_originQuery = query;
    m_origins = {};
    Q_EMIT originRegionsChanged();
}

void RegionLists::loadOriginRegions(bool forceRefresh)
{
    if (!forceRefresh && (m_origins.call || m_origins.status.state == ListState::Fresh))
        return;
    stop(m_origins);
    const ApiClient *client = m_api->client();
    const QString key = RegionCache::originRegionsKey(client->endpoint(), client->language(), m_originQuery);
    fetch(m_origins, m_api->originRegions(m_originQuery), key, &RegionLists::originRegionsChanged);
}

void RegionLists::loadAccessRegions(const AccessRegionQuery &query, bool forceRefresh)
{
    const bool same = query == m_accessQuery;
    if (same && query.originRegion.isEmpty())
        return; // still nothing to load
    if (same && !forceRefresh && (m_access.call || m_access.status.state == ListState::Fresh))
        return;
    stop(m_access);
    if (!same) {
        m_accessQuery = query;
        m_access = {};
    }
    if (query.originRegion.isEmpty()) {
        Q_EMIT accessRegionsChanged();
        return;
    }
    const ApiClient *client = m_api->client();
    const QString key = RegionCache::accessRegionsKey(client->endpoint(), client->language(), m_accessQuery);
    fetch(m_access, m_api->accessRegions(m_accessQuery), key, &RegionLists::accessRegionsChanged);
}

const RegionDetail *RegionLists::originRegion(const QString &regionId) const
{
    return findRegion(m_origins.items, regionId);
}

const AccessRegionDetail *RegionLists::accessRegion(const QString &regionId) const
{
    return findRegion(m_access.items, regionId);
}
