#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What the fake GAAP server knows: key pairs it accepts, origin and access regions, capacity and
// prices, the account's connection groups. Loaded from a JSON file (tests/data/gaap-fake-data.json by default).

struct LocalizedText
{
    QString chinese;
    QString english;
    [[nodiscard]] QString in(bool inChinese) const { return inChinese ? chinese : english; }
};

struct FakeCredential
{
    QString secretId;
    QString secretKey;
    QString token; // empty: a long-term key that must not send X-TC-Token
};

// The fields RegionDetail and AccessRegionDetial share.
struct FakeRegion
{
    QString id;
    LocalizedText name;
    QString area;
    LocalizedText areaName;
    QString idcType;
    qint64 featureBitmap = 0;

    // RegionId, RegionName, RegionArea, RegionAreaName, IDCType and FeatureBitmap as the API sends them.
    [[nodiscard]] QJsonObject toJson(bool chinese) const;
};

struct FakeDestRegion : FakeRegion
{
    std::optional<QStringList> networkTypes; // nullopt: SupportFeature is null
    // The DescribeDestRegions QualityTypes it is listed for: 0 gold, 1 silver ("QualityTypes" in the file;
    // gold only when it is left out).
    QList<qint64> qualityTypes{0};
    // The NetworkType values a connection from it may use: its SupportFeature.NetworkType, or normal.
    [[nodiscard]] QStringList offeredNetworkTypes() const;

    // A RegionDetail with its SupportFeature (null when the data says so).
    [[nodiscard]] QJsonObject toJson(bool chinese) const;
};

struct FakeCapacity
{
    qint64 maxBandwidth = 0;
    qint64 maxConcurrent = 0;
};

struct FakePrice
{
    QString currency;
    double baseDailyPrice = 0;
    double concurrentDailyPrice = 0;
    double discount = 1;
    double cn2BandwidthPrice = 0;
    std::optional<double> flowUnitPrice;
    QJsonArray bandwidthTiers; // [{"BandwidthRange":[from,to],"BandwidthUnitPrice":p}, …]
};

struct FakeAccessRegion : FakeRegion
{
    QList<qint64> bandwidths;
    QList<qint64> concurrents;
    QStringList ipVersions;
    QStringList packageTypes;
    QStringList destRegions;
    QMap<QString, FakeCapacity> capacity; // by network type
    FakePrice price;
};

// A connection group of the account (DescribeProxyGroupList). In the data file: GroupId, GroupName, ProjectId,
// RealServerRegion (a destRegions RegionId) and Status are required; PackageType (Thunder), FeatureBitmap (7),
// Http3Supported (0), CreateTime (0) and TagSet ([{"TagKey":…,"TagValue":…}]) are optional.
struct FakeProxyGroup
{
    QString id;
    QString name;
    qint64 projectId = 0;
    QString destRegion;
    QString status = QStringLiteral("RUNNING");
    QString packageType = QStringLiteral("Thunder"); // what the PackageType filter compares
    qint64 featureBitmap = 7;
    qint64 http3Supported = 0;
    qint64 createTime = 0;
    QList<std::pair<QString, QString>> tags;
};

// A connection the data says can be created with the CLI's and the form's defaults (IPv4, Thunder,
// normal network): an origin, an access region serving it and its smallest offered bandwidth and
// concurrency, both within its normal capacity.
struct FakeRoute
{
    QString origin;
    QString access;
    qint64 bandwidth = 0;
    qint64 concurrent = 0;
};

class FakeGaapData final
{
public:
    static std::optional<FakeGaapData> fromJson(const QByteArray &json, QString *error);
    static std::optional<FakeGaapData> fromFile(const QString &path, QString *error);
    // The data file compiled into the support library (tests/data/gaap-fake-data.json).
    static FakeGaapData builtIn();

    [[nodiscard]] const QList<FakeCredential> &credentials() const { return m_credentials; }
    [[nodiscard]] const QList<FakeDestRegion> &destRegions() const { return m_destRegions; }
    // What DescribeDestRegions lists for QualityType `qualityType` (0 gold, the API's default; 1 silver).
    [[nodiscard]] QList<FakeDestRegion> destRegions(qint64 qualityType) const;
    [[nodiscard]] const QList<FakeAccessRegion> &accessRegions() const { return m_accessRegions; }
    [[nodiscard]] const QList<FakeProxyGroup> &proxyGroups() const { return m_proxyGroups; }

    [[nodiscard]] const FakeCredential *credential(const QString &secretId) const;
    [[nodiscard]] const FakeDestRegion *destRegion(const QString &id) const;
    [[nodiscard]] const FakeAccessRegion *accessRegion(const QString &id) const;

    // An access region (IPv4, Thunder) whose normal capacity is exactly one of its offered bandwidths
    // and concurrencies, with a bigger bandwidth offered too: some of its configurations can be
    // created, some cannot. nullptr when the data has none.
    [[nodiscard]] const FakeAccessRegion *partlyCreatableRegion() const;
    // The first creatable route in the data's order; nullopt when there is none.
    [[nodiscard]] std::optional<FakeRoute> creatableRoute() const;
    void addCredential(const FakeCredential &credential) { m_credentials.append(credential); }
    // Capacity that changes while the server runs (watches): false when there is no such access region.
    bool setCapacity(const QString &accessRegion, const QString &networkType, const FakeCapacity &capacity);
    void addProxyGroup(const FakeProxyGroup &group) { m_proxyGroups.append(group); }
    // `count` more groups of `destRegion` in `status` (IDs lg-x0000001, lg-x0000002, …; names generated-1, …),
    // for tests of paging.
    void addGeneratedGroups(int count, const QString &destRegion, const QString &status = QStringLiteral("RUNNING"));

private:
    QList<FakeCredential> m_credentials;
    QList<FakeDestRegion> m_destRegions;
    QList<FakeAccessRegion> m_accessRegions;
    QList<FakeProxyGroup> m_proxyGroups;
    int m_generatedGroups = 0;
};
