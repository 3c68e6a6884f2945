#pragma once

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What the fake GAAP server knows: key pairs it accepts, origin and access regions, capacity and
// prices. Loaded from a JSON file (tests/data/gaap-fake-data.json by default).

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
};

struct FakeDestRegion : FakeRegion
{
    std::optional<QStringList> networkTypes; // nullopt: SupportFeature is null
    // The DescribeDestRegions QualityTypes it is listed for: 0 gold, 1 silver ("QualityTypes" in the file;
    // gold only when it is left out).
    QList<qint64> qualityTypes{0};
    // The NetworkType values a connection from it may use: its SupportFeature.NetworkType, or normal.
    [[nodiscard]] QStringList offeredNetworkTypes() const;
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

private:
    QList<FakeCredential> m_credentials;
    QList<FakeDestRegion> m_destRegions;
    QList<FakeAccessRegion> m_accessRegions;
};
