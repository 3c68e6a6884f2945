#include "core/session/checksession.h"

#include "core/api/apiclient.h"
#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"
#include "core/gaap/gaapparser.h"
#include "core/common/logging.h"
#include "core/session/regioncache.h"
#include "core/gaap/requestvalidator.h"

#include <utility>

namespace {

using ListState = CheckSession::ListState;
using ListStatus = CheckSession::ListStatus;

bool isShown(ListState state)
{
    return state == ListState::Fresh || state == ListState::Cached || state == ListState::Stale;
}

bool sameQuery(const AccessRegionQuery &a, const AccessRegionQuery &b)
{
    return a.originRegion == b.originRegion && a.ipVersion == b.ipVersion && a.packageType == b.packageType;
}

// Fills `list` and `status` from the disk cache when it holds a readable list for `key`.
template<typename Detail>
void showCached(const RegionCache *cache, const QString &key, Parsed<QList<Detail>> (*parse)(const QJsonObject &),
                QList<Detail> &list, ListStatus &status)
{
    if (!cache)
        return;
    const std::optional<RegionCache::Entry> entry = cache->load(key);
    if (!entry)
        return;
    Parsed<QList<Detail>> parsed = parse(entry->response);
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

} // namespace

CheckSession::CheckSession(GaapApi *api, RegionCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
    Q_ASSERT(api);
}

CheckSession::~CheckSession()
{
    stopCall(m_originCall);
    stopCall(m_accessCall);
    cancelCheck();
}

void CheckSession::stopCall(GaapCall *call)
{
    if (!call)
        return;
    disconnect(call, nullptr, this, nullptr);
    call->cancel(); // finishes unheard and deletes itself later: the caller forgets its pointer
}

void CheckSession::reset()
{
    stopCall(m_originCall);
    stopCall(m_accessCall);
    m_originCall = nullptr;
    m_accessCall = nullptr;
    cancelCheck();
    ++m_originGeneration;
    ++m_accessGeneration;
    m_originRegions.clear();
    m_accessRegions.clear();
    m_accessQuery = {};
    m_originStatus = {};
    m_accessStatus = {};
    Q_EMIT originRegionsChanged();
    Q_EMIT accessRegionsChanged();
}

void CheckSession::loadOriginRegions(bool forceRefresh)
{
    if (!forceRefresh && (m_originCall || m_originStatus.state == ListState::Fresh))
        return;
    stopCall(m_originCall);
    m_originCall = nullptr;
    startOriginRequest(++m_originGeneration);
}

void CheckSession::startOriginRequest(quint64 generation)
{
    const ApiClient *client = m_api->client();
    const QString key = RegionCache::destRegionsKey(client->endpoint(), client->language());
    if (!isShown(m_originStatus.state))
        showCached(m_cache, key, &GaapParser::destRegions, m_originRegions, m_originStatus);
    beginRequest(m_originStatus);

    DestRegionsCall *call = m_api->destRegions();
    m_originCall = call;
    connect(call, &GaapCall::finished, this, [this, call, generation, key] {
        if (generation != m_originGeneration)
            return; // superseded
        m_originCall = nullptr;
        takeAnswer(m_cache, key, *call, call->regions(), m_originRegions, m_originStatus);
        Q_EMIT originRegionsChanged();
    });
    Q_EMIT originRegionsChanged();
}

void CheckSession::loadAccessRegions(const AccessRegionQuery &query, bool forceRefresh)
{
    const bool same = sameQuery(query, m_accessQuery);
    if (same && query.originRegion.isEmpty())
        return; // still nothing to load
    if (same && !forceRefresh && (m_accessCall || m_accessStatus.state == ListState::Fresh))
        return;
    stopCall(m_accessCall);
    m_accessCall = nullptr;
    const quint64 generation = ++m_accessGeneration;
    if (!same) {
        m_accessQuery = query;
        m_accessRegions.clear();
        m_accessStatus = {};
    }
    if (query.originRegion.isEmpty()) {
        Q_EMIT accessRegionsChanged();
        return;
    }
    startAccessRequest(generation);
}

void CheckSession::startAccessRequest(quint64 generation)
{
    const ApiClient *client = m_api->client();
    const QString key = RegionCache::accessRegionsKey(client->endpoint(), client->language(), m_accessQuery);
    if (!isShown(m_accessStatus.state))
        showCached(m_cache, key, &GaapParser::accessRegions, m_accessRegions, m_accessStatus);
    beginRequest(m_accessStatus);

    AccessRegionsCall *call = m_api->accessRegions(m_accessQuery);
    m_accessCall = call;
    connect(call, &GaapCall::finished, this, [this, call, generation, key] {
        if (generation != m_accessGeneration)
            return; // an answer for an older query
        m_accessCall = nullptr;
        takeAnswer(m_cache, key, *call, call->regions(), m_accessRegions, m_accessStatus);
        Q_EMIT accessRegionsChanged();
    });
    Q_EMIT accessRegionsChanged();
}

const AccessRegionDetail *CheckSession::accessRegion(const QString &regionId) const
{
    for (const AccessRegionDetail &region : m_accessRegions) {
        if (region.regionId == regionId)
            return &region;
    }
    return nullptr;
}

void CheckSession::check(const CheckRequest &request)
{
    cancelCheck();
    m_checkRequest = request;
    m_sentAt = QDateTime::currentDateTimeUtc();
    const AccessRegionDetail *offered = accessRegion(request.accessRegion);

    CheckCall *checkCall = m_api->checkProxyCreate(request, offered);
    m_checkCall = checkCall;
    connect(checkCall, &GaapCall::finished, this, [this, checkCall] { checkAnswered(checkCall); });

    // An invalid check is never sent, and neither is its price (which would drop a bad GroupId).
    m_priceSkipped = !RequestValidator::validate(request, offered).isEmpty();
    if (!m_priceSkipped) {
        PriceRequest priceRequest;
        priceRequest.connection = request;
        priceRequest.connection.groupId.clear();
        PriceCall *priceCall = m_api->inquirePrice(priceRequest, offered);
        m_priceCall = priceCall;
        connect(priceCall, &GaapCall::finished, this, [this, priceCall] { priceAnswered(priceCall); });
    }
    Q_EMIT checkStarted(request);
}

void CheckSession::checkAnswered(CheckCall *call)
{
    if (call != m_checkCall)
        return;
    m_checkCall = nullptr;
    CheckOutcome outcome{m_checkRequest, m_sentAt, std::nullopt, call->error()};
    if (call->isOk())
        outcome.result = call->result();
    const bool priceSkipped = std::exchange(m_priceSkipped, false);
    const quint64 generation = m_checkGeneration;
    Q_EMIT checkFinished(outcome);
    if (priceSkipped && generation == m_checkGeneration) // no new check was started from a slot
        Q_EMIT priceFinished(PriceOutcome{outcome.request, std::nullopt, outcome.error});
}

void CheckSession::priceAnswered(PriceCall *call)
{
    if (call != m_priceCall)
        return;
    m_priceCall = nullptr;
    PriceOutcome outcome{m_checkRequest, std::nullopt, call->error()};
    if (call->isOk())
        outcome.quote = call->quote();
    Q_EMIT priceFinished(outcome);
}

void CheckSession::cancelCheck()
{
    ++m_checkGeneration;
    m_priceSkipped = false;
    stopCall(m_checkCall);
    stopCall(m_priceCall);
    m_checkCall = nullptr;
    m_priceCall = nullptr;
}

bool CheckSession::isChecking() const
{
    return !m_checkCall.isNull() || !m_priceCall.isNull();
}
