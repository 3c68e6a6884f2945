// The connection groups (DescribeProxyGroupList): GaapParser on the documented example and on broken entries,
// what each status means for a new connection, ProxyGroupQuery's parameters and its validation. See
// tst_gaapmodel.h.
//
// The example is the one of reference section 3.6 (tccli examples.json); the fields it elides ("…") are left
// out, a second group is added beside it where a test needs two.
#include "core/gaap/gaapparser.h"
#include "core/gaap/requestvalidator.h"
#include "tst_gaapmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace GaapModelTest;

namespace {

constexpr char kGroupListExample[] =
    R"({"TotalCount":17,"ProxyGroupList":[{"CreateTime":1768205812,"Domain":null,"FeatureBitmap":7,)"
    R"("GroupId":"lg-joaaddy1","GroupName":"group-name-01","Http3Supported":1,"ProjectId":0,"ProxyType":0,)"
    R"("RealServerRegionInfo":{"FeatureBitmap":207,"IDCType":"dc","RegionArea":"EastChina","RegionId":"Shanghai",)"
    R"("SupportFeature":null},"Status":"CHANGING","TagSet":[],"Version":"3.0"}],)"
    R"("RequestId":"8f1ea2a0-3c55-4b5c-9a35-3a8b0c1e2d4f"})";

QJsonObject groupListExample()
{
    return jsonObject(kGroupListExample);
}

// The example with a second, RUNNING group after the first.
QJsonObject twoGroups()
{
    const QJsonObject example = groupListExample();
    QJsonArray list = example.value(QLatin1String("ProxyGroupList")).toArray();
    QJsonObject second = list.at(0).toObject();
    second.insert(QStringLiteral("GroupId"), QStringLiteral("lg-1a2b3c4d"));
    second.insert(QStringLiteral("Status"), QStringLiteral("RUNNING"));
    list.append(second);
    return with(example, "ProxyGroupList", list);
}

ProxyGroup groupWithStatus(const QString &status)
{
    const Parsed<ProxyGroupPage> parsed =
        GaapParser::proxyGroups(with(groupListExample(), "ProxyGroupList/0/Status", QJsonValue(status)));
    return parsed.value ? parsed.value->groups.value(0) : ProxyGroup();
}

} // namespace

void tst_GaapModel::proxyGroupsExample()
{
    const Parsed<ProxyGroupPage> parsed = GaapParser::proxyGroups(groupListExample());
    QVERIFY2(parsed.value, qPrintable(parsed.error));
    QCOMPARE(parsed.value->totalCount, 17);
    QCOMPARE(parsed.value->groups.size(), 1);
    const ProxyGroup &group = parsed.value->groups.constFirst();
    QCOMPARE(group.groupId, s("lg-joaaddy1"));
    QCOMPARE(group.groupName, s("group-name-01"));
    QCOMPARE(group.projectId, 0);
    QCOMPARE(group.originRegionId, s("Shanghai"));
    QCOMPARE(group.originRegionName, QString()); // elided in the example: not given
    QCOMPARE(group.status, s("CHANGING"));
    QVERIFY(group.features);
    QCOMPARE(group.features->bitmap(), quint64(7));
    QCOMPARE(group.http3Supported, std::optional<bool>(true));
    QVERIFY(group.createTime);
    QCOMPARE(*group.createTime, QDateTime::fromSecsSinceEpoch(1768205812, QTimeZone::utc()));
    QVERIFY(group.isUsable());
    QVERIFY(!group.acceptsNewConnections()); // CHANGING

    // The nullable and optional fields may be null or absent.
    QJsonObject sparse = with(groupListExample(), "ProxyGroupList/0/FeatureBitmap", js("null"));
    sparse = without(sparse, "ProxyGroupList/0/Http3Supported");
    sparse = without(sparse, "ProxyGroupList/0/CreateTime");
    sparse = with(sparse, "ProxyGroupList/0/GroupName", js("null"));
    const Parsed<ProxyGroupPage> tolerated = GaapParser::proxyGroups(sparse);
    QVERIFY2(tolerated.value, qPrintable(tolerated.error));
    const ProxyGroup &plain = tolerated.value->groups.constFirst();
    QVERIFY(plain.isUsable());
    QVERIFY(!plain.features && !plain.http3Supported && !plain.createTime);
    QCOMPARE(plain.groupName, QString());

    // An empty page is an answer (no groups), not an error.
    const Parsed<ProxyGroupPage> empty = GaapParser::proxyGroups(jsonObject(R"({"TotalCount":0,"ProxyGroupList":[]})"));
    QVERIFY2(empty.value, qPrintable(empty.error));
    QVERIFY(empty.value->groups.isEmpty());
}

void tst_GaapModel::proxyGroupsBroken_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<QString>("pageError");    // the whole page is refused, naming this path; empty: it is read
    QTest::addColumn<QString>("entryProblem"); // the first entry is unusable, naming this path; empty: usable

    const QJsonObject two = twoGroups();
    const auto page = [](const char *name, const QJsonObject &response, const char *path) {
        QTest::newRow(name) << response << s(path) << QString();
    };
    const auto entry = [](const char *name, const QJsonObject &response, const char *path) {
        QTest::newRow(name) << response << QString() << s(path);
    };
    page("ProxyGroupList missing", without(two, "ProxyGroupList"), "ProxyGroupList");
    page("ProxyGroupList an object", with(two, "ProxyGroupList", js("{}")), "ProxyGroupList");
    page("TotalCount missing", without(two, "TotalCount"), "TotalCount");
    page("TotalCount a string", with(two, "TotalCount", js("\"17\"")), "TotalCount");
    page("TotalCount negative", with(two, "TotalCount", js("-1")), "TotalCount");
    page("TotalCount a fraction", with(two, "TotalCount", js("1.5")), "TotalCount");

    entry("entry a string", with(two, "ProxyGroupList/0", js("\"lg-joaaddy1\"")), "ProxyGroupList[0]");
    entry("GroupId null", with(two, "ProxyGroupList/0/GroupId", js("null")), "ProxyGroupList[0].GroupId");
    entry("GroupId empty", with(two, "ProxyGroupList/0/GroupId", js("\"\"")), "ProxyGroupList[0].GroupId");
    entry("Status null", with(two, "ProxyGroupList/0/Status", js("null")), "ProxyGroupList[0].Status");
    entry("Status a number", with(two, "ProxyGroupList/0/Status", js("0")), "ProxyGroupList[0].Status");
    entry("ProjectId a string", with(two, "ProxyGroupList/0/ProjectId", js("\"0\"")), "ProxyGroupList[0].ProjectId");
    entry("GroupName a number", with(two, "ProxyGroupList/0/GroupName", js("5")), "ProxyGroupList[0].GroupName");
    entry("RealServerRegionInfo null", with(two, "ProxyGroupList/0/RealServerRegionInfo", js("null")),
          "ProxyGroupList[0].RealServerRegionInfo");
    entry("RegionId missing", without(two, "ProxyGroupList/0/RealServerRegionInfo/RegionId"),
          "ProxyGroupList[0].RealServerRegionInfo.RegionId");
    entry("FeatureBitmap negative", with(two, "ProxyGroupList/0/FeatureBitmap", js("-7")),
          "ProxyGroupList[0].FeatureBitmap");
    entry("Http3Supported 2", with(two, "ProxyGroupList/0/Http3Supported", js("2")),
          "ProxyGroupList[0].Http3Supported");
    entry("CreateTime a string", with(two, "ProxyGroupList/0/CreateTime", js("\"yesterday\"")),
          "ProxyGroupList[0].CreateTime");
    entry("CreateTime negative", with(two, "ProxyGroupList/0/CreateTime", js("-1")), "ProxyGroupList[0].CreateTime");
    entry("unknown fields", with(two, "ProxyGroupList/0/NewField", js("[1]")), "");
}

void tst_GaapModel::proxyGroupsBroken()
{
    QFETCH(QJsonObject, response);
    QFETCH(QString, pageError);
    QFETCH(QString, entryProblem);
    const Parsed<ProxyGroupPage> parsed = GaapParser::proxyGroups(response);
    if (!pageError.isEmpty()) {
        QVERIFY(!parsed.value);
        QVERIFY2(parsed.error.startsWith(pageError + u':'), qPrintable(parsed.error));
        return;
    }
    QVERIFY2(parsed.value, qPrintable(parsed.error));
    QCOMPARE(parsed.value->groups.size(), 2); // the broken entry is kept, with its problem
    const ProxyGroup &first = parsed.value->groups.at(0);
    if (entryProblem.isEmpty()) {
        QVERIFY2(first.isUsable(), qPrintable(first.problem));
    } else {
        QVERIFY(!first.isUsable());
        QVERIFY2(first.problem.startsWith(entryProblem + u':'), qPrintable(first.problem));
        QVERIFY(!first.acceptsNewConnections());
    }
    // The other group is untouched by its neighbour.
    const ProxyGroup &second = parsed.value->groups.at(1);
    QVERIFY2(second.isUsable(), qPrintable(second.problem));
    QCOMPARE(second.groupId, s("lg-1a2b3c4d"));
    QVERIFY(second.acceptsNewConnections());
}

void tst_GaapModel::proxyGroupStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("accepts");
    QTest::addColumn<QString>("name");
    QTest::newRow("RUNNING") << s("RUNNING") << true << s("Running");
    QTest::newRow("CREATING") << s("CREATING") << false << s("Being created");
    QTest::newRow("DESTROYING") << s("DESTROYING") << false << s("Being deleted");
    QTest::newRow("MOVING") << s("MOVING") << false << s("Being moved");
    QTest::newRow("CLOSED") << s("CLOSED") << false << s("Closed");
    QTest::newRow("CHANGING") << s("CHANGING") << false << s("Being changed");
    QTest::newRow("unknown") << s("UPGRADING") << false << s("Unknown status (UPGRADING)");
    QTest::newRow("lower case") << s("running") << false << s("Unknown status (running)");
}

void tst_GaapModel::proxyGroupStatus()
{
    QFETCH(QString, status);
    QFETCH(bool, accepts);
    QFETCH(QString, name);
    const ProxyGroup group = groupWithStatus(status);
    QCOMPARE(group.status, status); // verbatim
    QVERIFY2(group.isUsable(), qPrintable(group.problem));
    QCOMPARE(group.acceptsNewConnections(), accepts);
    QCOMPARE(ProxyGroupStatus::name(status), name);
    QCOMPARE(ProxyGroupStatus::documented().contains(status), !name.startsWith(QLatin1String("Unknown")));
}

void tst_GaapModel::proxyGroupQueryParameters()
{
    ProxyGroupQuery all;
    QCOMPARE(QJsonDocument(all.toParameters(0)).toJson(QJsonDocument::Compact),
             QByteArray(R"({"Limit":100,"Offset":0,"ProjectId":-1})"));
    QVERIFY(RequestValidator::validate(all).isEmpty());

    ProxyGroupQuery hongkong;
    hongkong.originRegion = s("Hongkong");
    QCOMPARE(QJsonDocument(hongkong.toParameters(200)).toJson(QJsonDocument::Compact),
             QByteArray(R"({"Filters":[{"Name":"RealServerRegion","Values":["Hongkong"]}],"Limit":100,"Offset":200,)"
                        R"("ProjectId":-1})"));
    QVERIFY(RequestValidator::validate(hongkong).isEmpty());

    ProxyGroupQuery bad;
    bad.originRegion = s("Hong kong");
    bad.projectId = -2;
    const QList<ValidationIssue> issues = RequestValidator::validate(bad);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).field, s("RealServerRegion"));
    QCOMPARE(issues.at(1).field, s("ProjectId"));
}
