#pragma once

#include "core/api/apierror.h"
#include "core/gaap/gaaptypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

class CheckCall;
class GaapApi;
class GaapCall;
class PriceCall;
class RegionLists;

// The answer to one capacity check, as the result card shows it.
struct CheckOutcome
{
    CheckRequest request;
    QDateTime sentAt;                  // UTC
    std::optional<CheckResult> result; // set when the server answered
    ApiError error;                    // set otherwise (explanation, raw code, RequestId)
};

// The price of the same configuration; a failed price never hides the capacity answer.
struct PriceOutcome
{
    CheckRequest request; // the check's request, as given to check() (GroupId is not sent for a price)
    std::optional<PriceQuote> quote;
    ApiError error;
};

// One capacity check with its price, without widgets: validated against the access region's offered
// lists, sent as CheckProxyCreate and InquiryPriceCreateProxy together, every failure an ApiError.
class CheckSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckSession)

public:
    // `lists`: where the chosen access region's bandwidth and concurrency lists are looked up for
    // validation (nullptr: the request is validated without them). Both must outlive the session.
    CheckSession(GaapApi *api, const RegionLists *lists, QObject *parent = nullptr);
    ~CheckSession() override;

    // Validates against the known access region, then sends CheckProxyCreate and
    // InquiryPriceCreateProxy together; emits checkStarted(), then checkFinished() and priceFinished()
    // once each, in whichever order the answers arrive. An invalid request is never sent: both finish
    // with ApiError::Kind::InvalidInput. A new check cancels one still running.
    void check(const CheckRequest &request);
    // Stops the running check and its price; nothing more is emitted for them.
    void cancelCheck();
    // The user gave up waiting: stops the running check and its price, then emits checkAbandoned().
    void abandonCheck();
    // How prices are asked for from now on (nullopt: the API's default, bandwidth).
    void setBilling(std::optional<PriceRequest::Billing> billing) { m_billing = billing; }
    [[nodiscard]] std::optional<PriceRequest::Billing> billing() const { return m_billing; }
    // Asks the price of `request` again (another billing type); emits priceFinished(). A running price is dropped.
    void reprice(const CheckRequest &request);
    // The capacity answer or the price of the last check is still outstanding.
    [[nodiscard]] bool isChecking() const;

Q_SIGNALS:
    void checkStarted(const CheckRequest &request);
    void checkAbandoned(const CheckRequest &request);
    void checkFinished(const CheckOutcome &outcome);
    void priceFinished(const PriceOutcome &outcome);

private:
    void checkAnswered(CheckCall *call);
    void priceAnswered(PriceCall *call);
    void stopCall(QPointer<GaapCall> &call);

    GaapApi *m_api;
    const RegionLists *m_lists;
    // A stopped call is disconnected first, so only the answers of these two are ever taken.
    QPointer<GaapCall> m_checkCall;
    QPointer<GaapCall> m_priceCall;
    void askPrice(const CheckRequest &request, const AccessRegionDetail *offered);

    CheckRequest m_checkRequest; // of the running check
    CheckRequest m_priceRequest; // of the running price
    std::optional<PriceRequest::Billing> m_billing;
    QDateTime m_sentAt;
    bool m_priceSkipped = false; // the request was invalid: the price shares the check's error
};
