#include "gaapcall.h"

#include "apicall.h"
#include "apiclient.h"
#include "gaapapi.h"
#include "gaapparser.h"
#include "logging.h"
#include "ratelimiter.h"

#include <QTimer>

#include <utility>

namespace {

bool isRateLimited(const ApiError &error)
{
    const QString code = error.code();
    return error.isService()
           && (code == QLatin1String("RequestLimitExceeded") || code.startsWith(QLatin1String("RequestLimitExceeded.")));
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
    connect(m_waitTimer, &QTimer::timeout, this, &GaapCall::send);
}

GaapCall::~GaapCall()
{
    delete m_inFlight; // aborts silently
}

void GaapCall::start()
{
    sendAfter(m_api->limiter()->reserve(m_action));
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
    finish(ApiError::transport(ApiError::Kind::Cancelled, QStringLiteral("cancelled by the user")));
}

void GaapCall::sendAfter(std::chrono::milliseconds delay)
{
    m_waitTimer->start(delay);
}

void GaapCall::send()
{
    ++m_attempts;
    m_inFlight = m_api->client()->call(m_action, m_parameters);
    connect(m_inFlight, &ApiCall::finished, this, &GaapCall::handle);
}

void GaapCall::handle(const ApiResult &result)
{
    m_inFlight = nullptr;
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
        finish(ApiError::transport(ApiError::Kind::MalformedResponse, parseError).withRequestId(m_requestId));
        return;
    }
    finish(ApiError());
}

bool GaapCall::retryAfterRateLimit(const ApiResult &result)
{
    if (!isRateLimited(result.error()) || m_rateLimitRetries >= m_api->retryPolicy().maxRateLimitRetries)
        return false;
    // These calls change nothing, so sending them again is safe.
    const auto backoff = m_api->retryPolicy().firstBackoff * (1 << m_rateLimitRetries);
    ++m_rateLimitRetries;
    qCInfo(lcGaapNet) << m_action << "rate-limited; retry" << m_rateLimitRetries << "in" << backoff.count() << "ms";
    sendAfter(std::max(backoff, m_api->limiter()->reserve(m_action)));
    return true;
}

bool GaapCall::retryWithCorrectedClock(const ApiResult &result)
{
    if (m_clockRetried || result.error().code() != QLatin1String("AuthFailure.SignatureExpire")
        || !result.serverDate().isValid())
        return false;
    m_clockRetried = true;
    ApiClient *client = m_api->client();
    const qint64 skew = result.serverDate().toSecsSinceEpoch() - result.signedTimestamp();
    const qint64 offset = client->clockOffset() + skew;
    client->setClockOffset(offset);
    m_correctedSkew = offset;
    qCWarning(lcGaapNet) << "clock differs from the server's by" << offset << "s; retrying" << m_action;
    Q_EMIT m_api->clockSkewDetected(offset);
    sendAfter(m_api->limiter()->reserve(m_action));
    return true;
}

void GaapCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_requestId.isEmpty())
        m_requestId = error.requestId();
    Q_EMIT finished();
    deleteLater();
}

QString DestRegionsCall::parse(const QJsonObject &response)
{
    return take(GaapParser::destRegions(response), m_regions);
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
