#include "cli/clihelp.h"

#include "cli/cliarguments.h"
#include "cli/clicommands.h"
#include "cli/clioptions.h"
#include "cli/cliparser.h"

QString CliHelp::overview()
{
    QString text =
        options(
            CliParser::tr("Usage: %1 <command> [options]").arg(QStringLiteral("gaap-capacity-cli")),
            CliParser::tr(
                "Asks Tencent Cloud GAAP whether an acceleration connection can be created, and what it would cost."),
            nullptr)
        + u'\n' + CliParser::tr("Commands:") + u'\n';
    for (const CliCommandSpec &command : CliCommands::all())
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(command.name), -16).arg(CliParser::tr(command.summary));
    return text + u'\n' + CliParser::tr("Run gaap-capacity-cli <command> --help for a command's options and examples.")
           + QStringLiteral("\n\n") + exitCodes();
}

QString CliHelp::command(const CliCommandSpec &spec)
{
    QString notes = spec.helpNotes ? spec.helpNotes() : QString();
    if (!notes.isEmpty())
        notes += u'\n';
    const QString usage =
        CliParser::tr("Usage: %1 [options]").arg(QStringLiteral("gaap-capacity-cli ") + QLatin1String(spec.name));
    return options(usage, CliParser::tr(spec.summary), &spec) + u'\n' + CliParser::tr("Examples:") + u'\n'
           + QLatin1String(spec.examples) + u'\n' + notes + exitCodes();
}

QString CliHelp::exitCodes()
{
    return CliParser::tr("Exit codes:\n"
                         "  0  success (check: the connection can be created)\n"
                         "  1  check: the connection cannot be created\n"
                         "  2  usage error or a value the API would refuse\n"
                         "  3  Tencent Cloud answered with an error\n"
                         "  4  network, TLS or timeout problem\n"
                         "  5  missing or rejected credentials\n"
                         "  6  the output could not be written (a full disk, a closed file)\n"
                         "  130  interrupted (Ctrl+C); matrix: what was answered is printed\n"
                         "\nCredentials: the profile named by --profile; without it TENCENTCLOUD_SECRET_ID, "
                         "TENCENTCLOUD_SECRET_KEY and optional TENCENTCLOUD_TOKEN from the environment, else the "
                         "default profile. A secret is never accepted on the command line.\n");
}

QString CliHelp::options(const QString &usage, const QString &description, const CliCommandSpec *spec)
{
    CliArguments arguments(CliArguments::Version::Accepted,
                           CliOptions::global() + (spec ? spec->options : QList<QCommandLineOption>()));
    arguments.setDescription(description);
    const QString generated = arguments.helpText();
    return usage + u'\n' + generated.mid(generated.indexOf(u'\n') + 1);
}
