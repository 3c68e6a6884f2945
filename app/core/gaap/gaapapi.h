#pragma once

#include "core/gaap/gaapcall.h"
#include "core/gaap/gaaptypes.h"

#include <QObject>

#include <chrono>

class ApiClient;
class ProxyGroupsCall;
class RateLimiter;
class SharedBudget;

// The typed GAAP operations the app exists for, over one ApiClient.
class GaapApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GaapApi)

public:
    struct RetryPolicy
    {
        int maxRateLimitRetries = 3;
        std::chrono::milliseconds firstBackoff{1000}; // doubled for every further retry
    };

    // `limiter`: nullptr means the process-wide RateLimiter::shared(). Every send also takes a slot of the
    // budget all processes of this user share (SharedBudget::forThisUser(); setSharedBudget() to change).
    explicit GaapApi(ApiClient *client, RateLimiter *limiter = nullptr, QObject *parent = nullptr);
    ~GaapApi() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] RateLimiter *limiter() const { return m_limiter; }
    // nullptr: this process paces itself only (tests that play another machine on the same account).
    void setSharedBudget(SharedBudget *budget) { m_budget = budget; }
    [[nodiscard]] SharedBudget *sharedBudget() const { return m_budget; }
    // The shared budget's name for `action`: the service, the account (SecretId, not a secret) and the action.
    [[nodiscard]] QString budgetName(const QString &action) const;

    // `query` empty: DescribeDestRegions without parameters (the API's default quality, gold).
    OriginRegionsCall *originRegions(const OriginRegionQuery &query = {});
    AccessRegionsCall *accessRegions(const AccessRegionQuery &query);
    // Validates first (against `offered` when the access region's lists are known); an invalid
    // request is never sent and finishes with ApiError::Kind::InvalidInput.
    CheckCall *checkProxyCreate(const CheckRequest &request, const AccessRegionDetail *offered = nullptr);
    PriceCall *inquirePrice(const PriceRequest &request, const AccessRegionDetail *offered = nullptr);
    // Every connection group the query matches, page by page (see ProxyGroupsCall); an invalid query is
    // never sent.
    ProxyGroupsCall *proxyGroups(const ProxyGroupQuery &query);

Q_SIGNALS:
    // The server's clock differs from ours by `seconds` (server minus local); requests are now
    // signed with that correction.
    void clockSkewDetected(qint64 seconds);

private:
    friend class ProxyGroupsCall;
    ProxyGroupPageCall *proxyGroupPage(const ProxyGroupQuery &query, qint64 offset);
    template<typename Call>
    Call *startCall(const QString &action, const QJsonObject &parameters, const QString &validationErrors);

    ApiClient *m_client;
    RateLimiter *m_limiter;
    SharedBudget *m_budget;
    RetryPolicy m_retryPolicy;
};
