#pragma once

#include "cli/clicommandspec.h"

// gaap-capacity-cli origin-regions and access-regions: the region lists (DescribeDestRegions,
// DescribeAccessRegionsByDestRegion).
class CliRegionsCommand final
{
public:
    static CliCommandSpec originRegionsSpec();
    static CliCommandSpec accessRegionsSpec();

private:
    static void parseOriginRegions(CliArguments &arguments, CliInvocation &invocation);
    static void parseAccessRegions(CliArguments &arguments, CliInvocation &invocation);
    static void runOriginRegions(CliRunner &runner);
    static void runAccessRegions(CliRunner &runner);
};
