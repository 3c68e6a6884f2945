#pragma once

#include "core/api/apierror.h"
#include "core/gaap/gaaptypes.h"
#include "core/session/requirementsearch.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class CheckCall;
class GaapApi;
class QTimer;

// One answer of a watched check: of one connection, or of a requirement search (then it can be created when
// at least one access region can serve the requirement, and `creatable` says which).
struct WatchAnswer
{
    enum class State { CanCreate, CannotCreate, Failed };

    State state = State::Failed;
    QDateTime checkedAt; // UTC
    QString requestId;   // one connection: of its check; a search: of its error, if any
    ApiError error;      // Failed
    // A search: the configurations that can be created, one per access region, by access region ID. Kept with
    // the watch across restarts.
    QList<CheckRequest> creatable;
    // A search: every access region it looked at, as answered (for the history; not kept across restarts).
    QList<SearchCandidate> candidates;

    // "can", "cannot" or "error": the answer as data (CLI output, the kept watch list), the same in every language.
    [[nodiscard]] QString resultWord() const
    {
        switch (state) {
        case State::CanCreate: return QStringLiteral("can");
        case State::CannotCreate: return QStringLiteral("cannot");
        case State::Failed: break;
        }
        return QStringLiteral("error");
    }
    // Same answer for a person: the same state (for a failure, the same error code; for a search, the same
    // access regions and configurations).
    [[nodiscard]] bool sameAs(const WatchAnswer &other) const
    {
        return state == other.state && (state != State::Failed || error.code() == other.error.code())
               && creatable == other.creatable;
    }
    // Access regions in `creatable` that `before` did not have (all of them when `before` could not be created).
    [[nodiscard]] QStringList newlyCreatableRegions(const std::optional<WatchAnswer> &before) const;
    // The answer of a finished search (nullopt when it was cancelled): can be created when one access region
    // can; cannot when none can, or none offers that much; failed when the access regions could not be listed
    // or every check failed (the first failure is the error).
    [[nodiscard]] static std::optional<WatchAnswer> fromSearch(const RequirementSearch &search, const QDateTime &at);
};

// Checks one connection again and again (CheckProxyCreate), or runs a requirement search again and again
// (RequirementSearch, without prices), and says when the answer changes: at an interval
// of at least 10 s (default 5 min) with ±10 % jitter, so that many watches do not ask at the same moment.
// A failed check (the network is gone, the server errs) is an answer like the others and the watch goes on.
// The schedule follows the wall clock, checked every few seconds: after the computer slept past the due
// time, the next check goes out at once instead of a whole interval late.
class CapacityWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityWatch)

public:
    static constexpr std::chrono::seconds MinimumInterval{10};
    static constexpr std::chrono::seconds DefaultInterval{300};
    static constexpr double Jitter = 0.1; // ± this fraction of the interval

    using WallClock = std::function<QDateTime()>; // UTC
    using Random = std::function<double()>;       // uniform in [0, 1)

    // `interval` below MinimumInterval is raised to it.
    CapacityWatch(GaapApi *api, CheckRequest request, std::chrono::seconds interval, QObject *parent = nullptr);
    // Watches where at least this much can be created from the origin.
    CapacityWatch(GaapApi *api, Requirement requirement, std::chrono::seconds interval, QObject *parent = nullptr);
    ~CapacityWatch() override;

    // For tests: the clock and the jitter's randomness; the periodic look at the clock can be left out and
    // tick() called by hand.
    void setWallClock(WallClock clock) { m_wallClock = std::move(clock); }
    void setRandom(Random random) { m_random = std::move(random); }
    void setTickInterval(std::chrono::milliseconds interval);
    // The access region's offered lists, to validate the request before each check (else the server does).
    void setOfferedRegion(const AccessRegionDetail &offered) { m_offered = offered; }

    // A new interval (raised to MinimumInterval): the next check is due that long after the last one (at once when
    // that is past), not now; a check on its way goes on.
    void setInterval(std::chrono::seconds interval);
    // Checks at once, then on the schedule. stop() cancels a check on its way.
    void start();
    void stop();
    // Sends the due check (if due and none is on its way).
    void tick();

    [[nodiscard]] bool isSearch() const { return m_requirement.has_value(); }
    [[nodiscard]] const CheckRequest &request() const { return m_request; } // one connection
    [[nodiscard]] const std::optional<Requirement> &requirement() const { return m_requirement; }
    [[nodiscard]] std::chrono::seconds interval() const { return m_interval; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isChecking() const { return !m_call.isNull() || m_search != nullptr; }
    [[nodiscard]] const std::optional<WatchAnswer> &lastAnswer() const { return m_last; }
    [[nodiscard]] int checks() const { return m_checks; }
    // When the next check is due (UTC); invalid while one is on its way or the watch is stopped.
    [[nodiscard]] QDateTime nextCheckAt() const { return m_due; }

Q_SIGNALS:
    // The answer differs from the one before (the first answer counts as a change); emitted before answered().
    void changed(const WatchAnswer &answer);
    void answered(const WatchAnswer &answer);

private:
    void check();
    void search();
    void take(WatchAnswer answer);
    void schedule();

    GaapApi *m_api;
    CheckRequest m_request;
    std::optional<Requirement> m_requirement;
    std::unique_ptr<RequirementSearch> m_search;
    std::chrono::seconds m_interval;
    std::optional<AccessRegionDetail> m_offered;
    WallClock m_wallClock;
    Random m_random;
    QTimer *m_ticker;
    QPointer<CheckCall> m_call;
    std::optional<WatchAnswer> m_last;
    QDateTime m_due;
    int m_checks = 0;
    bool m_running = false;
};
