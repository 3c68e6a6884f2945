#include "core/session/requirementsearch.h"

#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"

#include <algorithm>
#include <tuple>
#include <utility>

AccessRegionQuery Requirement::accessQuery() const
{
    AccessRegionQuery query;
    query.originRegion = originRegion;
    query.ipVersion = ipVersion;
    query.packageType = packageType;
    return query;
}

CheckRequest SearchCandidate::checkRequest(const Requirement &requirement) const
{
    CheckRequest request;
    request.originRegion = requirement.originRegion;
    request.accessRegion = region.regionId;
    request.bandwidth = bandwidth.value_or(0);
    request.concurrent = concurrent.value_or(0);
    request.ipVersion = requirement.ipVersion;
    request.packageType = requirement.packageType;
    request.networkType = requirement.networkType;
    return request;
}

std::optional<double> SearchCandidate::dailyCost(const Requirement &requirement) const
{
    if (!quote || !bandwidth)
        return std::nullopt;
    const std::optional<double> base =
        quote->discountProxyDailyPrice ? quote->discountProxyDailyPrice : quote->proxyDailyPrice;
    if (!base)
        return std::nullopt;
    if (requirement.billing == PriceRequest::Billing::Traffic)
        return base;
    // Bandwidth billing: every Mbps at the unit price of the tier the bandwidth falls in (premium BGP at its own
    // price when the quote names one).
    std::optional<double> unit;
    if (requirement.networkType == QLatin1String("cn2")) {
        unit = quote->cn2BandwidthPriceWithDiscount ? quote->cn2BandwidthPriceWithDiscount : quote->cn2BandwidthPrice;
        if (unit && *unit <= 0)
            unit.reset();
    }
    for (const BandwidthPriceTier &tier : quote->bandwidthTiers) {
        if (unit)
            break;
        if (*bandwidth < tier.fromMbps || (tier.toMbps && *bandwidth > *tier.toMbps))
            continue;
        unit = tier.discountUnitPrice ? tier.discountUnitPrice : tier.unitPrice;
    }
    return *base + static_cast<double>(*bandwidth) * unit.value_or(0.0);
}

RequirementSearch::RequirementSearch(GaapApi *api, Requirement requirement, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_requirement(std::move(requirement))
{
    Q_ASSERT(api);
}

RequirementSearch::~RequirementSearch()
{
    // Calls still out end silently with us.
    delete m_listCall.data();
    for (QPointer<CheckCall> &call : m_checkCalls)
        delete call.data();
    for (QPointer<PriceCall> &call : m_priceCalls)
        delete call.data();
}

std::optional<qint64> RequirementSearch::smallestAtLeast(const QList<qint64> &offered, qint64 minimum)
{
    std::optional<qint64> best;
    for (const qint64 value : offered) {
        if (value >= minimum && (!best || value < *best))
            best = value;
    }
    return best;
}

void RequirementSearch::start()
{
    if (m_running || m_listCall)
        return;
    m_running = true;
    m_cancelled = false;
    m_error = ApiError();
    m_candidates.clear();
    AccessRegionsCall *call = m_api->accessRegions(m_requirement.accessQuery());
    m_listCall = call;
    connect(call, &GaapCall::finished, this, [this, call] { listCandidates(call); });
}

void RequirementSearch::listCandidates(const AccessRegionsCall *call)
{
    m_listCall = nullptr; // it deletes itself
    if (!call->isOk()) {
        m_error = call->error();
        m_running = false;
        Q_EMIT finished();
        return;
    }
    for (const AccessRegionDetail &region : call->regions()) {
        SearchCandidate candidate;
        candidate.region = region;
        if (!region.isUsable()) {
            candidate.state = SearchCandidate::State::Unusable;
        } else {
            candidate.bandwidth = smallestAtLeast(region.bandwidthList, m_requirement.minBandwidth);
            candidate.concurrent = smallestAtLeast(region.concurrentList, m_requirement.minConcurrent);
            if (!candidate.bandwidth || !candidate.concurrent)
                candidate.state = SearchCandidate::State::NotOffered;
        }
        m_candidates.append(candidate);
    }
    m_checkCalls.resize(m_candidates.size());
    m_priceCalls.resize(m_candidates.size());
    Q_EMIT candidatesListed();
    for (int i = 0; i < static_cast<int>(m_candidates.size()); ++i) {
        if (m_candidates.at(i).state == SearchCandidate::State::Waiting)
            check(i);
    }
    finishIfIdle();
}

void RequirementSearch::check(int index)
{
    const SearchCandidate &candidate = m_candidates.at(index);
    CheckCall *call = m_api->checkProxyCreate(candidate.checkRequest(m_requirement), &candidate.region);
    m_checkCalls[index] = call;
    ++m_checksSent;
    connect(call, &GaapCall::finished, this, [this, index, call] {
        m_checkCalls[index] = nullptr; // it deletes itself
        SearchCandidate &answered = m_candidates[index];
        answered.checkedAt = QDateTime::currentDateTimeUtc();
        answered.requestId = call->requestId();
        if (call->isOk()) {
            answered.state =
                call->result().canCreate ? SearchCandidate::State::CanCreate : SearchCandidate::State::CannotCreate;
            if (!call->result().requestId.isEmpty())
                answered.requestId = call->result().requestId;
        } else {
            answered.state = SearchCandidate::State::Failed;
            answered.error = call->error();
            if (!call->error().requestId().isEmpty())
                answered.requestId = call->error().requestId();
        }
        Q_EMIT checkAnswered(index);
        if (answered.state == SearchCandidate::State::CanCreate && m_pricing)
            price(index);
        Q_EMIT candidateChanged(index);
        finishIfIdle();
    });
}

void RequirementSearch::price(int index)
{
    SearchCandidate &candidate = m_candidates[index];
    PriceRequest request;
    request.connection = candidate.checkRequest(m_requirement);
    request.billing = m_requirement.billing;
    candidate.pricing = true;
    PriceCall *call = m_api->inquirePrice(request, &candidate.region);
    m_priceCalls[index] = call;
    ++m_pricesSent;
    connect(call, &GaapCall::finished, this, [this, index, call] {
        m_priceCalls[index] = nullptr;
        SearchCandidate &priced = m_candidates[index];
        priced.pricing = false;
        if (call->isOk())
            priced.quote = call->quote();
        else
            priced.priceError = call->error();
        Q_EMIT candidateChanged(index);
        finishIfIdle();
    });
}

void RequirementSearch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    delete m_listCall.data();
    for (int i = 0; i < static_cast<int>(m_candidates.size()); ++i) {
        delete m_checkCalls[i].data(); // aborts silently: no finished() from it
        delete m_priceCalls[i].data();
        m_checkCalls[i] = nullptr;
        m_priceCalls[i] = nullptr;
        m_candidates[i].pricing = false;
    }
    Q_EMIT finished();
}

void RequirementSearch::finishIfIdle()
{
    if (!m_running)
        return;
    if (std::any_of(m_candidates.cbegin(), m_candidates.cend(), [](const SearchCandidate &c) { return !c.isDone(); }))
        return;
    m_running = false;
    Q_EMIT finished();
}

bool RequirementSearch::canCreateAny() const
{
    return std::any_of(m_candidates.cbegin(), m_candidates.cend(),
                       [](const SearchCandidate &c) { return c.state == SearchCandidate::State::CanCreate; });
}

QStringList RequirementSearch::currencies() const
{
    QStringList found;
    for (const SearchCandidate &c : m_candidates) {
        if (c.quote && !c.quote->currency.isEmpty() && !found.contains(c.quote->currency))
            found.append(c.quote->currency);
    }
    std::sort(found.begin(), found.end());
    return found;
}

int RequirementSearch::doneCount() const
{
    return static_cast<int>(
        std::count_if(m_candidates.cbegin(), m_candidates.cend(), [](const SearchCandidate &c) { return c.isDone(); }));
}

QList<int> RequirementSearch::ranked() const
{
    const auto group = [](const SearchCandidate &c) {
        switch (c.state) {
        case SearchCandidate::State::CanCreate: return 0;
        case SearchCandidate::State::Waiting: return 1;
        case SearchCandidate::State::CannotCreate: return 2;
        case SearchCandidate::State::NotOffered: return 3;
        case SearchCandidate::State::Failed: return 4;
        case SearchCandidate::State::Unusable: return 5;
        }
        return 6;
    };
    QList<int> order;
    for (int i = 0; i < static_cast<int>(m_candidates.size()); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const SearchCandidate &x = m_candidates.at(a);
        const SearchCandidate &y = m_candidates.at(b);
        const std::optional<double> costX = x.dailyCost(m_requirement);
        const std::optional<double> costY = y.dailyCost(m_requirement);
        // Priced first, cheapest first within one currency (prices in two currencies are not compared); then
        // the region ID, so equal prices keep one order.
        const QString currencyX = x.quote ? x.quote->currency : QString();
        const QString currencyY = y.quote ? y.quote->currency : QString();
        return std::make_tuple(group(x), !costX.has_value(), currencyX, costX.value_or(0.0), x.region.regionId)
               < std::make_tuple(group(y), !costY.has_value(), currencyY, costY.value_or(0.0), y.region.regionId);
    });
    return order;
}
