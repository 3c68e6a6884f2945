#include "cli/clioptions.h"

#include "cli/cliarguments.h"
#include "cli/cliparser.h"
#include "core/settings/translationloader.h"

#include <algorithm>
#include <optional>

QList<QCommandLineOption> CliOptions::global()
{
    return {
        {QStringLiteral("endpoint"),
         CliParser::tr("API endpoint: https://host[:port], or http:// to this computer only."), QStringLiteral("url")},
        {QStringLiteral("site"), CliParser::tr("Tencent Cloud site: china (default) or international."),
         QStringLiteral("site")},
        {QStringLiteral("profile"), CliParser::tr("Use this keychain profile (see gaap-capacity-cli profile --help)."),
         QStringLiteral("name")},
        {QStringLiteral("language"), CliParser::tr("Language of messages and region names: zh-CN or en-US."),
         QStringLiteral("tag")},
        {QStringLiteral("timeout"), CliParser::tr("Seconds to wait for each answer (default 30)."),
         QStringLiteral("seconds")},
        {QStringLiteral("output"),
         CliParser::tr("Output format: table (default), json (the API's Response object, as tccli prints it) or csv. "
                       "check also takes tccli-create or terraform: a connection that can be created, as a tccli "
                       "CreateProxy command or a Terraform resource."),
         QStringLiteral("format")},
        {QStringLiteral("verbose"),
         CliParser::tr("Print the signing steps and the HTTP exchange to stderr (secrets masked).")},
    };
}

QStringList CliOptions::globalValueNames()
{
    QStringList names;
    for (const QCommandLineOption &option : global()) {
        if (!option.valueName().isEmpty())
            names.append(option.names().constFirst());
    }
    return names;
}

QList<QCommandLineOption> CliOptions::connection(const QStringList &names)
{
    QList<QCommandLineOption> options;
    for (const QString &name : names)
        options.append(connectionOption(name));
    return options;
}

QCommandLineOption CliOptions::connectionOption(const QString &name)
{
    if (name == QLatin1String("origin-region"))
        return {name, CliParser::tr("Origin region ID (RealServerRegion), from origin-regions."), QStringLiteral("id")};
    if (name == QLatin1String("access-region"))
        return {name, CliParser::tr("Access region ID (AccessRegion), from access-regions (matrix: repeatable)."),
                QStringLiteral("id")};
    if (name == QLatin1String("bandwidth"))
        return {name,
                CliParser::tr("Bandwidth cap in Mbps; one of the access region's BandwidthList (matrix: repeatable)."),
                QStringLiteral("mbps")};
    if (name == QLatin1String("concurrent"))
        return {name,
                CliParser::tr("Concurrency cap in units of 10,000 connections; one of the access region's "
                              "ConcurrentList (matrix: repeatable)."),
                QStringLiteral("n")};
    if (name == QLatin1String("min-bandwidth"))
        return {name,
                CliParser::tr("The least bandwidth wanted, in Mbps: each access region is checked with the "
                              "smallest bandwidth it offers that is at least this."),
                QStringLiteral("mbps")};
    if (name == QLatin1String("min-concurrent"))
        return {name,
                CliParser::tr("The least concurrency wanted, in units of 10,000 connections: each access "
                              "region is checked with the smallest concurrency it offers that is at least this."),
                QStringLiteral("n")};
    if (name == QLatin1String("interval"))
        return {name,
                CliParser::tr("watch: seconds between checks, at least 10 (default 300); each is moved by up "
                              "to 10 % so that many watches do not ask at once."),
                QStringLiteral("seconds")};
    if (name == QLatin1String("max-time"))
        return {name,
                CliParser::tr("watch: give up after this many seconds (exit code 1); without it the watch "
                              "runs until the connection can be created or Ctrl+C."),
                QStringLiteral("seconds")};
    if (name == QLatin1String("group-id"))
        return {name, CliParser::tr("Connection group ID (lg-xxxxxxxx) when the connection joins a group."),
                QStringLiteral("id")};
    if (name == QLatin1String("ip-version"))
        return {name, CliParser::tr("IPv4 (default) or IPv6."), QStringLiteral("version")};
    if (name == QLatin1String("network-type"))
        return {name, CliParser::tr("normal (default), cn2, or another type the origin offers (see origin-regions)."),
                QStringLiteral("type")};
    if (name == QLatin1String("package-type"))
        return {name, CliParser::tr("Thunder, Accelerator or CrossBorder."), QStringLiteral("type")};
    return {name, CliParser::tr("bandwidth (default) or traffic."), QStringLiteral("billing")}; // billing-type
}

void CliOptions::readGlobal(CliArguments &arguments, CliInvocation &invocation)
{
    readEndpoint(arguments, invocation);
    invocation.profile = arguments.value(QStringLiteral("profile"));
    invocation.language = arguments.choice(QStringLiteral("language"), TranslationLoader::languageTags());
    readTimeout(arguments, invocation);
    readOutput(arguments, invocation);
    invocation.verbose = arguments.isSet(QStringLiteral("verbose"));
}

OutputFormat CliOptions::outputFormat(const QString &text)
{
    if (text == QLatin1String("json"))
        return OutputFormat::Json;
    return text == QLatin1String("csv") ? OutputFormat::Csv : OutputFormat::Table;
}

HandoverFormat CliOptions::handoverFormat(const QString &text)
{
    if (text == QLatin1String("tccli-create"))
        return HandoverFormat::TccliCreate;
    return text == QLatin1String("terraform") ? HandoverFormat::Terraform : HandoverFormat::None;
}

void CliOptions::readOutput(CliArguments &arguments, CliInvocation &invocation)
{
    const bool check = invocation.command == CliInvocation::Command::Check;
    const QString given = arguments.value(QStringLiteral("output"));
    if (!check && handoverFormat(given) != HandoverFormat::None)
        arguments.fail(CliParser::tr("--output %1 is for check only: it hands over a connection that check has found "
                                     "can be created. This command takes table, json or csv.")
                           .arg(given));
    QStringList allowed{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
    if (check)
        allowed << QStringLiteral("tccli-create") << QStringLiteral("terraform");
    const QString format = arguments.choice(QStringLiteral("output"), allowed);
    invocation.output = outputFormat(format);
    invocation.handover = handoverFormat(format);
}

void CliOptions::readEndpoint(CliArguments &arguments, CliInvocation &invocation)
{
    const bool endpointGiven = arguments.isSet(QStringLiteral("endpoint"));
    if (endpointGiven && arguments.isSet(QStringLiteral("site")))
        arguments.fail(CliParser::tr("Use either --endpoint or --site, not both."));
    if (endpointGiven) {
        QString problem;
        const std::optional<Endpoint> endpoint =
            Endpoint::fromUserInput(arguments.value(QStringLiteral("endpoint")), &problem);
        if (endpoint)
            invocation.endpoint = *endpoint;
        else
            arguments.fail(problem);
    }
    const QString site =
        arguments.choice(QStringLiteral("site"), {Endpoint::chinaName(), Endpoint::internationalName()});
    if (site == Endpoint::internationalName())
        invocation.endpoint = Endpoint::international();
    invocation.endpointGiven = endpointGiven || arguments.isSet(QStringLiteral("site"));
}

void CliOptions::readTimeout(CliArguments &arguments, CliInvocation &invocation)
{
    if (!arguments.isSet(QStringLiteral("timeout")))
        return;
    constexpr qint64 MaxTimeoutSeconds = 3600;
    const qint64 seconds = arguments.positiveInteger(QStringLiteral("timeout"));
    if (seconds > MaxTimeoutSeconds)
        arguments.fail(
            CliParser::tr("--timeout must be at most %1 seconds (got %2).").arg(MaxTimeoutSeconds).arg(seconds));
    invocation.timeout = std::chrono::seconds(std::min(seconds, MaxTimeoutSeconds));
}
