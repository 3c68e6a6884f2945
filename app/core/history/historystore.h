#pragma once

#include "core/gaap/gaaptypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;
namespace HistorySql {
struct Statement;
}

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
    QString source; // "check", "matrix", "find", "watch", "cli"
};

// Where an entry stands in the history's order (newest first; of two entries recorded at the same
// millisecond, the later recorded one first): its time and its id.
struct HistoryPosition
{
    QDateTime checkedAt;
    qint64 id = 0;

    [[nodiscard]] static HistoryPosition of(const HistoryEntry &entry) { return {entry.checkedAt, entry.id}; }
};

struct HistoryFilter
{
    QString region; // the exact origin or access region code; empty: any
    enum class Outcome { Any, CanCreate, CannotCreate, Error } outcome = Outcome::Any;
    QDateTime since;   // UTC; invalid: no lower bound
    QDateTime until;   // UTC; invalid: no upper bound
    int limit = 10000; // at most this many, newest first; NoLimit: every matching entry
    static constexpr int NoLimit = -1;
    // Paging: only the entries after this one in the order (the last one of the page before); the pages
    // neither skip nor repeat an entry, however many share a time. nullopt: from the newest.
    std::optional<HistoryPosition> after;
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
    [[nodiscard]] QSqlQuery run(const HistorySql::Statement &statement) const; // executed; isActive() if it worked
    QString m_path;
    QString m_connectionName;
    bool m_available = false;
    QString m_problem;
};
