#pragma once

#include "core/session/capacitywatch.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <chrono>
#include <optional>

class GaapApi;
class QSettings;

// One connection, or one requirement search, the operator watches, as kept across restarts (no secret: the
// profile's name only).
struct WatchEntry
{
    QString id;
    CheckRequest request;                   // one connection
    std::optional<Requirement> requirement; // a search (then `request` is unused)
    QString profile;                        // the profile its checks are signed with
    std::chrono::seconds interval = CapacityWatch::DefaultInterval;
    std::optional<WatchAnswer> last;

    [[nodiscard]] bool isSearch() const { return requirement.has_value(); }
    [[nodiscard]] bool watchesTheSameAs(const WatchEntry &other) const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<WatchEntry> fromJson(const QJsonObject &object);
};

// The watches, kept in the settings file, and the CapacityWatch of each one that runs: the watches of the
// profile in use run (through its GaapApi), the others wait until their profile is in use again.
class WatchList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    // Reads the watches kept in `settings` (which must outlive the list).
    explicit WatchList(QSettings *settings, QObject *parent = nullptr);
    ~WatchList() override;

    [[nodiscard]] const QList<WatchEntry> &entries() const { return m_entries; }
    [[nodiscard]] const WatchEntry *entry(const QString &id) const;
    // Adds a watch (the same connection and profile twice is one watch: its id is returned) and starts it
    // when its profile is the one running.
    QString add(const CheckRequest &request, const QString &profile,
                std::chrono::seconds interval = CapacityWatch::DefaultInterval);
    // Adds a watch of a requirement search (the billing is not kept: a watch asks no prices).
    QString add(const Requirement &requirement, const QString &profile,
                std::chrono::seconds interval = CapacityWatch::DefaultInterval);
    void remove(const QString &id);
    // The next check is due `interval` after the last one (see CapacityWatch::setInterval).
    void setInterval(const QString &id, std::chrono::seconds interval);
    // Runs the watches of `profile` through `api` (nullptr or empty profile: none runs).
    void run(GaapApi *api, const QString &profile);
    [[nodiscard]] bool isRunning(const QString &id) const;
    [[nodiscard]] QDateTime nextCheckAt(const QString &id) const;
    [[nodiscard]] int runningCount() const { return static_cast<int>(m_watches.size()); }

Q_SIGNALS:
    void listChanged();                                                // added, removed, a new answer
    void answered(const WatchEntry &entry, const WatchAnswer &answer); // every check (for the history)
    // It could not be created and now it can; for a search, also when an access region joins those that can
    // (`regions`: the access regions that are new; for one connection, its access region).
    void becameCreatable(const WatchEntry &entry, const QStringList &regions);

private:
    QString add(WatchEntry entry);
    void save();
    void start(const WatchEntry &entry);
    WatchEntry *find(const QString &id);

    QSettings *m_settings;
    QList<WatchEntry> m_entries;
    // Stops the watch of `id` (deleted later: it may be the one emitting).
    void drop(const QString &id);

    QHash<QString, CapacityWatch *> m_watches; // by id: the running ones, children of the list
    GaapApi *m_api = nullptr;
    QString m_profile;
};
