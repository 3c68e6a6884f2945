// The toParameters() of CheckRequest, PriceRequest and AccessRegionQuery against the official request
// examples: which members are sent, under which names, and that numbers go out as JSON integers. See
// tst_gaapmodel.h.
#include "tst_gaapmodel.h"

#include <QByteArray>
#include <QCborValue>
#include <QJsonDocument>
#include <QTest>

using namespace GaapModelTest;

namespace {

// Official request examples (reference 3.2–3.4).
constexpr char kAccessQueryRequestExample[] = R"({"DestRegion":"Hongkong"})";
constexpr char kCheckRequestExample[] =
    R"({"AccessRegion":"SouthChina","RealServerRegion":"EastChina","Bandwidth":2,"Concurrent":10})";
constexpr char kPriceRequestExample[] =
    R"({"Concurrent":2,"Bandwidth":10,"RealServerRegion":"Shanghai","AccessRegion":"Guangzhou","IPAddressVersion":"IPv4","NetworkType":"normal"})";

void verifyIntegerMember(const QJsonObject &parameters, const char *key, qint64 expected)
{
    const QString name = QLatin1String(key);
    QVERIFY2(parameters.contains(name), key);
    const QJsonValue value = parameters.value(name);
    QVERIFY2(QCborValue::fromJsonValue(value).isInteger(),
             qPrintable(QStringLiteral("%1 is not a JSON integer").arg(name)));
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
    base.originRegion = QStringLiteral("EastChina");
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
    QTest::newRow("largest offered values")
        << request << with(with(baseExpected, "Bandwidth", js("1000")), "Concurrent", js("30"));

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
    base.connection.originRegion = QStringLiteral("Shanghai");
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
        << with(without(without(baseExpected, "IPAddressVersion"), "NetworkType"), "PackageType",
                js("\"Accelerator\""));
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
