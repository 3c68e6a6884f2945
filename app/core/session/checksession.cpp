#include "core/session/checksession.h"

#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"
#include "core/gaap/requestvalidator.h"
#include "core/session/regionlists.h"

#include <utility>

CheckSession::CheckSession(GaapApi *api, const RegionLists *lists, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_lists(lists)
{
    Q_ASSERT(api);
}

CheckSession::~CheckSession()
{
    cancelCheck();
}

void CheckSession::abandonCheck()
{
    if (!isChecking())
        return;
    const CheckRequest request = m_checkRequest;
    cancelCheck();
    Q_EMIT checkAbandoned(request);
}

void CheckSession::stopCall(QPointer<GaapCall> &call)
{
    GaapCall *running = call;
    call = nullptr;
    if (!running)
        return;
    disconnect(running, nullptr, this, nullptr);
    running->cancel(); // finishes unheard and deletes itself later
}

void CheckSession::check(const CheckRequest &request)
{
    cancelCheck();
    m_checkRequest = request;
    m_sentAt = QDateTime::currentDateTimeUtc();
    const AccessRegionDetail *offered = m_lists ? m_lists->accessRegion(request.accessRegion) : nullptr;

    CheckCall *checkCall = m_api->checkProxyCreate(request, offered);
    m_checkCall = checkCall;
    connect(checkCall, &GaapCall::finished, this, [this, checkCall] { checkAnswered(checkCall); });

    // An invalid check is never sent, and neither is its price (which would drop a bad GroupId).
    m_priceSkipped = !RequestValidator::validate(request, offered).isEmpty();
    if (!m_priceSkipped)
        askPrice(request, offered);
    Q_EMIT checkStarted(request);
}

void CheckSession::askPrice(const CheckRequest &request, const AccessRegionDetail *offered)
{
    m_priceRequest = request;
    PriceRequest priceRequest;
    priceRequest.connection = request;
    priceRequest.connection.groupId.clear();
    priceRequest.billing = m_billing;
    PriceCall *priceCall = m_api->inquirePrice(priceRequest, offered);
    m_priceCall = priceCall;
    connect(priceCall, &GaapCall::finished, this, [this, priceCall] { priceAnswered(priceCall); });
}

void CheckSession::reprice(const CheckRequest &request)
{
    stopCall(m_priceCall);
    askPrice(request, m_lists ? m_lists->accessRegion(request.accessRegion) : nullptr);
}

void CheckSession::checkAnswered(CheckCall *call)
{
    m_checkCall = nullptr;
    CheckOutcome outcome{m_checkRequest, m_sentAt, std::nullopt, call->error()};
    if (call->isOk())
        outcome.result = call->result();
    const bool priceSkipped = std::exchange(m_priceSkipped, false);
    Q_EMIT checkFinished(outcome);
    if (priceSkipped && !isChecking()) // no new check was started from a slot
        Q_EMIT priceFinished(PriceOutcome{outcome.request, std::nullopt, outcome.error});
}

void CheckSession::priceAnswered(PriceCall *call)
{
    m_priceCall = nullptr;
    PriceOutcome outcome{m_priceRequest, std::nullopt, call->error()};
    if (call->isOk())
        outcome.quote = call->quote();
    Q_EMIT priceFinished(outcome);
}

void CheckSession::cancelCheck()
{
    m_priceSkipped = false;
    stopCall(m_checkCall);
    stopCall(m_priceCall);
}

bool CheckSession::isChecking() const
{
    return !m_checkCall.isNull() || !m_priceCall.isNull();
}
