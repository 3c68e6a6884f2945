// The account's connection groups against the fake GAAP server: GaapApi::proxyGroups() asks page after page
// (each through the rate limiter, the shared budget and the retries of every call) until it holds TotalCount
// groups or a page is empty, stops a list that never ends, and stops when cancelled; GroupList keeps the groups
// of the check form's origin region.
#include "core/gaap/gaapapi.h"
#include "core/gaap/proxygroupscall.h"
#include "core/session/grouplist.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString Action = QStringLiteral("DescribeProxyGroupList");

// Reads a paged call after it finished (it would delete itself otherwise).
std::unique_ptr<ProxyGroupsCall> waitFor(ProxyGroupsCall *call)
{
    call->setAutoDelete(false);
    QSignalSpy finished(call, &ProxyGroupsCall::finished);
    if (!call->isFinished() && !finished.wait(30000))
        qWarning("the paged call did not finish");
    return std::unique_ptr<ProxyGroupsCall>(call);
}

ProxyGroupQuery originQuery(const QString &origin)
{
    ProxyGroupQuery query;
    query.originRegion = origin;
    return query;
}

// An error answer to the next `count` DescribeProxyGroupList requests.
FakeFault refusal(const QString &code, int count = 1)
{
    FakeFault fault;
    fault.action = Action;
    fault.errorCode = code;
    fault.count = count;
    return fault;
}

FakeApiStackOptions fastOptions()
{
    FakeApiStackOptions options;
    options.requestsPerInterval = 1000; // a hundred pages in a blink (the server is told the same)
    options.diskCache = false;
    return options;
}

} // namespace

class tst_ProxyGroups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allPagesAreCollected_data();
    void allPagesAreCollected();
    void listThatNeverEndsStops();
    void pagesArePacedAndCancelStops();
    void rateLimitedPageIsRetried();
    void failedPageFailsTheCall();
    void invalidQueryIsNeverSent();
    void destroyingApiStopsThePages();

    void groupListFollowsTheOrigin();
    void groupListKeepsTheFailure();
    void groupListWaitsForCredentials();
};

void tst_ProxyGroups::allPagesAreCollected_data()
{
    QTest::addColumn<QString>("origin"); // empty: every origin
    QTest::addColumn<int>("generated");  // groups added to the origin (Korea when none is given)
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("requests");
    const int builtIn = int(FakeGaapData::builtIn().proxyGroups().size());
    QTest::newRow("250 groups: 3 pages") << QStringLiteral("Korea") << 250 << 250 << 3;
    QTest::newRow("exactly one page") << QStringLiteral("Korea") << 100 << 100 << 1;
    QTest::newRow("one more than a page") << QStringLiteral("Korea") << 101 << 101 << 2;
    QTest::newRow("no groups: one empty page") << QStringLiteral("Korea") << 0 << 0 << 1;
    QTest::newRow("every origin") << QString() << 250 << 250 + builtIn << (250 + builtIn + 99) / 100;
}

void tst_ProxyGroups::allPagesAreCollected()
{
    QFETCH(QString, origin);
    QFETCH(int, generated);
    QFETCH(int, expected);
    QFETCH(int, requests);
    FakeGaapData data = FakeGaapData::builtIn();
    data.addGeneratedGroups(generated, QStringLiteral("Korea"));
    FakeGaapServer server(data);
    QVERIFY(server.listenOnLoopback() != 0);
    FakeApiStack fake(server);

    std::unique_ptr<ProxyGroupsCall> call = waitFor(fake.api().proxyGroups(originQuery(origin)));
    QVERIFY2(call->isOk(), qPrintable(call->error().describe()));
    QCOMPARE(call->groups().size(), expected);
    QCOMPARE(server.requestCount(Action), requests);
    QCOMPARE(call->pagesAsked(), requests);
    QCOMPARE(call->requestIds().size(), requests);
    QSet<QString> ids;
    for (const ProxyGroup &group : call->groups()) {
        QVERIFY2(group.isUsable(), qPrintable(group.problem));
        QVERIFY(origin.isEmpty() || group.originRegionId == origin);
        ids.insert(group.groupId);
    }
    QCOMPARE(ids.size(), expected); // each once

    // The last page asked: the next offset, the largest page, every project, the origin filter.
    const QJsonObject last = QJsonDocument::fromJson(server.lastRequest().body).object();
    QCOMPARE(last.value(QLatin1String("Offset")).toInteger(), 100 * (requests - 1));
    QCOMPARE(last.value(QLatin1String("Limit")).toInteger(), 100);
    QCOMPARE(last.value(QLatin1String("ProjectId")).toInteger(), -1);
    const QJsonArray filters = last.value(QLatin1String("Filters")).toArray();
    if (origin.isEmpty()) {
        QVERIFY(!last.contains(QLatin1String("Filters")));
    } else {
        QCOMPARE(filters.size(), 1);
        QCOMPARE(filters.at(0).toObject().value(QLatin1String("Name")).toString(), QStringLiteral("RealServerRegion"));
        QCOMPARE(filters.at(0).toObject().value(QLatin1String("Values")).toArray(), QJsonArray{origin});
    }

    // One Response for scripts: every group as the server sent it, once.
    QCOMPARE(call->response().value(QLatin1String("TotalCount")).toInteger(), expected);
    QCOMPARE(call->response().value(QLatin1String("ProxyGroupList")).toArray().size(), expected);
    QCOMPARE(call->response().value(QLatin1String("RequestId")).toString(), call->requestIds().constLast());
}

// A server that says a million groups and never runs out of new ones: stopped after MaxPages pages, with an
// error that says so, instead of asking for ever.
void tst_ProxyGroups::listThatNeverEndsStops()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    server.setRateLimit(1000);
    FakeFault endless;
    endless.kind = FakeFault::Kind::EndlessList;
    endless.action = Action;
    endless.count = -1;
    server.addFault(endless);
    FakeApiStack fake(server, fastOptions());

    std::unique_ptr<ProxyGroupsCall> call = waitFor(fake.api().proxyGroups(originQuery(QStringLiteral("Hongkong"))));
    QVERIFY(call->isFinished());
    QVERIFY(!call->isOk());
    QCOMPARE(call->error().kind(), ApiError::Kind::MalformedResponse);
    QVERIFY2(call->error().message().contains(QStringLiteral("did not end")), qPrintable(call->error().message()));
    QVERIFY(call->error().message().contains(QStringLiteral("1000000")));
    QVERIFY(!call->error().requestId().isEmpty());
    QCOMPARE(server.requestCount(Action), ProxyGroupQuery::MaxPages);
}

// Each page takes a send slot like any call: with one slot that comes back only after a minute, the second page
// waits; cancelling then ends the call and nothing more is sent.
void tst_ProxyGroups::pagesArePacedAndCancelStops()
{
    FakeGaapData data = FakeGaapData::builtIn();
    data.addGeneratedGroups(250, QStringLiteral("Korea"));
    FakeGaapServer server(data);
    QVERIFY(server.listenOnLoopback() != 0);
    FakeApiStackOptions options;
    options.requestsPerInterval = 1;
    options.interval = 60s;
    FakeApiStack fake(server, options);

    ProxyGroupsCall *call = fake.api().proxyGroups(originQuery(QStringLiteral("Korea")));
    call->setAutoDelete(false);
    std::unique_ptr<ProxyGroupsCall> owner(call);
    QTRY_COMPARE(server.requestCount(Action), 1);
    QTRY_COMPARE(call->pagesAsked(), 2); // the first page answered, the second waits for the slot
    QCOMPARE(fake.limiter().busySlots(Action), 1);
    QVERIFY(!call->isFinished());
    QSignalSpy finished(call, &ProxyGroupsCall::finished);
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind(), ApiError::Kind::Cancelled);
    QTRY_COMPARE(fake.limiter().busySlots(Action), 0); // the waiting page gave its slot back
    QCOMPARE(server.requestCount(Action), 1);
    call->cancel(); // again: nothing happens
    QCOMPARE(finished.count(), 1);
}

void tst_ProxyGroups::rateLimitedPageIsRetried()
{
    FakeGaapData data = FakeGaapData::builtIn();
    data.addGeneratedGroups(250, QStringLiteral("Korea"));
    FakeGaapServer server(data);
    QVERIFY(server.listenOnLoopback() != 0);
    server.addFault(refusal(QStringLiteral("RequestLimitExceeded"), 2));
    FakeApiStack fake(server); // retries after 20 ms, 40 ms, …

    std::unique_ptr<ProxyGroupsCall> call = waitFor(fake.api().proxyGroups(originQuery(QStringLiteral("Korea"))));
    QVERIFY2(call->isOk(), qPrintable(call->error().describe()));
    QCOMPARE(call->groups().size(), 250);
    QCOMPARE(server.requestCount(Action), 3 + 2);
    QCOMPARE(server.errorCount(QStringLiteral("RequestLimitExceeded")), 2);
}

void tst_ProxyGroups::failedPageFailsTheCall()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    server.addFault(refusal(QStringLiteral("UnauthorizedOperation")));
    FakeApiStack fake(server);
    std::unique_ptr<ProxyGroupsCall> call = waitFor(fake.api().proxyGroups(ProxyGroupQuery()));
    QVERIFY(!call->isOk());
    QCOMPARE(call->error().code(), QStringLiteral("UnauthorizedOperation"));
    QVERIFY(!call->error().requestId().isEmpty());
    QVERIFY(call->groups().isEmpty());
    QCOMPARE(server.requestCount(Action), 1); // not retried
}

void tst_ProxyGroups::invalidQueryIsNeverSent()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    FakeApiStack fake(server);
    std::unique_ptr<ProxyGroupsCall> call = waitFor(fake.api().proxyGroups(originQuery(QStringLiteral("Hong kong"))));
    QCOMPARE(call->error().kind(), ApiError::Kind::InvalidInput);
    QVERIFY(call->error().message().contains(QStringLiteral("RealServerRegion")));
    QCOMPARE(server.totalRequestCount(), 0);
}

void tst_ProxyGroups::destroyingApiStopsThePages()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    server.addFault(silent);
    auto fake = std::make_unique<FakeApiStack>(server);
    QPointer<ProxyGroupsCall> call = fake->api().proxyGroups(ProxyGroupQuery());
    bool finished = false;
    connect(call, &ProxyGroupsCall::finished, this, [&finished] { finished = true; });
    QTRY_COMPARE(server.totalRequestCount(), 1);
    fake.reset();
    QVERIFY(call.isNull());
    QTest::qWait(20);
    QVERIFY(!finished);
}

void tst_ProxyGroups::groupListFollowsTheOrigin()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    FakeApiStack fake(server);
    GroupList &groups = fake.groups();
    QSignalSpy changed(&groups, &GroupList::changed);
    QCOMPARE(groups.state(), GroupList::State::Empty);

    groups.load(QStringLiteral("Hongkong"));
    QCOMPARE(groups.state(), GroupList::State::Loading);
    QTRY_COMPARE(groups.state(), GroupList::State::Loaded);
    QStringList expected;
    for (const FakeProxyGroup &group : server.data().proxyGroups()) {
        if (group.destRegion == QLatin1String("Hongkong"))
            expected.append(group.id);
    }
    QStringList shown;
    for (const ProxyGroup &group : groups.groups())
        shown.append(group.groupId);
    QCOMPARE(shown, expected);
    QVERIFY(groups.group(expected.constFirst()));
    QVERIFY(!groups.group(QStringLiteral("lg-nothere1")));
    QCOMPARE(changed.count(), 2); // Loading, Loaded

    // The same origin again is not asked again, unless refreshed.
    groups.load(QStringLiteral("Hongkong"));
    QCOMPARE(server.requestCount(Action), 1);
    groups.load(QStringLiteral("Hongkong"), true);
    QCOMPARE(groups.state(), GroupList::State::Loading);
    QCOMPARE(groups.groups().size(), expected.size()); // shown while it is asked again
    QTRY_COMPARE(groups.state(), GroupList::State::Loaded);
    QCOMPARE(server.requestCount(Action), 2);
    QCOMPARE(groups.groups().size(), expected.size());

    // Another origin replaces the list at once; the older request's answer is never seen.
    FakeFault slow;
    slow.kind = FakeFault::Kind::SlowAnswer;
    slow.delayMs = 200;
    slow.action = Action;
    server.addFault(slow);
    groups.load(QStringLiteral("NorthChina"));
    QTRY_COMPARE(server.requestCount(Action), 3);
    groups.load(QStringLiteral("SouthChina"));
    QCOMPARE(groups.originRegion(), QStringLiteral("SouthChina"));
    QVERIFY(groups.groups().isEmpty());
    QTRY_COMPARE(groups.state(), GroupList::State::Loaded);
    QTest::qWait(300); // the slow NorthChina answer arrives and is ignored
    QCOMPARE(groups.originRegion(), QStringLiteral("SouthChina"));
    for (const ProxyGroup &group : groups.groups())
        QCOMPARE(group.originRegionId, QStringLiteral("SouthChina"));
    QVERIFY(!groups.groups().isEmpty());

    groups.load(QString());
    QCOMPARE(groups.state(), GroupList::State::Empty);
    QVERIFY(groups.groups().isEmpty());
}

// A CAM user without gaap:DescribeProxyGroupList: the list is empty and says why.
void tst_ProxyGroups::groupListKeepsTheFailure()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    server.addFault(refusal(QStringLiteral("UnauthorizedOperation")));
    FakeApiStack fake(server);
    GroupList &groups = fake.groups();
    groups.load(QStringLiteral("Hongkong"));
    QTRY_COMPARE(groups.state(), GroupList::State::Failed);
    QCOMPARE(groups.error().code(), QStringLiteral("UnauthorizedOperation"));
    QVERIFY(groups.groups().isEmpty());

    // A profile switch forgets it.
    fake.useServer(server);
    QCOMPARE(groups.state(), GroupList::State::Empty);
    QVERIFY(groups.error().isNone());
    groups.load(QStringLiteral("Hongkong"));
    QTRY_COMPARE(groups.state(), GroupList::State::Loaded);
}

void tst_ProxyGroups::groupListWaitsForCredentials()
{
    FakeGaapServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    FakeApiStack fake(server);
    fake.stack().useProfile(QString()); // no profile: no key
    QVERIFY(!fake.stack().hasCredentials());
    fake.groups().load(QStringLiteral("Hongkong"));
    QCOMPARE(fake.groups().state(), GroupList::State::Empty);
    QTest::qWait(20);
    QCOMPARE(server.totalRequestCount(), 0);
    fake.useServer(server);
    fake.groups().load(QStringLiteral("Hongkong"));
    QTRY_COMPARE(fake.groups().state(), GroupList::State::Loaded);
}

QTEST_GUILESS_MAIN(tst_ProxyGroups)
#include "tst_proxygroups.moc"
