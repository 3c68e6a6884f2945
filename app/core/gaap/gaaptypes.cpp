#include "core/gaap/gaaptypes.h"

#include <QRegularExpression>

namespace {

struct FeatureName
{
    RegionFeatures::Feature feature;
    const char *key;
    const char *name;
    const char *description;
};

// QT_TRANSLATE_NOOP: the names and descriptions are translated where they are shown.
const FeatureName FeatureNames[] = {
    {RegionFeatures::Layer4, "layer4", QT_TRANSLATE_NOOP("RegionFeatures", "Layer-4 acceleration"),
     QT_TRANSLATE_NOOP("RegionFeatures", "Connections here can carry TCP and UDP listeners (layer 4).")},
    {RegionFeatures::Layer7, "layer7", QT_TRANSLATE_NOOP("RegionFeatures", "Layer-7 acceleration"),
     QT_TRANSLATE_NOOP("RegionFeatures", "Connections here can carry HTTP and HTTPS listeners (layer 7).")},
    {RegionFeatures::Http3, "http3", QT_TRANSLATE_NOOP("RegionFeatures", "HTTP/3 access"),
     QT_TRANSLATE_NOOP("RegionFeatures", "Clients can reach this region over HTTP/3 (QUIC).")},
    {RegionFeatures::IPv6, "ipv6", QT_TRANSLATE_NOOP("RegionFeatures", "IPv6"),
     QT_TRANSLATE_NOOP("RegionFeatures", "Clients can reach this region over IPv6.")},
    {RegionFeatures::PremiumBgp, "premium-bgp", QT_TRANSLATE_NOOP("RegionFeatures", "Premium BGP access"),
     QT_TRANSLATE_NOOP("RegionFeatures",
                       "Clients can enter over premium BGP (cn2) lines, which take better routes at a higher price.")},
    {RegionFeatures::TripleCarrier, "triple-carrier", QT_TRANSLATE_NOOP("RegionFeatures", "Triple-carrier access"),
     QT_TRANSLATE_NOOP("RegionFeatures",
                       "Clients can enter over the lines of all three Chinese carriers (Telecom, Unicom, Mobile).")},
    {RegionFeatures::AccessQos, "access-qos", QT_TRANSLATE_NOOP("RegionFeatures", "Access-segment QoS acceleration"),
     QT_TRANSLATE_NOOP("RegionFeatures",
                       "Traffic between clients and this region is prioritised (QoS) on the access segment.")},
};

QList<int> unknownBitNumbers(quint64 bits)
{
    QList<int> numbers;
    for (int bit = 0; bit < 64; ++bit) {
        if ((bits >> bit) & 1U)
            numbers.append(bit + 1); // the API documents bits counting from 1
    }
    return numbers;
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QList<RegionFeatures::Entry> RegionFeatures::entries() const
{
    QList<Entry> out;
    for (const FeatureName &entry : FeatureNames) {
        if (has(entry.feature))
            out.append({QLatin1String(entry.key), tr(entry.name), tr(entry.description)});
    }
    for (const int bit : unknownBitNumbers(unknownBits()))
        out.append(
            {QStringLiteral("bit%1").arg(bit), tr("unknown feature (bit %1)").arg(bit),
             tr("Tencent Cloud sets bit %1 of FeatureBitmap here, but does not document what it means.").arg(bit),
             false});
    return out;
}

QStringList RegionFeatures::keys() const
{
    QStringList out;
    for (const Entry &entry : entries())
        out.append(entry.key);
    return out;
}

QStringList RegionFeatures::names() const
{
    QStringList out;
    for (const Entry &entry : entries())
        out.append(entry.name);
    return out;
}

QJsonObject OriginRegionQuery::toParameters() const
{
    QJsonObject parameters;
    if (qualityType)
        parameters.insert(QStringLiteral("QualityType"), static_cast<int>(*qualityType));
    return parameters;
}

QJsonObject AccessRegionQuery::toParameters() const
{
    QJsonObject parameters{{QStringLiteral("DestRegion"), originRegion}};
    insertIfSet(parameters, QStringLiteral("IPAddressVersion"), ipVersion);
    insertIfSet(parameters, QStringLiteral("PackageType"), packageType);
    return parameters;
}

QJsonObject CheckRequest::toParameters() const
{
    QJsonObject parameters{{QStringLiteral("AccessRegion"), accessRegion},
                           {QStringLiteral("RealServerRegion"), originRegion},
                           {QStringLiteral("Bandwidth"), bandwidth},
                           {QStringLiteral("Concurrent"), concurrent}};
    insertIfSet(parameters, QStringLiteral("GroupId"), groupId);
    insertIfSet(parameters, QStringLiteral("IPAddressVersion"), ipVersion);
    insertIfSet(parameters, QStringLiteral("NetworkType"), networkType);
    insertIfSet(parameters, QStringLiteral("PackageType"), packageType);
    return parameters;
}

bool operator==(const CheckRequest &a, const CheckRequest &b)
{
    return a.toParameters() == b.toParameters();
}

QJsonObject PriceRequest::toParameters() const
{
    QJsonObject parameters = connection.toParameters();
    parameters.remove(QStringLiteral("GroupId"));
    if (billing)
        parameters.insert(QStringLiteral("BillingType"), *billing == Billing::Traffic ? 1 : 0);
    return parameters;
}

namespace GaapValues {

QStringList ipVersions()
{
    return {QStringLiteral("IPv4"), QStringLiteral("IPv6")};
}

QStringList networkTypes()
{
    return {QStringLiteral("normal"), QStringLiteral("cn2"), QStringLiteral("triple"), QStringLiteral("secure_eip")};
}

bool isNetworkType(const QString &text)
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,32}")));
    return shape.match(text).hasMatch();
}

QStringList packageTypes()
{
    return {QStringLiteral("Thunder"), QStringLiteral("Accelerator"), QStringLiteral("CrossBorder")};
}

QStringList qualityTypes()
{
    return {QStringLiteral("gold"), QStringLiteral("silver")};
}

QString qualityTypeName(QualityType type)
{
    return qualityTypes().value(static_cast<int>(type));
}

std::optional<QualityType> qualityTypeFromName(const QString &name)
{
    const qsizetype index = qualityTypes().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<QualityType>(index);
}

} // namespace GaapValues

QStringList RegionDetail::offeredNetworkTypes() const
{
    if (!networkTypes)
        return {QStringLiteral("normal")};
    QStringList offered;
    for (const QString &type : *networkTypes) {
        if (GaapValues::isNetworkType(type) && !offered.contains(type))
            offered.append(type);
    }
    return offered;
}
