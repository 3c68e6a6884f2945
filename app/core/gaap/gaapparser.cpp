#include "core/gaap/gaapparser.h"

#include "core/common/servertext.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>
#include <limits>
#include <utility>

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QStringLiteral("something else");
}

// Reads fields of one JSON object; the first problem is kept, with the field's path.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    [[nodiscard]] QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    // A reader for an object inside this one, reporting into the same error.
    [[nodiscard]] FieldReader nested(const QJsonObject &object, const QString &key) const
    {
        return FieldReader(object, where(key), m_error);
    }

    QString requiredString(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString() || value.toString().isEmpty()) {
            fail(key, value, QStringLiteral("a non-empty string"));
            return {};
        }
        return ServerText::printable(value.toString());
    }

    // Text shown to people: absent or null is "not given" (empty); another type is an error.
    QString optionalString(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(key, value, QStringLiteral("a string"));
        return ServerText::printable(value.toString());
    }

    std::optional<qint64> optionalInteger(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return integer(key, value);
    }

    std::optional<qint64> requiredInteger(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            fail(key, value, QStringLiteral("an integer"));
            return std::nullopt;
        }
        return integer(key, value);
    }

    std::optional<double> optionalNumber(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(key, value, QStringLiteral("a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    QJsonArray requiredArray(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            fail(key, value, QStringLiteral("an array"));
            return {};
        }
        return value.toArray();
    }

    // Null or absent is "not given"; an empty array is given (and empty).
    std::optional<QJsonArray> optionalArray(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isArray()) {
            fail(key, value, QStringLiteral("an array"));
            return std::nullopt;
        }
        return value.toArray();
    }

    QList<qint64> positiveIntegers(const QString &key)
    {
        QList<qint64> out;
        const QJsonArray array = requiredArray(key);
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
            const std::optional<qint64> number = integer(item, array.at(i));
            if (number && *number <= 0)
                fail(item, array.at(i), QStringLiteral("a positive integer"));
            else if (number)
                out.append(*number);
        }
        return out;
    }

    QJsonObject requiredObject(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject())
            fail(key, value, QStringLiteral("an object"));
        return value.toObject();
    }

    std::optional<QJsonObject> optionalObject(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isObject()) {
            fail(key, value, QStringLiteral("an object"));
            return std::nullopt;
        }
        return value.toObject();
    }

    [[nodiscard]] bool ok() const { return m_error->isEmpty(); }

    void fail(const QString &key, const QJsonValue &value, const QString &expected)
    {
        if (ok())
            *m_error = QStringLiteral("%1: expected %2, got %3").arg(where(key), expected, typeName(value));
    }

private:
    std::optional<qint64> integer(const QString &key, const QJsonValue &value)
    {
        constexpr double Limit = 9007199254740992.0; // 2^53: larger integers are not exact in JSON numbers
        const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number || std::abs(number) > Limit) {
            fail(key, value, QStringLiteral("an integer"));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }

    const QJsonObject &m_object;
    QString m_path;
    QString *m_error;
};

// FeatureBitmap (RegionDetail, ProxyGroupInfo): null or absent is "not given".
std::optional<RegionFeatures> readFeatures(FieldReader &reader)
{
    const std::optional<qint64> bitmap = reader.optionalInteger(QStringLiteral("FeatureBitmap"));
    if (bitmap && *bitmap < 0) {
        reader.fail(QStringLiteral("FeatureBitmap"), QJsonValue(static_cast<double>(*bitmap)),
                    QStringLiteral("a non-negative integer"));
        return std::nullopt;
    }
    if (!bitmap)
        return std::nullopt;
    return RegionFeatures(static_cast<quint64>(*bitmap));
}

template<typename Region>
void readRegionCommon(FieldReader &reader, Region &region)
{
    region.regionId = reader.requiredString(QStringLiteral("RegionId"));
    region.regionName = reader.optionalString(QStringLiteral("RegionName"));
    region.regionArea = reader.optionalString(QStringLiteral("RegionArea"));
    region.regionAreaName = reader.optionalString(QStringLiteral("RegionAreaName"));
    region.idcType = reader.optionalString(QStringLiteral("IDCType"));
    region.features = readFeatures(reader);
}

// One ProxyGroupInfo. Status stays verbatim (a newer status is kept, not refused); Http3Supported is 0 or 1.
void readProxyGroup(FieldReader &reader, ProxyGroup &group)
{
    group.groupId = reader.requiredString(QStringLiteral("GroupId"));
    group.groupName = reader.optionalString(QStringLiteral("GroupName"));
    group.projectId = reader.requiredInteger(QStringLiteral("ProjectId")).value_or(0);
    const QJsonObject origin = reader.requiredObject(QStringLiteral("RealServerRegionInfo"));
    if (reader.ok()) {
        FieldReader originReader = reader.nested(origin, QStringLiteral("RealServerRegionInfo"));
        group.originRegionId = originReader.requiredString(QStringLiteral("RegionId"));
        group.originRegionName = originReader.optionalString(QStringLiteral("RegionName"));
    }
    group.status = reader.requiredString(QStringLiteral("Status"));
    group.features = readFeatures(reader);
    const std::optional<qint64> http3 = reader.optionalInteger(QStringLiteral("Http3Supported"));
    if (http3 && *http3 != 0 && *http3 != 1)
        reader.fail(QStringLiteral("Http3Supported"), QJsonValue(static_cast<double>(*http3)),
                    QStringLiteral("0 or 1"));
    else if (http3)
        group.http3Supported = *http3 == 1;
    const std::optional<qint64> created = reader.optionalInteger(QStringLiteral("CreateTime"));
    if (created && *created < 0)
        reader.fail(QStringLiteral("CreateTime"), QJsonValue(static_cast<double>(*created)),
                    QStringLiteral("a non-negative integer"));
    else if (created)
        group.createTime = QDateTime::fromSecsSinceEpoch(*created, QTimeZone::utc());
}

// Calls readOne(reader, item) for each object of response[key]. Only a missing or mistyped list fails
// the whole answer; a bad entry is kept with its first problem (Detail::problem), so one odd region
// never hides the others.
template<typename T, typename ReadOne>
Parsed<QList<T>> readList(const QJsonObject &response, const QString &key, ReadOne readOne)
{
    Parsed<QList<T>> parsed;
    FieldReader top(response, QString(), &parsed.error);
    const QJsonArray array = top.requiredArray(key);
    if (!top.ok())
        return parsed;
    QList<T> items;
    const QJsonObject none;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        T item;
        FieldReader entry(none, QString(), &item.problem);
        if (!array.at(i).isObject()) {
            entry.fail(path, array.at(i), QStringLiteral("an object"));
        } else {
            const QJsonObject object = array.at(i).toObject();
            FieldReader reader = entry.nested(object, path);
            readOne(reader, item);
        }
        items.append(item);
    }
    parsed.value = items;
    return parsed;
}

} // namespace

namespace GaapParser {

Parsed<QList<RegionDetail>> originRegions(const QJsonObject &response)
{
    return readList<RegionDetail>(
        response, QStringLiteral("DestRegionSet"), [](FieldReader &reader, RegionDetail &region) {
            readRegionCommon(reader, region);
            const std::optional<QJsonObject> support = reader.optionalObject(QStringLiteral("SupportFeature"));
            if (!support)
                return;
            FieldReader supportReader = reader.nested(*support, QStringLiteral("SupportFeature"));
            const std::optional<QJsonArray> types = supportReader.optionalArray(QStringLiteral("NetworkType"));
            if (!types)
                return;
            QStringList networkTypes;
            for (qsizetype i = 0; i < types->size(); ++i) {
                if (!types->at(i).isString()) {
                    supportReader.fail(QStringLiteral("NetworkType[%1]").arg(i), types->at(i),
                                       QStringLiteral("a string"));
                    return;
                }
                networkTypes.append(ServerText::printable(types->at(i).toString()));
            }
            region.networkTypes = networkTypes;
        });
}

Parsed<QList<AccessRegionDetail>> accessRegions(const QJsonObject &response)
{
    return readList<AccessRegionDetail>(
        response, QStringLiteral("AccessRegionSet"), [](FieldReader &reader, AccessRegionDetail &region) {
            readRegionCommon(reader, region);
            region.bandwidthList = reader.positiveIntegers(QStringLiteral("BandwidthList"));
            region.concurrentList = reader.positiveIntegers(QStringLiteral("ConcurrentList"));
        });
}

Parsed<ProxyGroupPage> proxyGroups(const QJsonObject &response)
{
    Parsed<ProxyGroupPage> parsed;
    Parsed<QList<ProxyGroup>> list = readList<ProxyGroup>(response, QStringLiteral("ProxyGroupList"), &readProxyGroup);
    if (!list.value) {
        parsed.error = list.error;
        return parsed;
    }
    FieldReader reader(response, QString(), &parsed.error);
    const std::optional<qint64> total = reader.requiredInteger(QStringLiteral("TotalCount"));
    if (total && *total < 0)
        reader.fail(QStringLiteral("TotalCount"), response.value(QLatin1String("TotalCount")),
                    QStringLiteral("a non-negative integer"));
    if (reader.ok())
        parsed.value = ProxyGroupPage{*total, std::move(*list.value)};
    return parsed;
}

Parsed<CheckResult> checkResult(const QJsonObject &response)
{
    Parsed<CheckResult> parsed;
    FieldReader reader(response, QString(), &parsed.error);
    const std::optional<qint64> flag = reader.requiredInteger(QStringLiteral("CheckFlag"));
    if (flag && *flag != 0 && *flag != 1)
        reader.fail(QStringLiteral("CheckFlag"), response.value(QLatin1String("CheckFlag")), QStringLiteral("0 or 1"));
    const QString requestId = reader.requiredString(QStringLiteral("RequestId"));
    if (reader.ok())
        parsed.value = CheckResult{*flag == 1, requestId};
    return parsed;
}

Parsed<PriceQuote> priceQuote(const QJsonObject &response)
{
    Parsed<PriceQuote> parsed;
    FieldReader reader(response, QString(), &parsed.error);
    PriceQuote quote;
    quote.proxyDailyPrice = reader.optionalNumber(QStringLiteral("ProxyDailyPrice"));
    quote.discountProxyDailyPrice = reader.optionalNumber(QStringLiteral("DiscountProxyDailyPrice"));
    quote.currency = reader.optionalString(QStringLiteral("Currency"));
    quote.flowUnitPrice = reader.optionalNumber(QStringLiteral("FlowUnitPrice"));
    quote.discountFlowUnitPrice = reader.optionalNumber(QStringLiteral("DiscountFlowUnitPrice"));
    quote.cn2BandwidthPrice = reader.optionalNumber(QStringLiteral("Cn2BandwidthPrice"));
    quote.cn2BandwidthPriceWithDiscount = reader.optionalNumber(QStringLiteral("Cn2BandwidthPriceWithDiscount"));
    quote.requestId = reader.requiredString(QStringLiteral("RequestId"));

    const std::optional<QJsonArray> tiers = reader.optionalArray(QStringLiteral("BandwidthUnitPrice"));
    for (qsizetype i = 0; tiers && i < tiers->size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("BandwidthUnitPrice[%1]").arg(i);
        if (!tiers->at(i).isObject()) {
            reader.fail(path, tiers->at(i), QStringLiteral("an object"));
            break;
        }
        const QJsonObject object = tiers->at(i).toObject();
        FieldReader tierReader = reader.nested(object, path);
        const QJsonArray range = tierReader.requiredArray(QStringLiteral("BandwidthRange"));
        if (!tierReader.ok())
            break;
        const auto wholeNumber = [](const QJsonValue &value) {
            const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
            return value.isDouble() && std::isfinite(number) && std::floor(number) == number && std::abs(number) < 1e15;
        };
        const bool shaped = range.size() == 2 && wholeNumber(range.at(0)) && wholeNumber(range.at(1));
        const qint64 from = shaped ? range.at(0).toInteger() : 0;
        const qint64 to = shaped ? range.at(1).toInteger() : 0;
        if (!shaped || from < 0 || (to < 0 && to != -1) || (to >= 0 && to < from)) {
            tierReader.fail(QStringLiteral("BandwidthRange"), QJsonValue(range),
                            QStringLiteral("[from, to] whole Mbps with from <= to, or to = -1 for no upper bound"));
            break;
        }
        BandwidthPriceTier tier;
        tier.fromMbps = from;
        if (to >= 0)
            tier.toMbps = to;
        tier.unitPrice = tierReader.optionalNumber(QStringLiteral("BandwidthUnitPrice"));
        tier.discountUnitPrice = tierReader.optionalNumber(QStringLiteral("DiscountBandwidthUnitPrice"));
        quote.bandwidthTiers.append(tier);
    }
    if (reader.ok())
        parsed.value = quote;
    return parsed;
}

} // namespace GaapParser
