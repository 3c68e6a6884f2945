#pragma once

#include "cli/cliinvocation.h"
#include "cli/exitcode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

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
    };

    static Outcome parse(const QStringList &arguments);
    // The --language value, read before anything else so that help is translated too.
    static QString languageArgument(const QStringList &arguments);
};
