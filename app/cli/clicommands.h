#pragma once

#include "cli/clicommandspec.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

// Every command of gaap-capacity-cli (one file pair each: cliregionscommand, clicheckcommand, ...).
namespace CliCommands {

// origin-regions, access-regions, groups, check, price, matrix and history, in the order of the help: read by
// one QCommandLineParser with the global options and all their own (CliParser::parse).
QList<CliCommandSpec> parsedTogether();
// One of parsedTogether() by name; nullopt for any other name (profile too: it has a parser of its own).
std::optional<CliCommandSpec> find(const QString &name);
// parsedTogether() and profile: the commands --help lists.
QList<CliCommandSpec> all();
// Any command, profile included.
CliCommandSpec spec(CliInvocation::Command command);
// The options of every command in parsedTogether(), each once, in the order of the commands.
QList<QCommandLineOption> commandOptions();

} // namespace CliCommands
