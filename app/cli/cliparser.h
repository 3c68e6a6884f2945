#pragma once

#include "cli/cliinvocation.h"
#include "cli/exitcode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class CliArguments;
struct CliCommandSpec;

// Reads gaap-capacity-cli's arguments. Everything a person may get wrong ends here with a message
// that names the option and the allowed values, and exit code 2.
class CliParser final
{
    Q_DECLARE_TR_FUNCTIONS(CliParser)

public:
    struct Outcome
    {
        std::optional<CliInvocation> invocation; // set when there is something to run
        ExitCode exitCode = ExitCode::Success;   // when there is nothing to run
        QString standardOutput;                  // help or version text
        QString standardError;                   // what went wrong

        static Outcome run(const CliInvocation &invocation);
        static Outcome text(const QString &standardOutput, ExitCode exitCode = ExitCode::Success);
        // `message` and a line break on stderr, exit code 2.
        static Outcome usageError(const QString &message);
    };

    // Any command: profile (CliProfileCommand::parse) or one of CliCommands::parsedTogether().
    static Outcome parse(const QStringList &arguments);
    // The --language value, read before anything else so that help is translated too.
    static QString languageArgument(const QStringList &arguments);

private:
    static Outcome parseCommand(const QStringList &arguments);
    // --version and --help, and a command line that names no command, or not one alone.
    static std::optional<Outcome> nothingToRun(const CliArguments &arguments,
                                               const std::optional<CliCommandSpec> &spec);
    // Another command's option given to `spec`.
    static std::optional<Outcome> foreignOption(const CliArguments &arguments, const CliCommandSpec &spec);
    static Outcome invocation(CliArguments &arguments, const CliCommandSpec &spec);
};
