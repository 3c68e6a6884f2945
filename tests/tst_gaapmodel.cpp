// Unit tests for the GAAP value model of gaapcore: GaapParser (the inner "Response" objects of the four
// actions), RegionFeatures, the toParameters() of the request types, RequestValidator and RateLimiter.
//
// The example responses below are copied from the official examples (reference section 3.1–3.4;
// tccli examples.json), not produced by the code under test. The InquiryPriceCreateProxy example is
// published abridged; its elided tiers are written out as [20,100] 90/90, [100,500] 70/70, [500,2000] 60/60.

#include "gaapparser.h"
#include "gaaptypes.h"
#include "ratelimiter.h"
#include "requestvalidator.h"

#include <QByteArray>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <chrono>
#include <optional>
#include <vector>

Q_DECLARE_METATYPE(CheckRequest)
Q_DECLARE_METATYPE(PriceRequest)
Q_DECLARE_METATYPE(AccessRegionQuery)

class tst_GaapModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // GaapParser on the documented examples
    void destRegionsExample();
    void accessRegionsExample();
    void checkExample();
    void priceExample();
    void priceExampleTiers_data();
    void priceExampleTiers();

    // GaapParser on hostile and unusual responses
    void hostileResponse_data();
    void hostileResponse();
    void destRegionsTolerated_data();
    void destRegionsTolerated();
    void accessRegionsTolerated_data();
    void accessRegionsTolerated();
    void checkTolerated_data();
    void checkTolerated();
    void priceTolerated_data();
    void priceTolerated();
    void priceTierWithNullPrices();

    // RegionFeatures
    void regionFeatures_data();
    void regionFeatures();
    void regionFeaturesDefault();

    // toParameters()
    void checkParameters_data();
    void checkParameters();
    void priceParameters_data();
    void priceParameters();
    void accessQueryParameters_data();
    void accessQueryParameters();

    // RequestValidator
    void validateCheck_data();
    void validateCheck();
    void validatePrice_data();
    void validatePrice();
    void validateAccessQuery_data();
    void validateAccessQuery();
    void groupIdShape_data();
    void groupIdShape();
    void regionIdShape_data();
    void regionIdShape();

    // RateLimiter
    void rateLimiterDefaults();
    void rateLimiterBurst();
    void rateLimiterReleaseMisuse();
    void rateLimiterSlots_data();
    void rateLimiterSlots();
    void rateLimiterLongRun_data();
    void rateLimiterLongRun();
};

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

// Official request examples (reference 3.2–3.4).
constexpr char kAccessQueryRequestExample[] = R"({"DestRegion":"Hongkong"})";
constexpr char kCheckRequestExample[] =
    R"({"AccessRegion":"SouthChina","RealServerRegion":"EastChina","Bandwidth":2,"Concurrent":10})";
constexpr char kPriceRequestExample[] =
    R"({"Concurrent":2,"Bandwidth":10,"RealServerRegion":"Shanghai","AccessRegion":"Guangzhou","IPAddressVersion":"IPv4","NetworkType":"normal"})";

const QString DescribeDestRegions = QStringLiteral("DescribeDestRegions");
const QString DescribeAccessRegionsByDestRegion = QStringLiteral("DescribeAccessRegionsByDestRegion");
const QString CheckProxyCreate = QStringLiteral("CheckProxyCreate");
const QString InquiryPriceCreateProxy = QStringLiteral("InquiryPriceCreateProxy");

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

QJsonObject jsonObject(const char *json)
{
    return parseDocument(json).object();
}

// Any JSON value written as JSON text: js("[\"normal\", 5]"), js("1e300"), js("null").
QJsonValue js(const char *fragment)
{
    return parseDocument(QByteArray("[").append(fragment).append(']').constData()).array().at(0);
}

QString s(const char *latin1)
{
    return QString::fromUtf8(latin1);
}

// Space-separated words.
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

QJsonValue edited(const QJsonValue &node, const QStringList &path, qsizetype depth, const std::optional<QJsonValue> &value)
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

// `base` with the value at `path` ("DestRegionSet/0/RegionId") set or inserted.
QJsonObject with(const QJsonObject &base, const char *path, const QJsonValue &value)
{
    return edited(base, QString::fromLatin1(path).split(u'/'), 0, value).toObject();
}

// `base` without the value at `path`.
QJsonObject without(const QJsonObject &base, const char *path)
{
    return edited(base, QString::fromLatin1(path).split(u'/'), 0, std::nullopt).toObject();
}

QJsonObject destExample()
{
    return innerResponse(kDestRegionsExample);
}

QJsonObject accessExample()
{
    return innerResponse(kAccessRegionsExample);
}

QJsonObject checkExampleResponse()
{
    return innerResponse(kCheckExample);
}

QJsonObject priceExampleResponse()
{
    return innerResponse(kPriceExample);
}

struct Outcome
{
    bool hasValue = false;
    QString error;
};

template<typename T>
Outcome outcomeOf(const Parsed<T> &parsed)
{
    return {parsed.value.has_value(), parsed.error};
}

Outcome parse(const QString &action, const QJsonObject &response)
{
    if (action == DescribeDestRegions)
        return outcomeOf(GaapParser::destRegions(response));
    if (action == DescribeAccessRegionsByDestRegion)
        return outcomeOf(GaapParser::accessRegions(response));
    if (action == CheckProxyCreate)
        return outcomeOf(GaapParser::checkResult(response));
    if (action == InquiryPriceCreateProxy)
        return outcomeOf(GaapParser::priceQuote(response));
    QTest::qFail("unknown action in the test table", __FILE__, __LINE__);
    return {};
}

QList<qint64> int64s(std::initializer_list<qint64> values)
{
    return QList<qint64>(values);
}

// A null QVariant stands for "not given" (nullopt).
QVariant maybe(double value)
{
    return QVariant(value);
}

void compareOptional(const std::optional<double> &actual, const QVariant &expected, const char *what)
{
    if (expected.isNull()) {
        QVERIFY2(!actual.has_value(), qPrintable(QStringLiteral("%1 should be not given, is %2")
                                                     .arg(QLatin1String(what))
                                                     .arg(actual.value_or(0.0))));
        return;
    }
    QVERIFY2(actual.has_value(), qPrintable(QStringLiteral("%1 should be given").arg(QLatin1String(what))));
    QCOMPARE(*actual, expected.toDouble());
}

qint64 ms(std::chrono::milliseconds duration)
{
    return static_cast<qint64>(duration.count());
}

// ---- Requests -------------------------------------------------------------------------------------

CheckRequest validCheck()
{
    CheckRequest request;
    request.accessRegion = QStringLiteral("Chongqing");
    request.realServerRegion = QStringLiteral("Hongkong");
    request.bandwidth = 10;
    request.concurrent = 2;
    return request;
}

// The official example's access region (reference 3.2), under the given RegionId.
AccessRegionDetail offeredDetail(const QString &regionId)
{
    AccessRegionDetail detail;
    detail.regionId = regionId;
    detail.regionName = regionId;
    detail.bandwidthList = {10, 20, 50, 100, 200, 500, 1000};
    detail.concurrentList = {2, 5, 10, 20, 30};
    detail.features = RegionFeatures(71);
    return detail;
}

// No issue when `field` is empty; otherwise exactly one issue, for `field`, whose message names the
// field and every word of `mentions`.
void verifyIssues(const QList<ValidationIssue> &issues, const QString &field, const QStringList &mentions)
{
    const QString described = RequestValidator::describe(issues);
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(described));
        QVERIFY(described.isEmpty());
        return;
    }
    QVERIFY2(issues.size() == 1, qPrintable(QStringLiteral("%1 issues:\n%2").arg(issues.size()).arg(described)));
    const ValidationIssue &issue = issues.constFirst();
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.message.contains(field), qPrintable(issue.message));
    for (const QString &mention : mentions)
        QVERIFY2(issue.message.contains(mention),
                 qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(issue.message, mention)));
    QVERIFY(described.contains(issue.message));
}

} // namespace

// ================================ GaapParser: documented examples ================================

void tst_GaapModel::destRegionsExample()
{
    const Parsed<QList<RegionDetail>> parsed = GaapParser::destRegions(destExample());
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

// ================================ GaapParser: hostile responses ================================

void tst_GaapModel::hostileResponse_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<QString>("field"); // the path the error must name

    const auto row = [](const char *name, const QString &action, const QJsonObject &response, const char *field) {
        QTest::newRow(name) << action << response << s(field);
    };

    // DescribeDestRegions
    const QJsonObject dest = destExample();
    const QString D = DescribeDestRegions;
    const QJsonValue destRegion = dest.value(QStringLiteral("DestRegionSet")).toArray().at(0);
    const QJsonObject twoDest = with(dest, "DestRegionSet", QJsonArray{destRegion, destRegion});
    row("dest: DestRegionSet missing", D, without(dest, "DestRegionSet"), "DestRegionSet");
    row("dest: DestRegionSet null", D, with(dest, "DestRegionSet", js("null")), "DestRegionSet");
    row("dest: DestRegionSet an object", D, with(dest, "DestRegionSet", js("{}")), "DestRegionSet");
    row("dest: DestRegionSet a string", D, with(dest, "DestRegionSet", js("\"NorthChina\"")), "DestRegionSet");
    row("dest: empty response", D, QJsonObject(), "DestRegionSet");
    row("dest: element a string", D, with(dest, "DestRegionSet/0", js("\"NorthChina\"")), "DestRegionSet[0]");
    row("dest: element a number", D, with(dest, "DestRegionSet/0", js("1")), "DestRegionSet[0]");
    row("dest: second element null", D, with(twoDest, "DestRegionSet/1", js("null")), "DestRegionSet[1]");
    row("dest: RegionId missing", D, without(dest, "DestRegionSet/0/RegionId"), "DestRegionSet[0].RegionId");
    row("dest: RegionId null", D, with(dest, "DestRegionSet/0/RegionId", js("null")), "DestRegionSet[0].RegionId");
    row("dest: RegionId a number", D, with(dest, "DestRegionSet/0/RegionId", js("5")), "DestRegionSet[0].RegionId");
    row("dest: RegionId empty", D, with(dest, "DestRegionSet/0/RegionId", js("\"\"")), "DestRegionSet[0].RegionId");
    row("dest: RegionId an array", D, with(dest, "DestRegionSet/0/RegionId", js("[\"NorthChina\"]")),
        "DestRegionSet[0].RegionId");
    row("dest: second RegionId missing", D, without(twoDest, "DestRegionSet/1/RegionId"), "DestRegionSet[1].RegionId");
    row("dest: RegionName a number", D, with(dest, "DestRegionSet/0/RegionName", js("7")),
        "DestRegionSet[0].RegionName");
    row("dest: FeatureBitmap a string", D, with(dest, "DestRegionSet/0/FeatureBitmap", js("\"1\"")),
        "DestRegionSet[0].FeatureBitmap");
    row("dest: FeatureBitmap negative", D, with(dest, "DestRegionSet/0/FeatureBitmap", js("-1")),
        "DestRegionSet[0].FeatureBitmap");
    row("dest: FeatureBitmap 1.5", D, with(dest, "DestRegionSet/0/FeatureBitmap", js("1.5")),
        "DestRegionSet[0].FeatureBitmap");
    row("dest: FeatureBitmap 1e300", D, with(dest, "DestRegionSet/0/FeatureBitmap", js("1e300")),
        "DestRegionSet[0].FeatureBitmap");
    row("dest: FeatureBitmap true", D, with(dest, "DestRegionSet/0/FeatureBitmap", js("true")),
        "DestRegionSet[0].FeatureBitmap");
    row("dest: SupportFeature a string", D, with(dest, "DestRegionSet/0/SupportFeature", js("\"normal\"")),
        "DestRegionSet[0].SupportFeature");
    row("dest: SupportFeature an array", D, with(dest, "DestRegionSet/0/SupportFeature", js("[\"normal\"]")),
        "DestRegionSet[0].SupportFeature");
    row("dest: NetworkType a string", D, with(dest, "DestRegionSet/0/SupportFeature/NetworkType", js("\"normal\"")),
        "DestRegionSet[0].SupportFeature.NetworkType");
    row("dest: NetworkType containing a number", D,
        with(dest, "DestRegionSet/0/SupportFeature/NetworkType", js("[\"normal\", 5]")),
        "DestRegionSet[0].SupportFeature.NetworkType[1]");
    row("dest: NetworkType containing null", D,
        with(dest, "DestRegionSet/0/SupportFeature/NetworkType", js("[null, \"cn2\"]")),
        "DestRegionSet[0].SupportFeature.NetworkType[0]");

    // DescribeAccessRegionsByDestRegion
    const QJsonObject access = accessExample();
    const QString A = DescribeAccessRegionsByDestRegion;
    row("access: AccessRegionSet missing", A, without(access, "AccessRegionSet"), "AccessRegionSet");
    row("access: AccessRegionSet an object", A, with(access, "AccessRegionSet", js("{}")), "AccessRegionSet");
    row("access: element not an object", A, with(access, "AccessRegionSet/0", js("[]")), "AccessRegionSet[0]");
    row("access: RegionId missing", A, without(access, "AccessRegionSet/0/RegionId"), "AccessRegionSet[0].RegionId");
    row("access: RegionId null", A, with(access, "AccessRegionSet/0/RegionId", js("null")),
        "AccessRegionSet[0].RegionId");
    row("access: FeatureBitmap a string", A, with(access, "AccessRegionSet/0/FeatureBitmap", js("\"71\"")),
        "AccessRegionSet[0].FeatureBitmap");
    row("access: BandwidthList missing", A, without(access, "AccessRegionSet/0/BandwidthList"),
        "AccessRegionSet[0].BandwidthList");
    row("access: BandwidthList null", A, with(access, "AccessRegionSet/0/BandwidthList", js("null")),
        "AccessRegionSet[0].BandwidthList");
    row("access: BandwidthList a string", A, with(access, "AccessRegionSet/0/BandwidthList", js("\"10,20\"")),
        "AccessRegionSet[0].BandwidthList");
    row("access: BandwidthList containing 0", A, with(access, "AccessRegionSet/0/BandwidthList/2", js("0")),
        "AccessRegionSet[0].BandwidthList[2]");
    row("access: BandwidthList containing -5", A, with(access, "AccessRegionSet/0/BandwidthList/2", js("-5")),
        "AccessRegionSet[0].BandwidthList[2]");
    row("access: BandwidthList containing \"10\"", A, with(access, "AccessRegionSet/0/BandwidthList/2", js("\"10\"")),
        "AccessRegionSet[0].BandwidthList[2]");
    row("access: BandwidthList containing 10.5", A, with(access, "AccessRegionSet/0/BandwidthList/2", js("10.5")),
        "AccessRegionSet[0].BandwidthList[2]");
    row("access: BandwidthList containing 1e300", A, with(access, "AccessRegionSet/0/BandwidthList/2", js("1e300")),
        "AccessRegionSet[0].BandwidthList[2]");
    row("access: BandwidthList containing null", A, with(access, "AccessRegionSet/0/BandwidthList/0", js("null")),
        "AccessRegionSet[0].BandwidthList[0]");
    row("access: ConcurrentList an object", A, with(access, "AccessRegionSet/0/ConcurrentList", js("{\"a\":2}")),
        "AccessRegionSet[0].ConcurrentList");
    row("access: ConcurrentList missing", A, without(access, "AccessRegionSet/0/ConcurrentList"),
        "AccessRegionSet[0].ConcurrentList");
    row("access: ConcurrentList containing 0", A, with(access, "AccessRegionSet/0/ConcurrentList/4", js("0")),
        "AccessRegionSet[0].ConcurrentList[4]");

    // CheckProxyCreate
    const QJsonObject check = checkExampleResponse();
    const QString C = CheckProxyCreate;
    row("check: CheckFlag missing", C, without(check, "CheckFlag"), "CheckFlag");
    row("check: CheckFlag null", C, with(check, "CheckFlag", js("null")), "CheckFlag");
    row("check: CheckFlag 2", C, with(check, "CheckFlag", js("2")), "CheckFlag");
    row("check: CheckFlag -1", C, with(check, "CheckFlag", js("-1")), "CheckFlag");
    row("check: CheckFlag 0.5", C, with(check, "CheckFlag", js("0.5")), "CheckFlag");
    row("check: CheckFlag \"1\"", C, with(check, "CheckFlag", js("\"1\"")), "CheckFlag");
    row("check: CheckFlag true", C, with(check, "CheckFlag", js("true")), "CheckFlag");
    row("check: RequestId missing", C, without(check, "RequestId"), "RequestId");
    row("check: RequestId null", C, with(check, "RequestId", js("null")), "RequestId");
    row("check: RequestId a number", C, with(check, "RequestId", js("42")), "RequestId");
    row("check: RequestId empty", C, with(check, "RequestId", js("\"\"")), "RequestId");

    // InquiryPriceCreateProxy
    const QJsonObject price = priceExampleResponse();
    const QString P = InquiryPriceCreateProxy;
    row("price: RequestId missing", P, without(price, "RequestId"), "RequestId");
    row("price: ProxyDailyPrice \"80.64\"", P, with(price, "ProxyDailyPrice", js("\"80.64\"")), "ProxyDailyPrice");
    row("price: DiscountProxyDailyPrice true", P, with(price, "DiscountProxyDailyPrice", js("true")),
        "DiscountProxyDailyPrice");
    row("price: FlowUnitPrice \"0.8\"", P, with(price, "FlowUnitPrice", js("\"0.8\"")), "FlowUnitPrice");
    row("price: Cn2BandwidthPrice an object", P, with(price, "Cn2BandwidthPrice", js("{}")), "Cn2BandwidthPrice");
    row("price: Currency a number", P, with(price, "Currency", js("156")), "Currency");
    row("price: BandwidthUnitPrice an object", P, with(price, "BandwidthUnitPrice", js("{}")), "BandwidthUnitPrice");
    row("price: BandwidthUnitPrice a number", P, with(price, "BandwidthUnitPrice", js("130")), "BandwidthUnitPrice");
    row("price: tier a number", P, with(price, "BandwidthUnitPrice/0", js("130")), "BandwidthUnitPrice[0]");
    row("price: last tier a string", P, with(price, "BandwidthUnitPrice/4", js("\"50\"")), "BandwidthUnitPrice[4]");
    row("price: BandwidthRange one element", P, with(price, "BandwidthUnitPrice/0/BandwidthRange", js("[0]")),
        "BandwidthUnitPrice[0].BandwidthRange");
    row("price: BandwidthRange three elements", P, with(price, "BandwidthUnitPrice/0/BandwidthRange", js("[0,20,100]")),
        "BandwidthUnitPrice[0].BandwidthRange");
    row("price: BandwidthRange strings", P, with(price, "BandwidthUnitPrice/1/BandwidthRange", js("[\"20\",\"100\"]")),
        "BandwidthUnitPrice[1].BandwidthRange");
    row("price: BandwidthRange missing", P, without(price, "BandwidthUnitPrice/2/BandwidthRange"),
        "BandwidthUnitPrice[2].BandwidthRange");
    row("price: BandwidthRange null", P, with(price, "BandwidthUnitPrice/2/BandwidthRange", js("null")),
        "BandwidthUnitPrice[2].BandwidthRange");
    row("price: BandwidthRange a string", P, with(price, "BandwidthUnitPrice/2/BandwidthRange", js("\"0-20\"")),
        "BandwidthUnitPrice[2].BandwidthRange");
    row("price: tier BandwidthUnitPrice \"130\"", P, with(price, "BandwidthUnitPrice/0/BandwidthUnitPrice", js("\"130\"")),
        "BandwidthUnitPrice[0].BandwidthUnitPrice");
    row("price: tier DiscountBandwidthUnitPrice an array", P,
        with(price, "BandwidthUnitPrice/3/DiscountBandwidthUnitPrice", js("[60]")),
        "BandwidthUnitPrice[3].DiscountBandwidthUnitPrice");
    // Not whole numbers of Mbps: must not turn into a silent 0 ("never a silent zero", gaapparser.h).
    row("price: BandwidthRange from 0.5", P, with(price, "BandwidthUnitPrice/0/BandwidthRange", js("[0.5,20]")),
        "BandwidthUnitPrice[0].BandwidthRange");
    row("price: BandwidthRange to 20.5", P, with(price, "BandwidthUnitPrice/0/BandwidthRange", js("[0,20.5]")),
        "BandwidthUnitPrice[0].BandwidthRange");
    row("price: BandwidthRange from 1e300", P, with(price, "BandwidthUnitPrice/4/BandwidthRange", js("[1e300,-1]")),
        "BandwidthUnitPrice[4].BandwidthRange");
}

void tst_GaapModel::hostileResponse()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, response);
    QFETCH(QString, field);

    const Outcome outcome = parse(action, response);
    QVERIFY2(!outcome.hasValue, "a hostile response must give no value");
    QVERIFY(!outcome.error.isEmpty());
    // "DestRegionSet[2].RegionId: expected a string, got a number": the error starts with the path.
    const QString prefix = field + QStringLiteral(": ");
    QVERIFY2(outcome.error.startsWith(prefix),
             qPrintable(QStringLiteral("error \"%1\" does not name \"%2\"").arg(outcome.error, field)));
}

// ================================ GaapParser: tolerated variations ================================

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
    QTest::newRow("SupportFeature missing") << without(dest, "DestRegionSet/0/SupportFeature") << 1 << name << true
                                            << quint64(1) << false << QStringList();
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
    QTest::newRow("FeatureBitmap missing") << without(dest, "DestRegionSet/0/FeatureBitmap") << 1 << name << false
                                           << quint64(0) << true << types;
    QTest::newRow("FeatureBitmap null") << with(dest, "DestRegionSet/0/FeatureBitmap", js("null")) << 1 << name
                                        << false << quint64(0) << true << types;
    QTest::newRow("FeatureBitmap 0") << with(dest, "DestRegionSet/0/FeatureBitmap", js("0")) << 1 << name << true
                                     << quint64(0) << true << types;
    QTest::newRow("FeatureBitmap 135 (bit 8)") << with(dest, "DestRegionSet/0/FeatureBitmap", js("135")) << 1 << name
                                               << true << quint64(135) << true << types;
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

    const Parsed<QList<RegionDetail>> parsed = GaapParser::destRegions(response);
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
    QTest::newRow("FeatureBitmap missing") << without(access, "AccessRegionSet/0/FeatureBitmap") << 1 << name << false
                                           << bandwidths;
    QTest::newRow("empty AccessRegionSet") << with(access, "AccessRegionSet", js("[]")) << 0 << QString() << false
                                           << QList<qint64>();
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
    QTest::newRow("extra unknown fields") << with(with(check, "Reason", js("{\"Code\":3}")), "Http3Supported", js("1"))
                                          << true;
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
    const char *const priceFields[] = {"ProxyDailyPrice",  "DiscountProxyDailyPrice", "FlowUnitPrice",
                                       "DiscountFlowUnitPrice", "Cn2BandwidthPrice", "Cn2BandwidthPriceWithDiscount",
                                       "BandwidthUnitPrice", "Currency"};

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
    QTest::newRow("extra unknown fields everywhere") << extra << maybe(80.64) << maybe(80.64) << none << none
                                                     << maybe(0.0) << maybe(0.0) << cny << 5;
    QTest::newRow("price fields all null") << allNull << none << none << none << none << none << none << QString() << 0;
    QTest::newRow("price fields all absent") << allAbsent << none << none << none << none << none << none << QString()
                                             << 0;
    QTest::newRow("BandwidthUnitPrice []") << with(price, "BandwidthUnitPrice", js("[]")) << maybe(80.64)
                                           << maybe(80.64) << none << none << maybe(0.0) << maybe(0.0) << cny << 0;
    QTest::newRow("traffic prices given") << with(with(price, "FlowUnitPrice", js("0.8")), "DiscountFlowUnitPrice",
                                                  js("0.64"))
                                          << maybe(80.64) << maybe(80.64) << maybe(0.8) << maybe(0.64) << maybe(0.0)
                                          << maybe(0.0) << cny << 5;
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
    QTest::newRow("151: premium BGP + bit 8") << quint64(151) << words("layer4 layer7 http3 premium-bgp bit8")
                                              << quint64(128);
    QTest::newRow("207: QoS + IPv6 + bit 8") << quint64(207) << words("layer4 layer7 http3 ipv6 access-qos bit8")
                                             << quint64(128);
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

// ================================ toParameters() ================================

namespace {

void verifyIntegerMember(const QJsonObject &parameters, const char *key, qint64 expected)
{
    const QString name = QLatin1String(key);
    QVERIFY2(parameters.contains(name), key);
    const QJsonValue value = parameters.value(name);
    QVERIFY2(QCborValue::fromJsonValue(value).isInteger(), qPrintable(QStringLiteral("%1 is not a JSON integer").arg(name)));
    QCOMPARE(value.toInteger(), expected);
    const QByteArray compact = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    const QByteArray member = QByteArray("\"").append(key).append("\":").append(QByteArray::number(expected));
    QVERIFY2(compact.contains(QByteArray(member).append(',')) || compact.contains(QByteArray(member).append('}')),
             compact.constData());
}

} // namespace

void tst_GaapModel::checkParameters_data()
{
    QTest::addColumn<CheckRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    // The official request example of CheckProxyCreate.
    CheckRequest base;
    base.accessRegion = QStringLiteral("SouthChina");
    base.realServerRegion = QStringLiteral("EastChina");
    base.bandwidth = 2;
    base.concurrent = 10;
    const QJsonObject baseExpected = jsonObject(kCheckRequestExample);

    QTest::newRow("official example: only the required fields") << base << baseExpected;

    CheckRequest request = base;
    request.groupId = QStringLiteral("lg-b4c3d2a1");
    QTest::newRow("GroupId set") << request << with(baseExpected, "GroupId", js("\"lg-b4c3d2a1\""));

    request = base;
    request.ipVersion = QStringLiteral("IPv6");
    QTest::newRow("IPAddressVersion set") << request << with(baseExpected, "IPAddressVersion", js("\"IPv6\""));

    request = base;
    request.networkType = QStringLiteral("cn2");
    QTest::newRow("NetworkType set") << request << with(baseExpected, "NetworkType", js("\"cn2\""));

    request = base;
    request.packageType = QStringLiteral("CrossBorder");
    QTest::newRow("PackageType set") << request << with(baseExpected, "PackageType", js("\"CrossBorder\""));

    request = base;
    request.groupId = QStringLiteral("lg-1a2b3c4d");
    request.ipVersion = QStringLiteral("IPv4");
    request.networkType = QStringLiteral("normal");
    request.packageType = QStringLiteral("Thunder");
    QJsonObject all = with(baseExpected, "GroupId", js("\"lg-1a2b3c4d\""));
    all = with(all, "IPAddressVersion", js("\"IPv4\""));
    all = with(all, "NetworkType", js("\"normal\""));
    all = with(all, "PackageType", js("\"Thunder\""));
    QTest::newRow("every optional field set") << request << all;

    request = base;
    request.bandwidth = 1000;
    request.concurrent = 30;
    QTest::newRow("largest offered values") << request
                                            << with(with(baseExpected, "Bandwidth", js("1000")), "Concurrent", js("30"));

    request = base;
    request.bandwidth = 9007199254740993; // 2^53 + 1: exact only as an integer
    QTest::newRow("bandwidth beyond double precision")
        << request << with(baseExpected, "Bandwidth", QJsonValue(qint64(9007199254740993)));
}

void tst_GaapModel::checkParameters()
{
    QFETCH(CheckRequest, request);
    QFETCH(QJsonObject, expected);

    const QJsonObject parameters = request.toParameters();
    QCOMPARE(parameters, expected);
    QCOMPARE(parameters.keys(), expected.keys());
    QVERIFY(!parameters.contains(QStringLiteral("Http3Supported")));
    verifyIntegerMember(parameters, "Bandwidth", request.bandwidth);
    verifyIntegerMember(parameters, "Concurrent", request.concurrent);
    QVERIFY(request == request);
}

void tst_GaapModel::priceParameters_data()
{
    QTest::addColumn<PriceRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    // The official request example of InquiryPriceCreateProxy.
    PriceRequest base;
    base.connection.accessRegion = QStringLiteral("Guangzhou");
    base.connection.realServerRegion = QStringLiteral("Shanghai");
    base.connection.bandwidth = 10;
    base.connection.concurrent = 2;
    base.connection.ipVersion = QStringLiteral("IPv4");
    base.connection.networkType = QStringLiteral("normal");
    const QJsonObject baseExpected = jsonObject(kPriceRequestExample);

    QTest::newRow("official example") << base << baseExpected;

    PriceRequest request = base;
    request.connection.groupId = QStringLiteral("lg-1a2b3c4d");
    QTest::newRow("GroupId dropped") << request << baseExpected;

    request = base;
    request.billing = PriceRequest::Billing::Bandwidth;
    QTest::newRow("billing by bandwidth: BillingType 0") << request << with(baseExpected, "BillingType", js("0"));

    request = base;
    request.billing = PriceRequest::Billing::Traffic;
    request.connection.groupId = QStringLiteral("lg-1a2b3c4d");
    QTest::newRow("billing by traffic: BillingType 1, GroupId dropped")
        << request << with(baseExpected, "BillingType", js("1"));

    request = base;
    request.connection.packageType = QStringLiteral("Accelerator");
    request.connection.ipVersion.clear();
    request.connection.networkType.clear();
    QTest::newRow("PackageType set, defaults omitted")
        << request
        << with(without(without(baseExpected, "IPAddressVersion"), "NetworkType"), "PackageType", js("\"Accelerator\""));
}

void tst_GaapModel::priceParameters()
{
    QFETCH(PriceRequest, request);
    QFETCH(QJsonObject, expected);

    const QJsonObject parameters = request.toParameters();
    QCOMPARE(parameters, expected);
    QCOMPARE(parameters.keys(), expected.keys());
    QVERIFY(!parameters.contains(QStringLiteral("GroupId")));
    QVERIFY(!parameters.contains(QStringLiteral("Http3Supported")));
    QVERIFY(!parameters.contains(QStringLiteral("Concurrency"))); // the old names are not sent
    QVERIFY(!parameters.contains(QStringLiteral("DestRegion")));
    verifyIntegerMember(parameters, "Bandwidth", request.connection.bandwidth);
    verifyIntegerMember(parameters, "Concurrent", request.connection.concurrent);
    QCOMPARE(parameters.contains(QStringLiteral("BillingType")), request.billing.has_value());
    if (request.billing)
        verifyIntegerMember(parameters, "BillingType", *request.billing == PriceRequest::Billing::Traffic ? 1 : 0);
}

void tst_GaapModel::accessQueryParameters_data()
{
    QTest::addColumn<AccessRegionQuery>("query");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject baseExpected = jsonObject(kAccessQueryRequestExample);
    AccessRegionQuery query;
    query.originRegion = QStringLiteral("Hongkong");
    QTest::newRow("official example: DestRegion only") << query << baseExpected;

    AccessRegionQuery withVersion = query;
    withVersion.ipVersion = QStringLiteral("IPv6");
    QTest::newRow("IPAddressVersion set") << withVersion << with(baseExpected, "IPAddressVersion", js("\"IPv6\""));

    AccessRegionQuery withPackage = query;
    withPackage.packageType = QStringLiteral("Thunder");
    QTest::newRow("PackageType set") << withPackage << with(baseExpected, "PackageType", js("\"Thunder\""));

    AccessRegionQuery both = withVersion;
    both.packageType = QStringLiteral("CrossBorder");
    QTest::newRow("both options set") << both
                                      << with(with(baseExpected, "IPAddressVersion", js("\"IPv6\"")), "PackageType",
                                              js("\"CrossBorder\""));
}

void tst_GaapModel::accessQueryParameters()
{
    QFETCH(AccessRegionQuery, query);
    QFETCH(QJsonObject, expected);

    const QJsonObject parameters = query.toParameters();
    QCOMPARE(parameters, expected);
    QCOMPARE(parameters.keys(), expected.keys());
}

// ================================ RequestValidator ================================

void tst_GaapModel::validateCheck_data()
{
    QTest::addColumn<CheckRequest>("request");
    QTest::addColumn<QString>("offeredRegion"); // empty: no `offered` detail
    QTest::addColumn<QString>("field");         // empty: no issue
    QTest::addColumn<QStringList>("mentions");

    const auto row = [](const char *name, const CheckRequest &request, const char *offeredRegion, const char *field,
                        const char *mentions) {
        QTest::newRow(name) << request << s(offeredRegion) << s(field) << words(mentions);
    };
    const CheckRequest valid = validCheck();
    CheckRequest r;

    row("valid", valid, "", "", "");
    r = valid;
    r.groupId = QStringLiteral("lg-1a2b3c4d");
    r.ipVersion = QStringLiteral("IPv6");
    r.networkType = QStringLiteral("cn2");
    r.packageType = QStringLiteral("Accelerator");
    row("valid, every option set", r, "", "", "");
    r = valid;
    r.ipVersion = QStringLiteral("IPv4");
    r.networkType = QStringLiteral("normal");
    r.packageType = QStringLiteral("Thunder");
    row("valid, the defaults spelled out", r, "", "", "");
    r = valid;
    r.packageType = QStringLiteral("CrossBorder");
    row("valid, CrossBorder", r, "", "", "");
    r = valid;
    r.accessRegion = QStringLiteral("SL_AZURE_NorthUAE");
    row("valid, partner region id", r, "", "", "");

    r = valid;
    r.ipVersion = QStringLiteral("IPv5");
    row("IPAddressVersion IPv5", r, "", "IPAddressVersion", "IPv4 IPv6 IPv5");
    r = valid;
    r.networkType = QStringLiteral("bgp");
    row("NetworkType bgp", r, "", "NetworkType", "normal cn2 bgp");
    r = valid;
    r.packageType = QStringLiteral("Basic");
    row("PackageType Basic", r, "", "PackageType", "Thunder Accelerator CrossBorder Basic");

    r = valid;
    r.bandwidth = 0;
    row("Bandwidth 0", r, "", "Bandwidth", "");
    r.bandwidth = -1;
    row("Bandwidth -1", r, "", "Bandwidth", "");
    r = valid;
    r.concurrent = 0;
    row("Concurrent 0", r, "", "Concurrent", "");
    r.concurrent = -2;
    row("Concurrent -2", r, "", "Concurrent", "");

    r = valid;
    r.accessRegion.clear();
    row("AccessRegion missing", r, "", "AccessRegion", "");
    r = valid;
    r.realServerRegion.clear();
    row("RealServerRegion missing", r, "", "RealServerRegion", "");
    r = valid;
    r.accessRegion = QStringLiteral("South China");
    row("AccessRegion with a space", r, "", "AccessRegion", "South");
    r = valid;
    r.accessRegion = QStringLiteral("South/China");
    row("AccessRegion with a slash", r, "", "AccessRegion", "South/China");
    r = valid;
    r.realServerRegion = QStringLiteral("Hong kong");
    row("RealServerRegion with a space", r, "", "RealServerRegion", "Hong");
    r = valid;
    r.realServerRegion = QStringLiteral("../Hongkong");
    row("RealServerRegion with a slash", r, "", "RealServerRegion", "../Hongkong");
    r = valid;
    r.accessRegion = QStringLiteral("Chongqing\n");
    row("AccessRegion with a trailing newline", r, "", "AccessRegion", "");

    r = valid;
    r.groupId = QStringLiteral("xyz");
    row("GroupId xyz", r, "", "GroupId", "xyz");
    r.groupId = QStringLiteral("lg-ABCDEFGH");
    row("GroupId upper case", r, "", "GroupId", "lg-ABCDEFGH");
    r.groupId = QStringLiteral("lg-1234567");
    row("GroupId 7 characters", r, "", "GroupId", "lg-1234567");
    r.groupId = QStringLiteral("lg-123456789");
    row("GroupId 9 characters", r, "", "GroupId", "lg-123456789");
    r.groupId = QStringLiteral("lg-1a2b3c4d");
    row("GroupId lg-1a2b3c4d", r, "", "", "");

    r = valid;
    row("offered: both values offered", r, "Chongqing", "", "");
    r.bandwidth = 1000;
    r.concurrent = 30;
    row("offered: largest values offered", r, "Chongqing", "", "");
    r = valid;
    r.bandwidth = 30;
    row("offered: Bandwidth 30 not offered", r, "Chongqing", "Bandwidth", "30 10 20 50 100 200 500 1000 Chongqing");
    r = valid;
    r.concurrent = 3;
    row("offered: Concurrent 3 not offered", r, "Chongqing", "Concurrent", "3 2 5 10 20 30");
    r = valid;
    r.bandwidth = 0;
    row("offered: Bandwidth 0", r, "Chongqing", "Bandwidth", "");
    r = valid;
    r.bandwidth = 30;
    r.concurrent = 3;
    row("offered for another region: basic checks only", r, "Chengdu", "", "");
    r = valid;
    r.bandwidth = 0;
    row("offered for another region: Bandwidth 0 still rejected", r, "Chengdu", "Bandwidth", "");
}

void tst_GaapModel::validateCheck()
{
    QFETCH(CheckRequest, request);
    QFETCH(QString, offeredRegion);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    const AccessRegionDetail detail = offeredDetail(offeredRegion);
    const QList<ValidationIssue> issues =
        RequestValidator::validate(request, offeredRegion.isEmpty() ? nullptr : &detail);
    verifyIssues(issues, field, mentions);
}

void tst_GaapModel::validatePrice_data()
{
    QTest::addColumn<PriceRequest>("request");
    QTest::addColumn<QString>("offeredRegion");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    const auto row = [](const char *name, const PriceRequest &request, const char *offeredRegion, const char *field,
                        const char *mentions) {
        QTest::newRow(name) << request << s(offeredRegion) << s(field) << words(mentions);
    };
    PriceRequest valid;
    valid.connection = validCheck();
    PriceRequest r;

    row("valid", valid, "", "", "");
    r = valid;
    r.billing = PriceRequest::Billing::Traffic;
    row("valid, billing by traffic", r, "", "", "");
    r = valid;
    r.connection.groupId = QStringLiteral("xyz");
    row("GroupId ignored: xyz", r, "", "", "");
    r.connection.groupId = QStringLiteral("lg-ABCDEFGH");
    row("GroupId ignored: upper case", r, "", "", "");
    r = valid;
    r.connection.bandwidth = 0;
    row("Bandwidth 0", r, "", "Bandwidth", "");
    r = valid;
    r.connection.concurrent = -1;
    row("Concurrent -1", r, "", "Concurrent", "");
    r = valid;
    r.connection.ipVersion = QStringLiteral("IPv5");
    row("IPAddressVersion IPv5", r, "", "IPAddressVersion", "IPv4 IPv6 IPv5");
    r = valid;
    r.connection.networkType = QStringLiteral("bgp");
    row("NetworkType bgp", r, "", "NetworkType", "normal cn2");
    r = valid;
    r.connection.packageType = QStringLiteral("Basic");
    row("PackageType Basic", r, "", "PackageType", "Thunder Accelerator CrossBorder");
    r = valid;
    r.connection.accessRegion.clear();
    row("AccessRegion missing", r, "", "AccessRegion", "");
    r = valid;
    r.connection.realServerRegion = QStringLiteral("a b");
    row("RealServerRegion with a space", r, "", "RealServerRegion", "");
    r = valid;
    r.connection.bandwidth = 30;
    row("offered: Bandwidth 30 not offered", r, "Chongqing", "Bandwidth", "30 10 20 50 100 200 500 1000");
    r = valid;
    r.connection.concurrent = 3;
    row("offered: Concurrent 3 not offered", r, "Chongqing", "Concurrent", "3 2 5 10 20 30");
    r = valid;
    r.connection.bandwidth = 30;
    row("offered for another region", r, "Chengdu", "", "");
}

void tst_GaapModel::validatePrice()
{
    QFETCH(PriceRequest, request);
    QFETCH(QString, offeredRegion);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    const AccessRegionDetail detail = offeredDetail(offeredRegion);
    const QList<ValidationIssue> issues =
        RequestValidator::validate(request, offeredRegion.isEmpty() ? nullptr : &detail);
    verifyIssues(issues, field, mentions);
}

void tst_GaapModel::validateAccessQuery_data()
{
    QTest::addColumn<AccessRegionQuery>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    const auto row = [](const char *name, const AccessRegionQuery &query, const char *field, const char *mentions) {
        QTest::newRow(name) << query << s(field) << words(mentions);
    };
    AccessRegionQuery valid;
    valid.originRegion = QStringLiteral("Hongkong");
    AccessRegionQuery q;

    row("valid", valid, "", "");
    q = valid;
    q.ipVersion = QStringLiteral("IPv6");
    q.packageType = QStringLiteral("CrossBorder");
    row("valid, options set", q, "", "");
    q = valid;
    q.originRegion.clear();
    row("DestRegion missing", q, "DestRegion", "");
    q = valid;
    q.originRegion = QStringLiteral("Hong kong");
    row("DestRegion with a space", q, "DestRegion", "");
    q = valid;
    q.originRegion = QStringLiteral("Hong/kong");
    row("DestRegion with a slash", q, "DestRegion", "");
    q = valid;
    q.ipVersion = QStringLiteral("IPv5");
    row("IPAddressVersion IPv5", q, "IPAddressVersion", "IPv4 IPv6 IPv5");
    q = valid;
    q.packageType = QStringLiteral("Basic");
    row("PackageType Basic", q, "PackageType", "Thunder Accelerator CrossBorder Basic");
}

void tst_GaapModel::validateAccessQuery()
{
    QFETCH(AccessRegionQuery, query);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    verifyIssues(RequestValidator::validate(query), field, mentions);
}

void tst_GaapModel::groupIdShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("lg-1a2b3c4d") << QStringLiteral("lg-1a2b3c4d") << true;
    QTest::newRow("lg-b4c3d2a1 (docs)") << QStringLiteral("lg-b4c3d2a1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("xyz") << QStringLiteral("xyz") << false;
    QTest::newRow("upper case") << QStringLiteral("lg-ABCDEFGH") << false;
    QTest::newRow("7 characters") << QStringLiteral("lg-1234567") << false;
    QTest::newRow("9 characters") << QStringLiteral("lg-123456789") << false;
    QTest::newRow("LG- prefix") << QStringLiteral("LG-1a2b3c4d") << false;
    QTest::newRow("leading space") << QStringLiteral(" lg-1a2b3c4d") << false;
    QTest::newRow("trailing space") << QStringLiteral("lg-1a2b3c4d ") << false;
    QTest::newRow("trailing newline") << QStringLiteral("lg-1a2b3c4d\n") << false;
}

void tst_GaapModel::groupIdShape()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QCOMPARE(RequestValidator::isGroupId(text), accepted);
}

void tst_GaapModel::regionIdShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("SouthChina") << QStringLiteral("SouthChina") << true;
    QTest::newRow("SL_AZURE_NorthUAE") << QStringLiteral("SL_AZURE_NorthUAE") << true;
    QTest::newRow("with a hyphen") << QStringLiteral("ap-guangzhou") << true;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("South China") << false;
    QTest::newRow("slash") << QStringLiteral("South/China") << false;
    QTest::newRow("dot") << QStringLiteral("South.China") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("重庆") << false;
    QTest::newRow("trailing newline") << QStringLiteral("SouthChina\n") << false;
}

void tst_GaapModel::regionIdShape()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QCOMPARE(RequestValidator::isRegionId(text), accepted);
}

// ================================ RateLimiter ================================
//
// The limiter hands out `limit` slots per action. A slot is taken for a request and given back when
// the answer arrives; it may be used again one window after that. The tests drive it with an injected
// clock and, for longer runs, a small event simulation of a client whose answers take a given time.

namespace {

struct Simulation
{
    QList<qint64> sends;    // when each request was sent, in sending order
    QList<qint64> arrivals; // when the server saw it: somewhere between sending and the answer
    bool stuck = false;     // requests were left waiting with nothing in flight
};

// Sends latencies.size() requests of one action as fast as the limiter allows. Request i is answered
// latencies[i] ms after it was sent; the server sees it arrivalPermille[i]/1000 of the way.
Simulation simulate(int limit, int windowMs, const QList<qint64> &latencies, const QList<qint64> &arrivalPermille)
{
    struct Event
    {
        qint64 at = 0;
        bool isAnswer = false;
        int slot = -1;
        qsizetype request = 0;
    };

    std::chrono::milliseconds now{0};
    RateLimiter limiter(limit, std::chrono::milliseconds(windowMs), [&now] { return now; });
    const QString action = QStringLiteral("CheckProxyCreate");
    const qsizetype count = latencies.size();
    std::vector<Event> events;
    qsizetype nextRequest = 0;
    Simulation out;

    const auto takeSlots = [&] {
        while (nextRequest < count) {
            const RateLimiter::Ticket ticket = limiter.acquire(action);
            if (!ticket.isValid())
                break;
            events.push_back({ms(now) + ms(ticket.delay), false, ticket.slot, nextRequest});
            ++nextRequest;
        }
    };

    takeSlots();
    while (!events.empty()) {
        // The earliest event; sends before answers at the same moment; otherwise in order of scheduling.
        const auto next = std::min_element(events.begin(), events.end(), [](const Event &a, const Event &b) {
            if (a.at != b.at)
                return a.at < b.at;
            return !a.isAnswer && b.isAnswer;
        });
        const Event event = *next;
        events.erase(next);
        now = std::chrono::milliseconds(event.at);
        if (!event.isAnswer) {
            const qint64 latency = latencies.at(event.request);
            out.sends.append(event.at);
            out.arrivals.append(event.at + latency * arrivalPermille.at(event.request) / 1000);
            events.push_back({event.at + latency, true, event.slot, event.request});
        } else {
            limiter.release(action, event.slot);
            takeSlots();
        }
    }
    out.stuck = nextRequest < count;
    return out;
}

// Deterministic pseudo-random numbers in [0, range].
QList<qint64> pseudoRandom(qsizetype count, qint64 range, quint32 seed)
{
    QList<qint64> values;
    quint32 state = seed;
    for (qsizetype i = 0; i < count; ++i) {
        state = state * 1664525U + 1013904223U;
        values.append(static_cast<qint64>((state >> 8) % static_cast<quint32>(range + 1)));
    }
    return values;
}

// The largest number of `times` (sorted) inside any half-open interval [t, t + windowMs).
qsizetype busiestWindow(const QList<qint64> &times, int windowMs)
{
    qsizetype most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= windowMs)
            ++first;
        most = std::max(most, last - first + 1);
    }
    return most;
}

} // namespace

void tst_GaapModel::rateLimiterDefaults()
{
    QCOMPARE(RateLimiter::DefaultLimit, 20); // the documented 20 requests per second per API
    QVERIFY2(ms(RateLimiter::DefaultWindow) >= 1000, "the window must cover the server's one-second window");
    std::chrono::milliseconds now{0};
    const RateLimiter limiter(RateLimiter::DefaultLimit, RateLimiter::DefaultWindow, [&now] { return now; });
    QCOMPARE(limiter.limit(), 20);
    QCOMPARE(limiter.window(), RateLimiter::DefaultWindow);
    QCOMPARE(limiter.busySlots(QStringLiteral("CheckProxyCreate")), 0);
    const RateLimiter clamped(0, std::chrono::milliseconds(1000), [&now] { return now; });
    QCOMPARE(clamped.limit(), 1);
}

void tst_GaapModel::rateLimiterBurst()
{
    std::chrono::milliseconds now{0};
    RateLimiter limiter(20, std::chrono::milliseconds(1100), [&now] { return now; });
    QSignalSpy released(&limiter, &RateLimiter::released);
    const QString check = QStringLiteral("CheckProxyCreate");
    const QString price = QStringLiteral("InquiryPriceCreateProxy");

    // 20 at t=0: all at once, each in its own slot.
    QList<int> slotsTaken;
    for (int i = 0; i < 20; ++i) {
        const RateLimiter::Ticket ticket = limiter.acquire(check);
        QVERIFY(ticket.isValid());
        QCOMPARE(ms(ticket.delay), qint64(0));
        QVERIFY(!slotsTaken.contains(ticket.slot));
        slotsTaken.append(ticket.slot);
    }
    QCOMPARE(limiter.busySlots(check), 20);
    // The 21st must wait for an answer.
    QVERIFY(!limiter.acquire(check).isValid());
    QCOMPARE(limiter.busySlots(check), 20);

    // Another action has its own 20 slots.
    for (int i = 0; i < 20; ++i) {
        const RateLimiter::Ticket ticket = limiter.acquire(price);
        QVERIFY(ticket.isValid());
        QCOMPARE(ms(ticket.delay), qint64(0));
    }
    QVERIFY(!limiter.acquire(price).isValid());

    // All checks answered at t=0: every slot is usable one window later.
    for (const int slot : slotsTaken)
        limiter.release(check, slot);
    QCOMPARE(released.count(), 20);
    QCOMPARE(released.constFirst().constFirst().toString(), check);
    QCOMPARE(limiter.busySlots(check), 0);
    QCOMPARE(ms(limiter.acquire(check).delay), qint64(1100)); // the 21st, at t=0
    now = std::chrono::milliseconds(500);
    QCOMPARE(ms(limiter.acquire(check).delay), qint64(600)); // queues behind, sent at t=1100 too
    QVERIFY(!limiter.acquire(price).isValid());               // nothing of `price` was answered

    // Past the window: the 18 remaining slots are free at once.
    now = std::chrono::milliseconds(1100);
    for (int i = 0; i < 18; ++i)
        QCOMPARE(ms(limiter.acquire(check).delay), qint64(0));
    QVERIFY(!limiter.acquire(check).isValid());
    QCOMPARE(limiter.busySlots(check), 20);
}

void tst_GaapModel::rateLimiterReleaseMisuse()
{
    std::chrono::milliseconds now{0};
    RateLimiter limiter(1, std::chrono::milliseconds(1000), [&now] { return now; });
    QSignalSpy released(&limiter, &RateLimiter::released);
    const QString action = QStringLiteral("DescribeDestRegions");

    const RateLimiter::Ticket ticket = limiter.acquire(action);
    QVERIFY(ticket.isValid());
    limiter.release(QStringLiteral("OtherAction"), ticket.slot); // another action's slot
    limiter.release(action, ticket.slot + 1);                   // out of range
    limiter.release(action, -1);                                // an invalid ticket's slot
    QCOMPARE(released.count(), 0);
    QCOMPARE(limiter.busySlots(action), 1);

    limiter.release(action, ticket.slot);
    QCOMPARE(released.count(), 1);
    QCOMPARE(limiter.busySlots(action), 0);
    // A second release of the same slot is ignored: it does not push the slot further away.
    now = std::chrono::milliseconds(900);
    limiter.release(action, ticket.slot);
    QCOMPARE(released.count(), 1);
    QCOMPARE(ms(limiter.acquire(action).delay), qint64(100));
}

void tst_GaapModel::rateLimiterSlots_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<QList<qint64>>("sends"); // send times of successive requests

    QTest::newRow("limit 3, window 1000, instant answers")
        << 3 << 1000 << 0 << int64s({0, 0, 0, 1000, 1000, 1000, 2000});
    QTest::newRow("limit 3, window 1000, 50 ms answers")
        << 3 << 1000 << 50 << int64s({0, 0, 0, 1050, 1050, 1050, 2100});
    QTest::newRow("limit 1, window 100, instant answers") << 1 << 100 << 0 << int64s({0, 100, 200, 300});
    QList<qint64> twentyOne(20, 0);
    twentyOne.append(1100);
    QTest::newRow("limit 20, window 1100, instant answers") << 20 << 1100 << 0 << twentyOne;
}

void tst_GaapModel::rateLimiterSlots()
{
    QFETCH(int, limit);
    QFETCH(int, windowMs);
    QFETCH(int, latencyMs);
    QFETCH(QList<qint64>, sends);

    const Simulation run = simulate(limit, windowMs, QList<qint64>(sends.size(), latencyMs),
                                    QList<qint64>(sends.size(), 500));
    QVERIFY(!run.stuck);
    QCOMPARE(run.sends, sends);
}

void tst_GaapModel::rateLimiterLongRun_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxLatencyMs");
    QTest::addColumn<bool>("jitter"); // false: every answer takes maxLatencyMs

    QTest::newRow("20 per 1100 ms, instant answers") << 20 << 1100 << 200 << 0 << false;
    QTest::newRow("20 per 1020 ms, 80 ms answers") << 20 << 1020 << 200 << 80 << false;
    QTest::newRow("20 per 1020 ms, 0-900 ms answers") << 20 << 1020 << 200 << 900 << true;
    QTest::newRow("3 per 1000 ms, instant answers") << 3 << 1000 << 200 << 0 << false;
    QTest::newRow("3 per 1000 ms, 0-2500 ms answers") << 3 << 1000 << 200 << 2500 << true;
    QTest::newRow("7 per 333 ms, 0-50 ms answers") << 7 << 333 << 200 << 50 << true;
    QTest::newRow("1 per 50 ms, 0-40 ms answers") << 1 << 50 << 200 << 40 << true;
}

void tst_GaapModel::rateLimiterLongRun()
{
    QFETCH(int, limit);
    QFETCH(int, windowMs);
    QFETCH(int, count);
    QFETCH(int, maxLatencyMs);
    QFETCH(bool, jitter);

    const QList<qint64> latencies =
        jitter ? pseudoRandom(count, maxLatencyMs, 20181529U) : QList<qint64>(count, maxLatencyMs);
    const Simulation run = simulate(limit, windowMs, latencies, pseudoRandom(count, 1000, 608U));
    QVERIFY2(!run.stuck, "requests were left waiting with nothing in flight");
    QCOMPARE(run.sends.size(), qsizetype(count));

    // Sends never go backwards, and no window-long interval holds more than `limit` of them,
    // neither as sent nor as the server sees them.
    for (qsizetype i = 1; i < run.sends.size(); ++i)
        QVERIFY(run.sends.at(i - 1) <= run.sends.at(i));
    QVERIFY2(busiestWindow(run.sends, windowMs) <= limit,
             qPrintable(QStringLiteral("%1 sends in one window").arg(busiestWindow(run.sends, windowMs))));
    QList<qint64> arrivals = run.arrivals;
    std::sort(arrivals.begin(), arrivals.end());
    QVERIFY2(busiestWindow(arrivals, windowMs) <= limit,
             qPrintable(QStringLiteral("%1 arrivals in one window").arg(busiestWindow(arrivals, windowMs))));

    // No needless waiting: each slot is reused one window after its answer.
    const qint64 rounds = (count + limit - 1) / limit;
    const qint64 bound = rounds * (windowMs + maxLatencyMs); // ceil(count/limit)*window for instant answers
    QVERIFY2(run.sends.constLast() <= bound,
             qPrintable(QStringLiteral("last send at %1 ms, bound %2 ms").arg(run.sends.constLast()).arg(bound)));
    if (maxLatencyMs == 0) {
        for (qsizetype i = 0; i < run.sends.size(); ++i)
            QCOMPARE(run.sends.at(i), static_cast<qint64>(i / limit) * windowMs);
    }
}

QTEST_APPLESS_MAIN(tst_GaapModel)

#include "tst_gaapmodel.moc"
