// GaapParser on hostile responses: the documented example of each of the four actions with one value
// missing, null, of the wrong type or out of range. A fault in one entry of a region list makes that entry
// unusable (its problem starts with the path of the value at fault) and leaves the rest of the list; any
// other fault gives no value and an error that starts with the path. See tst_gaapmodel.h.
#include "core/api/apienvelope.h"
#include "core/gaap/gaapparser.h"
#include "tst_gaapmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace GaapModelTest;

namespace {

const QString DescribeDestRegions = QStringLiteral("DescribeDestRegions");
const QString DescribeAccessRegionsByDestRegion = QStringLiteral("DescribeAccessRegionsByDestRegion");
const QString CheckProxyCreate = QStringLiteral("CheckProxyCreate");
const QString InquiryPriceCreateProxy = QStringLiteral("InquiryPriceCreateProxy");

struct Outcome
{
    bool hasValue = false;
    QString error;
    QStringList entryProblems; // of a region list: one per entry, empty for a usable entry
};

template<typename T>
Outcome outcomeOf(const Parsed<T> &parsed)
{
    return {parsed.value.has_value(), parsed.error, {}};
}

template<typename Detail>
Outcome outcomeOf(const Parsed<QList<Detail>> &parsed)
{
    Outcome outcome{parsed.value.has_value(), parsed.error, {}};
    for (const Detail &detail : parsed.value.value_or(QList<Detail>()))
        outcome.entryProblems.append(detail.problem);
    return outcome;
}

Outcome parse(const QString &action, const QJsonObject &response)
{
    if (action == DescribeDestRegions)
        return outcomeOf(GaapParser::originRegions(response));
    if (action == DescribeAccessRegionsByDestRegion)
        return outcomeOf(GaapParser::accessRegions(response));
    if (action == CheckProxyCreate)
        return outcomeOf(GaapParser::checkResult(response));
    if (action == InquiryPriceCreateProxy)
        return outcomeOf(GaapParser::priceQuote(response));
    QTest::qFail("unknown action in the test table", __FILE__, __LINE__);
    return {};
}

} // namespace

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
    const QJsonValue accessRegion = access.value(QStringLiteral("AccessRegionSet")).toArray().at(0);
    const QJsonObject twoAccess = with(access, "AccessRegionSet", QJsonArray{accessRegion, accessRegion});
    row("access: second entry's BandwidthList null (the first stays usable)", A,
        with(twoAccess, "AccessRegionSet/1/BandwidthList", js("null")), "AccessRegionSet[1].BandwidthList");
    row("access: second entry a number", A, with(twoAccess, "AccessRegionSet/1", js("3")), "AccessRegionSet[1]");
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
    row("price: tier BandwidthUnitPrice \"130\"", P,
        with(price, "BandwidthUnitPrice/0/BandwidthUnitPrice", js("\"130\"")),
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
    // "DestRegionSet[2].RegionId: expected a string, got a number": the problem starts with the path.
    const QString prefix = field + QStringLiteral(": ");
    if (field.startsWith(QStringLiteral("DestRegionSet[")) || field.startsWith(QStringLiteral("AccessRegionSet["))) {
        QVERIFY2(outcome.hasValue, qPrintable(QStringLiteral("one bad entry failed the list: ") + outcome.error));
        const QStringList problems = outcome.entryProblems.filter(prefix);
        QVERIFY2(problems.size() == 1 && outcome.entryProblems.indexOf(problems.constFirst()) >= 0,
                 qPrintable(QStringLiteral("no entry problem names \"%1\": %2")
                                .arg(field, outcome.entryProblems.join(QStringLiteral(" | ")))));
        QVERIFY2(problems.constFirst().startsWith(prefix), qPrintable(problems.constFirst()));
        QCOMPARE(outcome.entryProblems.size() - outcome.entryProblems.count(QString()), qsizetype(1));
        return;
    }
    QVERIFY2(!outcome.hasValue, "a hostile response must give no value");
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY2(outcome.error.startsWith(prefix),
             qPrintable(QStringLiteral("error \"%1\" does not name \"%2\"").arg(outcome.error, field)));
}

// Text from the server reaches terminals, table cells and labels: control characters (escape sequences,
// bells, line breaks, C1 codes) never come out of the parsers; whitespace controls become spaces.
void tst_GaapModel::serverTextIsPrintable()
{
    const QString hostile = QStringLiteral("\u001b[2J\u001b[31mHong\u0007Kong\r\nX\u009b1m\u007f");
    const QString shown = QStringLiteral("[2J[31mHongKong  X1m");

    const Parsed<QList<RegionDetail>> origins = GaapParser::originRegions(
        with(with(destExample(), "DestRegionSet/0/RegionName", hostile), "DestRegionSet/0/RegionAreaName", hostile));
    QVERIFY2(origins.value, qPrintable(origins.error));
    QCOMPARE(origins.value->constFirst().regionName, shown);
    QCOMPARE(origins.value->constFirst().regionAreaName, shown);

    const Parsed<QList<AccessRegionDetail>> access =
        GaapParser::accessRegions(with(accessExample(), "AccessRegionSet/0/RegionName", hostile));
    QVERIFY2(access.value, qPrintable(access.error));
    QCOMPARE(access.value->constFirst().regionName, shown);

    const QJsonObject networkTypes{{QStringLiteral("NetworkType"), QJsonArray{hostile}}};
    const Parsed<QList<RegionDetail>> typed =
        GaapParser::originRegions(with(destExample(), "DestRegionSet/0/SupportFeature", networkTypes));
    QVERIFY2(typed.value, qPrintable(typed.error));
    QCOMPARE(typed.value->constFirst().networkTypes.value_or(QStringList()), QStringList{shown});

    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("Response"),
                         QJsonObject{{QStringLiteral("Error"),
                                      QJsonObject{{QStringLiteral("Code"), QStringLiteral("Unknown\u001b[0m.Code")},
                                                  {QStringLiteral("Message"), hostile}}},
                                     {QStringLiteral("RequestId"), QStringLiteral("r-\u001b]0;title\u0007")}}}})
            .toJson();
    const ApiResult result = ApiEnvelope::parse(QStringLiteral("CheckProxyCreate"), 200, body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), QStringLiteral("Unknown[0m.Code"));
    QCOMPARE(result.error().message(), shown);
    QCOMPARE(result.error().requestId(), QStringLiteral("r-]0;title"));
    for (const QChar c : result.error().describe())
        QVERIFY2(c == u'\n' || !(c.category() == QChar::Other_Control), qPrintable(result.error().describe()));
}
