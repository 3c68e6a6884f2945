// DescribeProxyGroupList on the fake server: its parameter checks (required integers, the Limit range, filter
// names and their number of values, unknown parameters), paging and filters compared with the data it was built
// from, region names in both languages, and the built-in groups the other tests rely on; see
// tst_fakegaapserver.h.
#include "tst_fakegaapserver.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace FakeGaapServerTest;

namespace {

const QString Action = u"DescribeProxyGroupList"_s;

QJsonObject page(qint64 offset, qint64 limit, qint64 projectId = -1)
{
    return QJsonObject{{u"Offset"_s, offset}, {u"Limit"_s, limit}, {u"ProjectId"_s, projectId}};
}

QJsonArray filter(const QString &name, const QStringList &values)
{
    return QJsonArray{QJsonObject{{u"Name"_s, name}, {u"Values"_s, QJsonArray::fromStringList(values)}}};
}

// Asks for `parameters`, expects an answer (not an error) and calls its Response `name`.
#define ASK(name, parameters)                                                                                          \
    const Result name##Result = perform(apiCall(Action, parameters));                                                  \
    VERIFY_ANSWER(name##Result, QString());                                                                            \
    const QJsonObject name = name##Result.response

QStringList idsOf(const QJsonObject &response)
{
    QStringList ids;
    for (const QJsonValue &group : response.value("ProxyGroupList"_L1).toArray())
        ids.append(group.toObject().value("GroupId"_L1).toString());
    return ids;
}

} // namespace

void tst_FakeGaapServer::proxyGroupParameters_data()
{
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<QString>("expectedCode");
    const QString missing = u"MissingParameter"_s, unknown = u"UnknownParameter"_s;
    const QString invalid = u"InvalidParameter"_s, badValue = u"InvalidParameterValue"_s, none;
    const QJsonObject valid = page(0, 20);
    const auto row = [](const char *name, const QJsonObject &parameters, const QString &code) {
        QTest::newRow(name) << parameters << code;
    };
    const auto with = [valid](const QString &key, const QJsonValue &value) {
        QJsonObject parameters = valid;
        parameters.insert(key, value);
        return parameters;
    };
    const auto without = [valid](const QString &key) {
        QJsonObject parameters = valid;
        parameters.remove(key);
        return parameters;
    };
    const QStringList five{u"Hongkong"_s, u"Japan"_s, u"Korea"_s, u"Europe"_s, u"SouthChina"_s};

    row("valid", valid, none);
    row("no Offset", without(u"Offset"_s), missing);
    row("no Limit", without(u"Limit"_s), missing);
    row("no ProjectId", without(u"ProjectId"_s), missing);
    row("Offset abc", with(u"Offset"_s, u"abc"_s), invalid);
    row("Offset as numeric string", with(u"Offset"_s, u"0"_s), none);
    row("Offset -1", with(u"Offset"_s, -1), badValue);
    row("Limit 0", with(u"Limit"_s, 0), badValue);
    row("Limit 1", with(u"Limit"_s, 1), none);
    row("Limit 100", with(u"Limit"_s, 100), none);
    row("Limit 101", with(u"Limit"_s, 101), badValue);
    row("Limit 2.5", with(u"Limit"_s, 2.5), invalid);
    row("ProjectId 0", with(u"ProjectId"_s, 0), none);
    row("ProjectId -2", with(u"ProjectId"_s, -2), badValue);
    row("ProjectId a string", with(u"ProjectId"_s, u"all"_s), invalid);
    row("Foo", with(u"Foo"_s, 1), unknown);
    row("Filters an object", with(u"Filters"_s, QJsonObject()), invalid);
    row("Filters element a string", with(u"Filters"_s, QJsonArray{u"RealServerRegion"_s}), invalid);
    row("Filters RealServerRegion", with(u"Filters"_s, filter(u"RealServerRegion"_s, {u"Hongkong"_s})), none);
    row("Filters RealServerRegion 5 values", with(u"Filters"_s, filter(u"RealServerRegion"_s, five)), none);
    row("Filters RealServerRegion 6 values",
        with(u"Filters"_s, filter(u"RealServerRegion"_s, QStringList(five) << u"NorthChina"_s)), badValue);
    row("Filters no values", with(u"Filters"_s, filter(u"RealServerRegion"_s, {})), badValue);
    row("Filters PackageType Accelerator", with(u"Filters"_s, filter(u"PackageType"_s, {u"Accelerator"_s})), none);
    row("Filters PackageType CrossBorder", with(u"Filters"_s, filter(u"PackageType"_s, {u"CrossBorder"_s})), badValue);
    row("Filters name Status", with(u"Filters"_s, filter(u"Status"_s, {u"RUNNING"_s})), badValue);
    row("Filters without Name", with(u"Filters"_s, QJsonArray{QJsonObject{{u"Values"_s, QJsonArray{u"x"_s}}}}),
        missing);
    row("Filters without Values", with(u"Filters"_s, QJsonArray{QJsonObject{{u"Name"_s, u"PackageType"_s}}}), missing);
    row("Filters Values a string",
        with(u"Filters"_s, QJsonArray{QJsonObject{{u"Name"_s, u"PackageType"_s}, {u"Values"_s, u"Thunder"_s}}}),
        invalid);
    row("Filters with an unknown member",
        with(u"Filters"_s,
             QJsonArray{QJsonObject{
                 {u"Name"_s, u"PackageType"_s}, {u"Values"_s, QJsonArray{u"Thunder"_s}}, {u"Exact"_s, true}}}),
        unknown);
    QJsonArray sixTags;
    for (int i = 0; i < 6; ++i)
        sixTags.append(QJsonObject{{u"TagKey"_s, u"k%1"_s.arg(i)}, {u"TagValue"_s, u"v"_s}});
    row("TagSet one tag", with(u"TagSet"_s, QJsonArray{sixTags.at(0)}), none);
    row("TagSet 6 tags", with(u"TagSet"_s, sixTags), badValue);
    row("TagSet without TagValue", with(u"TagSet"_s, QJsonArray{QJsonObject{{u"TagKey"_s, u"team"_s}}}), missing);
}

void tst_FakeGaapServer::proxyGroupParameters()
{
    QFETCH(QJsonObject, parameters);
    QFETCH(QString, expectedCode);
    const Result result = perform(apiCall(Action, parameters));
    VERIFY_ANSWER(result, expectedCode);
    if (expectedCode.isEmpty())
        QVERIFY(result.response.value("ProxyGroupList"_L1).isArray());
}

void tst_FakeGaapServer::proxyGroupPagesAndFilters()
{
    FakeGaapData data = FakeGaapData::builtIn();
    data.addGeneratedGroups(250, u"Korea"_s);
    m_server = std::make_unique<FakeGaapServer>(data);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_server->setRateLimit(1000);
    const QList<FakeProxyGroup> &groups = m_server->data().proxyGroups();
    const auto expectedIds = [&groups](const std::function<bool(const FakeProxyGroup &)> &keep) {
        QStringList ids;
        for (const FakeProxyGroup &group : groups) {
            if (keep(group))
                ids.append(group.id);
        }
        return ids;
    };

    // Pages of the whole list, in the data's order; TotalCount is the whole list's size on every page.
    const QStringList all = expectedIds([](const FakeProxyGroup &) { return true; });
    QStringList paged;
    for (qint64 offset = 0; offset < all.size() + 100; offset += 100) {
        ASK(response, page(offset, 100));
        QCOMPARE(response.value("TotalCount"_L1).toInteger(), all.size());
        const QStringList ids = idsOf(response);
        QCOMPARE(ids.size(), std::clamp<qsizetype>(all.size() - offset, 0, 100));
        paged += ids;
    }
    QCOMPARE(paged, all);
    ASK(middle, page(3, 2));
    QCOMPARE(idsOf(middle), all.mid(3, 2));

    // ProjectId: -1 every project, otherwise that project only.
    ASK(project, page(0, 100, 1001));
    QCOMPARE(idsOf(project), expectedIds([](const FakeProxyGroup &g) { return g.projectId == 1001; }));
    QVERIFY(!idsOf(project).isEmpty());
    ASK(noProject, page(0, 100, 424242));
    QCOMPARE(idsOf(noProject), QStringList());

    // RealServerRegion with two values, PackageType, an origin without groups, TagSet (any of the tags).
    QJsonObject parameters = page(0, 100);
    parameters.insert("Filters"_L1, filter(u"RealServerRegion"_s, {u"Hongkong"_s, u"SouthChina"_s}));
    ASK(twoOrigins, parameters);
    QCOMPARE(idsOf(twoOrigins), expectedIds([](const FakeProxyGroup &g) {
                 return g.destRegion == "Hongkong"_L1 || g.destRegion == "SouthChina"_L1;
             }));
    parameters.insert("Filters"_L1, filter(u"PackageType"_s, {u"Accelerator"_s}));
    ASK(accelerator, parameters);
    QCOMPARE(idsOf(accelerator),
             expectedIds([](const FakeProxyGroup &g) { return g.packageType == "Accelerator"_L1; }));
    QVERIFY(!idsOf(accelerator).isEmpty());
    parameters.insert("Filters"_L1, filter(u"RealServerRegion"_s, {u"Atlantis"_s}));
    ASK(nowhere, parameters);
    QCOMPARE(nowhere.value("TotalCount"_L1).toInteger(), 0);
    parameters.remove("Filters"_L1);
    parameters.insert("TagSet"_L1, QJsonArray{QJsonObject{{u"TagKey"_s, u"team"_s}, {u"TagValue"_s, u"web"_s}},
                                              QJsonObject{{u"TagKey"_s, u"team"_s}, {u"TagValue"_s, u"nobody"_s}}});
    ASK(tagged, parameters);
    QCOMPARE(idsOf(tagged),
             expectedIds([](const FakeProxyGroup &g) { return g.tags.contains(std::pair{u"team"_s, u"web"_s}); }));
    QVERIFY(!idsOf(tagged).isEmpty());
}

void tst_FakeGaapServer::proxyGroupsInBothLanguages_data()
{
    destRegionsListEverything_data();
}

void tst_FakeGaapServer::proxyGroupsInBothLanguages()
{
    QFETCH(QByteArray, language);
    QFETCH(bool, chinese);
    Call call = apiCall(Action, page(0, 100));
    call.language = language;
    const Result result = perform(call);
    VERIFY_ANSWER(result, QString());
    const QJsonArray list = result.response.value("ProxyGroupList"_L1).toArray();
    const QList<FakeProxyGroup> &expected = m_server->data().proxyGroups();
    QCOMPARE(list.size(), expected.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject got = list.at(i).toObject();
        const FakeProxyGroup &group = expected.at(i);
        const FakeDestRegion *region = m_server->data().destRegion(group.destRegion);
        QVERIFY(region);
        QCOMPARE(got.value("GroupId"_L1).toString(), group.id);
        QCOMPARE(got.value("GroupName"_L1).toString(), group.name);
        QCOMPARE(got.value("Status"_L1).toString(), group.status); // a string, as documented
        QCOMPARE(got.value("ProjectId"_L1).toInteger(), group.projectId);
        const QJsonObject origin = got.value("RealServerRegionInfo"_L1).toObject();
        QCOMPARE(origin.value("RegionId"_L1).toString(), group.destRegion);
        QCOMPARE(origin.value("RegionName"_L1).toString(), region->name.in(chinese));
        QVERIFY(got.value("Domain"_L1).isNull());
    }
}

// What the other tests (the form, the CLI) count on: every documented status, and a group that takes new
// connections in the origins they use.
void tst_FakeGaapServer::builtInGroupsCoverEveryStatus()
{
    const FakeGaapData &data = m_server->data();
    QStringList statuses;
    QStringList runningOrigins;
    for (const FakeProxyGroup &group : data.proxyGroups()) {
        QVERIFY2(QRegularExpression(u"^lg-[0-9a-z]{8}$"_s).match(group.id).hasMatch(), qPrintable(group.id));
        QVERIFY(data.destRegion(group.destRegion));
        statuses.append(group.status);
        if (group.status == "RUNNING"_L1)
            runningOrigins.append(group.destRegion);
    }
    for (const QString &status :
         {u"RUNNING"_s, u"CREATING"_s, u"DESTROYING"_s, u"MOVING"_s, u"CLOSED"_s, u"CHANGING"_s})
        QVERIFY2(statuses.contains(status), qPrintable(status));
    for (const QString &origin : {u"Hongkong"_s, u"SouthChina"_s, u"NorthChina"_s})
        QVERIFY2(runningOrigins.contains(origin), qPrintable(origin));
    QVERIFY(data.proxyGroups().size() < 100); // one page: the tests of paging add their own

    // The fault that plays a server whose list never ends, by name too (POST /_fake/faults).
    QString error;
    const std::optional<FakeFault> endless = FakeFault::fromJson(QJsonObject{{u"kind"_s, u"endless-list"_s}}, &error);
    QVERIFY2(endless, qPrintable(error));
    QCOMPARE(endless->kind, FakeFault::Kind::EndlessList);
}
