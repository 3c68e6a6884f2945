#include "core/gaap/gaapcall.h"

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/api/sharedbudget.h"
#include "core/common/logging.h"
#include "core/common/servertext.h"
#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapparser.h"

#include <QTimer>

#include <utility>

namespace {

bool isRateLimited(const ApiError &error)
{
    const QString code = error.code();
    return error.isService()
           && (code == QLatin1String("RequestLimitExceeded")
               || code.startsWith(QLatin1String("RequestLimitExceeded.")));
}

template<typename T>
QString take(Parsed<T> parsed, T &target)
{
    if (!parsed.value)
        return parsed.error;
    target = std::move(*parsed.value);
    return {};
}

} // namespace

GaapCall::GaapCall(GaapApi *api, QString action, QJsonObject parameters)
    : QObject(api)
    , m_api(api)
    , m_action(std::move(action))
    , m_parameters(std::move(parameters))
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and break the pacing
    connect(m_waitTimer, &QTimer::timeout, this, &GaapCall::waitOver);
}

GaapCall::~GaapCall()
{
    delete m_inFlight; // aborts silently
    releaseSlot();
}

void GaapCall::start()
{
    takeSlot();
}

void GaapCall::takeSlot()
{
    RateLimiter *limiter = m_api->limiter();
    const RateLimiter::Ticket ticket = limiter->acquire(m_action);
    if (!ticket.isValid()) {
        if (!m_slotWait)
            m_slotWait = connect(limiter, &RateLimiter::released, this, [this](const QString &action) {
                if (action != m_action)
                    return;
                disconnect(m_slotWait);
                m_slotWait = {};
                takeSlot();
            });
        return;
    }
    m_slot = ticket.slot;
    m_waitTimer->start(ticket.delay);
}

void GaapCall::waitOver()
{
    if (m_slot < 0)
        return takeSlot(); // a backoff ended
    // This process's pacing allows it; the budget every process of this user shares may not yet.
    if (SharedBudget *budget = m_api->sharedBudget(); budget && m_sharedTicket == 0) {
        const RateLimiter *limiter = m_api->limiter();
        const SharedBudget::Grant grant =
            budget->acquire(m_api->budgetName(m_action), limiter->limit(), limiter->window());
        if (!grant.isGranted())
            return m_waitTimer->start(grant.wait);
        m_sharedTicket = grant.ticket;
    }
    send();
}

void GaapCall::releaseSlot()
{
    disconnect(m_slotWait);
    m_slotWait = {};
    if (m_sharedTicket != 0 && m_api->sharedBudget())
        m_api->sharedBudget()->release(m_api->budgetName(m_action), m_sharedTicket, m_api->limiter()->window());
    m_sharedTicket = 0;
    if (m_slot < 0)
        return;
    m_api->limiter()->release(m_action, m_slot);
    m_slot = -1;
}

void GaapCall::failSoon(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void GaapCall::cancel()
{
    if (m_finished)
        return;
    m_waitTimer->stop();
    delete m_inFlight;
    releaseSlot();
    finish(ApiError::transport(ApiError::Kind::Cancelled, QStringLiteral("cancelled by the user")));
}

void GaapCall::send()
{
    ++m_attempts;
    m_offsetAtSend = m_api->client()->clockOffset();
    m_inFlight = m_api->client()->call(m_action, m_parameters);
    connect(m_inFlight, &ApiCall::finished, this, &GaapCall::handle);
}

void GaapCall::handle(const ApiResult &result)
{
    m_inFlight = nullptr;
    releaseSlot(); // the server has seen the request: the slot's window starts now
    if (retryAfterRateLimit(result) || retryWithCorrectedClock(result))
        return;
    if (!result.isOk()) {
        finish(result.error());
        return;
    }
    m_requestId = result.requestId();
    m_response = result.response();
    const QString parseError = parse(result.response());
    if (!parseError.isEmpty()) {
        finish(ApiError::transport(ApiError::Kind::MalformedResponse, ServerText::printable(parseError))
                   .withRequestId(m_requestId));
        return;
    }
    finish(ApiError());
}

bool GaapCall::retryAfterRateLimit(const ApiResult &result)
{
    if (!isRateLimited(result.error()) || m_rateLimitRetries >= m_api->retryPolicy().maxRateLimitRetries)
        return false;
    // These calls change nothing, so sending them again is safe. Someone else sends on this account too
    // (another machine): every process here slows down for a while.
    if (SharedBudget *budget = m_api->sharedBudget())
        budget->slowDown(m_api->budgetName(m_action));
    const auto backoff = m_api->retryPolicy().firstBackoff * (1 << m_rateLimitRetries);
    ++m_rateLimitRetries;
    qCInfo(lcGaapNet) << m_action << "rate-limited; retry" << m_rateLimitRetries << "in" << backoff.count() << "ms";
    m_waitTimer->start(backoff);
    return true;
}

bool GaapCall::retryWithCorrectedClock(const ApiResult &result)
{
    if (m_clockRetried || result.error().code() != QLatin1String("AuthFailure.SignatureExpire")
        || !result.serverDate().isValid())
        return false;
    m_clockRetried = true;
    ApiClient *client = m_api->client();
    // The skew is relative to the offset this request was signed with, not to the current one:
    // calls in flight together (a check and its price) must not add their corrections up.
    const qint64 skew = result.serverDate().toSecsSinceEpoch() - result.signedTimestamp();
    const qint64 offset = m_offsetAtSend + skew;
    client->setClockOffset(offset);
    m_correctedSkew = offset;
    qCWarning(lcGaapNet) << "clock differs from the server's by" << offset << "s; retrying" << m_action;
    Q_EMIT m_api->clockSkewDetected(offset);
    takeSlot();
    return true;
}

void GaapCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    releaseSlot();
    m_error = error;
    if (m_requestId.isEmpty())
        m_requestId = error.requestId();
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

QString OriginRegionsCall::parse(const QJsonObject &response)
{
    return take(GaapParser::originRegions(response), m_regions);
}

QString AccessRegionsCall::parse(const QJsonObject &response)
{
    return take(GaapParser::accessRegions(response), m_regions);
}

QString CheckCall::parse(const QJsonObject &response)
{
    return take(GaapParser::checkResult(response), m_result);
}

QString PriceCall::parse(const QJsonObject &response)
{
    return take(GaapParser::priceQuote(response), m_quote);
}

QString ProxyGroupPageCall::parse(const QJsonObject &response)
{
    return take(GaapParser::proxyGroups(response), m_page);
}
