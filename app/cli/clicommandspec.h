#pragma once

#include "cli/cliinvocation.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class CliArguments;
class CliRunner;

// One command of gaap-capacity-cli: its name, help, options, how it reads them and how it runs.
struct CliCommandSpec
{
    CliInvocation::Command command;
    const char *name;
    const char *summary;               // QT_TRANSLATE_NOOP("CliParser", ...)
    const char *examples;              // not translated: command lines
    QList<QCommandLineOption> options; // the command's own, after the global ones
    // Reads the command's options into the invocation; a mistake goes to arguments.fail().
    void (*parse)(CliArguments &arguments, CliInvocation &invocation);
    // Starts the command; it ends with runner.end() or one of runner's fail() functions.
    void (*run)(CliRunner &runner);
    bool needsCredentials = true;
    QString (*helpNotes)() = nullptr; // more help before the exit codes (its own exit-code rules)

    [[nodiscard]] QStringList optionNames() const;
};
