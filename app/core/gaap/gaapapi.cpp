#include "core/gaap/gaapapi.h"

#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/api/sharedbudget.h"
#include "core/gaap/proxygroupscall.h"
#include "core/gaap/requestvalidator.h"

GaapApi::GaapApi(ApiClient *client, RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_limiter(limiter ? limiter : &RateLimiter::shared())
    , m_budget(&SharedBudget::forThisUser())
{
    Q_ASSERT(client);
}

QString GaapApi::budgetName(const QString &action) const
{
    return m_client->endpoint().toString() + u'\n' + m_client->account() + u'\n' + action;
}

GaapApi::~GaapApi()
{
    // Calls in flight end silently with us; the paged ones first, they stop their pages.
    const auto pagedCalls = findChildren<ProxyGroupsCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ProxyGroupsCall *call : pagedCalls)
        delete call;
    const auto calls = findChildren<GaapCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (GaapCall *call : calls)
        delete call;
}

template<typename Call>
Call *GaapApi::startCall(const QString &action, const QJsonObject &parameters, const QString &validationErrors)
{
    auto *call = new Call(this, action, parameters);
    if (!validationErrors.isEmpty())
        call->failSoon(ApiError::transport(ApiError::Kind::InvalidInput, validationErrors));
    else
        call->start();
    return call;
}

OriginRegionsCall *GaapApi::originRegions(const OriginRegionQuery &query)
{
    return startCall<OriginRegionsCall>(QStringLiteral("DescribeDestRegions"), query.toParameters(), {});
}

AccessRegionsCall *GaapApi::accessRegions(const AccessRegionQuery &query)
{
    return startCall<AccessRegionsCall>(QStringLiteral("DescribeAccessRegionsByDestRegion"), query.toParameters(),
                                        RequestValidator::describe(RequestValidator::validate(query)));
}

CheckCall *GaapApi::checkProxyCreate(const CheckRequest &request, const AccessRegionDetail *offered)
{
    return startCall<CheckCall>(QStringLiteral("CheckProxyCreate"), request.toParameters(),
                                RequestValidator::describe(RequestValidator::validate(request, offered)));
}

PriceCall *GaapApi::inquirePrice(const PriceRequest &request, const AccessRegionDetail *offered)
{
    return startCall<PriceCall>(QStringLiteral("InquiryPriceCreateProxy"), request.toParameters(),
                                RequestValidator::describe(RequestValidator::validate(request, offered)));
}

ProxyGroupsCall *GaapApi::proxyGroups(const ProxyGroupQuery &query)
{
    auto *call = new ProxyGroupsCall(this, query);
    call->askNextPage();
    return call;
}

ProxyGroupPageCall *GaapApi::proxyGroupPage(const ProxyGroupQuery &query, qint64 offset)
{
    return startCall<ProxyGroupPageCall>(QStringLiteral("DescribeProxyGroupList"), query.toParameters(offset),
                                         RequestValidator::describe(RequestValidator::validate(query)));
}
