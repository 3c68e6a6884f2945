// RequestValidator: the checks of CheckRequest, PriceRequest and AccessRegionQuery before anything is
// sent, with and without the offered lists of an access region, and the shapes of group and region ids.
// See tst_gaapmodel.h.
#include "core/gaap/requestvalidator.h"
#include "tst_gaapmodel.h"

#include <QTest>

using namespace GaapModelTest;

namespace {

CheckRequest validCheck()
{
    CheckRequest request;
    request.accessRegion = QStringLiteral("Chongqing");
    request.originRegion = QStringLiteral("Hongkong");
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

// The data row's request (of type Request), validated against the offers of its "offeredRegion" (none
// when empty): the issues must name "field" and mention every word of "mentions".
template<typename Request>
void validateFetched()
{
    QFETCH(Request, request);
    QFETCH(QString, offeredRegion);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);

    const AccessRegionDetail detail = offeredDetail(offeredRegion);
    const QList<ValidationIssue> issues =
        RequestValidator::validate(request, offeredRegion.isEmpty() ? nullptr : &detail);
    verifyIssues(issues, field, mentions);
}

} // namespace

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
    r.networkType = QStringLiteral("triple");
    row("valid, NetworkType triple (advertised by some origins)", r, "", "", "");
    r = valid;
    r.networkType = QStringLiteral("secure_eip");
    row("valid, NetworkType secure_eip", r, "", "", "");
    r = valid;
    r.networkType = QStringLiteral("cn 2");
    row("NetworkType with a space", r, "", "NetworkType", "cn 2");
    r = valid;
    r.networkType = QStringLiteral("normal\r\nX: 1");
    row("NetworkType with a line break", r, "", "NetworkType", "");
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
    r.originRegion.clear();
    row("RealServerRegion missing", r, "", "RealServerRegion", "");
    r = valid;
    r.accessRegion = QStringLiteral("South China");
    row("AccessRegion with a space", r, "", "AccessRegion", "South");
    r = valid;
    r.accessRegion = QStringLiteral("South/China");
    row("AccessRegion with a slash", r, "", "AccessRegion", "South/China");
    r = valid;
    r.originRegion = QStringLiteral("Hong kong");
    row("RealServerRegion with a space", r, "", "RealServerRegion", "Hong");
    r = valid;
    r.originRegion = QStringLiteral("../Hongkong");
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
    validateFetched<CheckRequest>();
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
    r.connection.networkType = QStringLiteral("cn 2");
    row("NetworkType with a space", r, "", "NetworkType", "");
    r = valid;
    r.connection.packageType = QStringLiteral("Basic");
    row("PackageType Basic", r, "", "PackageType", "Thunder Accelerator CrossBorder");
    r = valid;
    r.connection.accessRegion.clear();
    row("AccessRegion missing", r, "", "AccessRegion", "");
    r = valid;
    r.connection.originRegion = QStringLiteral("a b");
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
    validateFetched<PriceRequest>();
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

// A region the server listed with a broken entry: a check for it names the entry's problem and is not sent.
void tst_GaapModel::unusableAccessRegionIsRefused()
{
    CheckRequest request;
    request.accessRegion = QStringLiteral("Tokyo");
    request.originRegion = QStringLiteral("Hongkong");
    request.bandwidth = 10;
    request.concurrent = 2;
    AccessRegionDetail offered;
    offered.regionId = QStringLiteral("Tokyo");
    offered.problem = QStringLiteral("AccessRegionSet[1].BandwidthList: expected an array, got null");
    const QList<ValidationIssue> issues = RequestValidator::validate(request, &offered);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().field, QStringLiteral("AccessRegion"));
    QVERIFY2(issues.constFirst().message.contains(offered.problem), qPrintable(issues.constFirst().message));
    offered.problem.clear();
    offered.bandwidthList = {10};
    offered.concurrentList = {2};
    QVERIFY(RequestValidator::validate(request, &offered).isEmpty());
}
