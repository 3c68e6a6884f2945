#pragma once

#include "cli/cliarguments.h"
#include "cli/cliinvocation.h"
#include "core/gaap/requestvalidator.h"

#include <QStringList>

#include <functional>
#include <optional>

class CliRunner;

// What access-regions, check, price and matrix share: the options that describe a connection, and the
// look-up of the access region that check and price ask about.
class CliConnection final
{
public:
    // origin-region, access-region, bandwidth, concurrent, ip-version, network-type, package-type.
    static QStringList optionNames();

    // --origin-region, --ip-version and --package-type into invocation.accessRegions.
    static void readQuery(CliArguments &arguments, CliInvocation &invocation);
    // The query, then --access-region, --network-type and --group-id, into invocation.check too.
    static void readConnection(CliArguments &arguments, CliInvocation &invocation);
    // check and price: the connection with one --bandwidth and --concurrent; the origin, access region,
    // bandwidth and concurrency are required.
    static void readSingleConnection(CliArguments &arguments, CliInvocation &invocation, const QString &command);
    // find and watch: --origin-region, --min-bandwidth, --min-concurrent (required), --ip-version,
    // --package-type and --network-type into invocation.find (not the billing).
    static void readRequirement(CliArguments &arguments, CliInvocation &invocation, const QString &command);
    // --billing-type bandwidth|traffic; nullopt when it is not given (the API's default: bandwidth).
    static std::optional<PriceRequest::Billing> readBilling(CliArguments &arguments);
    // What the API would refuse, when the options themselves were fine.
    template<typename Request>
    static void validate(CliArguments &arguments, const Request &request)
    {
        if (!arguments.failed())
            arguments.fail(RequestValidator::describe(RequestValidator::validate(request)));
    }

    // Loads the access regions of the origin, finds the requested one and hands it on; an access
    // region that does not serve the origin ends the run with a usage error.
    static void withOfferedRegion(CliRunner &runner, const std::function<void(const AccessRegionDetail &)> &next);
    // The usage error for access regions (`wanted`, joined) that do not serve the origin.
    static QString notServing(const QString &wanted, const QString &origin, const QStringList &available);
};
