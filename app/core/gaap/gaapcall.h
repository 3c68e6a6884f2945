#pragma once

#include "core/api/apierror.h"
#include "core/api/apiresult.h"
#include "core/gaap/gaaptypes.h"
#include "core/gaap/proxygroup.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

class ApiCall;
class GaapApi;
class QTimer;

// One typed GAAP operation: paced by the process's RateLimiter and the budget every process of the user
// shares (SharedBudget), retried on RequestLimitExceeded with backoff, retried once with a corrected clock on
// AuthFailure.SignatureExpire, then parsed. Emits finished() once and then deletes itself (see setAutoDelete);
// destroying it aborts silently.
class GaapCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GaapCall)

public:
    ~GaapCall() override;

    [[nodiscard]] QString action() const { return m_action; }
    [[nodiscard]] const QJsonObject &parameters() const { return m_parameters; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isOk() const { return m_finished && m_error.isNone(); }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] QString requestId() const { return m_requestId; }
    // The raw "Response" object of the final answer (for tccli-compatible JSON output).
    [[nodiscard]] const QJsonObject &response() const { return m_response; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    // Set when this call measured the clock skew and retried with a corrected timestamp.
    [[nodiscard]] std::optional<qint64> correctedClockSkew() const { return m_correctedSkew; }

    void cancel();
    // Calls delete themselves after finished() unless told not to; the owner then deletes it.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished();

protected:
    GaapCall(GaapApi *api, QString action, QJsonObject parameters);
    // Reads the typed value out of a successful response; returns an error text, or empty.
    virtual QString parse(const QJsonObject &response) = 0;

private:
    friend class GaapApi;
    void start();
    void failSoon(const ApiError &error);
    void takeSlot(); // from the RateLimiter; waits for one when all are busy
    void waitOver(); // the wait timer fired: send with our slot, or take one after a backoff
    void releaseSlot();
    void send();
    void handle(const ApiResult &result);
    bool retryAfterRateLimit(const ApiResult &result);
    bool retryWithCorrectedClock(const ApiResult &result);
    void finish(const ApiError &error);

    GaapApi *m_api;
    QString m_action;
    QJsonObject m_parameters;
    QPointer<ApiCall> m_inFlight;
    QTimer *m_waitTimer;
    QMetaObject::Connection m_slotWait;
    int m_slot = -1;           // of the process's RateLimiter
    qint64 m_sharedTicket = 0; // of the SharedBudget; 0: none taken
    ApiError m_error;
    QString m_requestId;
    QJsonObject m_response;
    int m_attempts = 0;
    int m_rateLimitRetries = 0;
    bool m_clockRetried = false;
    qint64 m_offsetAtSend = 0; // the client's clock offset this call was signed with
    std::optional<qint64> m_correctedSkew;
    bool m_finished = false;
    bool m_autoDelete = true;
};

class OriginRegionsCall final : public GaapCall
{
    Q_OBJECT
public:
    [[nodiscard]] const QList<RegionDetail> &regions() const { return m_regions; }

private:
    friend class GaapApi;
    using GaapCall::GaapCall;
    QString parse(const QJsonObject &response) override;
    QList<RegionDetail> m_regions;
};

class AccessRegionsCall final : public GaapCall
{
    Q_OBJECT
public:
    [[nodiscard]] const QList<AccessRegionDetail> &regions() const { return m_regions; }

private:
    friend class GaapApi;
    using GaapCall::GaapCall;
    QString parse(const QJsonObject &response) override;
    QList<AccessRegionDetail> m_regions;
};

class CheckCall final : public GaapCall
{
    Q_OBJECT
public:
    [[nodiscard]] const CheckResult &result() const { return m_result; }

private:
    friend class GaapApi;
    using GaapCall::GaapCall;
    QString parse(const QJsonObject &response) override;
    CheckResult m_result;
};

class PriceCall final : public GaapCall
{
    Q_OBJECT
public:
    [[nodiscard]] const PriceQuote &quote() const { return m_quote; }

private:
    friend class GaapApi;
    using GaapCall::GaapCall;
    QString parse(const QJsonObject &response) override;
    PriceQuote m_quote;
};

// One page of DescribeProxyGroupList; ProxyGroupsCall asks for every page.
class ProxyGroupPageCall final : public GaapCall
{
    Q_OBJECT
public:
    [[nodiscard]] const ProxyGroupPage &page() const { return m_page; }

private:
    friend class GaapApi;
    using GaapCall::GaapCall;
    QString parse(const QJsonObject &response) override;
    ProxyGroupPage m_page;
};
