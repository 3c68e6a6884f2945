#include "cli/cliparser.h"

#include "cli/cliarguments.h"
#include "cli/clicommands.h"
#include "cli/clihelp.h"
#include "cli/clioptions.h"
#include "cli/cliprofilecommand.h"
#include "core/common/gaapversion.h"

CliParser::Outcome CliParser::Outcome::run(const CliInvocation &invocation)
{
    Outcome outcome;
    outcome.invocation = invocation;
    return outcome;
}

CliParser::Outcome CliParser::Outcome::text(const QString &standardOutput, ExitCode exitCode)
{
    Outcome outcome;
    outcome.exitCode = exitCode;
    outcome.standardOutput = standardOutput;
    return outcome;
}

CliParser::Outcome CliParser::Outcome::usageError(const QString &message)
{
    Outcome outcome;
    outcome.exitCode = ExitCode::UsageError;
    outcome.standardError = message + u'\n';
    return outcome;
}

QString CliParser::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--language=")))
            return arguments.at(i).mid(11);
    }
    return {};
}

CliParser::Outcome CliParser::parse(const QStringList &arguments)
{
    if (CliProfileCommand::handles(arguments))
        return CliProfileCommand::parse(arguments);
    return parseCommand(arguments);
}

CliParser::Outcome CliParser::parseCommand(const QStringList &arguments)
{
    CliArguments parsed(CliArguments::Version::Accepted, CliOptions::global() + CliCommands::commandOptions());
    parsed.readSingleDashWordsAsLongOptions();
    if (!parsed.parse(arguments))
        return Outcome::usageError(parsed.parserError() + u'\n' + tr("Run gaap-capacity-cli --help for usage."));
    const QStringList positional = parsed.positional();
    const std::optional<CliCommandSpec> spec =
        positional.isEmpty() ? std::nullopt : CliCommands::find(positional.constFirst());
    if (std::optional<Outcome> outcome = nothingToRun(parsed, spec))
        return *outcome;
    if (std::optional<Outcome> outcome = foreignOption(parsed, *spec))
        return *outcome;
    return invocation(parsed, *spec);
}

std::optional<CliParser::Outcome> CliParser::nothingToRun(const CliArguments &arguments,
                                                          const std::optional<CliCommandSpec> &spec)
{
    if (arguments.isSet(QStringLiteral("version")))
        return Outcome::text(QStringLiteral("gaap-capacity-cli %1\n").arg(QLatin1String(GAAP_VERSION_STRING)));
    if (arguments.isSet(QStringLiteral("help")) || arguments.isSet(QStringLiteral("help-all")))
        return Outcome::text(spec ? CliHelp::command(*spec) : CliHelp::overview());
    const QStringList positional = arguments.positional();
    if (positional.isEmpty()) {
        Outcome outcome = Outcome::usageError(tr("No command given."));
        outcome.standardOutput = CliHelp::overview();
        return outcome;
    }
    if (!spec) {
        QStringList names;
        for (const CliCommandSpec &command : CliCommands::all())
            names.append(QLatin1String(command.name));
        return Outcome::usageError(
            tr("Unknown command \"%1\". Commands: %2.").arg(positional.constFirst(), names.join(QStringLiteral(", "))));
    }
    if (positional.size() > 1)
        return Outcome::usageError(tr("Unexpected argument \"%1\".").arg(positional.at(1)));
    return std::nullopt;
}

std::optional<CliParser::Outcome> CliParser::foreignOption(const CliArguments &arguments, const CliCommandSpec &spec)
{
    const QStringList own = spec.optionNames();
    for (const QCommandLineOption &option : CliCommands::commandOptions()) {
        const QString name = option.names().constFirst();
        if (arguments.isSet(name) && !own.contains(name))
            return Outcome::usageError(tr("--%1 is not an option of %2. Run gaap-capacity-cli %2 --help.")
                                           .arg(name, QLatin1String(spec.name)));
    }
    return std::nullopt;
}

CliParser::Outcome CliParser::invocation(CliArguments &arguments, const CliCommandSpec &spec)
{
    CliInvocation invocation;
    invocation.command = spec.command;
    CliOptions::readGlobal(arguments, invocation);
    spec.parse(arguments, invocation);
    if (arguments.failed())
        return Outcome::usageError(arguments.error());
    return Outcome::run(invocation);
}
