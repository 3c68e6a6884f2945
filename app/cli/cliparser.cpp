#include "cli/cliparser.h"

#include "cli/climatrix.h"
#include "core/common/gaapversion.h"
#include "core/gaap/requestvalidator.h"

#include <QCommandLineParser>

#include <array>

namespace {

using Command = CliInvocation::Command;

struct CommandSpec
{
    Command command;
    const char *name;
    const char *summary;  // QT_TRANSLATE_NOOP
    const char *examples; // not translated: command lines
    QStringList options;  // command-specific option names
};

QStringList connectionOptions()
{
    return {QStringLiteral("origin-region"), QStringLiteral("access-region"), QStringLiteral("bandwidth"),
            QStringLiteral("concurrent"), QStringLiteral("ip-version"), QStringLiteral("network-type"),
            QStringLiteral("package-type")};
}

const std::array<CommandSpec, 6> &commandSpecs()
{
    static const std::array<CommandSpec, 6> specs{{
        {Command::OriginRegions, "origin-regions",
         QT_TRANSLATE_NOOP("CliParser", "List the origin regions (DescribeDestRegions)."),
         "  gaap-capacity-cli origin-regions\n  gaap-capacity-cli origin-regions --output json\n",
         {}},
        {Command::AccessRegions, "access-regions",
         QT_TRANSLATE_NOOP("CliParser", "List the access regions that serve an origin region, with the bandwidths and "
                                        "concurrencies each offers (DescribeAccessRegionsByDestRegion)."),
         "  gaap-capacity-cli access-regions --origin-region SouthChina\n"
         "  gaap-capacity-cli access-regions --origin-region Hongkong --ip-version IPv6 --output csv\n",
         {QStringLiteral("origin-region"), QStringLiteral("ip-version"), QStringLiteral("package-type")}},
        {Command::Check, "check",
         QT_TRANSLATE_NOOP("CliParser", "Ask whether a connection can be created (CheckProxyCreate). Exit code 0: it "
                                        "can; 1: it cannot."),
         "  gaap-capacity-cli check --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2\n"
         "  gaap-capacity-cli check --origin-region EastChina --access-region Japan --bandwidth 50 --concurrent 5 "
         "--network-type normal --output json\n",
         connectionOptions() + QStringList{QStringLiteral("group-id")}},
        {Command::Price, "price",
         QT_TRANSLATE_NOOP("CliParser", "Get the price of a connection (InquiryPriceCreateProxy)."),
         "  gaap-capacity-cli price --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2\n"
         "  gaap-capacity-cli price --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2 "
         "--billing-type traffic --output json\n",
         connectionOptions() + QStringList{QStringLiteral("billing-type")}},
        {Command::Matrix, "matrix",
         QT_TRANSLATE_NOOP("CliParser", "Check every access region x bandwidth x concurrency an origin region offers, "
                                        "or a subset (CheckProxyCreate for each cell)."),
         "  gaap-capacity-cli matrix --origin-region SouthChina\n"
         "  gaap-capacity-cli matrix --origin-region SouthChina --access-region Hongkong --access-region Japan\n"
         "  gaap-capacity-cli matrix --origin-region EastChina --access-region Japan --bandwidth 10,50 --concurrent 2 "
         "--network-type cn2 --output csv > matrix.csv\n",
         CliMatrix::matrixOptionNames()},
        {Command::History, "history",
         QT_TRANSLATE_NOOP("CliParser", "List the checks recorded so far (time, profile, parameters, result, RequestId)."),
         "  gaap-capacity-cli history\n"
         "  gaap-capacity-cli history --since 2024-05-01 --region Hongkong --outcome can\n"
         "  gaap-capacity-cli history --since 2024-05-01T08:00 --output json\n",
         CliMatrix::historyOptionNames()},
    }};
    return specs;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("endpoint"), CliParser::tr("API endpoint: https://host[:port], or http:// to this computer only."),
         QStringLiteral("url")},
        {QStringLiteral("site"), CliParser::tr("Tencent Cloud site: china (default) or international."),
         QStringLiteral("site")},
        {QStringLiteral("profile"), CliParser::tr("Use this keychain profile (see gaap-capacity-cli profile --help)."),
         QStringLiteral("name")},
        {QStringLiteral("language"), CliParser::tr("Language of messages and region names: zh-CN or en-US."),
         QStringLiteral("tag")},
        {QStringLiteral("timeout"), CliParser::tr("Seconds to wait for each answer (default 30)."), QStringLiteral("seconds")},
        {QStringLiteral("output"), CliParser::tr("Output format: table (default), json (the API's Response object, as "
                                                 "tccli prints it) or csv."),
         QStringLiteral("format")},
        {QStringLiteral("verbose"), CliParser::tr("Print the signing steps and the HTTP exchange to stderr (secrets masked).")},
    };
}

QCommandLineOption commandOption(const QString &name)
{
    if (const std::optional<QCommandLineOption> historyOption = CliMatrix::historyOption(name))
        return *historyOption;
    if (name == QLatin1String("origin-region"))
        return {name, CliParser::tr("Origin region ID (RealServerRegion), from origin-regions."), QStringLiteral("id")};
    if (name == QLatin1String("access-region"))
        return {name, CliParser::tr("Access region ID (AccessRegion), from access-regions (matrix: repeatable)."),
                QStringLiteral("id")};
    if (name == QLatin1String("bandwidth"))
        return {name, CliParser::tr("Bandwidth cap in Mbps; one of the access region's BandwidthList (matrix: repeatable)."),
                QStringLiteral("mbps")};
    if (name == QLatin1String("concurrent"))
        return {name, CliParser::tr("Concurrency cap in units of 10,000 connections; one of the access region's "
                                    "ConcurrentList (matrix: repeatable)."),
                QStringLiteral("n")};
    if (name == QLatin1String("group-id"))
        return {name, CliParser::tr("Connection group ID (lg-xxxxxxxx) when the connection joins a group."),
                QStringLiteral("id")};
    if (name == QLatin1String("ip-version"))
        return {name, CliParser::tr("IPv4 (default) or IPv6."), QStringLiteral("version")};
    if (name == QLatin1String("network-type"))
        return {name, CliParser::tr("normal (default) or cn2."), QStringLiteral("type")};
    if (name == QLatin1String("package-type"))
        return {name, CliParser::tr("Thunder, Accelerator or CrossBorder."), QStringLiteral("type")};
    return {name, CliParser::tr("bandwidth (default) or traffic."), QStringLiteral("billing")}; // billing-type
}

QStringList allCommandOptionNames()
{
    QStringList names;
    for (const CommandSpec &spec : commandSpecs()) {
        for (const QString &name : spec.options) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

void addOptions(QCommandLineParser &parser, const QStringList &commandOptions)
{
    parser.addHelpOption();
    parser.addVersionOption();
    for (const QCommandLineOption &option : globalOptions())
        parser.addOption(option);
    for (const QString &name : commandOptions)
        parser.addOption(commandOption(name));
}

QString exitCodeHelp()
{
    return CliParser::tr("Exit codes:\n"
                         "  0  success (check: the connection can be created)\n"
                         "  1  check: the connection cannot be created\n"
                         "  2  usage error or a value the API would refuse\n"
                         "  3  Tencent Cloud answered with an error\n"
                         "  4  network, TLS or timeout problem\n"
                         "  5  missing or rejected credentials\n"
                         "\nCredentials: the profile named by --profile; without it TENCENTCLOUD_SECRET_ID, "
                         "TENCENTCLOUD_SECRET_KEY and optional TENCENTCLOUD_TOKEN from the environment, else the "
                         "default profile. A secret is never accepted on the command line.\n");
}

// QCommandLineParser's option list under a usage line of our own (its own would put [options] first).
QString optionHelp(QCommandLineParser &parser, const QString &usage)
{
    const QString generated = parser.helpText();
    const qsizetype firstLineEnd = generated.indexOf(u'\n');
    return usage + u'\n' + generated.mid(firstLineEnd + 1);
}

QString helpText(const CommandSpec *spec)
{
    QCommandLineParser parser;
    addOptions(parser, spec ? spec->options : QStringList());
    if (spec) {
        parser.setApplicationDescription(CliParser::tr(spec->summary));
        QString notes = CliMatrix::helpNotes(spec->command);
        if (!notes.isEmpty())
            notes += u'\n';
        return optionHelp(parser, CliParser::tr("Usage: %1 [options]")
                                      .arg(QStringLiteral("gaap-capacity-cli ") + QLatin1String(spec->name)))
               + u'\n' + CliParser::tr("Examples:") + u'\n' + QLatin1String(spec->examples) + u'\n'
               + notes + exitCodeHelp();
    }
    parser.setApplicationDescription(
        CliParser::tr("Asks Tencent Cloud GAAP whether an acceleration connection can be created, and what it would cost."));
    QString text = optionHelp(parser, CliParser::tr("Usage: %1 <command> [options]").arg(QStringLiteral("gaap-capacity-cli")))
                   + u'\n' + CliParser::tr("Commands:") + u'\n';
    for (const CommandSpec &command : commandSpecs())
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(command.name), -16).arg(CliParser::tr(command.summary));
    text += QStringLiteral("  %1%2\n").arg(QStringLiteral("profile"), -16).arg(CliParser::tr("Manage keychain profiles."));
    return text + u'\n' + CliParser::tr("Run gaap-capacity-cli <command> --help for a command's options and examples.")
           + QStringLiteral("\n\n") + exitCodeHelp();
}

CliParser::Outcome usageError(const QString &message)
{
    CliParser::Outcome outcome;
    outcome.exitCode = ExitCode::UsageError;
    outcome.standardError = message + u'\n';
    return outcome;
}

// Reads "--name N" as a positive integer; sets `error` when it is not one.
qint64 positiveInteger(const QCommandLineParser &parser, const QString &name, QString &error)
{
    const QString text = parser.value(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (error.isEmpty() && (!ok || value <= 0))
        error = CliParser::tr("--%1 must be a positive whole number (got \"%2\").").arg(name, text);
    return ok ? value : 0;
}

QString checkedChoice(const QCommandLineParser &parser, const QString &name, const QStringList &allowed, QString &error)
{
    const QString value = parser.value(name);
    if (error.isEmpty() && !value.isEmpty() && !allowed.contains(value))
        error = CliParser::tr("--%1 must be one of %2 (got \"%3\").").arg(name, allowed.join(QStringLiteral(", ")), value);
    return value;
}

} // namespace

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
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser, allCommandOptionNames());
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + u'\n' + tr("Run gaap-capacity-cli --help for usage."));

    const QStringList positional = parser.positionalArguments();
    const CommandSpec *spec = positional.isEmpty() ? nullptr : findCommand(positional.constFirst());
    Outcome outcome;
    if (parser.isSet(QStringLiteral("version"))) {
        outcome.standardOutput = QStringLiteral("gaap-capacity-cli %1\n").arg(QLatin1String(GAAP_VERSION_STRING));
        return outcome;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        outcome.standardOutput = helpText(spec);
        return outcome;
    }
    if (positional.isEmpty()) {
        outcome = usageError(tr("No command given."));
        outcome.standardOutput = helpText(nullptr);
        return outcome;
    }
    if (!spec)
        return usageError(tr("Unknown command \"%1\". Commands: origin-regions, access-regions, check, price, matrix, "
                                 "history, profile.")
                              .arg(positional.constFirst()));
    if (positional.size() > 1)
        return usageError(tr("Unexpected argument \"%1\".").arg(positional.at(1)));
    for (const QString &name : allCommandOptionNames()) {
        if (parser.isSet(name) && !spec->options.contains(name))
            return usageError(tr("--%1 is not an option of %2. Run gaap-capacity-cli %2 --help.")
                                  .arg(name, QLatin1String(spec->name)));
    }

    CliInvocation invocation;
    invocation.command = spec->command;
    QString error;
    if (parser.isSet(QStringLiteral("endpoint")) && parser.isSet(QStringLiteral("site")))
        error = tr("Use either --endpoint or --site, not both.");
    if (parser.isSet(QStringLiteral("endpoint"))) {
        QString endpointError;
        if (const std::optional<Endpoint> endpoint = Endpoint::fromUserInput(parser.value(QStringLiteral("endpoint")), &endpointError))
            invocation.endpoint = *endpoint;
        else if (error.isEmpty())
            error = endpointError;
    }
    const QString site = checkedChoice(parser, QStringLiteral("site"),
                                       {QStringLiteral("china"), QStringLiteral("international")}, error);
    if (site == QLatin1String("international"))
        invocation.endpoint = Endpoint::international();
    invocation.endpointGiven = parser.isSet(QStringLiteral("endpoint")) || parser.isSet(QStringLiteral("site"));
    invocation.profile = parser.value(QStringLiteral("profile"));
    invocation.language = checkedChoice(parser, QStringLiteral("language"),
                                        {QStringLiteral("zh-CN"), QStringLiteral("en-US")}, error);
    if (parser.isSet(QStringLiteral("timeout"))) {
        constexpr qint64 MaxTimeoutSeconds = 3600;
        const qint64 seconds = positiveInteger(parser, QStringLiteral("timeout"), error);
        if (error.isEmpty() && seconds > MaxTimeoutSeconds)
            error = tr("--timeout must be at most %1 seconds (got %2).").arg(MaxTimeoutSeconds).arg(seconds);
        invocation.timeout = std::chrono::seconds(std::min(seconds, MaxTimeoutSeconds));
    }
    const QString output = checkedChoice(parser, QStringLiteral("output"),
                                         {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}, error);
    invocation.output = output == QLatin1String("json") ? OutputFormat::Json
                        : output == QLatin1String("csv") ? OutputFormat::Csv
                                                         : OutputFormat::Table;
    invocation.verbose = parser.isSet(QStringLiteral("verbose"));

    for (const QString &name : spec->options) {
        const bool single = spec->command == Command::Check || spec->command == Command::Price;
        const bool required = name == QLatin1String("origin-region")
                              || (single && (name == QLatin1String("access-region") || name == QLatin1String("bandwidth")
                                             || name == QLatin1String("concurrent")));
        if (required && !parser.isSet(name) && error.isEmpty())
            error = tr("--%1 is required for %2.").arg(name, QLatin1String(spec->name));
    }

    AccessRegionQuery &query = invocation.accessRegions;
    query.originRegion = parser.value(QStringLiteral("origin-region"));
    query.ipVersion = checkedChoice(parser, QStringLiteral("ip-version"), GaapValues::ipVersions(), error);
    query.packageType = checkedChoice(parser, QStringLiteral("package-type"), GaapValues::packageTypes(), error);

    CheckRequest &check = invocation.check;
    check.realServerRegion = query.originRegion;
    check.ipVersion = query.ipVersion;
    check.packageType = query.packageType;
    check.accessRegion = parser.value(QStringLiteral("access-region"));
    check.networkType = checkedChoice(parser, QStringLiteral("network-type"), GaapValues::networkTypes(), error);
    check.groupId = parser.value(QStringLiteral("group-id"));
    CliMatrix::parse(parser, invocation, error);
    if (spec->command != Command::Matrix && parser.isSet(QStringLiteral("bandwidth")))
        check.bandwidth = positiveInteger(parser, QStringLiteral("bandwidth"), error);
    if (spec->command != Command::Matrix && parser.isSet(QStringLiteral("concurrent")))
        check.concurrent = positiveInteger(parser, QStringLiteral("concurrent"), error);

    invocation.price.connection = check;
    invocation.price.connection.groupId.clear();
    const QString billing = checkedChoice(parser, QStringLiteral("billing-type"),
                                          {QStringLiteral("bandwidth"), QStringLiteral("traffic")}, error);
    if (!billing.isEmpty())
        invocation.price.billing = billing == QLatin1String("traffic") ? PriceRequest::Billing::Traffic
                                                                        : PriceRequest::Billing::Bandwidth;

    if (error.isEmpty()) {
        QList<ValidationIssue> issues;
        if (spec->command == Command::AccessRegions || spec->command == Command::Matrix)
            issues = RequestValidator::validate(query);
        else if (spec->command == Command::Check)
            issues = RequestValidator::validate(check);
        else if (spec->command == Command::Price)
            issues = RequestValidator::validate(invocation.price);
        error = RequestValidator::describe(issues);
    }
    if (!error.isEmpty())
        return usageError(error);
    outcome.invocation = invocation;
    return outcome;
}
