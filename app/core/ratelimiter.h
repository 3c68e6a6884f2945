#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>

// Keeps each API action at or under Tencent Cloud's documented 20 requests per second, for the
// whole process: single checks, matrices and region loads all reserve their send slot here.
//
// At most `limit` sends fall inside any window of one second plus a safety margin, so that network
// jitter can never make the server see more than `limit` in its own one-second window.
class RateLimiter final
{
public:
    using Clock = std::function<std::chrono::milliseconds()>; // monotonic time
    static constexpr int DefaultLimit = 20;
    static constexpr std::chrono::milliseconds DefaultWindow{1000 + 100};

    explicit RateLimiter(int limit = DefaultLimit, std::chrono::milliseconds window = DefaultWindow,
                         Clock clock = {});

    // The limiter every GaapApi uses unless told otherwise.
    static RateLimiter &shared();

    // Reserves the next free send slot for `action`; returns how long to wait before sending.
    std::chrono::milliseconds reserve(const QString &action);

    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] std::chrono::milliseconds window() const { return m_window; }

private:
    int m_limit;
    std::chrono::milliseconds m_window;
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, std::deque<std::chrono::milliseconds>> m_slots; // reserved send times per action
};
