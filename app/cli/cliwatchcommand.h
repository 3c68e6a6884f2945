#pragma once

#include "cli/clicommandspec.h"
#include "core/session/capacitywatch.h"

#include <QObject>

#include <memory>

// gaap-capacity-cli watch: checks one connection, or searches every access region for a requirement, again and
// again (CapacityWatch) and prints each change of the answer; every check goes to the history. Exit code 0 as soon
// as it can be created (a search: in at least one access region); 1 when --max-time passes first; the usual codes when
// the same kind of error comes back three times in a row (a network that is gone is waited for, until --max-time).
class CliWatchCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliWatchCommand)

public:
    static CliCommandSpec spec();
    ~CliWatchCommand() override;

    // Three failures of one kind in a row end the watch (not a network failure: that is waited out).
    static constexpr int PersistentFailures = 3;

private:
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static void run(CliRunner &runner);

    explicit CliWatchCommand(CliRunner &runner);
    void start(std::unique_ptr<CapacityWatch> watch);
    void answered(const WatchAnswer &answer);
    void record(const WatchAnswer &answer);
    // A watched search that cannot go on: its origin's access regions could not be listed at once, or none of them
    // offers the minimum. answered() ends it with the reason; nothing is printed for it.
    [[nodiscard]] bool cannotWatch(const WatchAnswer &answer) const;
    void print(const WatchAnswer &answer);
    [[nodiscard]] QString tableText(const WatchAnswer &answer) const;
    void timeUp();

    CliRunner &m_runner;
    std::unique_ptr<CapacityWatch> m_watch;
    int m_failuresInARow = 0;
    bool m_headerPrinted = false;
};
