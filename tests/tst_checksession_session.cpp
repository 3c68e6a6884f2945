// RegionLists and CheckSession against the in-process fake GAAP server (see tst_checksession.h).
#include "tst_checksession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using ListState = RegionLists::ListState;

namespace {

// Everything one session reports about its checks, in order.
class CheckRecorder final : public QObject
{
public:
    explicit CheckRecorder(CheckSession &session)
    {
        connect(&session, &CheckSession::checkStarted, this, [this](const CheckRequest &r) { started.append(r); });
        connect(&session, &CheckSession::checkFinished, this, [this](const CheckOutcome &o) { checks.append(o); });
        connect(&session, &CheckSession::priceFinished, this, [this](const PriceOutcome &o) { prices.append(o); });
    }

    QList<CheckRequest> started;
    QList<CheckOutcome> checks;
    QList<PriceOutcome> prices;
};

} // namespace

// ---- RegionLists -----------------------------------------------------------------------------

void tst_CheckSession::originRegionsLoadAndAreCached()
{
    auto session = newSession();
    QList<ListState> states;
    connect(&session->lists, &RegionLists::originRegionsChanged, this,
            [&states, &session] { states.append(session->lists.originStatus().state); });
    QCOMPARE(session->lists.originStatus().state, ListState::Empty);

    session->lists.loadOriginRegions();
    QCOMPARE(session->lists.originStatus().state, ListState::Loading); // nothing cached: nothing to show yet
    QVERIFY(!session->lists.originStatus().refreshing);
    QVERIFY(session->lists.originRegions().isEmpty());
    loadOrigins(session->lists);
    QCOMPARE(states, (QList<ListState>{ListState::Loading, ListState::Fresh}));
    QCOMPARE(session->lists.originRegions().size(), m_server->data().destRegions().size());
    QCOMPARE(session->lists.originRegions().constFirst().regionId, m_server->data().destRegions().constFirst().id);
    QVERIFY(session->lists.originStatus().error.isNone());
    QVERIFY(qAbs(session->lists.originStatus().fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // The raw answer is on disk, with the time it was fetched.
    const std::optional<RegionCache::Entry> entry = m_cache->load(destKey());
    QVERIFY(entry);
    QCOMPARE(entry->fetchedAt, session->lists.originStatus().fetchedAt);
    QCOMPARE(entry->response.value(QStringLiteral("DestRegionSet")).toArray().size(),
             m_server->data().destRegions().size());

    // Fresh: asking again costs nothing; forcing asks the server behind the shown list.
    session->lists.loadOriginRegions();
    QCOMPARE(states.size(), 2);
    session->lists.loadOriginRegions(true);
    QCOMPARE(session->lists.originStatus().state, ListState::Fresh);
    QVERIFY(session->lists.originStatus().refreshing);
    QVERIFY(!session->lists.originRegions().isEmpty());
    QTRY_VERIFY(!session->lists.originStatus().refreshing);
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 2);
}

void tst_CheckSession::secondSessionShowsCacheAtOnce()
{
    QDateTime firstFetch;
    {
        auto first = newSession();
        loadOrigins(first->lists);
        firstFetch = first->lists.originStatus().fetchedAt;
    }
    auto second = newSession();
    QSignalSpy changed(&second->lists, &RegionLists::originRegionsChanged);
    second->lists.loadOriginRegions();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(second->lists.originStatus().state, ListState::Cached);
    QVERIFY(second->lists.originStatus().refreshing); // refreshed in the background all the same
    QCOMPARE(second->lists.originStatus().fetchedAt, firstFetch);
    QCOMPARE(second->lists.originRegions().size(), m_server->data().destRegions().size());

    QTRY_COMPARE(second->lists.originStatus().state, ListState::Fresh);
    QVERIFY(!second->lists.originStatus().refreshing);
    QVERIFY(second->lists.originStatus().fetchedAt >= firstFetch);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 2);
}

void tst_CheckSession::oldCacheIsStale()
{
    {
        auto first = newSession();
        loadOrigins(first->lists);
    }
    const QDateTime twoDaysAgo = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(m_cache->store(destKey(), m_cache->load(destKey())->response, twoDaysAgo));

    FakeFault silent; // the refresh never ends: the stale list stays on show
    silent.kind = FakeFault::Kind::NoAnswer;
    silent.action = QStringLiteral("DescribeDestRegions");
    m_server->addFault(silent);
    auto session = newSession();
    session->lists.loadOriginRegions();
    QCOMPARE(session->lists.originStatus().state, ListState::Stale);
    QVERIFY(session->lists.originStatus().refreshing);
    QCOMPARE(session->lists.originStatus().fetchedAt, twoDaysAgo);
    QCOMPARE(session->lists.originRegions().size(), m_server->data().destRegions().size());
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 2);
    QCOMPARE(session->lists.originStatus().state, ListState::Stale);
}

void tst_CheckSession::failureKeepsCachedList()
{
    {
        auto first = newSession();
        loadOrigins(first->lists);
    }
    FakeFault gateway;
    gateway.kind = FakeFault::Kind::Http502Html;
    gateway.count = -1;
    m_server->addFault(gateway);
    auto session = newSession();
    session->lists.loadOriginRegions();
    QCOMPARE(session->lists.originStatus().state, ListState::Cached);
    QTRY_VERIFY(!session->lists.originStatus().refreshing);
    QCOMPARE(session->lists.originStatus().state, ListState::Cached);
    QCOMPARE(session->lists.originRegions().size(), m_server->data().destRegions().size());
    QCOMPARE(session->lists.originStatus().error.kind(), ApiError::Kind::HttpStatus);
    QCOMPARE(session->lists.originStatus().error.httpStatus(), 502);
}

void tst_CheckSession::failureWithoutCacheFails()
{
    FakeFault gateway;
    gateway.kind = FakeFault::Kind::Http502Html;
    gateway.count = -1;
    m_server->addFault(gateway);
    auto session = newSession();
    session->lists.loadOriginRegions();
    QCOMPARE(session->lists.originStatus().state, ListState::Loading);
    QTRY_COMPARE(session->lists.originStatus().state, ListState::Failed);
    QVERIFY(!session->lists.originStatus().refreshing);
    QVERIFY(session->lists.originRegions().isEmpty());
    QCOMPARE(session->lists.originStatus().error.kind(), ApiError::Kind::HttpStatus);
    QVERIFY(!m_cache->load(destKey()));

    // Trying again once the server is back.
    m_server->clearFaults();
    session->lists.loadOriginRegions();
    QCOMPARE(session->lists.originStatus().state, ListState::Loading);
    QTRY_COMPARE(session->lists.originStatus().state, ListState::Fresh);
    QVERIFY(session->lists.originStatus().error.isNone());
}

void tst_CheckSession::accessRegionsForQuery()
{
    const FakeAccessRegion *access = partialRegion();
    QVERIFY(access);
    const AccessRegionQuery query = queryFor(access->destRegions.constFirst());
    auto session = newSession();
    session->lists.loadAccessRegions(query);
    QCOMPARE(session->lists.accessStatus().state, ListState::Loading);
    QCOMPARE(session->lists.accessQuery().originRegion, query.originRegion);
    loadAccess(session->lists, query);

    QSet<QString> ids;
    for (const AccessRegionDetail &region : session->lists.accessRegions())
        ids.insert(region.regionId);
    QCOMPARE(ids, servedIds(query.originRegion));
    const AccessRegionDetail *detail = session->lists.accessRegion(access->id);
    QVERIFY(detail);
    QCOMPARE(detail->bandwidthList, access->bandwidths);
    QCOMPARE(detail->concurrentList, access->concurrents);
    QVERIFY(!session->lists.accessRegion(QStringLiteral("Nowhere")));
    QVERIFY(m_cache->load(RegionCache::accessRegionsKey(m_client->endpoint(), m_client->language(), query)));

    // Another session shows that list from the cache at once.
    auto second = newSession();
    second->lists.loadAccessRegions(query);
    QCOMPARE(second->lists.accessStatus().state, ListState::Cached);
    QVERIFY(second->lists.accessRegion(access->id));
    QTRY_COMPARE(second->lists.accessStatus().state, ListState::Fresh);

    // An empty origin clears the list and asks nothing.
    const int requests = m_server->totalRequestCount();
    second->lists.loadAccessRegions(AccessRegionQuery());
    QCOMPARE(second->lists.accessStatus().state, ListState::Empty);
    QVERIFY(second->lists.accessRegions().isEmpty());
    QVERIFY(!second->lists.accessRegion(access->id));
    QTest::qWait(50);
    QCOMPARE(m_server->totalRequestCount(), requests);
}

void tst_CheckSession::supersededQueryIsIgnored()
{
    const QString wanted = partialRegion()->destRegions.constFirst();
    QString older;
    for (const FakeDestRegion &region : m_server->data().destRegions()) {
        if (servedIds(region.id) != servedIds(wanted)) {
            older = region.id;
            break;
        }
    }
    QVERIFY(!older.isEmpty());

    FakeFault slow; // the first query's answer comes late
    slow.kind = FakeFault::Kind::SlowAnswer;
    slow.action = QStringLiteral("DescribeAccessRegionsByDestRegion");
    slow.delayMs = 600;
    m_server->addFault(slow);

    auto session = newSession();
    session->lists.loadAccessRegions(queryFor(older));
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("DescribeAccessRegionsByDestRegion")), 1);
    session->lists.loadAccessRegions(queryFor(wanted));
    QCOMPARE(session->lists.accessQuery().originRegion, wanted);
    QCOMPARE(session->lists.accessStatus().state, ListState::Loading);
    QTRY_COMPARE(session->lists.accessStatus().state, ListState::Fresh);

    QSignalSpy changed(&session->lists, &RegionLists::accessRegionsChanged);
    QTest::qWait(900); // past the late answer
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session->lists.accessQuery().originRegion, wanted);
    QSet<QString> ids;
    for (const AccessRegionDetail &region : session->lists.accessRegions())
        ids.insert(region.regionId);
    QCOMPARE(ids, servedIds(wanted));
    QVERIFY(!m_cache->load(RegionCache::accessRegionsKey(m_client->endpoint(), m_client->language(), queryFor(older))));
}

// ---- CheckSession: checks ----------------------------------------------------------------------

void tst_CheckSession::checkWithinCapacity()
{
    const CheckRequest request = routeWithin();
    QVERIFY(!request.accessRegion.isEmpty());
    auto session = newSession();
    loadAccess(session->lists, queryFor(request.originRegion));
    CheckRecorder recorder(session->checks);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    session->checks.check(request);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(session->checks.isChecking());
    QCOMPARE(recorder.started, QList<CheckRequest>{request});
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.checks.isEmpty() && !recorder.prices.isEmpty(), 15000);
    QVERIFY(!session->checks.isChecking());

    QCOMPARE(recorder.checks.size(), 1);
    const CheckOutcome &outcome = recorder.checks.constFirst();
    QVERIFY2(outcome.error.isNone(), qPrintable(outcome.error.describe()));
    QVERIFY(outcome.result);
    QVERIFY(outcome.result->canCreate);
    QVERIFY(!outcome.result->requestId.isEmpty());
    QCOMPARE(outcome.request, request);
    QVERIFY(outcome.sentAt >= before && outcome.sentAt <= after);
    QCOMPARE(outcome.sentAt.timeSpec(), Qt::UTC);

    QCOMPARE(recorder.prices.size(), 1);
    const PriceOutcome &price = recorder.prices.constFirst();
    QVERIFY2(price.error.isNone(), qPrintable(price.error.describe()));
    QVERIFY(price.quote);
    QVERIFY(price.quote->proxyDailyPrice.value_or(0) > 0);
    QCOMPARE(price.quote->currency, partialRegion()->price.currency);
    QVERIFY(!price.quote->requestId.isEmpty());
    QCOMPARE(price.request, request);
    QCOMPARE(m_server->requestCount(QStringLiteral("CheckProxyCreate")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("InquiryPriceCreateProxy")), 1);
}

void tst_CheckSession::checkAboveCapacity()
{
    CheckRequest request = routeWithin();
    request.bandwidth = partialRegion()->bandwidths.constLast();
    auto session = newSession();
    loadAccess(session->lists, queryFor(request.originRegion));
    CheckRecorder recorder(session->checks);
    session->checks.check(request);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.checks.isEmpty() && !recorder.prices.isEmpty(), 15000);
    const CheckOutcome &outcome = recorder.checks.constFirst();
    QVERIFY2(outcome.error.isNone(), qPrintable(outcome.error.describe()));
    QVERIFY(outcome.result);
    QVERIFY(!outcome.result->canCreate);
    QVERIFY(recorder.prices.constFirst().quote); // what it would have cost
}

void tst_CheckSession::priceFailureKeepsCapacityAnswer()
{
    FakeFault failing;
    failing.action = QStringLiteral("InquiryPriceCreateProxy");
    failing.errorCode = QStringLiteral("InternalError");
    failing.count = -1;
    m_server->addFault(failing);
    auto session = newSession();
    CheckRecorder recorder(session->checks);
    session->checks.check(routeWithin()); // the access list is not loaded: only the basic validation applies
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.checks.isEmpty() && !recorder.prices.isEmpty(), 15000);
    const CheckOutcome &outcome = recorder.checks.constFirst();
    QVERIFY2(outcome.error.isNone(), qPrintable(outcome.error.describe()));
    QVERIFY(outcome.result && outcome.result->canCreate);
    const PriceOutcome &price = recorder.prices.constFirst();
    QVERIFY(!price.quote);
    QCOMPARE(price.error.code(), QStringLiteral("InternalError"));
    QVERIFY(!price.error.requestId().isEmpty());
}

void tst_CheckSession::invalidRequestIsNotSent_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("bandwidth not offered") << QStringLiteral("Bandwidth");
    QTest::newRow("bad group") << QStringLiteral("GroupId"); // the price (without GroupId) is not sent either
}

void tst_CheckSession::invalidRequestIsNotSent()
{
    QFETCH(QString, field);
    CheckRequest request = routeWithin();
    if (field == QLatin1String("Bandwidth"))
        request.bandwidth = partialRegion()->bandwidths.constLast() + 1;
    else
        request.groupId = QStringLiteral("group-1");
    auto session = newSession();
    loadAccess(session->lists, queryFor(request.originRegion));
    const int requests = m_server->totalRequestCount();
    CheckRecorder recorder(session->checks);
    session->checks.check(request);
    QCOMPARE(recorder.started.size(), 1);
    QTRY_VERIFY(!recorder.checks.isEmpty() && !recorder.prices.isEmpty());
    const CheckOutcome &outcome = recorder.checks.constFirst();
    QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY2(outcome.error.message().contains(field), qPrintable(outcome.error.message()));
    QVERIFY(!outcome.result);
    QCOMPARE(recorder.prices.constFirst().error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY(!session->checks.isChecking());
    QTest::qWait(50);
    QCOMPARE(m_server->totalRequestCount(), requests);
    QCOMPARE(recorder.checks.size(), 1);
    QCOMPARE(recorder.prices.size(), 1);
}

void tst_CheckSession::cancelCheckEmitsNothing()
{
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    silent.count = -1;
    m_server->addFault(silent);
    auto session = newSession();
    CheckRecorder recorder(session->checks);
    session->checks.check(routeWithin());
    QTRY_COMPARE(m_server->totalRequestCount(), 2); // both in flight
    session->checks.cancelCheck();
    QVERIFY(!session->checks.isChecking());
    QTest::qWait(100);
    QCOMPARE(recorder.started.size(), 1);
    QVERIFY(recorder.checks.isEmpty());
    QVERIFY(recorder.prices.isEmpty());

    // A new check replaces one still running: only the new one is answered.
    m_server->clearFaults();
    CheckRequest first = routeWithin();
    CheckRequest second = first;
    second.bandwidth = partialRegion()->bandwidths.constLast();
    session->checks.check(first);
    session->checks.check(second);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.checks.isEmpty() && !recorder.prices.isEmpty(), 15000);
    QTest::qWait(100);
    QCOMPARE(recorder.checks.size(), 1);
    QCOMPARE(recorder.prices.size(), 1);
    QCOMPARE(recorder.checks.constFirst().request, second);
    QCOMPARE(recorder.prices.constFirst().request, second);
}

void tst_CheckSession::resetClears()
{
    const CheckRequest request = routeWithin();
    // The stack's own lists and check: switching credentials (as switching profile does) forgets both.
    RegionLists &lists = m_fake->regions();
    CheckSession &checks = m_fake->checks();
    loadOrigins(lists);
    loadAccess(lists, queryFor(request.originRegion));
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    silent.count = -1;
    m_server->addFault(silent);
    CheckRecorder recorder(checks);
    checks.check(request);
    lists.loadOriginRegions(true); // a refresh in flight as well
    QSignalSpy origins(&lists, &RegionLists::originRegionsChanged);
    QSignalSpy access(&lists, &RegionLists::accessRegionsChanged);

    m_fake->useServer(*m_server);
    QCOMPARE(origins.count(), 1);
    QCOMPARE(access.count(), 1);
    QVERIFY(lists.originRegions().isEmpty());
    QVERIFY(lists.accessRegions().isEmpty());
    QCOMPARE(lists.originStatus().state, ListState::Empty);
    QVERIFY(!lists.originStatus().refreshing);
    QCOMPARE(lists.accessStatus().state, ListState::Empty);
    QVERIFY(lists.accessQuery().originRegion.isEmpty());
    QVERIFY(!lists.accessRegion(request.accessRegion));
    QVERIFY(!checks.isChecking());
    QTest::qWait(100);
    QVERIFY(recorder.checks.isEmpty());
    QVERIFY(recorder.prices.isEmpty());
    QCOMPARE(origins.count(), 1);

    // The disk cache survives: the next load shows it at once.
    lists.loadOriginRegions();
    QCOMPARE(lists.originStatus().state, ListState::Cached);
    QVERIFY(lists.originStatus().refreshing);
}
