// The requirement search ("where can I get at least B Mbps and C × 10,000 connections from origin R?") against
// the in-process fake GAAP server: which configuration each access region is checked with, which are priced,
// the ranking, traffic billing, failures and cancel. The expected values come from the server's data.
#include "core/session/requirementsearch.h"
#include "core/session/searchexport.h"
#include "support/fakeapistack.h"
#include "support/fakefault.h"
#include "support/fakegaapserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Origin = u"Hongkong"_s;

// The access regions of the data that serve `origin` with the defaults (IPv4, Thunder).
QList<FakeAccessRegion> serving(const FakeGaapData &data, const QString &origin)
{
    QList<FakeAccessRegion> out;
    for (const FakeAccessRegion &region : data.accessRegions()) {
        if (region.destRegions.contains(origin) && region.ipVersions.contains(u"IPv4"_s)
            && region.packageTypes.contains(u"Thunder"_s))
            out.append(region);
    }
    return out;
}

Requirement requirement(qint64 bandwidth, qint64 concurrent)
{
    Requirement r;
    r.originRegion = Origin;
    r.minBandwidth = bandwidth;
    r.minConcurrent = concurrent;
    return r;
}

} // namespace

class tst_RequirementSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void smallestAtLeast();
    void checksTheSmallestOfferedConfiguration();
    void ranksByDailyCost();
    void trafficBillingIsAskedFor();
    void exportsAreData();
    void failedChecksAreKept();
    void accessRegionFailureEndsTheSearch();
    void cancelStopsAsking();
    void pricesInTwoCurrenciesAreRankedApart();

private:
    // Runs a search to its end.
    std::unique_ptr<RequirementSearch> runSearch(const Requirement &r);

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<FakeApiStack> m_stack;
};

void tst_RequirementSearch::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_stack = std::make_unique<FakeApiStack>(*m_server);
}

void tst_RequirementSearch::cleanup()
{
    m_stack.reset();
    m_server.reset();
}

std::unique_ptr<RequirementSearch> tst_RequirementSearch::runSearch(const Requirement &r)
{
    auto search = std::make_unique<RequirementSearch>(&m_stack->api(), r);
    QSignalSpy finished(search.get(), &RequirementSearch::finished);
    search->start();
    if (!finished.wait(20000))
        qWarning("the search did not finish");
    return search;
}

void tst_RequirementSearch::smallestAtLeast()
{
    QCOMPARE(RequirementSearch::smallestAtLeast({10, 20, 50, 100}, 30), std::optional<qint64>(50));
    QCOMPARE(RequirementSearch::smallestAtLeast({100, 50, 20}, 20), std::optional<qint64>(20));
    QCOMPARE(RequirementSearch::smallestAtLeast({10, 20}, 21), std::nullopt);
    QCOMPARE(RequirementSearch::smallestAtLeast({}, 1), std::nullopt);
}

// Each access region serving the origin is checked once, with the smallest bandwidth and concurrency it offers
// that meet the requirement; one that offers less is not checked; the ones that can be created are priced.
void tst_RequirementSearch::checksTheSmallestOfferedConfiguration()
{
    const QList<FakeAccessRegion> regions = serving(m_server->data(), Origin);
    QVERIFY(regions.size() >= 8);
    // A requirement some regions cannot offer: the largest bandwidth of the smallest region.
    qint64 minBandwidth = 0;
    for (const FakeAccessRegion &region : regions)
        minBandwidth =
            minBandwidth == 0 ? region.bandwidths.constLast() : std::min(minBandwidth, region.bandwidths.constLast());
    minBandwidth += 1;
    const qint64 minConcurrent = 2;
    const std::unique_ptr<RequirementSearch> search = runSearch(requirement(minBandwidth, minConcurrent));
    QVERIFY(!search->isRunning());
    QVERIFY(search->error().isNone());
    QCOMPARE(search->candidates().size(), regions.size());

    int offered = 0;
    int creatable = 0;
    for (const SearchCandidate &c : search->candidates()) {
        const auto region = std::find_if(regions.cbegin(), regions.cend(),
                                         [&c](const FakeAccessRegion &r) { return r.id == c.region.regionId; });
        QVERIFY2(region != regions.cend(), qPrintable(c.region.regionId));
        const std::optional<qint64> bandwidth = RequirementSearch::smallestAtLeast(region->bandwidths, minBandwidth);
        const std::optional<qint64> concurrent = RequirementSearch::smallestAtLeast(region->concurrents, minConcurrent);
        if (!bandwidth || !concurrent) {
            QCOMPARE(c.state, SearchCandidate::State::NotOffered);
            continue;
        }
        ++offered;
        QCOMPARE(c.bandwidth, bandwidth);
        QCOMPARE(c.concurrent, concurrent);
        const FakeCapacity capacity = region->capacity.value(u"normal"_s);
        const bool canCreate = *bandwidth <= capacity.maxBandwidth && *concurrent <= capacity.maxConcurrent;
        QCOMPARE(c.state, canCreate ? SearchCandidate::State::CanCreate : SearchCandidate::State::CannotCreate);
        QVERIFY(!c.requestId.isEmpty());
        if (canCreate) {
            ++creatable;
            QVERIFY2(c.quote.has_value(), qPrintable(c.region.regionId));
        } else {
            QVERIFY(!c.quote);
        }
    }
    QVERIFY2(offered > 0 && offered < regions.size(), "the requirement should leave some regions out");
    QVERIFY(creatable > 0);
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), offered);
    QCOMPARE(m_server->requestCount(u"InquiryPriceCreateProxy"_s), creatable);
    QCOMPARE(m_server->requestCount(u"DescribeAccessRegionsByDestRegion"_s), 1);
    QCOMPARE(search->checksSent(), offered);
    QCOMPARE(search->pricesSent(), creatable);
    QCOMPARE(search->canCreateAny(), true);
}

// Best first: the ones that can be created, cheapest first (per currency), then "cannot", then "not offered".
// The daily cost is the base fee plus the bandwidth at its tier's price.
void tst_RequirementSearch::ranksByDailyCost()
{
    const std::unique_ptr<RequirementSearch> search = runSearch(requirement(20, 2));
    const QList<int> ranked = search->ranked();
    QCOMPARE(ranked.size(), search->candidates().size());
    const auto group = [](SearchCandidate::State state) {
        return state == SearchCandidate::State::CanCreate ? 0 : state == SearchCandidate::State::CannotCreate ? 1 : 2;
    };
    for (qsizetype i = 1; i < ranked.size(); ++i) {
        const SearchCandidate &a = search->candidates().at(ranked.at(i - 1));
        const SearchCandidate &b = search->candidates().at(ranked.at(i));
        QVERIFY(group(a.state) <= group(b.state));
        if (a.state == SearchCandidate::State::CanCreate && b.state == SearchCandidate::State::CanCreate
            && a.quote->currency == b.quote->currency)
            QVERIFY2(*a.dailyCost(search->requirement()) <= *b.dailyCost(search->requirement()),
                     qPrintable(a.region.regionId + u" before "_s + b.region.regionId));
    }
    const SearchCandidate &best = search->candidates().at(ranked.constFirst());
    QCOMPARE(best.state, SearchCandidate::State::CanCreate);
    // The cost from the quote's own numbers: discounted base + bandwidth × the discounted price of its tier.
    const PriceQuote &quote = *best.quote;
    double unit = -1;
    for (const BandwidthPriceTier &tier : quote.bandwidthTiers) {
        if (*best.bandwidth >= tier.fromMbps && (!tier.toMbps || *best.bandwidth <= *tier.toMbps)) {
            unit = *tier.discountUnitPrice;
            break;
        }
    }
    QVERIFY(unit > 0);
    QCOMPARE(*best.dailyCost(search->requirement()),
             *quote.discountProxyDailyPrice + static_cast<double>(*best.bandwidth) * unit);
}

void tst_RequirementSearch::trafficBillingIsAskedFor()
{
    Requirement r = requirement(10, 2);
    r.billing = PriceRequest::Billing::Traffic;
    const std::unique_ptr<RequirementSearch> search = runSearch(r);
    QVERIFY(search->pricesSent() > 0);
    const ReceivedRequest last = m_server->lastRequest();
    QCOMPARE(last.header("X-TC-Action"), QByteArray("InquiryPriceCreateProxy"));
    QCOMPARE(QJsonDocument::fromJson(last.body).object().value(u"BillingType"_s).toInt(-1), 1);
    // Traffic billing: the daily cost is the base fee alone (the traffic is paid per GB on top).
    const SearchCandidate &best = search->candidates().at(search->ranked().constFirst());
    QCOMPARE(*best.dailyCost(r), *best.quote->discountProxyDailyPrice);
}

// JSON and CSV carry the ranking with the API's names, the same in every language.
void tst_RequirementSearch::exportsAreData()
{
    const std::unique_ptr<RequirementSearch> search = runSearch(requirement(20, 2));
    const QJsonObject json = QJsonDocument::fromJson(SearchExport::json(*search)).object();
    QCOMPARE(json.value(u"Requirement"_s).toObject().value(u"MinBandwidth"_s).toInt(), 20);
    const QJsonArray results = json.value(u"Results"_s).toArray();
    QCOMPARE(results.size(), search->candidates().size());
    const SearchCandidate &best = search->candidates().at(search->ranked().constFirst());
    QCOMPARE(results.at(0).toObject().value(u"Rank"_s).toInt(), 1);
    QCOMPARE(results.at(0).toObject().value(u"AccessRegion"_s).toString(), best.region.regionId);
    QCOMPARE(results.at(0).toObject().value(u"Result"_s).toString(), u"can"_s);
    QCOMPARE(results.at(0).toObject().value(u"DailyCost"_s).toDouble(), *best.dailyCost(search->requirement()));
    const QStringList lines = QString::fromUtf8(SearchExport::csv(*search)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), search->candidates().size() + 1);
    QVERIFY(lines.at(0).startsWith(u"Rank,RealServerRegion,AccessRegion,Bandwidth,Concurrent,Result,DailyCost"_s));
    QVERIFY2(lines.at(1).startsWith(u"1,Hongkong,"_s + best.region.regionId + u","_s), qPrintable(lines.at(1)));
}

void tst_RequirementSearch::failedChecksAreKept()
{
    FakeFault fault;
    fault.action = u"CheckProxyCreate"_s;
    fault.errorCode = u"InternalError"_s;
    fault.count = -1;
    m_server->addFault(fault);
    const std::unique_ptr<RequirementSearch> search = runSearch(requirement(10, 2));
    QVERIFY(search->error().isNone());
    QVERIFY(!search->canCreateAny());
    int failed = 0;
    for (const SearchCandidate &c : search->candidates()) {
        if (c.state == SearchCandidate::State::Failed) {
            ++failed;
            QCOMPARE(c.error.code(), u"InternalError"_s);
        }
    }
    QCOMPARE(failed, search->checksSent());
    QCOMPARE(search->pricesSent(), 0);
}

void tst_RequirementSearch::accessRegionFailureEndsTheSearch()
{
    FakeFault fault;
    fault.action = u"DescribeAccessRegionsByDestRegion"_s;
    fault.errorCode = u"InvalidParameterValue.UnknownDestRegion"_s;
    m_server->addFault(fault);
    const std::unique_ptr<RequirementSearch> search = runSearch(requirement(10, 2));
    QCOMPARE(search->error().code(), u"InvalidParameterValue.UnknownDestRegion"_s);
    QVERIFY(search->candidates().isEmpty());
    QCOMPARE(m_server->requestCount(u"CheckProxyCreate"_s), 0);
}

// Cancel while checks hang: finished() at once, nothing more is sent, the search can be dropped.
void tst_RequirementSearch::cancelStopsAsking()
{
    FakeFault hang;
    hang.kind = FakeFault::Kind::NoAnswer;
    hang.action = u"CheckProxyCreate"_s;
    hang.count = -1;
    m_server->addFault(hang);
    auto search = std::make_unique<RequirementSearch>(&m_stack->api(), requirement(10, 2));
    QSignalSpy finished(search.get(), &RequirementSearch::finished);
    search->start();
    // The checks on the wire have reached the server (and hang there) before the cancel: its count stops growing
    // (Qt sends at most a few requests to one host at a time; the others wait in the client).
    QTRY_VERIFY(m_server->requestCount(u"CheckProxyCreate"_s) > 0);
    for (int seen = -1; seen != m_server->totalRequestCount();) {
        seen = m_server->totalRequestCount();
        QTest::qWait(300);
    }
    QVERIFY(search->isRunning());
    search->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!search->isRunning());
    QVERIFY(search->wasCancelled());
    const int sent = m_server->totalRequestCount();
    const int checks = search->checksSent();
    QTest::qWait(100);
    QCOMPARE(m_server->totalRequestCount(), sent);
    QCOMPARE(search->checksSent(), checks);
    QCOMPARE(search->pricesSent(), 0);
    search.reset(); // the calls it held are gone with it
}

// A real account is billed in one currency, as the built-in data is. Should two come back (one access region priced in
// USD here), each is ranked within itself and currencies() names both, so the windows and the CLI can say so.
void tst_RequirementSearch::pricesInTwoCurrenciesAreRankedApart()
{
    QFile file(u":/fakegaap/gaap-fake-data.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray regions = root.value(u"accessRegions"_s).toArray();
    QString inUsd;
    for (qsizetype i = 0; i < regions.size() && inUsd.isEmpty(); ++i) {
        QJsonObject region = regions.at(i).toObject();
        const bool serves = region.value(u"DestRegions"_s).toArray().contains(QJsonValue(Origin));
        QJsonObject price = region.value(u"Price"_s).toObject();
        if (!serves || price.value(u"Currency"_s).toString() != u"CNY"_s)
            continue;
        price.insert(u"Currency"_s, u"USD"_s);
        price.insert(u"BaseDailyPrice"_s, 1.0); // the cheapest number, and still not ranked against CNY
        region.insert(u"Price"_s, price);
        regions.replace(i, region);
        inUsd = region.value(u"RegionId"_s).toString();
    }
    QVERIFY(!inUsd.isEmpty());
    root.insert(u"accessRegions"_s, regions);
    QString error;
    std::optional<FakeGaapData> data = FakeGaapData::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(data, qPrintable(error));
    m_stack.reset();
    m_server = std::make_unique<FakeGaapServer>(*data);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_stack = std::make_unique<FakeApiStack>(*m_server);

    const std::unique_ptr<RequirementSearch> search = runSearch(requirement(10, 2));
    QCOMPARE(search->currencies(), (QStringList{u"CNY"_s, u"USD"_s}));
    QList<QString> order; // the currencies of the priced ones, best first
    for (const int index : search->ranked()) {
        const SearchCandidate &c = search->candidates().at(index);
        if (c.state == SearchCandidate::State::CanCreate && c.quote)
            order.append(c.quote->currency);
    }
    QVERIFY2(order.count(u"USD"_s) == 1 && order.constLast() == u"USD"_s, qPrintable(QStringList(order).join(u',')));
}

QTEST_MAIN(tst_RequirementSearch)

#include "tst_requirementsearch.moc"
