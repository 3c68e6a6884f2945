#include "cli/cliconnection.h"

#include "cli/cliparser.h"
#include "cli/clirunner.h"
#include "core/gaap/gaapcall.h"

QStringList CliConnection::optionNames()
{
    return {QStringLiteral("origin-region"), QStringLiteral("access-region"), QStringLiteral("bandwidth"),
            QStringLiteral("concurrent"),    QStringLiteral("ip-version"),    QStringLiteral("network-type"),
            QStringLiteral("package-type")};
}

void CliConnection::readQuery(CliArguments &arguments, CliInvocation &invocation)
{
    AccessRegionQuery &query = invocation.accessRegions;
    query.originRegion = arguments.value(QStringLiteral("origin-region"));
    query.ipVersion = arguments.choice(QStringLiteral("ip-version"), GaapValues::ipVersions());
    query.packageType = arguments.choice(QStringLiteral("package-type"), GaapValues::packageTypes());
}

void CliConnection::readConnection(CliArguments &arguments, CliInvocation &invocation)
{
    readQuery(arguments, invocation);
    CheckRequest &check = invocation.check;
    check.originRegion = invocation.accessRegions.originRegion;
    check.ipVersion = invocation.accessRegions.ipVersion;
    check.packageType = invocation.accessRegions.packageType;
    check.networkType = arguments.value(QStringLiteral("network-type"));
    if (!check.networkType.isEmpty() && !GaapValues::isNetworkType(check.networkType))
        arguments.fail(CliParser::tr("--network-type must be a network type the origin offers, such as %1 (got "
                                     "\"%2\"); origin-regions lists them.")
                           .arg(GaapValues::networkTypes().join(QStringLiteral(", ")), check.networkType));
    check.groupId = arguments.value(QStringLiteral("group-id"));
}

void CliConnection::readSingleConnection(CliArguments &arguments, CliInvocation &invocation, const QString &command)
{
    arguments.require({QStringLiteral("origin-region"), QStringLiteral("access-region"), QStringLiteral("bandwidth"),
                       QStringLiteral("concurrent")},
                      command);
    readConnection(arguments, invocation);
    invocation.check.accessRegion = arguments.value(QStringLiteral("access-region"));
    invocation.check.bandwidth = arguments.positiveInteger(QStringLiteral("bandwidth"));
    invocation.check.concurrent = arguments.positiveInteger(QStringLiteral("concurrent"));
}

void CliConnection::readRequirement(CliArguments &arguments, CliInvocation &invocation, const QString &command)
{
    arguments.require(
        {QStringLiteral("origin-region"), QStringLiteral("min-bandwidth"), QStringLiteral("min-concurrent")}, command);
    readConnection(arguments, invocation);
    Requirement &requirement = invocation.find;
    requirement.originRegion = invocation.accessRegions.originRegion;
    requirement.ipVersion = invocation.accessRegions.ipVersion;
    requirement.packageType = invocation.accessRegions.packageType;
    requirement.networkType = invocation.check.networkType;
    requirement.minBandwidth = arguments.positiveInteger(QStringLiteral("min-bandwidth"));
    requirement.minConcurrent = arguments.positiveInteger(QStringLiteral("min-concurrent"));
    validate(arguments, invocation.accessRegions);
}

std::optional<PriceRequest::Billing> CliConnection::readBilling(CliArguments &arguments)
{
    const QString billing =
        arguments.choice(QStringLiteral("billing-type"), {QStringLiteral("bandwidth"), QStringLiteral("traffic")});
    if (billing.isEmpty())
        return std::nullopt;
    return billing == QLatin1String("traffic") ? PriceRequest::Billing::Traffic : PriceRequest::Billing::Bandwidth;
}

void CliConnection::withOfferedRegion(CliRunner &runner, const std::function<void(const AccessRegionDetail &)> &next)
{
    AccessRegionsCall *call = runner.api().accessRegions(runner.invocation().accessRegions);
    runner.whenAnswered(call, [&runner, call, next] {
        const QString wanted = runner.invocation().check.accessRegion;
        QStringList available;
        for (const AccessRegionDetail &region : call->regions()) {
            if (region.regionId == wanted)
                return next(region);
            available.append(region.regionId);
        }
        runner.failUsage(notServing(wanted, runner.invocation().accessRegions.originRegion, available));
    });
}

QString CliConnection::notServing(const QString &wanted, const QString &origin, const QStringList &available)
{
    return CliRunner::tr(
               "Access region \"%1\" does not serve origin region \"%2\" with these options. Access regions that "
               "do: %3.")
        .arg(wanted, origin, available.isEmpty() ? QStringLiteral("-") : available.join(QStringLiteral(", ")));
}
