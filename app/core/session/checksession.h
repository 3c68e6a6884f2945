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
class DestRegionsCall;
class GaapApi;
class GaapCall;
class PriceCall;
class RegionCache;

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

// Everything the check form shows, without widgets: the origin and access region lists (served from
// the disk cache at once, refreshed in the background), one check with its price, and every failure as
// an ApiError. Widgets bind to its signals; they never see a network reply.
class CheckSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckSession)

public:
    enum class ListState {
        Empty,   // nothing known yet (and nothing loading)
        Loading, // nothing to show yet, a request is running
        Fresh,   // from the server, this session
        Cached,  // from the disk cache, younger than RegionCache::StaleAfter
        Stale,   // from the disk cache, older than that
        Failed,  // nothing to show and the last request failed (see error)
    };

    struct ListStatus
    {
        ListState state = ListState::Empty;
        QDateTime fetchedAt;     // when the shown list came from the server (UTC)
        bool refreshing = false; // a request is running behind a shown list
        ApiError error;          // the last failure, also when an older list is still shown
    };

    // `api` talks to the current profile's endpoint in the current language; both are read from
    // api->client() for the cache keys (when a request starts). `cache` may be nullptr (no disk cache).
    // Both must outlive the session.
    CheckSession(GaapApi *api, RegionCache *cache, QObject *parent = nullptr);
    ~CheckSession() override;

    // Forget both lists and any check in flight (profile, endpoint or language changed).
    void reset();

    // Shows the cached list at once (Cached or Stale, with refreshing set) when nothing is shown yet,
    // then always asks the server in the background; the answer replaces the list (Fresh) and is
    // written to the cache. A failure keeps a shown list (error set) or ends in Failed.
    // Without forceRefresh nothing happens while a request is running or once the list is Fresh;
    // forceRefresh restarts the request. Emits originRegionsChanged() on every change of list or status.
    void loadOriginRegions(bool forceRefresh = false);
    // The same for the access regions of one origin / IP version / package type. A new query
    // replaces the previous one: its list is cleared at once and a late answer for the older query
    // is ignored. An empty originRegion just clears the list (Empty, no request).
    void loadAccessRegions(const AccessRegionQuery &query, bool forceRefresh = false);

    [[nodiscard]] const QList<RegionDetail> &originRegions() const { return m_originRegions; }
    [[nodiscard]] const QList<AccessRegionDetail> &accessRegions() const { return m_accessRegions; }
    [[nodiscard]] const AccessRegionQuery &accessQuery() const { return m_accessQuery; }
    [[nodiscard]] const ListStatus &originStatus() const { return m_originStatus; }
    [[nodiscard]] const ListStatus &accessStatus() const { return m_accessStatus; }
    [[nodiscard]] const AccessRegionDetail *accessRegion(const QString &regionId) const;

    // Validates against the known access region, then sends CheckProxyCreate and
    // InquiryPriceCreateProxy together; emits checkStarted(), then checkFinished() and priceFinished()
    // once each, in whichever order the answers arrive. An invalid request is never sent: both finish
    // with ApiError::Kind::InvalidInput. A new check cancels one still running.
    void check(const CheckRequest &request);
    // Stops the running check and its price; nothing more is emitted for them.
    void cancelCheck();
    // The capacity answer or the price of the last check is still outstanding.
    [[nodiscard]] bool isChecking() const;

Q_SIGNALS:
    void originRegionsChanged();
    void accessRegionsChanged();
    void checkStarted(const CheckRequest &request);
    void checkFinished(const CheckOutcome &outcome);
    void priceFinished(const PriceOutcome &outcome);

private:
    void startOriginRequest(quint64 generation);
    void startAccessRequest(quint64 generation);
    void checkAnswered(CheckCall *call);
    void priceAnswered(PriceCall *call);
    void stopCall(GaapCall *call);

    GaapApi *m_api;
    RegionCache *m_cache;
    QList<RegionDetail> m_originRegions;
    QList<AccessRegionDetail> m_accessRegions;
    AccessRegionQuery m_accessQuery;
    ListStatus m_originStatus;
    ListStatus m_accessStatus;
    quint64 m_originGeneration = 0; // answers of superseded requests are ignored
    quint64 m_accessGeneration = 0;
    quint64 m_checkGeneration = 0;
    QPointer<DestRegionsCall> m_originCall;
    QPointer<AccessRegionsCall> m_accessCall;
    QPointer<CheckCall> m_checkCall;
    QPointer<PriceCall> m_priceCall;
    CheckRequest m_checkRequest; // of the running check
    QDateTime m_sentAt;
    bool m_priceSkipped = false; // the request was invalid: the price shares the check's error
};
