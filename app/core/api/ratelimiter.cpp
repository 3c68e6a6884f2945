#include "core/api/ratelimiter.h"

#include <algorithm>
#include <utility>

namespace {

RateLimiter::Clock steadyClock()
{
    return [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    };
}

} // namespace

RateLimiter::RateLimiter(int limit, std::chrono::milliseconds window, Clock clock, QObject *parent)
    : QObject(parent)
    , m_limit(std::max(1, limit))
    , m_window(window)
    , m_clock(clock ? std::move(clock) : steadyClock())
{
}

RateLimiter::~RateLimiter() = default;

RateLimiter &RateLimiter::shared()
{
    static RateLimiter limiter;
    return limiter;
}

RateLimiter::Ticket RateLimiter::acquire(const QString &action)
{
    std::vector<Slot> &slots = m_slots[action];
    if (slots.empty())
        slots.resize(static_cast<size_t>(m_limit));
    const auto best = std::min_element(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) {
        if (a.busy != b.busy)
            return !a.busy;
        return a.freeAt < b.freeAt;
    });
    if (best->busy)
        return {};
    best->busy = true;
    const std::chrono::milliseconds now = m_clock();
    return {static_cast<int>(best - slots.begin()), std::max(std::chrono::milliseconds(0), best->freeAt - now)};
}

void RateLimiter::release(const QString &action, int slot)
{
    auto it = m_slots.find(action);
    if (it == m_slots.end() || slot < 0 || slot >= static_cast<int>(it->size()))
        return;
    Slot &entry = (*it)[static_cast<size_t>(slot)];
    if (!entry.busy)
        return;
    entry.busy = false;
    entry.freeAt = m_clock() + m_window;
    Q_EMIT released(action);
}

int RateLimiter::busySlots(const QString &action) const
{
    const auto it = m_slots.constFind(action);
    if (it == m_slots.constEnd())
        return 0;
    return static_cast<int>(std::count_if(it->cbegin(), it->cend(), [](const Slot &s) { return s.busy; }));
}
