#pragma once

#include "cli/cliapistack.h"
#include "cli/cliinterruption.h"
#include "cli/cliinvocation.h"
#include "cli/exitcode.h"
#include "core/history/historystore.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class ApiError;
class CredentialStore;
struct CliTable;

// Runs one parsed command (see CliCommands) and emits finished() with its exit code. The commands
// reach the API, print and end through it.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(const CliInvocation &invocation, CredentialStore *store, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

    [[nodiscard]] const CliInvocation &invocation() const { return m_invocation; }
    [[nodiscard]] CliApiStack &stack() { return m_stack; }
    [[nodiscard]] GaapApi &api() { return m_stack.api(); }

    // When `call` (a GaapCall or a ProxyGroupsCall) finishes: its error ends the run, else `answered` gets to go on.
    template<typename Call>
    void whenAnswered(Call *call, const std::function<void()> &answered)
    {
        connect(call, &Call::finished, this, [this, call, answered] {
            if (!call->isOk())
                return fail(call->error());
            answered();
        });
    }
    // Prints `table` in the chosen format (json: the API's `response`) and ends with `code`.
    void show(const CliTable &table, const QJsonObject &response, ExitCode code = ExitCode::Success);
    // Records a check in the history; an unavailable history is reported once on stderr and never
    // changes the exit code. The profile and endpoint are those of the run.
    void record(HistoryEntry entry);

    // Prints the error and ends with its exit code.
    void fail(const ApiError &error);
    void fail(ExitCode code, const QString &message);
    void failUsage(const QString &message) { fail(ExitCode::UsageError, message); }
    // Emits finished() from the event loop (so that commands may end before it runs).
    void end(ExitCode code);
    // What Ctrl+C / SIGTERM does while the command runs: by default "Interrupted." and exit 130; a
    // command that can stop cleanly (the matrix) sets its own. A second request ends at once.
    void setInterruptHandler(std::function<void()> handler) { m_interruptHandler = std::move(handler); }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void reportApiEvents();
    void interrupted();

    CliInvocation m_invocation;
    CliApiStack m_stack;
    CliInterruption m_interruption;
    std::function<void()> m_interruptHandler;
    bool m_interrupted = false;
    std::unique_ptr<HistoryStore> m_history; // opened at the first record
    bool m_historyWarned = false;
};
