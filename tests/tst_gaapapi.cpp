// GaapApi against the fake GAAP server: typed answers, validation before sending, pacing under the
// 20 requests/s ceiling, RequestLimitExceeded retries with backoff and the one clock-skew retry.
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/gaap/gaapapi.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

class tst_GaapApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void destRegionsAreTyped();
    void accessRegionsAreTyped();
    void checkAnswersBothWays();
    void priceKeepsNullsAsNotGiven();
    void invalidRequestIsNeverSent_data();
    void invalidRequestIsNeverSent();
    void rateLimitIsRetriedWithBackoff();
    void rateLimitRetriesEnd();
    void otherErrorsAreNotRetried();
    void clockSkewIsCorrectedOnce();
    void signatureExpireIsRetriedOnlyOnce();
    void burstOfChecksStaysUnderTheLimit();
    void cancelWhileWaitingForSlot();
    void destroyingApiAbortsCalls();

private:
    template<typename Call>
    Call *waitFor(Call *call);
    CheckRequest routeWithin() const;
    const FakeAccessRegion *partialRegion() const;

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<GaapApi> m_api;
};

void tst_GaapApi::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    useFakeServer(*m_client, *m_server);
    m_limiter = std::make_unique<RateLimiter>(); // each test gets a fresh limiter of the default size
    m_api = std::make_unique<GaapApi>(m_client.get(), m_limiter.get());
    m_api->setRetryPolicy({3, 20ms});
}

void tst_GaapApi::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
    m_limiter.reset();
}

template<typename Call>
Call *tst_GaapApi::waitFor(Call *call)
{
    call->setAutoDelete(false); // the test reads it after it finished, then deletes it
    bool done = false;
    connect(call, &GaapCall::finished, this, [&done] { done = true; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    return call;
}

const FakeAccessRegion *tst_GaapApi::partialRegion() const
{
    return m_server->data().partlyCreatableRegion();
}

CheckRequest tst_GaapApi::routeWithin() const
{
    return checkAtNormalCapacity(partialRegion());
}

void tst_GaapApi::destRegionsAreTyped()
{
    std::unique_ptr<OriginRegionsCall> call(waitFor(m_api->originRegions()));
    QVERIFY2(call->isOk(), qPrintable(call->error().describe()));
    QVERIFY(!call->requestId().isEmpty());
    const QList<FakeDestRegion> &expected = m_server->data().destRegions();
    QCOMPARE(call->regions().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const RegionDetail &region = call->regions().at(i);
        QCOMPARE(region.regionId, expected.at(i).id);
        QCOMPARE(region.idcType, expected.at(i).idcType);
        QVERIFY(region.features.has_value());
        QCOMPARE(region.features->bitmap(), quint64(expected.at(i).featureBitmap));
        QCOMPARE(region.networkTypes.has_value(), expected.at(i).networkTypes.has_value());
        if (region.networkTypes)
            QCOMPARE(*region.networkTypes, *expected.at(i).networkTypes);
    }
}

void tst_GaapApi::accessRegionsAreTyped()
{
    const FakeAccessRegion *access = partialRegion();
    QVERIFY(access);
    AccessRegionQuery query;
    query.originRegion = access->destRegions.constFirst();
    std::unique_ptr<AccessRegionsCall> call(waitFor(m_api->accessRegions(query)));
    QVERIFY2(call->isOk(), qPrintable(call->error().describe()));
    const auto found = std::find_if(call->regions().cbegin(), call->regions().cend(),
                                    [access](const AccessRegionDetail &r) { return r.regionId == access->id; });
    QVERIFY(found != call->regions().cend());
    QCOMPARE(found->bandwidthList, access->bandwidths);
    QCOMPARE(found->concurrentList, access->concurrents);
}

void tst_GaapApi::checkAnswersBothWays()
{
    CheckRequest request = routeWithin();
    QVERIFY(!request.accessRegion.isEmpty());
    std::unique_ptr<CheckCall> can(waitFor(m_api->checkProxyCreate(request)));
    QVERIFY2(can->isOk(), qPrintable(can->error().describe()));
    QVERIFY(can->result().canCreate);
    QCOMPARE(can->result().requestId, can->requestId());

    request.bandwidth = partialRegion()->bandwidths.constLast();
    std::unique_ptr<CheckCall> cannot(waitFor(m_api->checkProxyCreate(request)));
    QVERIFY2(cannot->isOk(), qPrintable(cannot->error().describe()));
    QVERIFY(!cannot->result().canCreate);
    QVERIFY(!m_server->lastRequest().body.contains("Http3Supported"));
}

void tst_GaapApi::priceKeepsNullsAsNotGiven()
{
    PriceRequest request;
    request.connection = routeWithin();
    std::unique_ptr<PriceCall> call(waitFor(m_api->inquirePrice(request)));
    QVERIFY2(call->isOk(), qPrintable(call->error().describe()));
    const PriceQuote &quote = call->quote();
    QVERIFY(quote.proxyDailyPrice.has_value());
    QVERIFY(*quote.proxyDailyPrice > 0);
    QVERIFY(!quote.flowUnitPrice.has_value()); // null for bandwidth billing: not given, not 0
    QCOMPARE(quote.currency, partialRegion()->price.currency);
    QCOMPARE(quote.bandwidthTiers.size(), partialRegion()->price.bandwidthTiers.size());
    QVERIFY(!quote.bandwidthTiers.constLast().toMbps.has_value()); // -1: unbounded
}

void tst_GaapApi::invalidRequestIsNeverSent_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("bandwidth not offered") << QStringLiteral("Bandwidth");
    QTest::newRow("concurrency not offered") << QStringLiteral("Concurrent");
    QTest::newRow("bad group") << QStringLiteral("GroupId");
    QTest::newRow("bad network type") << QStringLiteral("NetworkType");
}

void tst_GaapApi::invalidRequestIsNeverSent()
{
    QFETCH(QString, field);
    const FakeAccessRegion *access = partialRegion();
    CheckRequest request = routeWithin();
    AccessRegionDetail offered;
    offered.regionId = access->id;
    offered.bandwidthList = access->bandwidths;
    offered.concurrentList = access->concurrents;
    if (field == QLatin1String("Bandwidth"))
        request.bandwidth = access->bandwidths.constLast() + 1;
    else if (field == QLatin1String("Concurrent"))
        request.concurrent = access->concurrents.constLast() + 1;
    else if (field == QLatin1String("GroupId"))
        request.groupId = QStringLiteral("group-1");
    else
        request.networkType = QStringLiteral("b g p"); // not a network type any origin could advertise

    std::unique_ptr<CheckCall> call(waitFor(m_api->checkProxyCreate(request, &offered)));
    QCOMPARE(call->error().kind(), ApiError::Kind::InvalidInput);
    QVERIFY2(call->error().message().contains(field), qPrintable(call->error().message()));
    QCOMPARE(call->attempts(), 0);
    QCOMPARE(m_server->totalRequestCount(), 0);
}

void tst_GaapApi::rateLimitIsRetriedWithBackoff()
{
    FakeFault limited;
    limited.errorCode = QStringLiteral("RequestLimitExceeded");
    limited.count = 2;
    m_server->addFault(limited);
    std::unique_ptr<OriginRegionsCall> call(waitFor(m_api->originRegions()));
    QVERIFY2(call->isOk(), qPrintable(call->error().describe()));
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDestRegions")), 3);
}

void tst_GaapApi::rateLimitRetriesEnd()
{
    FakeFault limited;
    limited.errorCode = QStringLiteral("RequestLimitExceeded.UinLimitExceeded");
    limited.count = -1;
    m_server->addFault(limited);
    std::unique_ptr<OriginRegionsCall> call(waitFor(m_api->originRegions()));
    QCOMPARE(call->error().code(), QStringLiteral("RequestLimitExceeded.UinLimitExceeded"));
    QCOMPARE(call->attempts(), 1 + m_api->retryPolicy().maxRateLimitRetries);
    QVERIFY(!call->requestId().isEmpty());
}

void tst_GaapApi::otherErrorsAreNotRetried()
{
    FakeFault failing;
    failing.errorCode = QStringLiteral("InternalError");
    failing.count = -1;
    m_server->addFault(failing);
    std::unique_ptr<OriginRegionsCall> call(waitFor(m_api->originRegions()));
    QCOMPARE(call->error().code(), QStringLiteral("InternalError"));
    QCOMPARE(call->attempts(), 1);
}

void tst_GaapApi::clockSkewIsCorrectedOnce()
{
    m_server->setClockOffset(600); // this machine is ten minutes slow
    QSignalSpy skew(m_api.get(), &GaapApi::clockSkewDetected);
    std::unique_ptr<OriginRegionsCall> first(waitFor(m_api->originRegions()));
    QVERIFY2(first->isOk(), qPrintable(first->error().describe()));
    QCOMPARE(first->attempts(), 2);
    QVERIFY(first->correctedClockSkew().has_value());
    QVERIFY2(qAbs(*first->correctedClockSkew() - 600) <= 2, qPrintable(QString::number(*first->correctedClockSkew())));
    QCOMPARE(skew.count(), 1);

    std::unique_ptr<OriginRegionsCall> second(waitFor(m_api->originRegions()));
    QVERIFY(second->isOk());
    QCOMPARE(second->attempts(), 1); // the correction sticks
    QCOMPARE(skew.count(), 1);
}

void tst_GaapApi::signatureExpireIsRetriedOnlyOnce()
{
    FakeFault expired;
    expired.errorCode = QStringLiteral("AuthFailure.SignatureExpire");
    expired.count = -1;
    m_server->addFault(expired);
    std::unique_ptr<OriginRegionsCall> call(waitFor(m_api->originRegions()));
    QCOMPARE(call->error().code(), QStringLiteral("AuthFailure.SignatureExpire"));
    QCOMPARE(call->attempts(), 2);
}

void tst_GaapApi::burstOfChecksStaysUnderTheLimit()
{
    // 100 checks started at once from one process: the limiter paces them so that the server,
    // which allows 20 per second per action, never answers RequestLimitExceeded.
    m_api->setRetryPolicy({0, 20ms}); // a rate-limit answer would surface as an error, not be hidden
    const CheckRequest request = routeWithin();
    constexpr int Count = 100;
    int finished = 0;
    int failures = 0;
    for (int i = 0; i < Count; ++i) {
        CheckCall *call = m_api->checkProxyCreate(request);
        connect(call, &GaapCall::finished, this, [&finished, &failures, call] {
            ++finished;
            if (!call->isOk())
                ++failures;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, Count, 60000);
    QCOMPARE(failures, 0);
    QCOMPARE(m_server->errorCount(QStringLiteral("RequestLimitExceeded")), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("CheckProxyCreate")), Count);
}

void tst_GaapApi::cancelWhileWaitingForSlot()
{
    RateLimiter busy(1, 60s);
    GaapApi api(m_client.get(), &busy);
    QVERIFY(busy.acquire(QStringLiteral("DescribeDestRegions")).isValid()); // the only slot is taken
    OriginRegionsCall *call = api.originRegions();
    QSignalSpy finished(call, &GaapCall::finished);
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(20);
    QCOMPARE(m_server->totalRequestCount(), 0);
}

void tst_GaapApi::destroyingApiAbortsCalls()
{
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    m_server->addFault(silent);
    QPointer<OriginRegionsCall> call = m_api->originRegions();
    bool finished = false;
    connect(call, &GaapCall::finished, this, [&finished] { finished = true; });
    QTRY_COMPARE(m_server->totalRequestCount(), 1);
    m_api.reset();
    QVERIFY(call.isNull());
    QTest::qWait(20);
    QVERIFY(!finished);
}

QTEST_GUILESS_MAIN(tst_GaapApi)
#include "tst_gaapapi.moc"
