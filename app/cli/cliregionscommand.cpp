#include "cli/cliregionscommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clireport.h"
#include "cli/clirunner.h"
#include "core/gaap/gaapcall.h"

#include <QCoreApplication>

CliCommandSpec CliRegionsCommand::originRegionsSpec()
{
    return {CliInvocation::Command::OriginRegions,
            "origin-regions",
            QT_TRANSLATE_NOOP("CliParser", "List the origin regions (DescribeDestRegions)."),
            "  gaap-capacity-cli origin-regions\n  gaap-capacity-cli origin-regions --output json\n",
            {},
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

void CliRegionsCommand::parseOriginRegions(CliArguments &, CliInvocation &) {}

void CliRegionsCommand::parseAccessRegions(CliArguments &arguments, CliInvocation &invocation)
{
    arguments.require({QStringLiteral("origin-region")}, QStringLiteral("access-regions"));
    CliConnection::readQuery(arguments, invocation);
    CliConnection::validate(arguments, invocation.accessRegions);
}

void CliRegionsCommand::runOriginRegions(CliRunner &runner)
{
    OriginRegionsCall *call = runner.api().originRegions();
    runner.whenAnswered(call,
                        [&runner, call] { runner.show(CliReport::originRegions(call->regions()), call->response()); });
}

void CliRegionsCommand::runAccessRegions(CliRunner &runner)
{
    AccessRegionsCall *call = runner.api().accessRegions(runner.invocation().accessRegions);
    runner.whenAnswered(call,
                        [&runner, call] { runner.show(CliReport::accessRegions(call->regions()), call->response()); });
}
