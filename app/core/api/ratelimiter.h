#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <vector>

// Keeps each API action at or under Tencent Cloud's documented 20 requests per second, for the
// whole process: single checks, matrices and region loads all take their send slot here.
//
// Each action has `limit` slots. A request takes a slot, is sent, and gives the slot back when its
// answer (or failure) arrives; the slot may be used again one window after that moment. Because the
// server saw the request before we saw its answer, two uses of one slot always reach the server
// more than a window apart, so the server never counts more than `limit` inside its one-second
// window, whatever the network's latency or jitter. Single-threaded: use it from the GUI thread.
class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    using Clock = std::function<std::chrono::milliseconds()>; // monotonic time
    static constexpr int DefaultLimit = 20;
    // One second plus a little for timer and clock granularity.
    static constexpr std::chrono::milliseconds DefaultWindow{1020};

    struct Ticket
    {
        int slot = -1;
        std::chrono::milliseconds delay{0}; // how long to wait before sending
        [[nodiscard]] bool isValid() const { return slot >= 0; }
    };

    explicit RateLimiter(int limit = DefaultLimit, std::chrono::milliseconds window = DefaultWindow, Clock clock = {},
                         QObject *parent = nullptr);
    ~RateLimiter() override;

    // The limiter every GaapApi uses unless told otherwise.
    static RateLimiter &shared();

    // Takes a slot for `action`. An invalid ticket means every slot is waiting for an answer:
    // try again after released().
    Ticket acquire(const QString &action);
    // The request sent with `slot` has been answered or has failed (or was never sent).
    void release(const QString &action, int slot);

    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] std::chrono::milliseconds window() const { return m_window; }
    [[nodiscard]] int busySlots(const QString &action) const;

Q_SIGNALS:
    void released(const QString &action);

private:
    struct Slot
    {
        bool busy = false;
        std::chrono::milliseconds freeAt{0};
    };

    int m_limit;
    std::chrono::milliseconds m_window;
    Clock m_clock;
    QHash<QString, std::vector<Slot>> m_slots;
};
