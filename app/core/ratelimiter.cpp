#include "ratelimiter.h"


#include <algorithm>
#include <utility>

namespace {

RateLimiter::Clock steadyClock()
{
    return [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
    };
}

} // namespace

RateLimiter::RateLimiter(int limit, std::chrono::milliseconds window, Clock clock)
    : m_limit(std::max(1, limit))
    , m_window(window)
    , m_clock(clock ? std::move(clock) : steadyClock())
{
}

RateLimiter &RateLimiter::shared()
{
    static RateLimiter limiter;
    return limiter;
}

std::chrono::milliseconds RateLimiter::reserve(const QString &action)
{
    const QMutexLocker locker(&m_mutex);
    const std::chrono::milliseconds now = m_clock();
    std::deque<std::chrono::milliseconds> &slots = m_slots[action];
    while (!slots.empty() && slots.front() + m_window <= now)
        slots.pop_front();

    std::chrono::milliseconds sendAt = now;
    if (static_cast<int>(slots.size()) >= m_limit) {
        // The slot `limit` places back must leave the window before this one may start.
        sendAt = std::max(now, slots[slots.size() - static_cast<size_t>(m_limit)] + m_window);
    }
    slots.push_back(sendAt);
    return sendAt - now;
}
