// GaapParser on unusual responses that it must accept: extra unknown fields, optional values null or
// absent, empty lists and undocumented values, and what it makes of each. See tst_gaapmodel.h.
#include "core/gaap/gaapparser.h"
#include "tst_gaapmodel.h"

#include <QTest>
#include <QVariant>

#include <optional>

using namespace GaapModelTest;

namespace {

// A null QVariant stands for "not given" (nullopt).
QVariant maybe(double value)
{
    return QVariant(value);
}

void compareOptional(const std::optional<double> &actual, const QVariant &expected, const char *what)
{
    if (expected.isNull()) {
        QVERIFY2(
            !actual.has_value(),
            qPrintable(
                QStringLiteral("%1 should be not given, is %2").arg(QLatin1String(what)).arg(actual.value_or(0.0))));
        return;
    }
    QVERIFY2(actual.has_value(), qPrintable(QStringLiteral("%1 should be given").arg(QLatin1String(what))));
    QCOMPARE(*actual, expected.toDouble());
}

} // namespace

void tst_GaapModel::destRegionsTolerated_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("regionName");
    QTest::addColumn<bool>("hasFeatures");
    QTest::addColumn<quint64>("bitmap");
    QTest::addColumn<bool>("hasNetworkTypes");
    QTest::addColumn<QStringList>("networkTypes");

    const QJsonObject dest = destExample();
    const QString name = QStringLiteral("中国大陆-华北");
    const QStringList types{QStringLiteral("normal"), QStringLiteral("cn2")};

    QJsonObject extra = with(dest, "FutureField", js("{\"a\":[1,2]}"));
    extra = with(extra, "DestRegionSet/0/NewThing", js("\"x\""));
    extra = with(extra, "DestRegionSet/0/SupportFeature/Other", js("[1, null]"));

    QTest::newRow("documented example") << dest << 1 << name << true << quint64(1) << true << types;
    QTest::newRow("extra unknown fields everywhere") << extra << 1 << name << true << quint64(1) << true << types;
    QTest::newRow("TotalCount missing") << without(dest, "TotalCount") << 1 << name << true << quint64(1) << true
                                        << types;
    QTest::newRow("SupportFeature null") << with(dest, "DestRegionSet/0/SupportFeature", js("null")) << 1 << name
                                         << true << quint64(1) << false << QStringList();
    QTest::newRow("SupportFeature missing")
        << without(dest, "DestRegionSet/0/SupportFeature") << 1 << name << true << quint64(1) << false << QStringList();
    QTest::newRow("SupportFeature {}") << with(dest, "DestRegionSet/0/SupportFeature", js("{}")) << 1 << name << true
                                       << quint64(1) << false << QStringList();
    QTest::newRow("NetworkType null") << with(dest, "DestRegionSet/0/SupportFeature/NetworkType", js("null")) << 1
                                      << name << true << quint64(1) << false << QStringList();
    QTest::newRow("NetworkType with undocumented values")
        << with(dest, "DestRegionSet/0/SupportFeature/NetworkType", js("[\"triple\",\"secure_eip\",\"future\"]")) << 1
        << name << true << quint64(1) << true
        << QStringList{QStringLiteral("triple"), QStringLiteral("secure_eip"), QStringLiteral("future")};
    QTest::newRow("RegionName missing") << without(dest, "DestRegionSet/0/RegionName") << 1 << QString() << true
                                        << quint64(1) << true << types;
    QTest::newRow("RegionName null") << with(dest, "DestRegionSet/0/RegionName", js("null")) << 1 << QString() << true
                                     << quint64(1) << true << types;
    QTest::newRow("FeatureBitmap missing")
        << without(dest, "DestRegionSet/0/FeatureBitmap") << 1 << name << false << quint64(0) << true << types;
    QTest::newRow("FeatureBitmap null") << with(dest, "DestRegionSet/0/FeatureBitmap", js("null")) << 1 << name << false
                                        << quint64(0) << true << types;
    QTest::newRow("FeatureBitmap 0") << with(dest, "DestRegionSet/0/FeatureBitmap", js("0")) << 1 << name << true
                                     << quint64(0) << true << types;
    QTest::newRow("FeatureBitmap 135 (bit 8)")
        << with(dest, "DestRegionSet/0/FeatureBitmap", js("135")) << 1 << name << true << quint64(135) << true << types;
    QTest::newRow("empty DestRegionSet") << with(dest, "DestRegionSet", js("[]")) << 0 << QString() << false
                                         << quint64(0) << false << QStringList();
}

void tst_GaapModel::destRegionsTolerated()
{
    QFETCH(QJsonObject, response);
    QFETCH(int, count);
    QFETCH(QString, regionName);
    QFETCH(bool, hasFeatures);
    QFETCH(quint64, bitmap);
    QFETCH(bool, hasNetworkTypes);
    QFETCH(QStringList, networkTypes);

    const Parsed<QList<RegionDetail>> parsed = GaapParser::originRegions(response);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.value->size(), qsizetype(count));
    if (count == 0)
        return;
    const RegionDetail &region = parsed.value->constFirst();
    QCOMPARE(region.regionId, QStringLiteral("NorthChina"));
    QCOMPARE(region.regionName, regionName);
    QCOMPARE(region.features.has_value(), hasFeatures);
    if (hasFeatures)
        QCOMPARE(region.features->bitmap(), bitmap);
    QCOMPARE(region.networkTypes.has_value(), hasNetworkTypes);
    if (hasNetworkTypes)
        QCOMPARE(*region.networkTypes, networkTypes);
}

void tst_GaapModel::accessRegionsTolerated_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("regionName");
    QTest::addColumn<bool>("hasFeatures");
    QTest::addColumn<QList<qint64>>("bandwidthList");

    const QJsonObject access = accessExample();
    const QString name = QStringLiteral("重庆");
    const QList<qint64> bandwidths = int64s({10, 20, 50, 100, 200, 500, 1000});

    QJsonObject extra = with(access, "Extra", js("null"));
    extra = with(extra, "AccessRegionSet/0/Unknown", js("{\"x\":[\"y\"]}"));

    QTest::newRow("documented example") << access << 1 << name << true << bandwidths;
    QTest::newRow("extra unknown fields everywhere") << extra << 1 << name << true << bandwidths;
    QTest::newRow("SupportFeature (not part of AccessRegionDetial) ignored")
        << with(access, "AccessRegionSet/0/SupportFeature", js("\"whatever\"")) << 1 << name << true << bandwidths;
    QTest::newRow("RegionName missing") << without(access, "AccessRegionSet/0/RegionName") << 1 << QString() << true
                                        << bandwidths;
    QTest::newRow("FeatureBitmap missing")
        << without(access, "AccessRegionSet/0/FeatureBitmap") << 1 << name << false << bandwidths;
    QTest::newRow("empty AccessRegionSet")
        << with(access, "AccessRegionSet", js("[]")) << 0 << QString() << false << QList<qint64>();
}

void tst_GaapModel::accessRegionsTolerated()
{
    QFETCH(QJsonObject, response);
    QFETCH(int, count);
    QFETCH(QString, regionName);
    QFETCH(bool, hasFeatures);
    QFETCH(QList<qint64>, bandwidthList);

    const Parsed<QList<AccessRegionDetail>> parsed = GaapParser::accessRegions(response);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.value->size(), qsizetype(count));
    if (count == 0)
        return;
    const AccessRegionDetail &region = parsed.value->constFirst();
    QCOMPARE(region.regionId, QStringLiteral("Chongqing"));
    QCOMPARE(region.regionName, regionName);
    QCOMPARE(region.features.has_value(), hasFeatures);
    if (hasFeatures)
        QCOMPARE(region.features->bitmap(), quint64(71));
    QCOMPARE(region.bandwidthList, bandwidthList);
    QCOMPARE(region.concurrentList, int64s({2, 5, 10, 20, 30}));
}

void tst_GaapModel::checkTolerated_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<bool>("canCreate");

    const QJsonObject check = checkExampleResponse();
    QTest::newRow("documented example (CheckFlag 1)") << check << true;
    QTest::newRow("CheckFlag 0") << with(check, "CheckFlag", js("0")) << false;
    QTest::newRow("CheckFlag 1.0") << with(check, "CheckFlag", js("1.0")) << true;
    QTest::newRow("extra unknown fields")
        << with(with(check, "Reason", js("{\"Code\":3}")), "Http3Supported", js("1")) << true;
}

void tst_GaapModel::checkTolerated()
{
    QFETCH(QJsonObject, response);
    QFETCH(bool, canCreate);

    const Parsed<CheckResult> parsed = GaapParser::checkResult(response);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.value->canCreate, canCreate);
    QCOMPARE(parsed.value->requestId, QStringLiteral("50cfe60e-2cc8-4ff7-ba08-03769ea7259a"));
}

void tst_GaapModel::priceTolerated_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<QVariant>("proxyDailyPrice"); // null QVariant: nullopt
    QTest::addColumn<QVariant>("discountProxyDailyPrice");
    QTest::addColumn<QVariant>("flowUnitPrice");
    QTest::addColumn<QVariant>("discountFlowUnitPrice");
    QTest::addColumn<QVariant>("cn2BandwidthPrice");
    QTest::addColumn<QVariant>("cn2BandwidthPriceWithDiscount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("tierCount");

    const QJsonObject price = priceExampleResponse();
    const QVariant none;
    const QString cny = QStringLiteral("CNY");
    const char *const priceFields[] = {
        "ProxyDailyPrice",   "DiscountProxyDailyPrice",       "FlowUnitPrice",      "DiscountFlowUnitPrice",
        "Cn2BandwidthPrice", "Cn2BandwidthPriceWithDiscount", "BandwidthUnitPrice", "Currency"};

    QJsonObject extra = with(price, "Extra", js("[1,{}]"));
    extra = with(extra, "BandwidthUnitPrice/0/Note", js("\"promo\""));
    QJsonObject allNull = price;
    QJsonObject allAbsent = price;
    for (const char *field : priceFields) {
        allNull = with(allNull, field, js("null"));
        allAbsent = without(allAbsent, field);
    }

    QTest::newRow("documented example") << price << maybe(80.64) << maybe(80.64) << none << none << maybe(0.0)
                                        << maybe(0.0) << cny << 5;
    QTest::newRow("extra unknown fields everywhere")
        << extra << maybe(80.64) << maybe(80.64) << none << none << maybe(0.0) << maybe(0.0) << cny << 5;
    QTest::newRow("price fields all null") << allNull << none << none << none << none << none << none << QString() << 0;
    QTest::newRow("price fields all absent")
        << allAbsent << none << none << none << none << none << none << QString() << 0;
    QTest::newRow("BandwidthUnitPrice []") << with(price, "BandwidthUnitPrice", js("[]")) << maybe(80.64)
                                           << maybe(80.64) << none << none << maybe(0.0) << maybe(0.0) << cny << 0;
    QTest::newRow("traffic prices given")
        << with(with(price, "FlowUnitPrice", js("0.8")), "DiscountFlowUnitPrice", js("0.64")) << maybe(80.64)
        << maybe(80.64) << maybe(0.8) << maybe(0.64) << maybe(0.0) << maybe(0.0) << cny << 5;
    QTest::newRow("integer prices") << with(with(price, "ProxyDailyPrice", js("80")), "Cn2BandwidthPrice", js("3"))
                                    << maybe(80.0) << maybe(80.64) << none << none << maybe(3.0) << maybe(0.0) << cny
                                    << 5;
}

void tst_GaapModel::priceTolerated()
{
    QFETCH(QJsonObject, response);
    QFETCH(QVariant, proxyDailyPrice);
    QFETCH(QVariant, discountProxyDailyPrice);
    QFETCH(QVariant, flowUnitPrice);
    QFETCH(QVariant, discountFlowUnitPrice);
    QFETCH(QVariant, cn2BandwidthPrice);
    QFETCH(QVariant, cn2BandwidthPriceWithDiscount);
    QFETCH(QString, currency);
    QFETCH(int, tierCount);

    const Parsed<PriceQuote> parsed = GaapParser::priceQuote(response);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    const PriceQuote &quote = *parsed.value;
    compareOptional(quote.proxyDailyPrice, proxyDailyPrice, "ProxyDailyPrice");
    compareOptional(quote.discountProxyDailyPrice, discountProxyDailyPrice, "DiscountProxyDailyPrice");
    compareOptional(quote.flowUnitPrice, flowUnitPrice, "FlowUnitPrice");
    compareOptional(quote.discountFlowUnitPrice, discountFlowUnitPrice, "DiscountFlowUnitPrice");
    compareOptional(quote.cn2BandwidthPrice, cn2BandwidthPrice, "Cn2BandwidthPrice");
    compareOptional(quote.cn2BandwidthPriceWithDiscount, cn2BandwidthPriceWithDiscount,
                    "Cn2BandwidthPriceWithDiscount");
    QCOMPARE(quote.currency, currency);
    QCOMPARE(quote.bandwidthTiers.size(), qsizetype(tierCount));
    QCOMPARE(quote.requestId, QStringLiteral("d04ffc2a-5c92-455c-b1b1-1d4e460a63e2"));
}

void tst_GaapModel::priceTierWithNullPrices()
{
    QJsonObject response = priceExampleResponse();
    response = with(response, "BandwidthUnitPrice/1/BandwidthUnitPrice", js("null"));
    response = without(response, "BandwidthUnitPrice/1/DiscountBandwidthUnitPrice");
    const Parsed<PriceQuote> parsed = GaapParser::priceQuote(response);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.value->bandwidthTiers.size(), qsizetype(5));
    const BandwidthPriceTier &tier = parsed.value->bandwidthTiers.at(1);
    QCOMPARE(tier.fromMbps, qint64(20));
    QVERIFY(tier.toMbps.has_value());
    QCOMPARE(*tier.toMbps, qint64(100));
    QVERIFY(!tier.unitPrice.has_value());
    QVERIFY(!tier.discountUnitPrice.has_value());
}
