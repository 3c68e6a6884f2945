// gaap-capacity-cli's parser as a library (gaapcli), in process: every command's accepted forms and what
// they put into the invocation, the mistakes with their exact message and exit code, the help and version
// texts, and how the profile command is told apart from the others. No QCoreApplication translators are
// installed, so the messages are the English source texts.
#include "cli/clicommands.h"
#include "cli/clihistorycommand.h"
#include "cli/cliparser.h"
#include "cli/cliprofilecommand.h"
#include "cli/clireport.h"
#include "cli/clitable.h"
#include "core/common/gaapversion.h"

#include <QMap>
#include <QtTest>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ExitCode)

namespace {

// "check --bandwidth 10" as gaap-capacity-cli's argument list (argv[0] first); "" gives no arguments.
QStringList command(const QString &line)
{
    return QStringList{u"gaap-capacity-cli"_s} + line.split(u' ', Qt::SkipEmptyParts);
}

QString joined(const QList<qint64> &values)
{
    QStringList parts;
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.join(u',');
}

// The name `value` has in `names`.
template<typename Enum>
QString nameOf(Enum value, std::initializer_list<std::pair<Enum, const char *>> names)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return u"?"_s;
}

QString billingName(const std::optional<PriceRequest::Billing> &billing)
{
    if (!billing)
        return u"default"_s;
    return *billing == PriceRequest::Billing::Traffic ? u"traffic"_s : u"bandwidth"_s;
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

// Every value of an invocation, by name, so that rows can name the ones they expect.
QMap<QString, QString> fields(const CliInvocation &invocation)
{
    using Kind = CliProfileAction::Kind;
    const CheckRequest &check = invocation.check;
    const CliProfileAction &action = invocation.profileAction;
    return {
        {u"command"_s, QLatin1String(CliCommands::spec(invocation.command).name)},
        {u"endpoint"_s, invocation.endpoint.toString()},
        {u"endpointGiven"_s, yesNo(invocation.endpointGiven)},
        {u"profile"_s, invocation.profile},
        {u"language"_s, invocation.language},
        {u"timeoutMs"_s, QString::number(invocation.timeout.count())},
        {u"output"_s,
         nameOf(invocation.output,
                {{OutputFormat::Table, "table"}, {OutputFormat::Json, "json"}, {OutputFormat::Csv, "csv"}})},
        {u"verbose"_s, yesNo(invocation.verbose)},
        {u"origin"_s, invocation.accessRegions.originRegion},
        {u"ipVersion"_s, invocation.accessRegions.ipVersion},
        {u"packageType"_s, invocation.accessRegions.packageType},
        {u"groups.origin"_s, invocation.groups.originRegion},
        {u"groups.projectId"_s, QString::number(invocation.groups.projectId)},
        {u"check.origin"_s, check.originRegion},
        {u"check.access"_s, check.accessRegion},
        {u"check.bandwidth"_s, QString::number(check.bandwidth)},
        {u"check.concurrent"_s, QString::number(check.concurrent)},
        {u"check.groupId"_s, check.groupId},
        {u"check.ipVersion"_s, check.ipVersion},
        {u"check.networkType"_s, check.networkType},
        {u"check.packageType"_s, check.packageType},
        {u"price.access"_s, invocation.price.connection.accessRegion},
        {u"price.bandwidth"_s, QString::number(invocation.price.connection.bandwidth)},
        {u"price.groupId"_s, invocation.price.connection.groupId},
        {u"price.billing"_s, billingName(invocation.price.billing)},
        {u"handover"_s, nameOf(invocation.handover, {{HandoverFormat::None, "none"},
                                                     {HandoverFormat::TccliCreate, "tccli-create"},
                                                     {HandoverFormat::Terraform, "terraform"}})},
        {u"handover.billing"_s, billingName(invocation.handoverBilling)},
        {u"matrix.access"_s, invocation.matrixAccessRegions.join(u',')},
        {u"matrix.bandwidths"_s, joined(invocation.matrixBandwidths)},
        {u"matrix.concurrents"_s, joined(invocation.matrixConcurrents)},
        {u"history.region"_s, invocation.history.region},
        {u"history.since"_s, invocation.history.since.toString(Qt::ISODate)},
        {u"history.outcome"_s, nameOf(invocation.history.outcome, {{HistoryFilter::Outcome::Any, "any"},
                                                                   {HistoryFilter::Outcome::CanCreate, "can"},
                                                                   {HistoryFilter::Outcome::CannotCreate, "cannot"},
                                                                   {HistoryFilter::Outcome::Error, "error"}})},
        {u"action"_s, nameOf(action.kind, {{Kind::List, "list"},
                                           {Kind::Add, "add"},
                                           {Kind::Remove, "remove"},
                                           {Kind::SetDefault, "set-default"},
                                           {Kind::ImportTccli, "import-tccli"},
                                           {Kind::ImportSdk, "import-sdk"}})},
        {u"action.name"_s, action.name},
        {u"action.endpoint"_s, action.endpoint},
        {u"action.deleteSource"_s, yesNo(action.deleteSource)},
    };
}

} // namespace

class tst_CliParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableCsvCannotRunFormulas();
    void unusableRegionsGetAProblemColumn();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void help_data();
    void help();
    void scans_data();
    void scans();
    void since_data();
    void since();
};

void tst_CliParser::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // "name=value" pairs of fields()
    const auto accept = [](const char *name, const QStringList &arguments, const QStringList &expected) {
        QTest::newRow(name) << arguments << expected;
    };

    const QString china = u"https://gaap.tencentcloudapi.com/"_s;
    const QString international = u"https://gaap.intl.tencentcloudapi.com/"_s;
    const QString check = u"check --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2"_s;
    const QString price = u"price --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2"_s;

    // Global options, the defaults and the spellings QCommandLineParser takes.
    accept("defaults", command(u"origin-regions"_s),
           {u"command=origin-regions"_s, u"endpoint="_s + china, u"endpointGiven=no"_s, u"profile="_s, u"language="_s,
            u"timeoutMs=30000"_s, u"output=table"_s, u"verbose=no"_s});
    accept("every global option",
           command(u"origin-regions --output json --language zh-CN --timeout 5 --verbose --profile prod"_s),
           {u"output=json"_s, u"language=zh-CN"_s, u"timeoutMs=5000"_s, u"verbose=yes"_s, u"profile=prod"_s});
    accept("options before the command", command(u"--site international --output=csv origin-regions"_s),
           {u"endpoint="_s + international, u"endpointGiven=yes"_s, u"output=csv"_s});
    accept("--site china is given", command(u"origin-regions --site china"_s),
           {u"endpoint="_s + china, u"endpointGiven=yes"_s});
    accept("loopback http endpoint", command(u"origin-regions --endpoint http://127.0.0.1:8080"_s),
           {u"endpoint=http://127.0.0.1:8080/"_s, u"endpointGiven=yes"_s});
    accept("single dash long option", command(u"-output csv -timeout 3600 origin-regions"_s),
           {u"output=csv"_s, u"timeoutMs=3600000"_s});
    accept("language en-US", command(u"--language=en-US origin-regions"_s), {u"language=en-US"_s});

    accept("access-regions", command(u"access-regions --origin-region SouthChina"_s),
           {u"command=access-regions"_s, u"origin=SouthChina"_s, u"ipVersion="_s, u"packageType="_s});
    accept("access-regions, every option",
           command(u"access-regions --origin-region Hongkong --ip-version IPv6 --package-type Accelerator"_s),
           {u"origin=Hongkong"_s, u"ipVersion=IPv6"_s, u"packageType=Accelerator"_s});

    accept("groups", command(u"groups"_s), {u"command=groups"_s, u"groups.origin="_s, u"groups.projectId=-1"_s});
    accept("groups of one origin", command(u"groups --origin-region Hongkong --output csv"_s),
           {u"command=groups"_s, u"groups.origin=Hongkong"_s, u"output=csv"_s});

    accept("check", command(check),
           {u"command=check"_s, u"origin=SouthChina"_s, u"check.origin=SouthChina"_s, u"check.access=Hongkong"_s,
            u"check.bandwidth=10"_s, u"check.concurrent=2"_s, u"check.groupId="_s, u"check.networkType="_s,
            u"handover=none"_s, u"handover.billing=default"_s});
    accept("check, every option",
           command(check + u" --group-id lg-1a2b3c4d --network-type cn2 --ip-version IPv6 --package-type Thunder"_s),
           {u"check.groupId=lg-1a2b3c4d"_s, u"check.networkType=cn2"_s, u"check.ipVersion=IPv6"_s, u"ipVersion=IPv6"_s,
            u"check.packageType=Thunder"_s});
    accept("check --network-type triple", command(check + u" --network-type triple"_s),
           {u"check.networkType=triple"_s});
    accept("check --output tccli-create", command(check + u" --output tccli-create"_s),
           {u"output=table"_s, u"handover=tccli-create"_s, u"handover.billing=default"_s});
    accept("check --output terraform --billing-type traffic",
           command(check + u" --output terraform --billing-type traffic"_s),
           {u"handover=terraform"_s, u"handover.billing=traffic"_s, u"price.billing=default"_s});
    accept("check --billing-type bandwidth before --output",
           command(u"--billing-type bandwidth "_s + check + u" --output tccli-create"_s),
           {u"handover=tccli-create"_s, u"handover.billing=bandwidth"_s});

    accept("price", command(price),
           {u"command=price"_s, u"price.access=Hongkong"_s, u"price.bandwidth=10"_s, u"price.billing=default"_s,
            u"price.groupId="_s});
    accept("price --billing-type traffic", command(price + u" --billing-type traffic"_s), {u"price.billing=traffic"_s});
    accept("price --billing-type bandwidth", command(price + u" --billing-type bandwidth"_s),
           {u"price.billing=bandwidth"_s});

    accept("matrix: everything", command(u"matrix --origin-region SouthChina"_s),
           {u"command=matrix"_s, u"origin=SouthChina"_s, u"matrix.access="_s, u"matrix.bandwidths="_s,
            u"matrix.concurrents="_s});
    accept("matrix: repeated and comma-separated, each once",
           command(u"matrix --origin-region SouthChina --access-region Hongkong,Japan --access-region Hongkong "
                   "--bandwidth 10,50 --bandwidth 10 --concurrent 2 --network-type cn2"_s),
           {u"matrix.access=Hongkong,Japan"_s, u"matrix.bandwidths=10,50"_s, u"matrix.concurrents=2"_s,
            u"check.networkType=cn2"_s});

    accept("history", command(u"history"_s),
           {u"command=history"_s, u"history.region="_s, u"history.since="_s, u"history.outcome=any"_s});
    accept("history, every option",
           QStringList{u"gaap-capacity-cli"_s, u"history"_s, u"--since"_s, u"2024-05-01T08:00+02:00"_s, u"--region"_s,
                       u" Hongkong "_s, u"--outcome"_s, u"cannot"_s},
           {u"history.since=2024-05-01T06:00:00Z"_s, u"history.region=Hongkong"_s, u"history.outcome=cannot"_s});
    accept("history --outcome error", command(u"history --outcome error --output json"_s),
           {u"history.outcome=error"_s, u"output=json"_s});

    // profile: the same machinery, with its own options.
    accept("profile list", command(u"profile list"_s),
           {u"command=profile"_s, u"action=list"_s, u"action.name="_s, u"output=table"_s});
    accept("profile list, global options first", command(u"--output json --timeout 5 profile list --verbose"_s),
           {u"action=list"_s, u"output=json"_s});
    accept("profile add --site", command(u"profile add prod --site international"_s),
           {u"action=add"_s, u"action.name=prod"_s, u"action.endpoint=international"_s});
    accept("profile add, no endpoint", command(u"profile add prod"_s), {u"action.endpoint="_s});
    accept("profile add --endpoint, stored form",
           command(u"profile add intl --endpoint HTTPS://gaap.intl.tencentcloudapi.com:443"_s),
           {u"action.endpoint=international"_s});
    accept("profile add --endpoint, custom", command(u"profile add mine --endpoint https://gaap.example.com"_s),
           {u"action.endpoint=https://gaap.example.com/"_s});
    accept("profile remove", command(u"profile remove prod"_s), {u"action=remove"_s, u"action.name=prod"_s});
    accept("profile set-default", command(u"profile set-default prod"_s),
           {u"action=set-default"_s, u"action.name=prod"_s});
    accept("profile import-tccli: default name", command(u"profile import-tccli"_s),
           {u"action=import-tccli"_s, u"action.name=default"_s, u"action.deleteSource=no"_s});
    accept("profile import-sdk NAME --delete-source", command(u"profile import-sdk work --delete-source"_s),
           {u"action=import-sdk"_s, u"action.name=work"_s, u"action.deleteSource=yes"_s});
    accept("profile after --", command(u"-- profile list"_s), {u"action=list"_s});
}

void tst_CliParser::accepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);

    const CliParser::Outcome outcome = CliParser::parse(arguments);
    QVERIFY2(outcome.invocation, qPrintable(outcome.standardError));
    QCOMPARE(outcome.standardOutput, QString());
    QCOMPARE(outcome.standardError, QString());
    const QMap<QString, QString> actual = fields(*outcome.invocation);
    for (const QString &pair : std::as_const(expected)) {
        const QString name = pair.section(u'=', 0, 0);
        QVERIFY2(actual.contains(name), qPrintable(name));
        QCOMPARE(name + u'=' + actual.value(name), pair);
    }
}

void tst_CliParser::rejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // exactly this on stderr; "~text": a line that contains text
    const auto reject = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::newRow(name) << arguments << message;
    };

    const QString run = u"\nRun gaap-capacity-cli --help for usage.\n"_s;
    const QString check = u"check --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2"_s;
    const QString price = u"price --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2"_s;

    // What QCommandLineParser refuses, and commands that are not one.
    reject("unknown option", command(u"--frobnicate"_s), u"Unknown option 'frobnicate'."_s + run);
    reject("unknown single dash option", command(u"check -frobnicate"_s), u"Unknown option 'frobnicate'."_s + run);
    reject("missing value", command(u"origin-regions --output"_s), u"Missing value after '--output'."_s + run);
    reject("value of a switch", command(u"origin-regions --verbose=1"_s),
           u"Unexpected value after '--verbose'."_s + run);
    reject("unknown command", command(u"frobnicate"_s),
           u"Unknown command \"frobnicate\". Commands: origin-regions, access-regions, groups, check, price, matrix, "
           "find, watch, history, profile.\n"_s);
    reject("profile is found before", command(u"--timeout profile list"_s),
           u"Unknown command \"list\". Commands: origin-regions, access-regions, groups, check, price, matrix, "
           "find, watch, history, profile.\n"_s);
    reject("groups --bandwidth", command(u"groups --bandwidth 10"_s),
           u"--bandwidth is not an option of groups. Run gaap-capacity-cli groups --help.\n"_s);
    reject("groups of a region that is no ID", command(u"groups --origin-region Hong/kong"_s),
           u"RealServerRegion \"Hong/kong\" is not a region ID (letters, digits, '_' and '-' only, such as "
           "SouthChina).\n"_s);
    reject("extra argument", command(u"origin-regions extra"_s), u"Unexpected argument \"extra\".\n"_s);
    reject("another command's option", command(u"origin-regions --bandwidth 10"_s),
           u"--bandwidth is not an option of origin-regions. Run gaap-capacity-cli origin-regions --help.\n"_s);
    const QString billingAlone = u"--billing-type goes with --output tccli-create or --output terraform only: it is "
                                 "part of the order handed over, not of the check (price takes it too).\n"_s;
    reject("check --billing-type", command(check + u" --billing-type traffic"_s), billingAlone);
    reject("check --billing-type --output json", command(check + u" --billing-type traffic --output json"_s),
           billingAlone);
    reject("check --output terraform --billing-type monthly",
           command(check + u" --output terraform --billing-type monthly"_s),
           u"--billing-type must be one of bandwidth, traffic (got \"monthly\").\n"_s);
    reject("check --output xml", command(check + u" --output xml"_s),
           u"--output must be one of table, json, csv, tccli-create, terraform (got \"xml\").\n"_s);
    const QString checkOnly = u"is for check only: it hands over a connection that check has found can be created. "
                              "This command takes table, json or csv.\n"_s;
    reject("origin-regions --output terraform", command(u"origin-regions --output terraform"_s),
           u"--output terraform "_s + checkOnly);
    reject("price --output tccli-create", command(price + u" --output tccli-create"_s),
           u"--output tccli-create "_s + checkOnly);
    reject("matrix --output terraform", command(u"matrix --origin-region SouthChina --output terraform"_s),
           u"--output terraform "_s + checkOnly);
    reject("history --output tccli-create", command(u"history --output tccli-create"_s),
           u"--output tccli-create "_s + checkOnly);
    reject("price --group-id", command(price + u" --group-id lg-1a2b3c4d"_s),
           u"--group-id is not an option of price. Run gaap-capacity-cli price --help.\n"_s);
    reject("history --origin-region", command(u"history --origin-region X"_s),
           u"--origin-region is not an option of history. Run gaap-capacity-cli history --help.\n"_s);

    // Global option values.
    reject("--output xml", command(u"origin-regions --output xml"_s),
           u"--output must be one of table, json, csv (got \"xml\").\n"_s);
    reject("--timeout 0", command(u"origin-regions --timeout 0"_s),
           u"--timeout must be a positive whole number (got \"0\").\n"_s);
    reject("--timeout abc", command(u"origin-regions --timeout abc"_s),
           u"--timeout must be a positive whole number (got \"abc\").\n"_s);
    reject("--timeout 3601", command(u"origin-regions --timeout 3601"_s),
           u"--timeout must be at most 3600 seconds (got 3601).\n"_s);
    reject("--endpoint and --site", command(u"origin-regions --endpoint https://x.example.com --site china"_s),
           u"Use either --endpoint or --site, not both.\n"_s);
    reject("http endpoint elsewhere", command(u"origin-regions --endpoint http://example.com"_s),
           u"~https://example.com"_s);
    reject("--site mars", command(u"origin-regions --site mars"_s),
           u"--site must be one of china, international (got \"mars\").\n"_s);
    reject("--language fr", command(u"origin-regions --language fr"_s),
           u"--language must be one of en-US, zh-CN (got \"fr\").\n"_s);

    // Command options: required ones in order, then the values, then what the API would refuse.
    reject("access-regions without origin", command(u"access-regions"_s),
           u"--origin-region is required for access-regions.\n"_s);
    reject("access-regions --ip-version IPv5", command(u"access-regions --origin-region X --ip-version IPv5"_s),
           u"--ip-version must be one of IPv4, IPv6 (got \"IPv5\").\n"_s);
    reject("access-regions --package-type Foo", command(u"access-regions --origin-region X --package-type Foo"_s),
           u"--package-type must be one of Thunder, Accelerator, CrossBorder (got \"Foo\").\n"_s);
    reject("check without origin", command(u"check"_s), u"--origin-region is required for check.\n"_s);
    reject("check without access region", command(u"check --origin-region SouthChina"_s),
           u"--access-region is required for check.\n"_s);
    reject("check without concurrency",
           command(u"check --origin-region SouthChina --access-region Hongkong --bandwidth 10"_s),
           u"--concurrent is required for check.\n"_s);
    const QString route = u"check --origin-region SouthChina --access-region Hongkong"_s;
    reject("check --bandwidth abc", command(route + u" --bandwidth abc --concurrent 2"_s),
           u"--bandwidth must be a positive whole number (got \"abc\").\n"_s);
    reject("check --concurrent -2", command(route + u" --bandwidth 10 --concurrent -2"_s),
           u"--concurrent must be a positive whole number (got \"-2\").\n"_s);
    reject("check: the first problem", command(check + u" --ip-version IPv5 --network-type x"_s),
           u"--ip-version must be one of IPv4, IPv6 (got \"IPv5\").\n"_s);
    reject("check --network-type fa$t", command(check + u" --network-type fa$t"_s),
           u"--network-type must be a network type the origin offers, such as normal, cn2, triple, secure_eip (got "
           u"\"fa$t\"); origin-regions lists them.\n"_s);
    reject("check --group-id lg-BAD", command(check + u" --group-id lg-BAD"_s), u"~lg-BAD"_s);
    reject("price --billing-type monthly", command(price + u" --billing-type monthly"_s),
           u"--billing-type must be one of bandwidth, traffic (got \"monthly\").\n"_s);
    reject("matrix without origin", command(u"matrix"_s), u"--origin-region is required for matrix.\n"_s);
    reject("matrix --bandwidth 10,x", command(u"matrix --origin-region SouthChina --bandwidth 10,x"_s),
           u"--bandwidth must be a positive whole number (got \"x\").\n"_s);
    reject("matrix: bandwidth before concurrency",
           command(u"matrix --origin-region SouthChina --concurrent 0 --bandwidth abc"_s),
           u"--bandwidth must be a positive whole number (got \"abc\").\n"_s);
    reject("history --since yesterday", command(u"history --since yesterday"_s),
           u"--since must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2024-05-01T08:00 (got "
           "\"yesterday\").\n"_s);
    reject("history --outcome maybe", command(u"history --outcome maybe"_s),
           u"--outcome must be one of can, cannot, error (got \"maybe\").\n"_s);

    // profile: "gaap-capacity-cli: " before the message, and its own rules.
    const QString cli = u"gaap-capacity-cli: "_s;
    reject("profile --version", command(u"profile --version"_s), cli + u"Unknown option 'version'.\n"_s);
    reject("profile -frob: short options", command(u"profile -frob"_s), cli + u"Unknown options: f, r, o, b.\n"_s);
    reject("profile after another command's option", command(u"--origin-region profile list"_s),
           cli + u"Unknown option 'origin-region'.\n"_s);
    reject("profile --profile", command(u"profile list --profile x"_s),
           cli
               + u"--profile does not apply here: name the profile after the command, for example: "
                 "gaap-capacity-cli profile remove NAME.\n"_s);
    reject("profile frob", command(u"profile frob"_s),
           cli + u"Unknown profile command \"frob\". Run gaap-capacity-cli profile --help.\n"_s);
    reject("profile: extra argument first", command(u"profile frob a b"_s), cli + u"Unexpected argument \"b\".\n"_s);
    reject("profile after -", command(u"- profile list"_s),
           cli + u"Unknown profile command \"profile\". Run gaap-capacity-cli profile --help.\n"_s);
    reject("profile list --output xml", command(u"profile list --output xml"_s),
           cli + u"--output must be table, json or csv.\n"_s);
    reject("profile list --output terraform", command(u"profile list --output terraform"_s),
           cli + u"--output must be table, json or csv.\n"_s);
    reject("profile add without name", command(u"profile add"_s), cli + u"profile add needs a profile name.\n"_s);
    reject("profile remove without name", command(u"profile remove"_s),
           cli + u"profile remove needs a profile name.\n"_s);
    reject("profile set-default without name", command(u"profile set-default"_s),
           cli + u"profile set-default needs a profile name.\n"_s);
    reject("profile add: bad name", QStringList{u"gaap-capacity-cli"_s, u"profile"_s, u"add"_s, u"bad name!"_s},
           u"~bad name!"_s);
    reject("profile add --site mars", command(u"profile add x --site mars"_s),
           cli + u"--site must be china or international.\n"_s);
    reject("profile add --site and --endpoint",
           command(u"profile add x --site china --endpoint https://a.example.com"_s),
           cli + u"Use either --endpoint or --site, not both.\n"_s);
    reject("profile add: http endpoint elsewhere", command(u"profile add x --endpoint http://example.com"_s),
           u"~https://example.com"_s);

    // An option that takes one value, given twice: the last one would silently win.
    reject("check --bandwidth twice", command(check + u" --bandwidth 1000"_s),
           u"--bandwidth is given 2 times (10, 1000); give it once.\n"_s);
    reject("price --access-region twice", command(price + u" --access-region Tokyo"_s),
           u"--access-region is given 2 times (Hongkong, Tokyo); give it once.\n"_s);
    reject("--output twice", command(u"origin-regions --output json --output csv"_s),
           u"--output is given 2 times (json, csv); give it once.\n"_s);
    reject("--profile twice", command(u"--profile a --profile b origin-regions"_s),
           u"--profile is given 2 times (a, b); give it once.\n"_s);
}

void tst_CliParser::rejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const CliParser::Outcome outcome = CliParser::parse(arguments);
    QVERIFY(!outcome.invocation);
    QCOMPARE(outcome.exitCode, ExitCode::UsageError);
    QCOMPARE(outcome.standardOutput, QString());
    if (message.startsWith(u'~'))
        QVERIFY2(outcome.standardError.contains(message.mid(1)) && outcome.standardError.endsWith(u".\n"_s),
                 qPrintable(outcome.standardError));
    else
        QCOMPARE(outcome.standardError, message);
}

void tst_CliParser::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ExitCode>("exitCode");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");
    QTest::addColumn<QString>("standardError");

    const QString overview = u"Usage: gaap-capacity-cli <command> [options]"_s;
    const QStringList commands{u"\nCommands:\n"_s,
                               u"\n  origin-regions  List the origin regions (DescribeDestRegions).\n"_s,
                               u"\n  groups          List the account's connection groups"_s,
                               u"\n  profile         Manage keychain profiles.\n"_s, u"\nExit codes:\n"_s};
    const auto row = [](const char *name, const QString &line) -> QTestData & {
        return QTest::newRow(name) << command(line);
    };
    row("--version", u"--version"_s) << ExitCode::Success << u"gaap-capacity-cli " GAAP_VERSION_STRING ""_s
                                     << QStringList() << QStringList{u"Usage"_s} << QString();
    row("--help", u"--help"_s) << ExitCode::Success << overview << commands << QStringList{u"Examples:"_s} << QString();
    row("-h", u"-h"_s) << ExitCode::Success << overview << commands << QStringList() << QString();
    row("no command", u""_s) << ExitCode::UsageError << overview << commands << QStringList()
                             << u"No command given.\n"_s;
    row("--help before the command", u"--help origin-regions"_s)
        << ExitCode::Success << u"Usage: gaap-capacity-cli origin-regions [options]"_s
        << QStringList{u"\nExamples:\n  gaap-capacity-cli origin-regions\n"_s, u"--endpoint <url>"_s}
        << QStringList{u"--origin-region"_s} << QString();
    row("check --help-all", u"check --help-all"_s)
        << ExitCode::Success << u"Usage: gaap-capacity-cli check [options]"_s
        << QStringList{u"--group-id <id>"_s, u"--bandwidth <mbps>"_s, u"--billing-type <billing>"_s,
                       u"tccli-create"_s,    u"\nHand-over: "_s,      u"\nExit codes:\n"_s}
        << QStringList{u"--since"_s} << QString();
    row("price --help", u"price --help"_s)
        << ExitCode::Success << u"Usage: gaap-capacity-cli price [options]"_s
        << QStringList{u"--billing-type <billing>"_s} << QStringList{u"--group-id"_s} << QString();
    row("matrix --help", u"matrix --help"_s) << ExitCode::Success << u"Usage: gaap-capacity-cli matrix [options]"_s
                                             << QStringList{u"--access-region <id>"_s, u"\nExit codes of matrix: "_s}
                                             << QStringList{u"--group-id"_s} << QString();
    row("groups --help", u"groups --help"_s) << ExitCode::Success << u"Usage: gaap-capacity-cli groups [options]"_s
                                             << QStringList{u"--origin-region <id>"_s, u"DescribeProxyGroupList"_s,
                                                            u"AcceptsNewConnections"_s, u"\nExit codes:\n"_s}
                                             << QStringList{u"--access-region"_s, u"--bandwidth"_s} << QString();
    row("history --help", u"history --help"_s)
        << ExitCode::Success << u"Usage: gaap-capacity-cli history [options]"_s
        << QStringList{u"--since <date>"_s, u"--outcome <result>"_s, u"\nExit codes of history: "_s}
        << QStringList{u"--origin-region"_s} << QString();
    const QString profileUsage =
        u"Usage: gaap-capacity-cli profile <list|add|remove|set-default|import-tccli|import-sdk> [NAME] [options]"_s;
    const QStringList profileHelp{u"\n  import-tccli [NAME]  "_s, u"--delete-source"_s};
    row("profile --help", u"profile --help"_s)
        << ExitCode::Success << profileUsage << profileHelp << QStringList{u"Exit codes:"_s} << QString();
    row("profile add --help", u"profile add x --help --site mars"_s)
        << ExitCode::Success << profileUsage << profileHelp << QStringList() << QString();
    row("profile alone", u"profile"_s) << ExitCode::UsageError << profileUsage << profileHelp << QStringList()
                                       << QString();
    row("profile --help-all", u"profile --help-all"_s)
        << ExitCode::UsageError << profileUsage << profileHelp << QStringList() << QString();
}

void tst_CliParser::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(ExitCode, exitCode);
    QFETCH(QString, firstLine);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    QFETCH(QString, standardError);

    const CliParser::Outcome outcome = CliParser::parse(arguments);
    QVERIFY(!outcome.invocation);
    QCOMPARE(outcome.exitCode, exitCode);
    QCOMPARE(outcome.standardError, standardError);
    QCOMPARE(outcome.standardOutput.section(u'\n', 0, 0), firstLine);
    QVERIFY(outcome.standardOutput.endsWith(u'\n'));
    for (const QString &text : std::as_const(contains))
        QVERIFY2(outcome.standardOutput.contains(text), qPrintable(text));
    for (const QString &text : std::as_const(lacks))
        QVERIFY2(!outcome.standardOutput.contains(text), qPrintable(text));
}

// What main() reads before parsing: the language (for the translators) and whether profile is asked for.
void tst_CliParser::scans_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("profile");
    QTest::addColumn<QString>("language");

    QTest::newRow("profile list") << u"profile list"_s << true << QString();
    QTest::newRow("profile after a global option's value") << u"--output json profile list"_s << true << QString();
    QTest::newRow("profile after --language=") << u"--language=zh-CN profile"_s << true << u"zh-CN"_s;
    QTest::newRow("profile after --language") << u"--language en-US profile"_s << true << u"en-US"_s;
    QTest::newRow("profile after a switch") << u"--verbose profile"_s << true << QString();
    QTest::newRow("profile after a command option") << u"--origin-region profile"_s << true << QString();
    QTest::newRow("profile as --timeout's value") << u"--timeout profile list"_s << false << QString();
    QTest::newRow("profile after another command") << u"check profile --language=en-US"_s << false << u"en-US"_s;
    QTest::newRow("the first --language") << u"--language en-US --language zh-CN check"_s << false << u"en-US"_s;
    QTest::newRow("--language without value") << u"check --language"_s << false << QString();
    QTest::newRow("nothing") << u""_s << false << QString();
}

void tst_CliParser::scans()
{
    QFETCH(QString, line);
    QFETCH(bool, profile);
    QFETCH(QString, language);
    QCOMPARE(CliProfileCommand::handles(command(line)), profile);
    QCOMPARE(CliParser::languageArgument(command(line)), language);
}

void tst_CliParser::since_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("since"); // UTC, ISO 8601; empty: refused

    const QString localMidnight = QDateTime(QDate(2024, 5, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    QTest::newRow("date: local midnight") << u"2024-05-01"_s << localMidnight;
    QTest::newRow("date with spaces") << u" 2024-05-01 "_s << localMidnight;
    QTest::newRow("UTC date-time") << u"2024-05-01T08:00Z"_s << u"2024-05-01T08:00:00Z"_s;
    QTest::newRow("date-time with offset") << u"2024-05-01T08:00:30+02:00"_s << u"2024-05-01T06:00:30Z"_s;
    QTest::newRow("local date-time") << u"2024-05-01T08:00"_s
                                     << QDateTime(QDate(2024, 5, 1), QTime(8, 0)).toUTC().toString(Qt::ISODate);
    QTest::newRow("a word") << u"yesterday"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_CliParser::since()
{
    QFETCH(QString, text);
    QFETCH(QString, since);

    const std::optional<QDateTime> parsed = CliHistoryCommand::parseSince(text);
    QCOMPARE(parsed.has_value(), !since.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(parsed->toString(Qt::ISODate), since);
    }
}

QTEST_GUILESS_MAIN(tst_CliParser)
// --output csv of any command: a field a spreadsheet would run as a formula starts with an apostrophe.
void tst_CliParser::tableCsvCannotRunFormulas()
{
    CliTable table;
    table.header = QStringList{u"RegionId"_s, u"Name"_s};
    table.rows.append({u"HK"_s, u"=WEBSERVICE(\"http://x\")"_s});
    table.rows.append({u"-1"_s, u"@x"_s});
    QCOMPARE(table.toCsv(), u"RegionId,Name\r\nHK,\"'=WEBSERVICE(\"\"http://x\"\")\"\r\n-1,\"'@x\"\r\n"_s);
}

// access-regions / origin-regions: a broken entry is listed with its problem in a last column, which
// appears only when some entry is broken.
void tst_CliParser::unusableRegionsGetAProblemColumn()
{
    AccessRegionDetail good;
    good.regionId = u"Hongkong"_s;
    good.bandwidthList = {10};
    good.concurrentList = {2};
    const CliTable clean = CliReport::accessRegions({good});
    QVERIFY(!clean.header.contains(u"Problem"_s));
    AccessRegionDetail broken;
    broken.regionId = u"Tokyo"_s;
    broken.problem = u"AccessRegionSet[1].BandwidthList: expected an array, got null"_s;
    const CliTable table = CliReport::accessRegions({good, broken});
    QCOMPARE(table.header.constLast(), u"Problem"_s);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).constLast(), QString());
    QCOMPARE(table.rows.at(1).constLast(), u"unusable: "_s + broken.problem);
    RegionDetail origin;
    origin.regionId = u"EastChina"_s;
    origin.problem = u"DestRegionSet[0].FeatureBitmap: expected an integer, got a string"_s;
    QCOMPARE(CliReport::originRegions({origin}).rows.at(0).constLast(), u"unusable: "_s + origin.problem);
}

#include "tst_cliparser.moc"
