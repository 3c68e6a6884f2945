#pragma once

#include "core/api/apierror.h"
#include "core/gaap/gaaptypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class AccessRegionsCall;
class CheckCall;
class GaapApi;
class PriceCall;

// "Where can I get at least this much from this origin?": the least bandwidth (Mbps) and concurrency
// (× 10,000 connections) wanted, with the options every check of the search sends.
struct Requirement
{
    QString originRegion;
    qint64 minBandwidth = 1;
    qint64 minConcurrent = 1;
    QString ipVersion;   // empty: not sent (IPv4)
    QString packageType; // empty: not sent
    QString networkType; // empty: not sent (normal)
    std::optional<PriceRequest::Billing> billing;

    [[nodiscard]] AccessRegionQuery accessQuery() const;
    // The same search (the billing only changes the prices).
    [[nodiscard]] bool sameSearchAs(const Requirement &other) const
    {
        return originRegion == other.originRegion && minBandwidth == other.minBandwidth
               && minConcurrent == other.minConcurrent && ipVersion == other.ipVersion
               && packageType == other.packageType && networkType == other.networkType;
    }
};

// One access region serving the origin, and what the search found there.
struct SearchCandidate
{
    enum class State {
        NotOffered,   // the region offers less bandwidth or concurrency than wanted: not checked
        Unusable,     // the server's entry for the region is broken (AccessRegionDetail::problem)
        Waiting,      // to be checked
        CanCreate,    // CheckProxyCreate said yes (the price follows)
        CannotCreate, // it said no
        Failed,       // the check failed (error)
    };

    AccessRegionDetail region;
    State state = State::Waiting;
    // The smallest offered values that meet the requirement (set unless NotOffered or Unusable).
    std::optional<qint64> bandwidth;
    std::optional<qint64> concurrent;
    QString requestId; // of the check's answer or error
    QDateTime checkedAt;
    ApiError error; // Failed: the check's error
    // The price of a configuration that can be created; nullopt while it is asked for, or when that failed.
    bool pricing = false;
    std::optional<PriceQuote> quote;
    ApiError priceError;

    [[nodiscard]] bool isDone() const { return state != State::Waiting && !pricing; }
    [[nodiscard]] CheckRequest checkRequest(const Requirement &requirement) const;
    // What the configuration costs a day (bandwidth billing: the base fee plus the bandwidth fee of its tier;
    // traffic billing: the base fee, the traffic is paid per GB on top); nullopt without a price.
    [[nodiscard]] std::optional<double> dailyCost(const Requirement &requirement) const;
};

// Checks, for every access region that serves the origin, the smallest offered configuration that meets the
// requirement (CheckProxyCreate), and prices the ones that can be created (InquiryPriceCreateProxy), checks
// and prices in parallel, each action within its own 20-per-second budget (GaapApi's limiter). ranked() puts
// the ones that can be created first, cheapest first (by currency when prices come in several), then those that
// cannot, then those that do not offer enough, then the failed checks.
class RequirementSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementSearch)

public:
    RequirementSearch(GaapApi *api, Requirement requirement, QObject *parent = nullptr);
    ~RequirementSearch() override;

    // Without prices only CheckProxyCreate is asked (a watch wants the answers, not the prices). Before start().
    void setPricing(bool pricing) { m_pricing = pricing; }
    void start();
    // Stops asking; what is answered stays. Emits finished().
    void cancel();

    [[nodiscard]] const Requirement &requirement() const { return m_requirement; }
    [[nodiscard]] const QList<SearchCandidate> &candidates() const { return m_candidates; }
    // Indexes into candidates(), best first.
    [[nodiscard]] QList<int> ranked() const;
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    // Set when the access regions could not be listed (then there are no candidates).
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] bool canCreateAny() const;
    [[nodiscard]] int doneCount() const;
    // The currencies of the prices (one, normally; ranked() compares prices within one currency only).
    [[nodiscard]] QStringList currencies() const;
    [[nodiscard]] int checksSent() const { return m_checksSent; }
    [[nodiscard]] int pricesSent() const { return m_pricesSent; }

    // The smallest of `offered` that is at least `minimum`; nullopt when none is.
    static std::optional<qint64> smallestAtLeast(const QList<qint64> &offered, qint64 minimum);

Q_SIGNALS:
    void candidatesListed();          // the access regions are in; candidates() is filled
    void candidateChanged(int index); // an answer or a price arrived
    void checkAnswered(int index);    // a check's answer or failure arrived (for the history)
    void finished();                  // everything answered, cancelled, or the access regions failed

private:
    void listCandidates(const AccessRegionsCall *call);
    void check(int index);
    void price(int index);
    void finishIfIdle();

    GaapApi *m_api;
    Requirement m_requirement;
    QList<SearchCandidate> m_candidates;
    QPointer<AccessRegionsCall> m_listCall;
    QList<QPointer<CheckCall>> m_checkCalls;
    QList<QPointer<PriceCall>> m_priceCalls;
    ApiError m_error;
    int m_checksSent = 0;
    int m_pricesSent = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pricing = true;
};
