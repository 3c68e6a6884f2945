#include "cli/cliregionscommand.h"

#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/cliparser.h"
#include "cli/clireport.h"
#include "cli/clirunner.h"
#include "core/gaap/gaapcall.h"

#include <QCoreApplication>

CliCommandSpec CliRegionsCommand::originRegionsSpec()
{
    return {CliInvocation::Command::OriginRegions,
            "origin-regions",
            QT_TRANSLATE_NOOP("CliParser", "List the origin regions (DescribeDestRegions)."),
            "  gaap-capacity-cli origin-regions\n  gaap-capacity-cli origin-regions --output json\n"
            "  gaap-capacity-cli origin-regions --quality-type silver\n",
            {{QStringLiteral("quality-type"),
              CliParser::tr("List only the origin regions that offer connections of this quality: gold or silver "
                            "(DescribeDestRegions' QualityType). Without it none is sent, and Tencent Cloud lists "
                            "those of gold connections."),
              QStringLiteral("quality")}},
            &parseOriginRegions,
            &runOriginRegions};
}

CliCommandSpec CliRegionsCommand::accessRegionsSpec()
{
    return {CliInvocation::Command::AccessRegions,
            "access-regions",
            QT_TRANSLATE_NOOP("CliParser", "List the access regions that serve an origin region, with the bandwidths "
                                           "and concurrencies each offers (DescribeAccessRegionsByDestRegion)."),
            "  gaap-capacity-cli access-regions --origin-region SouthChina\n"
            "  gaap-capacity-cli access-regions --origin-region Hongkong --ip-version IPv6 --output csv\n",
            CliOptions::connection(
                {QStringLiteral("origin-region"), QStringLiteral("ip-version"), QStringLiteral("package-type")}),
            &parseAccessRegions,
            &runAccessRegions};
}

void CliRegionsCommand::parseOriginRegions(CliArguments &arguments, CliInvocation &invocation)
{
    const QString name = QStringLiteral("quality-type");
    if (!arguments.isSet(name))
        return;
    const QString text = arguments.value(name);
    invocation.originRegions.qualityType = GaapValues::qualityTypeFromName(text);
    if (!invocation.originRegions.qualityType)
        arguments.fail(CliParser::tr("--%1 must be one of %2 (got \"%3\").")
                           .arg(name, GaapValues::qualityTypes().join(QStringLiteral(", ")), text));
}

void CliRegionsCommand::parseAccessRegions(CliArguments &arguments, CliInvocation &invocation)
{
    arguments.require({QStringLiteral("origin-region")}, QStringLiteral("access-regions"));
    CliConnection::readQuery(arguments, invocation);
    CliConnection::validate(arguments, invocation.accessRegions);
}

void CliRegionsCommand::runOriginRegions(CliRunner &runner)
{
    OriginRegionsCall *call = runner.api().originRegions(runner.invocation().originRegions);
    runner.whenAnswered(call, [&runner, call] {
        runner.show(CliReport::originRegions(call->regions(), runner.invocation().output), call->response());
    });
}

void CliRegionsCommand::runAccessRegions(CliRunner &runner)
{
    AccessRegionsCall *call = runner.api().accessRegions(runner.invocation().accessRegions);
    runner.whenAnswered(call, [&runner, call] {
        runner.show(CliReport::accessRegions(call->regions(), runner.invocation().output), call->response());
    });
}
