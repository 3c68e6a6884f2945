#pragma once

#include <QString>

#include <chrono>

// One request budget per account and action for every process of this user on this machine (the app and
// any number of CLIs together): Tencent Cloud counts requests per account and action, not per program.
// Each account and action has a small file in the user's runtime directory, read and rewritten under a
// QLockFile for every send; a lock left by a crashed process goes stale and is taken over, so nothing
// stays stuck. When the server still says RequestLimitExceeded (another machine on the same account),
// slowDown() halves the budget for everyone on this machine for a while.
class SharedBudget final
{
public:
    static constexpr std::chrono::seconds SlowDownFor{15};

    // `directory` empty: $XDG_RUNTIME_DIR/gaap-capacity-check, else <temp>/gaap-capacity-check-<user>.
    explicit SharedBudget(QString directory = {});

    // The budget every GaapApi uses unless told otherwise; nullptr when GAAP_SHARED_BUDGET=off (tests that
    // play another machine on the same account).
    static SharedBudget *forThisUser();

    // Takes a send for `account` and `action` now when fewer than `limit` were taken in the last `window`
    // (by any process); otherwise takes nothing and says how long to wait before asking again. When the
    // state cannot be locked or read, the send goes ahead (the in-process limiter still paces it).
    [[nodiscard]] std::chrono::milliseconds reserve(const QString &account, const QString &action, int limit,
                                                    std::chrono::milliseconds window);
    // The server refused a request of `account` and `action` for its rate: half the limit for SlowDownFor.
    void slowDown(const QString &account, const QString &action);

    [[nodiscard]] QString directory() const { return m_directory; }

private:
    [[nodiscard]] QString fileFor(const QString &account, const QString &action) const;

    QString m_directory;
};
