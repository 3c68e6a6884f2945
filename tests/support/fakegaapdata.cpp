#include "support/fakegaapdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace {

// Loading stops at the first problem with a message naming the entry and the field.
struct DataError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const QString &where, const QString &what)
{
    throw DataError(QString(where + QStringLiteral(": ") + what).toStdString());
}

QJsonValue required(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        fail(where, QStringLiteral("missing \"%1\"").arg(key));
    return value;
}

// A required value of one JSON type; `typeName` completes "must be …".
QJsonValue requiredOfType(const QJsonObject &object, const QString &key, const QString &where,
                          bool (QJsonValue::*isType)() const, const char *typeName)
{
    const QJsonValue value = required(object, key, where);
    if (!(value.*isType)())
        fail(where, QStringLiteral("\"%1\" must be %2").arg(key, QLatin1String(typeName)));
    return value;
}

QString requiredString(const QJsonObject &object, const QString &key, const QString &where)
{
    return requiredOfType(object, key, where, &QJsonValue::isString, "a string").toString();
}

qint64 requiredInteger(const QJsonObject &object, const QString &key, const QString &where)
{
    return requiredOfType(object, key, where, &QJsonValue::isDouble, "a number").toInteger();
}

double requiredNumber(const QJsonObject &object, const QString &key, const QString &where)
{
    return requiredOfType(object, key, where, &QJsonValue::isDouble, "a number").toDouble();
}

QJsonArray requiredArray(const QJsonObject &object, const QString &key, const QString &where)
{
    return requiredOfType(object, key, where, &QJsonValue::isArray, "an array").toArray();
}

LocalizedText requiredText(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonObject text =
        requiredOfType(object, key, where, &QJsonValue::isObject, "an object with zh-CN and en-US").toObject();
    const QString inner = where + u'.' + key;
    return {requiredString(text, QStringLiteral("zh-CN"), inner), requiredString(text, QStringLiteral("en-US"), inner)};
}

QStringList requiredStrings(const QJsonObject &object, const QString &key, const QString &where)
{
    QStringList out;
    for (const QJsonValue &item : requiredArray(object, key, where)) {
        if (!item.isString())
            fail(where, QStringLiteral("\"%1\" must hold strings").arg(key));
        out.append(item.toString());
    }
    return out;
}

QList<qint64> requiredIntegers(const QJsonObject &object, const QString &key, const QString &where)
{
    QList<qint64> out;
    for (const QJsonValue &item : requiredArray(object, key, where)) {
        if (!item.isDouble())
            fail(where, QStringLiteral("\"%1\" must hold numbers").arg(key));
        out.append(item.toInteger());
    }
    return out;
}

void readCommonRegionFields(FakeRegion &region, const QJsonObject &object, const QString &where)
{
    region.id = requiredString(object, QStringLiteral("RegionId"), where);
    region.name = requiredText(object, QStringLiteral("RegionName"), where);
    region.area = requiredString(object, QStringLiteral("RegionArea"), where);
    region.areaName = requiredText(object, QStringLiteral("RegionAreaName"), where);
    region.idcType = requiredString(object, QStringLiteral("IDCType"), where);
    region.featureBitmap = requiredInteger(object, QStringLiteral("FeatureBitmap"), where);
}

FakeDestRegion readDestRegion(const QJsonObject &object, const QString &where)
{
    FakeDestRegion region;
    readCommonRegionFields(region, object, where);
    const QJsonValue support = required(object, QStringLiteral("SupportFeature"), where);
    if (support.isObject())
        region.networkTypes = requiredStrings(support.toObject(), QStringLiteral("NetworkType"), where);
    else if (!support.isNull())
        fail(where, QStringLiteral("\"SupportFeature\" must be an object or null"));
    if (object.contains(QStringLiteral("QualityTypes"))) {
        region.qualityTypes = requiredIntegers(object, QStringLiteral("QualityTypes"), where);
        for (const qint64 quality : std::as_const(region.qualityTypes)) {
            if (quality != 0 && quality != 1)
                fail(where, QStringLiteral("\"QualityTypes\" must hold 0 (gold) or 1 (silver)"));
        }
    }
    return region;
}

FakePrice readPrice(const QJsonObject &object, const QString &where)
{
    FakePrice price;
    price.currency = requiredString(object, QStringLiteral("Currency"), where);
    price.baseDailyPrice = requiredNumber(object, QStringLiteral("BaseDailyPrice"), where);
    price.concurrentDailyPrice = requiredNumber(object, QStringLiteral("ConcurrentDailyPrice"), where);
    price.discount = requiredNumber(object, QStringLiteral("Discount"), where);
    price.cn2BandwidthPrice = requiredNumber(object, QStringLiteral("Cn2BandwidthPrice"), where);
    const QJsonValue flow = required(object, QStringLiteral("FlowUnitPrice"), where);
    if (flow.isDouble())
        price.flowUnitPrice = flow.toDouble();
    price.bandwidthTiers = requiredArray(object, QStringLiteral("BandwidthUnitPrice"), where);
    return price;
}

FakeAccessRegion readAccessRegion(const QJsonObject &object, const QString &where)
{
    FakeAccessRegion region;
    readCommonRegionFields(region, object, where);
    region.bandwidths = requiredIntegers(object, QStringLiteral("BandwidthList"), where);
    region.concurrents = requiredIntegers(object, QStringLiteral("ConcurrentList"), where);
    region.ipVersions = requiredStrings(object, QStringLiteral("IPAddressVersions"), where);
    region.packageTypes = requiredStrings(object, QStringLiteral("PackageTypes"), where);
    region.destRegions = requiredStrings(object, QStringLiteral("DestRegions"), where);
    const QJsonValue capacity = required(object, QStringLiteral("Capacity"), where);
    if (!capacity.isObject())
        fail(where, QStringLiteral("\"Capacity\" must be an object"));
    const QJsonObject capacities = capacity.toObject();
    for (auto it = capacities.begin(); it != capacities.end(); ++it) {
        const QString inner = where + QStringLiteral(".Capacity.") + it.key();
        const QJsonObject limits = it.value().toObject();
        region.capacity.insert(it.key(), {requiredInteger(limits, QStringLiteral("MaxBandwidth"), inner),
                                          requiredInteger(limits, QStringLiteral("MaxConcurrent"), inner)});
    }
    const QJsonValue price = required(object, QStringLiteral("Price"), where);
    region.price = readPrice(price.toObject(), where + QStringLiteral(".Price"));
    return region;
}

FakeProxyGroup readProxyGroup(const QJsonObject &object, const QString &where)
{
    FakeProxyGroup group;
    group.id = requiredString(object, QStringLiteral("GroupId"), where);
    group.name = requiredString(object, QStringLiteral("GroupName"), where);
    group.projectId = requiredInteger(object, QStringLiteral("ProjectId"), where);
    group.destRegion = requiredString(object, QStringLiteral("RealServerRegion"), where);
    group.status = requiredString(object, QStringLiteral("Status"), where);
    if (object.contains(QLatin1String("PackageType")))
        group.packageType = requiredString(object, QStringLiteral("PackageType"), where);
    if (object.contains(QLatin1String("FeatureBitmap")))
        group.featureBitmap = requiredInteger(object, QStringLiteral("FeatureBitmap"), where);
    if (object.contains(QLatin1String("Http3Supported")))
        group.http3Supported = requiredInteger(object, QStringLiteral("Http3Supported"), where);
    if (object.contains(QLatin1String("CreateTime")))
        group.createTime = requiredInteger(object, QStringLiteral("CreateTime"), where);
    if (object.contains(QLatin1String("TagSet"))) {
        for (const QJsonValue &tag : requiredArray(object, QStringLiteral("TagSet"), where))
            group.tags.append(
                {requiredString(tag.toObject(), QStringLiteral("TagKey"), where + QStringLiteral(".TagSet")),
                 requiredString(tag.toObject(), QStringLiteral("TagValue"), where + QStringLiteral(".TagSet"))});
    }
    return group;
}

} // namespace

QJsonObject FakeRegion::toJson(bool chinese) const
{
    return QJsonObject{{QStringLiteral("RegionId"), id},     {QStringLiteral("RegionName"), name.in(chinese)},
                       {QStringLiteral("RegionArea"), area}, {QStringLiteral("RegionAreaName"), areaName.in(chinese)},
                       {QStringLiteral("IDCType"), idcType}, {QStringLiteral("FeatureBitmap"), featureBitmap}};
}

QJsonObject FakeDestRegion::toJson(bool chinese) const
{
    QJsonObject object = FakeRegion::toJson(chinese);
    if (networkTypes)
        object.insert(QStringLiteral("SupportFeature"),
                      QJsonObject{{QStringLiteral("NetworkType"), QJsonArray::fromStringList(*networkTypes)}});
    else
        object.insert(QStringLiteral("SupportFeature"), QJsonValue::Null);
    return object;
}

std::optional<FakeGaapData> FakeGaapData::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error =
                parseError.error != QJsonParseError::NoError
                    ? QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                    : QStringLiteral("the top level is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    FakeGaapData data;
    try {
        const QString top = QStringLiteral("data");
        for (const QJsonValue &value : requiredArray(root, QStringLiteral("credentials"), top)) {
            const QJsonObject object = value.toObject();
            const QString where = QStringLiteral("credentials[%1]").arg(data.m_credentials.size());
            data.m_credentials.append({requiredString(object, QStringLiteral("SecretId"), where),
                                       requiredString(object, QStringLiteral("SecretKey"), where),
                                       requiredString(object, QStringLiteral("Token"), where)});
        }
        for (const QJsonValue &value : requiredArray(root, QStringLiteral("destRegions"), top)) {
            const QString where = QStringLiteral("destRegions[%1]").arg(data.m_destRegions.size());
            data.m_destRegions.append(readDestRegion(value.toObject(), where));
        }
        for (const QJsonValue &value : requiredArray(root, QStringLiteral("accessRegions"), top)) {
            const QString where = QStringLiteral("accessRegions[%1]").arg(data.m_accessRegions.size());
            data.m_accessRegions.append(readAccessRegion(value.toObject(), where));
        }
        for (const FakeAccessRegion &access : std::as_const(data.m_accessRegions)) {
            for (const QString &dest : access.destRegions) {
                if (!data.destRegion(dest))
                    fail(access.id, QStringLiteral("serves unknown origin region \"%1\"").arg(dest));
            }
        }
        // Optional: a data file without groups lists none.
        const QJsonValue groups = root.value(QLatin1String("proxyGroups"));
        for (const QJsonValue &value :
             groups.isUndefined() ? QJsonArray() : requiredArray(root, QStringLiteral("proxyGroups"), top)) {
            const QString where = QStringLiteral("proxyGroups[%1]").arg(data.m_proxyGroups.size());
            data.m_proxyGroups.append(readProxyGroup(value.toObject(), where));
            if (!data.destRegion(data.m_proxyGroups.constLast().destRegion))
                fail(where,
                     QStringLiteral("unknown origin region \"%1\"").arg(data.m_proxyGroups.constLast().destRegion));
        }
    } catch (const DataError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
    return data;
}

std::optional<FakeGaapData> FakeGaapData::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

FakeGaapData FakeGaapData::builtIn()
{
    QString error;
    auto data = fromFile(QStringLiteral(":/fakegaap/gaap-fake-data.json"), &error);
    if (!data)
        qFatal("built-in fake GAAP data is broken: %s", qPrintable(error));
    return *data;
}

void FakeGaapData::addGeneratedGroups(int count, const QString &destRegion, const QString &status)
{
    for (int i = 0; i < count; ++i) {
        const int number = ++m_generatedGroups;
        FakeProxyGroup group;
        group.id = QStringLiteral("lg-x%1").arg(number, 7, 36, QLatin1Char('0'));
        group.name = QStringLiteral("generated-%1").arg(number);
        group.destRegion = destRegion;
        group.status = status;
        group.createTime = 1700000000 + number;
        m_proxyGroups.append(group);
    }
}

const FakeCredential *FakeGaapData::credential(const QString &secretId) const
{
    for (const FakeCredential &credential : m_credentials) {
        if (credential.secretId == secretId)
            return &credential;
    }
    return nullptr;
}

QStringList FakeDestRegion::offeredNetworkTypes() const
{
    return networkTypes.value_or(QStringList{QStringLiteral("normal")});
}

QList<FakeDestRegion> FakeGaapData::destRegions(qint64 qualityType) const
{
    QList<FakeDestRegion> listed;
    for (const FakeDestRegion &region : m_destRegions) {
        if (region.qualityTypes.contains(qualityType))
            listed.append(region);
    }
    return listed;
}

const FakeDestRegion *FakeGaapData::destRegion(const QString &id) const
{
    for (const FakeDestRegion &region : m_destRegions) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

bool FakeGaapData::setCapacity(const QString &accessRegion, const QString &networkType, const FakeCapacity &capacity)
{
    for (FakeAccessRegion &region : m_accessRegions) {
        if (region.id == accessRegion) {
            region.capacity.insert(networkType, capacity);
            return true;
        }
    }
    return false;
}

const FakeAccessRegion *FakeGaapData::accessRegion(const QString &id) const
{
    for (const FakeAccessRegion &region : m_accessRegions) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

// Serves an origin with the defaults of the CLI and the form: IPv4 and PackageType Thunder.
static bool offersTheDefaults(const FakeAccessRegion &access)
{
    return !access.destRegions.isEmpty() && access.ipVersions.contains(QStringLiteral("IPv4"))
           && access.packageTypes.contains(QStringLiteral("Thunder"));
}

std::optional<FakeRoute> FakeGaapData::creatableRoute() const
{
    for (const FakeAccessRegion &access : m_accessRegions) {
        const auto capacity = access.capacity.constFind(QStringLiteral("normal"));
        if (capacity == access.capacity.constEnd() || !offersTheDefaults(access) || access.bandwidths.isEmpty()
            || access.concurrents.isEmpty())
            continue;
        const qint64 bandwidth = *std::min_element(access.bandwidths.cbegin(), access.bandwidths.cend());
        const qint64 concurrent = *std::min_element(access.concurrents.cbegin(), access.concurrents.cend());
        if (bandwidth <= 0 || concurrent <= 0 || bandwidth > capacity->maxBandwidth
            || concurrent > capacity->maxConcurrent)
            continue;
        return FakeRoute{access.destRegions.constFirst(), access.id, bandwidth, concurrent};
    }
    return std::nullopt;
}

const FakeAccessRegion *FakeGaapData::partlyCreatableRegion() const
{
    for (const FakeAccessRegion &access : m_accessRegions) {
        const auto normal = access.capacity.constFind(QStringLiteral("normal"));
        if (normal != access.capacity.constEnd() && access.bandwidths.contains(normal->maxBandwidth)
            && access.concurrents.contains(normal->maxConcurrent)
            && access.bandwidths.constLast() > normal->maxBandwidth && offersTheDefaults(access))
            return &access;
    }
    return nullptr;
}
