#include "cli/clireport.h"

#include <algorithm>

namespace {

// "Not given" prints as an empty cell: never as 0.
QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

QString integers(const QList<qint64> &values)
{
    QStringList parts;
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.join(u' ');
}

QString orDefault(const QString &value, const char *apiDefault)
{
    return value.isEmpty() ? QLatin1String(apiDefault) : value;
}

// A table is read by people: the features' translated names; CSV is data: their keys.
QString featureText(const std::optional<RegionFeatures> &features, OutputFormat format)
{
    if (!features)
        return {};
    return format == OutputFormat::Csv ? features->keys().join(u' ') : features->names().join(CliReport::tr(", "));
}

CliTable fieldTable()
{
    return {{CliReport::tr("Field"), CliReport::tr("Value")}, {}, {QStringLiteral("Field"), QStringLiteral("Value")}};
}

void addConnectionRows(CliTable &table, const CheckRequest &request)
{
    table.rows << QStringList{QStringLiteral("RealServerRegion"), request.originRegion}
               << QStringList{QStringLiteral("AccessRegion"), request.accessRegion}
               << QStringList{QStringLiteral("Bandwidth"), QString::number(request.bandwidth)}
               << QStringList{QStringLiteral("Concurrent"), QString::number(request.concurrent)}
               << QStringList{QStringLiteral("IPAddressVersion"), orDefault(request.ipVersion, "IPv4")}
               << QStringList{QStringLiteral("NetworkType"), orDefault(request.networkType, "normal")}
               << QStringList{QStringLiteral("PackageType"), request.packageType};
}

// A last column "Problem" when some entry of the server's list cannot be used (and only then, so the usual
// table keeps its columns).
template<typename Detail>
void addProblems(CliTable &table, const QList<Detail> &regions)
{
    const bool any = std::any_of(regions.cbegin(), regions.cend(), [](const Detail &d) { return !d.isUsable(); });
    if (!any)
        return;
    table.header.append(CliReport::tr("Problem"));
    table.csvHeader.append(QStringLiteral("Problem"));
    for (qsizetype i = 0; i < regions.size(); ++i)
        table.rows[i].append(regions.at(i).isUsable() ? QString()
                                                      : CliReport::tr("unusable: %1").arg(regions.at(i).problem));
}

} // namespace

CliTable CliReport::originRegions(const QList<RegionDetail> &regions, OutputFormat format)
{
    CliTable table{{QStringLiteral("RegionId"), tr("Name"), QStringLiteral("RegionArea"), tr("Area name"),
                    QStringLiteral("IDCType"), QStringLiteral("NetworkType"), tr("Features")},
                   {},
                   {QStringLiteral("RegionId"), QStringLiteral("RegionName"), QStringLiteral("RegionArea"),
                    QStringLiteral("RegionAreaName"), QStringLiteral("IDCType"), QStringLiteral("NetworkType"),
                    QStringLiteral("Features")}};
    for (const RegionDetail &region : regions) {
        table.rows.append({region.regionId, region.regionName, region.regionArea, region.regionAreaName, region.idcType,
                           region.networkTypes ? region.networkTypes->join(u' ') : QString(),
                           featureText(region.features, format)});
    }
    addProblems(table, regions);
    return table;
}

CliTable CliReport::accessRegions(const QList<AccessRegionDetail> &regions, OutputFormat format)
{
    CliTable table{{QStringLiteral("RegionId"), tr("Name"), QStringLiteral("RegionArea"), QStringLiteral("IDCType"),
                    tr("Bandwidth (Mbps)"), tr("Concurrent (x10,000)"), tr("Features")},
                   {},
                   {QStringLiteral("RegionId"), QStringLiteral("RegionName"), QStringLiteral("RegionArea"),
                    QStringLiteral("IDCType"), QStringLiteral("BandwidthList"), QStringLiteral("ConcurrentList"),
                    QStringLiteral("Features")}};
    for (const AccessRegionDetail &region : regions) {
        table.rows.append({region.regionId, region.regionName, region.regionArea, region.idcType,
                           integers(region.bandwidthList), integers(region.concurrentList),
                           featureText(region.features, format)});
    }
    addProblems(table, regions);
    return table;
}

CliTable CliReport::groups(const QList<ProxyGroup> &groups, bool words)
{
    CliTable table{{QStringLiteral("GroupId"), tr("Name"), tr("Origin region"), tr("Status"), tr("Project"),
                    tr("Takes new connections")},
                   {},
                   {QStringLiteral("GroupId"), QStringLiteral("GroupName"), QStringLiteral("RealServerRegion"),
                    QStringLiteral("Status"), QStringLiteral("ProjectId"), QStringLiteral("AcceptsNewConnections")}};
    for (const ProxyGroup &group : groups) {
        const bool accepts = group.acceptsNewConnections();
        const QString status = words && !group.status.isEmpty() ? ProxyGroupStatus::name(group.status) : group.status;
        const QString answer =
            words ? (accepts ? tr("yes") : tr("no")) : (accepts ? QStringLiteral("true") : QStringLiteral("false"));
        table.rows.append(
            {group.groupId, group.groupName, group.originRegionId, status, QString::number(group.projectId), answer});
    }
    addProblems(table, groups);
    return table;
}

CliTable CliReport::check(const CheckRequest &request, const CheckResult &result)
{
    CliTable table = fieldTable();
    table.rows << QStringList{tr("Result"), result.canCreate ? tr("Can be created") : tr("Cannot be created")}
               << QStringList{QStringLiteral("CheckFlag"),
                              result.canCreate ? QStringLiteral("1") : QStringLiteral("0")};
    addConnectionRows(table, request);
    table.rows << QStringList{QStringLiteral("GroupId"), request.groupId}
               << QStringList{QStringLiteral("RequestId"), result.requestId};
    return table;
}

CliTable CliReport::price(const PriceRequest &request, const PriceQuote &quote)
{
    CliTable table = fieldTable();
    addConnectionRows(table, request.connection);
    table.rows << QStringList{QStringLiteral("Currency"), quote.currency}
               << QStringList{QStringLiteral("ProxyDailyPrice"), number(quote.proxyDailyPrice)}
               << QStringList{QStringLiteral("DiscountProxyDailyPrice"), number(quote.discountProxyDailyPrice)}
               << QStringList{QStringLiteral("FlowUnitPrice"), number(quote.flowUnitPrice)}
               << QStringList{QStringLiteral("DiscountFlowUnitPrice"), number(quote.discountFlowUnitPrice)}
               << QStringList{QStringLiteral("Cn2BandwidthPrice"), number(quote.cn2BandwidthPrice)}
               << QStringList{QStringLiteral("Cn2BandwidthPriceWithDiscount"),
                              number(quote.cn2BandwidthPriceWithDiscount)};
    for (const BandwidthPriceTier &tier : quote.bandwidthTiers) {
        const QString range = tier.toMbps ? QStringLiteral("%1-%2").arg(tier.fromMbps).arg(*tier.toMbps)
                                          : QStringLiteral("%1+").arg(tier.fromMbps);
        table.rows << QStringList{QStringLiteral("BandwidthUnitPrice[%1 Mbps]").arg(range),
                                  tr("%1 (discounted %2)").arg(number(tier.unitPrice), number(tier.discountUnitPrice))};
    }
    table.rows << QStringList{QStringLiteral("RequestId"), quote.requestId};
    return table;
}
