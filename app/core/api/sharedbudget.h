#pragma once

#include <QString>

#include <chrono>

// One request budget per service, account and action for every process of this user on this machine (the app
// and any number of CLIs together): Tencent Cloud counts requests per account and action, not per program.
//
// It works like RateLimiter, across processes: a budget has `limit` slots; a send takes one, and the slot
// may be used again one window after its answer arrived (release()). The server saw the request before we
// saw its answer, so two uses of one slot reach the server more than a window apart whatever the latency:
// the server never counts more than `limit` in its one-second window. The slots live in a small file per
// budget in the user's runtime directory, read and rewritten under an operating-system lock (LockedFile);
// a slot taken by a process that has died (kill -9 in the middle of a request) is freed, one window after
// its death was noticed, by the next process that looks.
//
// When the server still answers RequestLimitExceeded (another machine sends on the same account),
// slowDown() halves the budget for every process here for SlowDownFor.
class SharedBudget final
{
public:
    static constexpr std::chrono::seconds SlowDownFor{15};

    struct Grant
    {
        qint64 ticket = 0;                // > 0: a slot was taken; give it back with release()
        std::chrono::milliseconds wait{}; // no slot: ask again after this long
        [[nodiscard]] bool isGranted() const { return ticket > 0; }
    };

    // `directory` empty: $GAAP_SHARED_BUDGET_DIR, else $XDG_RUNTIME_DIR/gaap-capacity-check, else
    // <temp>/gaap-capacity-check-<user>. Created owner-only.
    explicit SharedBudget(QString directory = {});

    // The budget every GaapApi uses unless told otherwise.
    static SharedBudget &forThisUser();

    // `budget` names the service, account and action (it is hashed into a file name). Takes a slot when
    // fewer than `limit` are busy or waiting out their window (by any process); otherwise takes nothing and
    // says when to ask again. When the budget's file cannot be used the send goes ahead (the in-process
    // RateLimiter still paces it) and a warning is logged once.
    [[nodiscard]] Grant acquire(const QString &budget, int limit, std::chrono::milliseconds window);
    // The request sent with `ticket` has been answered, has failed or was abandoned: its slot is free
    // `window` from now.
    void release(const QString &budget, qint64 ticket, std::chrono::milliseconds window);
    // The server refused a request of `budget` for its rate: half the limit for everyone for SlowDownFor.
    void slowDown(const QString &budget);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString fileFor(const QString &budget) const;

private:
    QString m_directory;
    bool m_warned = false;
};
