// GaapParser on the official example responses, and RegionFeatures; the JSON helpers the parts share.
// See tst_gaapmodel.h.
//
// The example responses below are copied from the official examples (reference section 3.1–3.4;
// tccli examples.json), not produced by the code under test. The InquiryPriceCreateProxy example is
// published abridged; its elided tiers are written out as [20,100] 90/90, [100,500] 70/70, [500,2000] 60/60.
#include "tst_gaapmodel.h"

#include "core/gaap/gaapparser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

#include <optional>

using namespace GaapModelTest;

namespace {

// ---- Official examples, literally (reference 3.1–3.4) -------------------------------------------

constexpr char kDestRegionsExample[] =
    R"({"Response":{"TotalCount":1,"DestRegionSet":[{"RegionId":"NorthChina","RegionAreaName":"中国大陆-华北","IDCType":"dc","FeatureBitmap":1,"RegionArea":"NorthChina","RegionName":"中国大陆-华北","SupportFeature":{"NetworkType":["normal","cn2"]}}],"RequestId":"dad2a717-3c7d-444d-8f98-0cca9c897ff3"}})";

constexpr char kAccessRegionsExample[] =
    R"({"Response":{"AccessRegionSet":[{"RegionId":"Chongqing","RegionName":"重庆","ConcurrentList":[2,5,10,20,30],"BandwidthList":[10,20,50,100,200,500,1000],"RegionArea":"SouthwestChina","RegionAreaName":"重庆","IDCType":"dc","FeatureBitmap":71}],"RequestId":"5c680029-66b2-4be8-9630-7bd316ce70dd","TotalCount":1}})";

constexpr char kCheckExample[] = R"({"Response":{"CheckFlag":1,"RequestId":"50cfe60e-2cc8-4ff7-ba08-03769ea7259a"}})";

// Abridged in the docs; the elided middle tiers written out.
constexpr char kPriceExample[] =
    R"({"Response":{"ProxyDailyPrice":80.64,"DiscountProxyDailyPrice":80.64,"BandwidthUnitPrice":[)"
    R"({"BandwidthRange":[0,20],"BandwidthUnitPrice":130,"DiscountBandwidthUnitPrice":130},)"
    R"({"BandwidthRange":[20,100],"BandwidthUnitPrice":90,"DiscountBandwidthUnitPrice":90},)"
    R"({"BandwidthRange":[100,500],"BandwidthUnitPrice":70,"DiscountBandwidthUnitPrice":70},)"
    R"({"BandwidthRange":[500,2000],"BandwidthUnitPrice":60,"DiscountBandwidthUnitPrice":60},)"
    R"({"BandwidthRange":[2000,-1],"BandwidthUnitPrice":50,"DiscountBandwidthUnitPrice":50}],)"
    R"("Currency":"CNY","RequestId":"d04ffc2a-5c92-455c-b1b1-1d4e460a63e2","FlowUnitPrice":null,"DiscountFlowUnitPrice":null,"Cn2BandwidthPrice":0,"Cn2BandwidthPriceWithDiscount":0}})";

// ---- JSON helpers ---------------------------------------------------------------------------------

QJsonDocument parseDocument(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(QStringLiteral("bad JSON in the test itself: %1").arg(error.errorString())), __FILE__,
                     __LINE__);
    return document;
}

// The inner "Response" object of a whole response document.
QJsonObject innerResponse(const char *json)
{
    return parseDocument(json).object().value(QStringLiteral("Response")).toObject();
}

QJsonValue edited(const QJsonValue &node, const QStringList &path, qsizetype depth,
                  const std::optional<QJsonValue> &value)
{
    const QString &step = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = step.toInt();
        if (!last)
            array.replace(index, edited(array.at(index), path, depth + 1, value));
        else if (value)
            array.replace(index, *value);
        else
            array.removeAt(index);
        return array;
    }
    QJsonObject object = node.toObject();
    if (!last)
        object.insert(step, edited(object.value(step), path, depth + 1, value));
    else if (value)
        object.insert(step, *value);
    else
        object.remove(step);
    return object;
}

} // namespace

QJsonObject GaapModelTest::jsonObject(const char *json)
{
    return parseDocument(json).object();
}

QJsonValue GaapModelTest::js(const char *fragment)
{
    return parseDocument(QByteArray("[").append(fragment).append(']').constData()).array().at(0);
}

QString GaapModelTest::s(const char *latin1)
{
    return QString::fromUtf8(latin1);
}

QStringList GaapModelTest::words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

QJsonObject GaapModelTest::with(const QJsonObject &base, const char *path, const QJsonValue &value)
{
    return edited(base, QString::fromLatin1(path).split(u'/'), 0, value).toObject();
}

QJsonObject GaapModelTest::without(const QJsonObject &base, const char *path)
{
    return edited(base, QString::fromLatin1(path).split(u'/'), 0, std::nullopt).toObject();
}

QJsonObject GaapModelTest::destExample()
{
    return innerResponse(kDestRegionsExample);
}

QJsonObject GaapModelTest::accessExample()
{
    return innerResponse(kAccessRegionsExample);
}

QJsonObject GaapModelTest::checkExampleResponse()
{
    return innerResponse(kCheckExample);
}

QJsonObject GaapModelTest::priceExampleResponse()
{
    return innerResponse(kPriceExample);
}

QList<qint64> GaapModelTest::int64s(std::initializer_list<qint64> values)
{
    return QList<qint64>(values);
}

// ================================ GaapParser: documented examples ================================

void tst_GaapModel::destRegionsExample()
{
    const Parsed<QList<RegionDetail>> parsed = GaapParser::originRegions(destExample());
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.value->size(), qsizetype(1));
    const RegionDetail &region = parsed.value->constFirst();
    QCOMPARE(region.regionId, QStringLiteral("NorthChina"));
    QCOMPARE(region.regionName, QStringLiteral("中国大陆-华北"));
    QCOMPARE(region.regionArea, QStringLiteral("NorthChina"));
    QCOMPARE(region.regionAreaName, QStringLiteral("中国大陆-华北"));
    QCOMPARE(region.idcType, QStringLiteral("dc"));
    QVERIFY(region.features.has_value());
    QCOMPARE(region.features->bitmap(), quint64(1));
    QCOMPARE(region.features->keys(), QStringList{QStringLiteral("layer4")});
    QVERIFY(region.networkTypes.has_value());
    QCOMPARE(*region.networkTypes, (QStringList{QStringLiteral("normal"), QStringLiteral("cn2")}));
}

void tst_GaapModel::accessRegionsExample()
{
    const Parsed<QList<AccessRegionDetail>> parsed = GaapParser::accessRegions(accessExample());
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.value->size(), qsizetype(1));
    const AccessRegionDetail &region = parsed.value->constFirst();
    QCOMPARE(region.regionId, QStringLiteral("Chongqing"));
    QCOMPARE(region.regionName, QStringLiteral("重庆"));
    QCOMPARE(region.regionArea, QStringLiteral("SouthwestChina"));
    QCOMPARE(region.regionAreaName, QStringLiteral("重庆"));
    QCOMPARE(region.idcType, QStringLiteral("dc"));
    QVERIFY(region.features.has_value());
    QCOMPARE(region.features->bitmap(), quint64(71));
    QCOMPARE(region.concurrentList, int64s({2, 5, 10, 20, 30}));
    QCOMPARE(region.bandwidthList, int64s({10, 20, 50, 100, 200, 500, 1000}));
}

void tst_GaapModel::checkExample()
{
    const Parsed<CheckResult> parsed = GaapParser::checkResult(checkExampleResponse());
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.value->canCreate, true);
    QCOMPARE(parsed.value->requestId, QStringLiteral("50cfe60e-2cc8-4ff7-ba08-03769ea7259a"));
}

void tst_GaapModel::priceExample()
{
    const Parsed<PriceQuote> parsed = GaapParser::priceQuote(priceExampleResponse());
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    const PriceQuote &quote = *parsed.value;
    QVERIFY(quote.proxyDailyPrice.has_value());
    QCOMPARE(*quote.proxyDailyPrice, 80.64);
    QVERIFY(quote.discountProxyDailyPrice.has_value());
    QCOMPARE(*quote.discountProxyDailyPrice, 80.64);
    QCOMPARE(quote.currency, QStringLiteral("CNY"));
    QCOMPARE(quote.requestId, QStringLiteral("d04ffc2a-5c92-455c-b1b1-1d4e460a63e2"));
    // null is "not given", never 0
    QVERIFY(!quote.flowUnitPrice.has_value());
    QVERIFY(!quote.discountFlowUnitPrice.has_value());
    // 0 is a given 0
    QVERIFY(quote.cn2BandwidthPrice.has_value());
    QCOMPARE(*quote.cn2BandwidthPrice, 0.0);
    QVERIFY(quote.cn2BandwidthPriceWithDiscount.has_value());
    QCOMPARE(*quote.cn2BandwidthPriceWithDiscount, 0.0);
    QCOMPARE(quote.bandwidthTiers.size(), qsizetype(5));
}

void tst_GaapModel::priceExampleTiers_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("fromMbps");
    QTest::addColumn<qint64>("toMbps"); // -1: no upper bound
    QTest::addColumn<double>("unitPrice");
    QTest::addColumn<double>("discountUnitPrice");

    QTest::newRow("[0,20]") << 0 << qint64(0) << qint64(20) << 130.0 << 130.0;
    QTest::newRow("[20,100]") << 1 << qint64(20) << qint64(100) << 90.0 << 90.0;
    QTest::newRow("[100,500]") << 2 << qint64(100) << qint64(500) << 70.0 << 70.0;
    QTest::newRow("[500,2000]") << 3 << qint64(500) << qint64(2000) << 60.0 << 60.0;
    QTest::newRow("[2000,-1] unbounded") << 4 << qint64(2000) << qint64(-1) << 50.0 << 50.0;
}

void tst_GaapModel::priceExampleTiers()
{
    QFETCH(int, index);
    QFETCH(qint64, fromMbps);
    QFETCH(qint64, toMbps);
    QFETCH(double, unitPrice);
    QFETCH(double, discountUnitPrice);

    const Parsed<PriceQuote> parsed = GaapParser::priceQuote(priceExampleResponse());
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(index < parsed.value->bandwidthTiers.size());
    const BandwidthPriceTier &tier = parsed.value->bandwidthTiers.at(index);
    QCOMPARE(tier.fromMbps, fromMbps);
    if (toMbps < 0) {
        QVERIFY2(!tier.toMbps.has_value(), "-1 on the wire is no upper bound: nullopt");
    } else {
        QVERIFY(tier.toMbps.has_value());
        QCOMPARE(*tier.toMbps, toMbps);
    }
    QVERIFY(tier.unitPrice.has_value());
    QCOMPARE(*tier.unitPrice, unitPrice);
    QVERIFY(tier.discountUnitPrice.has_value());
    QCOMPARE(*tier.discountUnitPrice, discountUnitPrice);
}

// ================================ RegionFeatures ================================

void tst_GaapModel::regionFeatures_data()
{
    QTest::addColumn<quint64>("bitmap");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<quint64>("unknownBits");

    QTest::newRow("0: nothing") << quint64(0) << QStringList() << quint64(0);
    QTest::newRow("1: layer-4 only") << quint64(1) << words("layer4") << quint64(0);
    QTest::newRow("7: L4+L7+HTTP3") << quint64(7) << words("layer4 layer7 http3") << quint64(0);
    QTest::newRow("71: L4+L7+HTTP3+QoS") << quint64(71) << words("layer4 layer7 http3 access-qos") << quint64(0);
    QTest::newRow("79: 71+IPv6") << quint64(79) << words("layer4 layer7 http3 ipv6 access-qos") << quint64(0);
    QTest::newRow("127: every documented bit")
        << quint64(127) << words("layer4 layer7 http3 ipv6 premium-bgp triple-carrier access-qos") << quint64(0);
    QTest::newRow("135: bit 8 kept") << quint64(135) << words("layer4 layer7 http3 bit8") << quint64(128);
    QTest::newRow("151: premium BGP + bit 8")
        << quint64(151) << words("layer4 layer7 http3 premium-bgp bit8") << quint64(128);
    QTest::newRow("207: QoS + IPv6 + bit 8")
        << quint64(207) << words("layer4 layer7 http3 ipv6 access-qos bit8") << quint64(128);
    QTest::newRow("bits 9 and 64") << ((quint64(1) << 63) | 256U | 2U) << words("layer7 bit9 bit64")
                                   << ((quint64(1) << 63) | 256U);
}

void tst_GaapModel::regionFeatures()
{
    QFETCH(quint64, bitmap);
    QFETCH(QStringList, keys);
    QFETCH(quint64, unknownBits);

    const RegionFeatures features(bitmap);
    QCOMPARE(features.bitmap(), bitmap);
    QCOMPARE(features.keys(), keys);
    QCOMPARE(features.unknownBits(), unknownBits);
    QCOMPARE(features.has(RegionFeatures::Layer4), keys.contains(QStringLiteral("layer4")));
    QCOMPARE(features.has(RegionFeatures::Layer7), keys.contains(QStringLiteral("layer7")));
    QCOMPARE(features.has(RegionFeatures::Http3), keys.contains(QStringLiteral("http3")));
    QCOMPARE(features.has(RegionFeatures::IPv6), keys.contains(QStringLiteral("ipv6")));
    QCOMPARE(features.has(RegionFeatures::PremiumBgp), keys.contains(QStringLiteral("premium-bgp")));
    QCOMPARE(features.has(RegionFeatures::TripleCarrier), keys.contains(QStringLiteral("triple-carrier")));
    QCOMPARE(features.has(RegionFeatures::AccessQos), keys.contains(QStringLiteral("access-qos")));

    const QStringList names = features.names();
    QCOMPARE(names.size(), keys.size());
    for (const QString &name : names)
        QVERIFY(!name.isEmpty());
    const QStringList unknownNames = names.filter(QStringLiteral("unknown"), Qt::CaseInsensitive);
    const QStringList unknownKeys = keys.filter(QStringLiteral("bit"));
    QCOMPARE(unknownNames.size(), unknownKeys.size());
    for (qsizetype i = 0; i < unknownKeys.size(); ++i) {
        const QString number = unknownKeys.at(i).mid(3);
        QVERIFY2(unknownNames.at(i).contains(number),
                 qPrintable(QStringLiteral("\"%1\" does not name bit %2").arg(unknownNames.at(i), number)));
    }
}

void tst_GaapModel::regionFeaturesDefault()
{
    const RegionFeatures features;
    QCOMPARE(features.bitmap(), quint64(0));
    QVERIFY(features.keys().isEmpty());
    QVERIFY(features.names().isEmpty());
    QCOMPARE(features.unknownBits(), quint64(0));
    QCOMPARE(RegionFeatures::KnownBits, quint64(127));
}

QTEST_APPLESS_MAIN(tst_GaapModel)
