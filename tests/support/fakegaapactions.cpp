#include "support/fakegaapactions.h"

#include "support/fakegaapgroups.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <optional>
#include <utility>

namespace {

const QString IPv4 = QStringLiteral("IPv4");
const QString Normal = QStringLiteral("normal");
const QString Thunder = QStringLiteral("Thunder");

QJsonArray integerArray(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(value);
    return array;
}

double roundedPrice(double value)
{
    return std::round(value * 100.0) / 100.0;
}

bool serves(const FakeAccessRegion &access, const QString &dest, const QString &ipVersion, const QString &packageType)
{
    return access.destRegions.contains(dest) && access.ipVersions.contains(ipVersion)
           && access.packageTypes.contains(packageType);
}

QStringList ipVersions()
{
    return {QStringLiteral("IPv4"), QStringLiteral("IPv6")};
}
QStringList packageTypes()
{
    return {QStringLiteral("Thunder"), QStringLiteral("Accelerator"), QStringLiteral("CrossBorder")};
}
QStringList networkTypes()
{
    return {QStringLiteral("normal"), QStringLiteral("cn2"), QStringLiteral("triple"), QStringLiteral("secure_eip")};
}

// The parts CheckProxyCreate and InquiryPriceCreateProxy share: one proposed connection.
struct ProposedConnection
{
    const FakeAccessRegion *access = nullptr;
    QString networkType;
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
};

std::optional<ProposedConnection> readConnection(FakeParameters &p, const FakeGaapData &data,
                                                 const QString &destParameter, std::optional<qint64> concurrent)
{
    const QString accessId = p.string(QStringLiteral("AccessRegion"), true);
    const QString destId = p.string(destParameter, true);
    const std::optional<qint64> bandwidth = p.integer(QStringLiteral("Bandwidth"), true);
    const QString ipVersion = p.choice(QStringLiteral("IPAddressVersion"), ipVersions(), IPv4);
    const QString networkType = p.choice(QStringLiteral("NetworkType"), networkTypes(), Normal);
    const QString packageType = p.choice(QStringLiteral("PackageType"), packageTypes(), Thunder);
    p.integer(QStringLiteral("Http3Supported"), false);
    if (p.error())
        return std::nullopt;

    const FakeDestRegion *dest = data.destRegion(destId);
    if (!dest) {
        p.setError(QStringLiteral("InvalidParameterValue.UnknownDestRegion"),
                   QStringLiteral("The origin server region `%1` is not found.").arg(destId));
        return std::nullopt;
    }
    if (!dest->offeredNetworkTypes().contains(networkType)) {
        p.setError(QStringLiteral("InvalidParameterValue"),
                   QStringLiteral("The network type `%1` is not offered for origin `%2`.").arg(networkType, destId));
        return std::nullopt;
    }
    const FakeAccessRegion *access = data.accessRegion(accessId);
    if (!access || !serves(*access, destId, ipVersion, packageType)) {
        p.setError(QStringLiteral("InvalidParameterValue.UnknownAccessRegion"),
                   QStringLiteral("The acceleration region `%1` is not found for origin `%2`.").arg(accessId, destId));
        return std::nullopt;
    }
    if (!access->bandwidths.contains(*bandwidth)) {
        p.setError(QStringLiteral("InvalidParameterValue.InvalidBandwidth"),
                   QStringLiteral("The bandwidth %1 Mbps is not offered in `%2`.").arg(*bandwidth).arg(accessId));
        return std::nullopt;
    }
    if (!concurrent || !access->concurrents.contains(*concurrent)) {
        p.setError(
            QStringLiteral("InvalidParameterValue.InvalidConcurrency"),
            QStringLiteral("The concurrency %1 is not offered in `%2`.").arg(concurrent.value_or(0)).arg(accessId));
        return std::nullopt;
    }
    return ProposedConnection{access, networkType, *bandwidth, *concurrent};
}

} // namespace

QStringList FakeGaapActions::supportedActions()
{
    return {QStringLiteral("DescribeDestRegions"), QStringLiteral("DescribeAccessRegionsByDestRegion"),
            QStringLiteral("CheckProxyCreate"), QStringLiteral("InquiryPriceCreateProxy"),
            QStringLiteral("DescribeProxyGroupList")};
}

FakeAnswer FakeGaapActions::handle(const QString &action, const QJsonObject &parameters, bool chinese) const
{
    if (action == QLatin1String("DescribeDestRegions"))
        return describeDestRegions(parameters, chinese);
    if (action == QLatin1String("DescribeAccessRegionsByDestRegion"))
        return describeAccessRegions(parameters, chinese);
    if (action == QLatin1String("CheckProxyCreate"))
        return checkProxyCreate(parameters);
    if (action == QLatin1String("InquiryPriceCreateProxy"))
        return inquiryPrice(parameters);
    if (action == QLatin1String("DescribeProxyGroupList"))
        return FakeGaapGroups::describeProxyGroupList(m_data, parameters, chinese);
    return FakeAnswer::error(QStringLiteral("InvalidAction"),
                             QStringLiteral("The action `%1` does not exist.").arg(action));
}

FakeAnswer FakeGaapActions::describeDestRegions(const QJsonObject &parameters, bool chinese) const
{
    FakeParameters p(parameters, {QStringLiteral("QualityType")});
    const std::optional<qint64> quality = p.integer(QStringLiteral("QualityType"), false);
    if (quality && *quality != 0 && *quality != 1)
        p.setError(QStringLiteral("InvalidParameterValue"), QStringLiteral("QualityType must be 0 or 1."));
    if (p.error())
        return *p.error();

    QJsonArray regions;
    for (const FakeDestRegion &region : m_data.destRegions(quality.value_or(0)))
        regions.append(region.toJson(chinese));
    return {QJsonObject{{QStringLiteral("TotalCount"), regions.size()}, {QStringLiteral("DestRegionSet"), regions}},
            {},
            {}};
}

FakeAnswer FakeGaapActions::describeAccessRegions(const QJsonObject &parameters, bool chinese) const
{
    FakeParameters p(parameters,
                     {QStringLiteral("DestRegion"), QStringLiteral("IPAddressVersion"), QStringLiteral("PackageType")});
    const QString dest = p.string(QStringLiteral("DestRegion"), true);
    const QString ipVersion = p.choice(QStringLiteral("IPAddressVersion"), ipVersions(), IPv4);
    const QString packageType = p.choice(QStringLiteral("PackageType"), packageTypes(), Thunder);
    if (p.error())
        return *p.error();
    if (!m_data.destRegion(dest))
        return FakeAnswer::error(QStringLiteral("InvalidParameterValue.UnknownDestRegion"),
                                 QStringLiteral("The origin server region `%1` is not found.").arg(dest));

    QJsonArray regions;
    for (const FakeAccessRegion &access : m_data.accessRegions()) {
        if (!serves(access, dest, ipVersion, packageType))
            continue;
        QJsonObject object = access.toJson(chinese);
        object.insert(QStringLiteral("BandwidthList"), integerArray(access.bandwidths));
        object.insert(QStringLiteral("ConcurrentList"), integerArray(access.concurrents));
        regions.append(object);
    }
    return {QJsonObject{{QStringLiteral("TotalCount"), regions.size()}, {QStringLiteral("AccessRegionSet"), regions}},
            {},
            {}};
}

FakeAnswer FakeGaapActions::checkProxyCreate(const QJsonObject &parameters) const
{
    FakeParameters p(parameters,
                     {QStringLiteral("AccessRegion"), QStringLiteral("RealServerRegion"), QStringLiteral("Bandwidth"),
                      QStringLiteral("Concurrent"), QStringLiteral("GroupId"), QStringLiteral("IPAddressVersion"),
                      QStringLiteral("NetworkType"), QStringLiteral("PackageType"), QStringLiteral("Http3Supported")});
    const std::optional<qint64> concurrent = p.integer(QStringLiteral("Concurrent"), true);
    const QString groupId = p.string(QStringLiteral("GroupId"), false);
    static const QRegularExpression groupIdShape(QRegularExpression::anchoredPattern(QStringLiteral("lg-[0-9a-z]{8}")));
    if (p.has(QStringLiteral("GroupId")) && !groupIdShape.match(groupId).hasMatch())
        p.setError(QStringLiteral("InvalidParameterValue"),
                   QStringLiteral("The GroupId `%1` is not a connection group ID (lg-xxxxxxxx).").arg(groupId));
    const std::optional<ProposedConnection> connection =
        readConnection(p, m_data, QStringLiteral("RealServerRegion"), concurrent);
    if (!connection)
        return *p.error();

    const auto capacity = connection->access->capacity.constFind(connection->networkType);
    const bool canCreate = capacity != connection->access->capacity.constEnd()
                           && connection->bandwidth <= capacity->maxBandwidth
                           && connection->concurrent <= capacity->maxConcurrent;
    return {QJsonObject{{QStringLiteral("CheckFlag"), canCreate ? 1 : 0}}, {}, {}};
}

FakeAnswer FakeGaapActions::inquiryPrice(const QJsonObject &parameters) const
{
    FakeParameters p(parameters,
                     {QStringLiteral("AccessRegion"), QStringLiteral("Bandwidth"), QStringLiteral("DestRegion"),
                      QStringLiteral("Concurrency"), QStringLiteral("RealServerRegion"), QStringLiteral("Concurrent"),
                      QStringLiteral("BillingType"), QStringLiteral("IPAddressVersion"), QStringLiteral("NetworkType"),
                      QStringLiteral("PackageType"), QStringLiteral("Http3Supported")});
    // The old names DestRegion / Concurrency are still accepted.
    const QString destParameter = p.has(QStringLiteral("RealServerRegion")) || !p.has(QStringLiteral("DestRegion"))
                                      ? QStringLiteral("RealServerRegion")
                                      : QStringLiteral("DestRegion");
    const QString concurrentParameter = p.has(QStringLiteral("Concurrent")) || !p.has(QStringLiteral("Concurrency"))
                                            ? QStringLiteral("Concurrent")
                                            : QStringLiteral("Concurrency");
    const std::optional<qint64> concurrent = p.integer(concurrentParameter, true);
    const std::optional<qint64> billingType = p.integer(QStringLiteral("BillingType"), false);
    if (billingType && *billingType != 0 && *billingType != 1)
        p.setError(QStringLiteral("InvalidParameterValue"), QStringLiteral("BillingType must be 0 or 1."));
    const std::optional<ProposedConnection> connection = readConnection(p, m_data, destParameter, concurrent);
    if (!connection)
        return *p.error();

    const FakePrice &price = connection->access->price;
    const double daily =
        roundedPrice(price.baseDailyPrice + price.concurrentDailyPrice * static_cast<double>(connection->concurrent));
    QJsonArray tiers;
    for (const QJsonValue &tierValue : price.bandwidthTiers) {
        QJsonObject tier = tierValue.toObject();
        tier.insert(QStringLiteral("DiscountBandwidthUnitPrice"),
                    roundedPrice(tier.value(QStringLiteral("BandwidthUnitPrice")).toDouble() * price.discount));
        tiers.append(tier);
    }
    const bool byTraffic = billingType.value_or(0) == 1;
    const bool cn2 = connection->networkType == QLatin1String("cn2");
    const auto optionalPrice = [&](double value) {
        return byTraffic && price.flowUnitPrice ? QJsonValue(roundedPrice(value)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject fields{
        {QStringLiteral("ProxyDailyPrice"), daily},
        {QStringLiteral("DiscountProxyDailyPrice"), roundedPrice(daily * price.discount)},
        {QStringLiteral("BandwidthUnitPrice"), tiers},
        {QStringLiteral("Currency"), price.currency},
        {QStringLiteral("FlowUnitPrice"), optionalPrice(price.flowUnitPrice.value_or(0))},
        {QStringLiteral("DiscountFlowUnitPrice"), optionalPrice(price.flowUnitPrice.value_or(0) * price.discount)},
        {QStringLiteral("Cn2BandwidthPrice"), cn2 ? price.cn2BandwidthPrice : 0.0},
        {QStringLiteral("Cn2BandwidthPriceWithDiscount"),
         cn2 ? roundedPrice(price.cn2BandwidthPrice * price.discount) : 0.0},
    };
    return {fields, {}, {}};
}
