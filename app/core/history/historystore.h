#pragma once

#include "core/gaap/gaaptypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One recorded check: what was asked, where, by which profile, and what came back. Never a secret.
struct HistoryEntry
{
    qint64 id = 0;       // set by the store
    QDateTime checkedAt; // UTC
    QString profile;
    QString endpoint;
    CheckRequest request;
    std::optional<bool> canCreate; // the CheckFlag; nullopt when the check failed
    QString errorCode;             // when it failed
    QString requestId;
    QString source; // "check", "matrix", "cli"
};

struct HistoryFilter
{
    QString region; // matches the origin or the access region; empty: any
    enum class Outcome { Any, CanCreate, CannotCreate, Error } outcome = Outcome::Any;
    QDateTime since;   // UTC; invalid: no lower bound
    QDateTime until;   // UTC; invalid: no upper bound
    int limit = 10000; // at most this many, newest first; NoLimit: every matching entry
    static constexpr int NoLimit = -1;
};

// Every check in a local SQLite database (Qt SQL) in the app data directory. A corrupt, locked or
// unwritable database never stops the app: the store reports isAvailable() == false with a translated
// message, and recording becomes a no-op.
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    // `path` empty: <QStandardPaths::AppDataLocation>/history.sqlite, with the application directory
    // always named "gaap-capacity" so that the app and gaap-capacity-cli share one history.
    explicit HistoryStore(QString path = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    [[nodiscard]] bool isAvailable() const { return m_available; }
    [[nodiscard]] QString problem() const { return m_problem; } // translated; empty when available
    [[nodiscard]] QString path() const { return m_path; }

    bool record(HistoryEntry &entry); // sets entry.id
    [[nodiscard]] QList<HistoryEntry> entries(const HistoryFilter &filter = {}) const;
    // Calls `visit` for each matching entry, newest first, reading them one at a time (a million entries
    // never sit in memory); `visit` returns false to stop. False when the history cannot be read.
    bool forEach(const HistoryFilter &filter, const std::function<bool(const HistoryEntry &)> &visit) const;
    // How many entries match `filter` (its limit aside); -1 when the history cannot be read.
    [[nodiscard]] qint64 count(const HistoryFilter &filter = {}) const;
    bool remove(const QList<qint64> &ids);
    bool clear();

private:
    bool open();
    QString m_path;
    QString m_connectionName;
    bool m_available = false;
    QString m_problem;
};
