#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain values for the GAAP (2018-05-29) operations the app uses. Text fields hold the server's
// values verbatim; optional fields are "not given" when the server sent null or nothing.

// RegionDetail.FeatureBitmap, decoded; bits nobody documented are kept, not dropped.
class RegionFeatures final
{
    Q_DECLARE_TR_FUNCTIONS(RegionFeatures)

public:
    enum Feature : quint64 {
        Layer4 = 1,
        Layer7 = 2,
        Http3 = 4,
        IPv6 = 8,
        PremiumBgp = 16,
        TripleCarrier = 32,
        AccessQos = 64,
    };
    static constexpr quint64 KnownBits = 127;

    RegionFeatures() = default;
    explicit RegionFeatures(quint64 bitmap)
        : m_bitmap(bitmap)
    {
    }

    [[nodiscard]] quint64 bitmap() const { return m_bitmap; }
    [[nodiscard]] bool has(Feature feature) const { return (m_bitmap & feature) != 0; }
    [[nodiscard]] quint64 unknownBits() const { return m_bitmap & ~KnownBits; }
    // Stable English keys ("layer4", "ipv6", …, "bit8") for scripts.
    [[nodiscard]] QStringList keys() const;
    // Translated names for people; unknown bits as "unknown feature (bit 8)".
    [[nodiscard]] QStringList names() const;

    // One feature the bitmap has: its key, its translated name and one translated sentence on what it means.
    struct Entry
    {
        QString key;
        QString name;
        QString description;
        bool known = true; // false for a bit nobody documented
    };
    // Every feature set in the bitmap, documented ones first (in bit order), then the unknown bits.
    [[nodiscard]] QList<Entry> entries() const;

private:
    quint64 m_bitmap = 0;
};

struct RegionDetail
{
    QString regionId;
    QString regionName;
    QString regionArea;
    QString regionAreaName;
    QString idcType; // "dc" data center, "ec" edge node
    std::optional<RegionFeatures> features;
    std::optional<QStringList> networkTypes; // SupportFeature.NetworkType; nullopt when SupportFeature is null
    // Why this entry of the server's list cannot be used ("DestRegionSet[2].RegionId: expected a string,
    // got a number"); empty when it can. The other entries of the list are not affected.
    QString problem;
    [[nodiscard]] bool isUsable() const { return problem.isEmpty(); }

    // The NetworkType values a check from this origin can use: every value of networkTypes that is a
    // network type (GaapValues::isNetworkType), each once, in the server's order; "normal" when the
    // origin names none (SupportFeature null).
    [[nodiscard]] QStringList offeredNetworkTypes() const;
};

struct AccessRegionDetail
{
    QString regionId;
    QString regionName;
    QString regionArea;
    QString regionAreaName;
    QString idcType;
    std::optional<RegionFeatures> features;
    QList<qint64> bandwidthList;  // Mbps
    QList<qint64> concurrentList; // units of 10,000 connections
    QString problem;              // as RegionDetail::problem: why this entry cannot be used
    [[nodiscard]] bool isUsable() const { return problem.isEmpty(); }
};

// DescribeDestRegions' QualityType: the connection quality whose origin regions are listed.
enum class QualityType { Gold = 0, Silver = 1 };

// The DescribeDestRegions parameters.
struct OriginRegionQuery
{
    std::optional<QualityType> qualityType; // nullopt: not sent (the API's default, gold)

    [[nodiscard]] QJsonObject toParameters() const;

    friend bool operator==(const OriginRegionQuery &a, const OriginRegionQuery &b)
    {
        return a.qualityType == b.qualityType;
    }
    friend bool operator!=(const OriginRegionQuery &a, const OriginRegionQuery &b) { return !(a == b); }
};

struct AccessRegionQuery
{
    QString originRegion;
    QString ipVersion;   // empty: the API's default (IPv4)
    QString packageType; // empty: not sent

    [[nodiscard]] QJsonObject toParameters() const;

    friend bool operator==(const AccessRegionQuery &a, const AccessRegionQuery &b)
    {
        return a.originRegion == b.originRegion && a.ipVersion == b.ipVersion && a.packageType == b.packageType;
    }
    friend bool operator!=(const AccessRegionQuery &a, const AccessRegionQuery &b) { return !(a == b); }
};

// The CheckProxyCreate parameters. The disused Http3Supported is never sent.
struct CheckRequest
{
    QString accessRegion;
    QString originRegion;
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
    QString groupId;     // optional
    QString ipVersion;   // optional: IPv4 | IPv6
    QString networkType; // optional: one the origin offers (normal, cn2, triple, …)
    QString packageType; // optional: Thunder | Accelerator | CrossBorder

    [[nodiscard]] QJsonObject toParameters() const;
    friend bool operator==(const CheckRequest &a, const CheckRequest &b);
};

struct CheckResult
{
    bool canCreate = false;
    QString requestId;
};

struct PriceRequest
{
    CheckRequest connection; // GroupId is not part of a price inquiry
    enum class Billing { Bandwidth, Traffic };
    std::optional<Billing> billing; // nullopt: the API's default (bandwidth)

    [[nodiscard]] QJsonObject toParameters() const;
};

struct BandwidthPriceTier
{
    qint64 fromMbps = 0;
    std::optional<qint64> toMbps; // nullopt: no upper bound (-1 on the wire)
    std::optional<double> unitPrice;
    std::optional<double> discountUnitPrice;
};

struct PriceQuote
{
    std::optional<double> proxyDailyPrice;
    std::optional<double> discountProxyDailyPrice;
    QString currency;
    QList<BandwidthPriceTier> bandwidthTiers;
    std::optional<double> flowUnitPrice;
    std::optional<double> discountFlowUnitPrice;
    std::optional<double> cn2BandwidthPrice;
    std::optional<double> cn2BandwidthPriceWithDiscount;
    QString requestId;
};

// The documented values of the enumerated parameters.
namespace GaapValues {
QStringList ipVersions();   // IPv4, IPv6
QStringList networkTypes(); // the documented ones: normal, cn2, triple, secure_eip
// A NetworkType an origin may advertise (SupportFeature.NetworkType): the documented ones and any other
// plain token ("[A-Za-z0-9_-]{1,32}"), so a new type is offered and sent as the server names it.
bool isNetworkType(const QString &text);
QStringList packageTypes(); // Thunder, Accelerator, CrossBorder
// QualityType by name, the same in every language: "gold" (0) and "silver" (1).
QStringList qualityTypes();
QString qualityTypeName(QualityType type);
std::optional<QualityType> qualityTypeFromName(const QString &name);
} // namespace GaapValues
