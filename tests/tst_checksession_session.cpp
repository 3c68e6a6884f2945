// CheckSession against the in-process fake GAAP server (see tst_checksession.h).
#include "tst_checksession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using ListState = CheckSession::ListState;

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

// ---- CheckSession: region lists ----------------------------------------------------------------

void tst_CheckSession::originRegionsLoadAndAreCached()
{
    auto session = newSession();
    QList<ListState> states;
    connect(session.get(), &CheckSession::originRegionsChanged, this,
            [&states, &session] { states.append(session->originStatus().state); });
    QCOMPARE(session->originStatus().state, ListState::Empty);

    session->loadOriginRegions();
    QCOMPARE(session->originStatus().state, ListState::Loading); // nothing cached: nothing to show yet
    QVERIFY(!session->originStatus().refreshing);
    QVERIFY(session->originRegions().isEmpty());
    loadOrigins(*session);
    QCOMPARE(states, (QList<ListState>{ListState::Loading, ListState::Fresh}));
    QCOMPARE(session->originRegions().size(), m_server->data().destRegions().size());
    QCOMPARE(session->originRegions().constFirst().regionId, m_server->data().destRegions().constFirst().id);
    QVERIFY(session->originStatus().error.isNone());
    QVERIFY(qAbs(session->originStatus().fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // The raw answer is on disk, with the time it was fetched.
    const std::optional<RegionCache::Entry> entry = m_cache->load(destKey());
    QVERIFY(entry);
    QCOMPARE(entry->fetchedAt, session->originStatus().fetchedAt);
    QCOMPARE(entry->response.value(QStringLiteral("DestRegionSet")).toArray().size(),
             m_server->data().destRegions().size());

    // Fresh: asking again costs nothing; forcing asks the server behind the shown list.
    session->loadOriginRegions();
    QCOMPARE(states.size(), 2);
    session->loadOriginRegions(true);
    QCOMPARE(session->originStatus().state, ListState::Fresh);
    QVERIFY(session->originStatus().refreshing);
    QVERIFY(!session->originRegions().isEmpty());
    QTRY_VERIFY(!session->originStatus().refreshing);
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 2);
}

void tst_CheckSession::secondSessionShowsCacheAtOnce()
{
    QDateTime firstFetch;
    {
        auto first = newSession();
        loadOrigins(*first);
        firstFetch = first->originStatus().fetchedAt;
    }
    auto second = newSession();
    QSignalSpy changed(second.get(), &CheckSession::originRegionsChanged);
    second->loadOriginRegions();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(second->originStatus().state, ListState::Cached);
    QVERIFY(second->originStatus().refreshing); // refreshed in the background all the same
    QCOMPARE(second->originStatus().fetchedAt, firstFetch);
    QCOMPARE(second->originRegions().size(), m_server->data().destRegions().size());

    QTRY_COMPARE(second->originStatus().state, ListState::Fresh);
    QVERIFY(!second->originStatus().refreshing);
    QVERIFY(second->originStatus().fetchedAt >= firstFetch);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 2);
}

void tst_CheckSession::oldCacheIsStale()
{
    {
        auto first = newSession();
        loadOrigins(*first);
    }
    const QDateTime twoDaysAgo = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(m_cache->store(destKey(), m_cache->load(destKey())->response, twoDaysAgo));

    FakeFault silent; // the refresh never ends: the stale list stays on show
    silent.kind = FakeFault::Kind::NoAnswer;
    silent.action = QStringLiteral("DescribeDestRegions");
    m_server->addFault(silent);
    auto session = newSession();
    session->loadOriginRegions();
    QCOMPARE(session->originStatus().state, ListState::Stale);
    QVERIFY(session->originStatus().refreshing);
    QCOMPARE(session->originStatus().fetchedAt, twoDaysAgo);
    QCOMPARE(session->originRegions().size(), m_server->data().destRegions().size());
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 2);
    QCOMPARE(session->originStatus().state, ListState::Stale);
}

void tst_CheckSession::failureKeepsCachedList()
{
    {
        auto first = newSession();
        loadOrigins(*first);
    }
    FakeFault gateway;
    gateway.kind = FakeFault::Kind::Http502Html;
    gateway.count = -1;
    m_server->addFault(gateway);
    auto session = newSession();
    session->loadOriginRegions();
    QCOMPARE(session->originStatus().state, ListState::Cached);
    QTRY_VERIFY(!session->originStatus().refreshing);
    QCOMPARE(session->originStatus().state, ListState::Cached);
    QCOMPARE(session->originRegions().size(), m_server->data().destRegions().size());
    QCOMPARE(session->originStatus().error.kind(), ApiError::Kind::HttpStatus);
    QCOMPARE(session->originStatus().error.httpStatus(), 502);
}

void tst_CheckSession::failureWithoutCacheFails()
{
    FakeFault gateway;
    gateway.kind = FakeFault::Kind::Http502Html;
    gateway.count = -1;
    m_server->addFault(gateway);
    auto session = newSession();
    session->loadOriginRegions();
    QCOMPARE(session->originStatus().state, ListState::Loading);
    QTRY_COMPARE(session->originStatus().state, ListState::Failed);
    QVERIFY(!session->originStatus().refreshing);
    QVERIFY(session->originRegions().isEmpty());
    QCOMPARE(session->originStatus().error.kind(), ApiError::Kind::HttpStatus);
    QVERIFY(!m_cache->load(destKey()));

    // Trying again once the server is back.
    m_server->clearFaults();
    session->loadOriginRegions();
    QCOMPARE(session->originStatus().state, ListState::Loading);
    QTRY_COMPARE(session->originStatus().state, ListState::Fresh);
    QVERIFY(session->originStatus().error.isNone());
}

void tst_CheckSession::accessRegionsForQuery()
{
    const FakeAccessRegion *access = partialRegion();
    QVERIFY(access);
    const AccessRegionQuery query = queryFor(access->destRegions.constFirst());
    auto session = newSession();
    session->loadAccessRegions(query);
    QCOMPARE(session->accessStatus().state, ListState::Loading);
    QCOMPARE(session->accessQuery().originRegion, query.originRegion);
    loadAccess(*session, query);

    QSet<QString> ids;
    for (const AccessRegionDetail &region : session->accessRegions())
        ids.insert(region.regionId);
    QCOMPARE(ids, servedIds(query.originRegion));
    const AccessRegionDetail *detail = session->accessRegion(access->id);
    QVERIFY(detail);
    QCOMPARE(detail->bandwidthList, access->bandwidths);
    QCOMPARE(detail->concurrentList, access->concurrents);
    QVERIFY(!session->accessRegion(QStringLiteral("Nowhere")));
    QVERIFY(m_cache->load(RegionCache::accessRegionsKey(m_client->endpoint(), m_client->language(), query)));

    // Another session shows that list from the cache at once.
    auto second = newSession();
    second->loadAccessRegions(query);
    QCOMPARE(second->accessStatus().state, ListState::Cached);
    QVERIFY(second->accessRegion(access->id));
    QTRY_COMPARE(second->accessStatus().state, ListState::Fresh);

    // An empty origin clears the list and asks nothing.
    const int requests = m_server->totalRequestCount();
    second->loadAccessRegions(AccessRegionQuery());
    QCOMPARE(second->accessStatus().state, ListState::Empty);
    QVERIFY(second->accessRegions().isEmpty());
    QVERIFY(!second->accessRegion(access->id));
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
    session->loadAccessRegions(queryFor(older));
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("DescribeAccessRegionsByDestRegion")), 1);
    session->loadAccessRegions(queryFor(wanted));
    QCOMPARE(session->accessQuery().originRegion, wanted);
    QCOMPARE(session->accessStatus().state, ListState::Loading);
    QTRY_COMPARE(session->accessStatus().state, ListState::Fresh);

    QSignalSpy changed(session.get(), &CheckSession::accessRegionsChanged);
    QTest::qWait(900); // past the late answer
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session->accessQuery().originRegion, wanted);
    QSet<QString> ids;
    for (const AccessRegionDetail &region : session->accessRegions())
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
    loadAccess(*session, queryFor(request.realServerRegion));
    CheckRecorder recorder(*session);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    session->check(request);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(session->isChecking());
    QCOMPARE(recorder.started, QList<CheckRequest>{request});
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.checks.isEmpty() && !recorder.prices.isEmpty(), 15000);
    QVERIFY(!session->isChecking());

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
    loadAccess(*session, queryFor(request.realServerRegion));
    CheckRecorder recorder(*session);
    session->check(request);
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
    CheckRecorder recorder(*session);
    session->check(routeWithin()); // the access list is not loaded: only the basic validation applies
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
    loadAccess(*session, queryFor(request.realServerRegion));
    const int requests = m_server->totalRequestCount();
    CheckRecorder recorder(*session);
    session->check(request);
    QCOMPARE(recorder.started.size(), 1);
    QTRY_VERIFY(!recorder.checks.isEmpty() && !recorder.prices.isEmpty());
    const CheckOutcome &outcome = recorder.checks.constFirst();
    QCOMPARE(outcome.error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY2(outcome.error.message().contains(field), qPrintable(outcome.error.message()));
    QVERIFY(!outcome.result);
    QCOMPARE(recorder.prices.constFirst().error.kind(), ApiError::Kind::InvalidInput);
    QVERIFY(!session->isChecking());
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
    CheckRecorder recorder(*session);
    session->check(routeWithin());
    QTRY_COMPARE(m_server->totalRequestCount(), 2); // both in flight
    session->cancelCheck();
    QVERIFY(!session->isChecking());
    QTest::qWait(100);
    QCOMPARE(recorder.started.size(), 1);
    QVERIFY(recorder.checks.isEmpty());
    QVERIFY(recorder.prices.isEmpty());

    // A new check replaces one still running: only the new one is answered.
    m_server->clearFaults();
    CheckRequest first = routeWithin();
    CheckRequest second = first;
    second.bandwidth = partialRegion()->bandwidths.constLast();
    session->check(first);
    session->check(second);
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
    auto session = newSession();
    loadOrigins(*session);
    loadAccess(*session, queryFor(request.realServerRegion));
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    silent.count = -1;
    m_server->addFault(silent);
    CheckRecorder recorder(*session);
    session->check(request);
    session->loadOriginRegions(true); // a refresh in flight as well
    QSignalSpy origins(session.get(), &CheckSession::originRegionsChanged);
    QSignalSpy access(session.get(), &CheckSession::accessRegionsChanged);

    session->reset();
    QCOMPARE(origins.count(), 1);
    QCOMPARE(access.count(), 1);
    QVERIFY(session->originRegions().isEmpty());
    QVERIFY(session->accessRegions().isEmpty());
    QCOMPARE(session->originStatus().state, ListState::Empty);
    QVERIFY(!session->originStatus().refreshing);
    QCOMPARE(session->accessStatus().state, ListState::Empty);
    QVERIFY(session->accessQuery().originRegion.isEmpty());
    QVERIFY(!session->accessRegion(request.accessRegion));
    QVERIFY(!session->isChecking());
    QTest::qWait(100);
    QVERIFY(recorder.checks.isEmpty());
    QVERIFY(recorder.prices.isEmpty());
    QCOMPARE(origins.count(), 1);

    // The disk cache survives a reset: the next load shows it at once.
    session->loadOriginRegions();
    QCOMPARE(session->originStatus().state, ListState::Cached);
    QVERIFY(session->originStatus().refreshing);
}
