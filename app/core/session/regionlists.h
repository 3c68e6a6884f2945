#pragma once

#include "core/api/apierror.h"
#include "core/gaap/gaaptypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class GaapApi;
class GaapCall;
class RegionCache;

// The origin regions and the access regions of one origin / IP version / package type, as the check
// form and the matrix show them: served from the disk cache at once, refreshed in the background,
// every failure kept as an ApiError. Widgets bind to its signals; they never see a network reply.
class RegionLists final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionLists)

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
    // Both must outlive the lists.
    RegionLists(GaapApi *api, RegionCache *cache, QObject *parent = nullptr);
    ~RegionLists() override;

    // Forget both lists and stop their requests (profile, endpoint or language changed). The origin query stays.
    void reset();

    // Which origin regions loadOriginRegions() asks for (DescribeDestRegions' QualityType; default: none sent).
    // A different query forgets the origin list at once and stops its request (its answer is never seen), and
    // emits originRegionsChanged(); call loadOriginRegions() to load the list of the new query.
    void setOriginQuery(const OriginRegionQuery &query);
    [[nodiscard]] const OriginRegionQuery &originQuery() const { return m_originQuery; }

    // Shows the cached list at once (Cached or Stale, with refreshing set) when nothing is shown yet,
    // then always asks the server in the background; the answer replaces the list (Fresh) and is
    // written to the cache. A failure keeps a shown list (error set) or ends in Failed.
    // Without forceRefresh nothing happens while a request is running or once the list is Fresh;
    // forceRefresh restarts the request. Emits originRegionsChanged() on every change of list or status.
    void loadOriginRegions(bool forceRefresh = false);
    // The same for the access regions of one origin / IP version / package type. A new query
    // replaces the previous one: its list is cleared at once and the older query's request is
    // stopped, so its answer is never seen. An empty originRegion just clears the list (Empty).
    void loadAccessRegions(const AccessRegionQuery &query, bool forceRefresh = false);

    [[nodiscard]] const QList<RegionDetail> &originRegions() const { return m_origins.items; }
    [[nodiscard]] const QList<AccessRegionDetail> &accessRegions() const { return m_access.items; }
    [[nodiscard]] const AccessRegionQuery &accessQuery() const { return m_accessQuery; }
    [[nodiscard]] const ListStatus &originStatus() const { return m_origins.status; }
    [[nodiscard]] const ListStatus &accessStatus() const { return m_access.status; }
    [[nodiscard]] const RegionDetail *originRegion(const QString &regionId) const;
    [[nodiscard]] const AccessRegionDetail *accessRegion(const QString &regionId) const;

Q_SIGNALS:
    void originRegionsChanged();
    void accessRegionsChanged();

private:
    // One list with the request that fills it. A stopped request is disconnected first, so only the
    // answer of `call` is ever taken.
    template<typename Detail>
    struct List
    {
        QList<Detail> items;
        ListStatus status;
        QPointer<GaapCall> call;
    };

    template<typename Detail, typename Call>
    void fetch(List<Detail> &list, Call *call, const QString &cacheKey, void (RegionLists::*changed)());
    template<typename Detail>
    void stop(List<Detail> &list);

    GaapApi *m_api;
    RegionCache *m_cache;
    List<RegionDetail> m_origins;
    List<AccessRegionDetail> m_access;
    OriginRegionQuery m_originQuery;
    AccessRegionQuery m_accessQuery;
};
