#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>

// Tencent Cloud's per-action frequency limit: at most N accepted requests in any one-second window.
class FakeRateLimiter final
{
public:
    explicit FakeRateLimiter(int limit)
        : m_limit(limit)
    {
        m_clock.start();
    }

    void setLimit(int limit) { m_limit = limit; }
    [[nodiscard]] int limit() const { return m_limit; }

    // Records the request and returns true when it is within the limit.
    bool tryAccept(const QString &action)
    {
        const qint64 nowMs = m_clock.elapsed();
        std::deque<qint64> &times = m_accepted[action];
        while (!times.empty() && nowMs - times.front() >= 1000)
            times.pop_front();
        if (static_cast<int>(times.size()) >= m_limit)
            return false;
        times.push_back(nowMs);
        return true;
    }

private:
    int m_limit;
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_accepted;
};
