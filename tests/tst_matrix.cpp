// MatrixRun against the in-process fake GAAP server: the cell set and its order, answers that follow the
// fake data's capacity rule, summaries, pacing through the shared limiter (never a RequestLimitExceeded),
// cancel with partial results, errors and "re-check failed cells", and the ETA.
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/gaap/gaapapi.h"
#include "core/session/matrixrun.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString Check = QStringLiteral("CheckProxyCreate");
const QString Origin = QStringLiteral("Hongkong");

} // namespace

class tst_Matrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cellsAreStableAndOffered();
    void answersFollowCapacity();
    void pacingKeepsWithinTheLimiter();
    void defaultPaceNeverHitsTheServerLimit();
    void cancelKeepsPartialResults();
    void errorsCanBeRechecked();
    void etaFromThePace();
    void largestKeepsEveryUnbeatenConfiguration();

private:
    // A new stack whose limiter takes `limit` requests per `window` (on `clock`).
    void useLimiter(int limit, std::chrono::milliseconds window, RateLimiter::Clock clock = {});
    MatrixRequest requestFor(const QStringList &accessRegions) const;
    bool expectedCanCreate(const MatrixCell &cell) const;

    std::unique_ptr<FakeGaapServer> m_server;
    std::unique_ptr<FakeApiStack> m_fake;
    GaapApi *m_api = nullptr;
    RateLimiter *m_limiter = nullptr;
};

void tst_Matrix::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    // A short window keeps the tests quick; it is faster than the real 20/s, so the server allows more
    // here, except in the pacing tests.
    m_server->setRateLimit(1000);
    useLimiter(20, 200ms);
}

void tst_Matrix::cleanup()
{
    m_fake.reset();
    m_server.reset();
}

void tst_Matrix::useLimiter(int limit, std::chrono::milliseconds window, RateLimiter::Clock clock)
{
    m_fake.reset();
    FakeApiStackOptions options;
    options.requestsPerInterval = limit;
    options.interval = window;
    options.clock = std::move(clock);
    options.diskCache = false;
    options.retries = {0, 20ms}; // a rate-limit answer surfaces as an error instead of being hidden
    m_fake = std::make_unique<FakeApiStack>(*m_server, options);
    m_api = &m_fake->api();
    m_limiter = &m_fake->limiter();
}

MatrixRequest tst_Matrix::requestFor(const QStringList &accessRegions) const
{
    MatrixRequest request;
    request.originRegion = Origin;
    request.networkType = QStringLiteral("normal");
    for (const QString &id : accessRegions) {
        const FakeAccessRegion *fake = m_server->data().accessRegion(id);
        Q_ASSERT(fake && fake->destRegions.contains(Origin));
        AccessRegionDetail detail;
        detail.regionId = fake->id;
        detail.bandwidthList = fake->bandwidths;
        detail.concurrentList = fake->concurrents;
        request.accessRegions.append(detail);
    }
    return request;
}

bool tst_Matrix::expectedCanCreate(const MatrixCell &cell) const
{
    const FakeAccessRegion *fake = m_server->data().accessRegion(cell.accessRegion);
    const auto capacity = fake->capacity.constFind(QStringLiteral("normal"));
    return capacity != fake->capacity.constEnd() && cell.bandwidth <= capacity->maxBandwidth
           && cell.concurrent <= capacity->maxConcurrent;
}

void tst_Matrix::cellsAreStableAndOffered()
{
    MatrixRequest request = requestFor({QStringLiteral("Shenzhen"), QStringLiteral("Guangzhou")});
    request.bandwidths = {20, 5, 10, 5000}; // 5 is not offered in Guangzhou, 5000 nowhere
    MatrixRun run(m_api, request);

    QList<std::tuple<QString, qint64, qint64>> expected;
    for (const AccessRegionDetail &region : std::as_const(request.accessRegions)) {
        QList<qint64> concurrents = region.concurrentList;
        std::sort(concurrents.begin(), concurrents.end());
        for (const qint64 concurrent : std::as_const(concurrents)) {
            for (const qint64 bandwidth : {qint64(5), qint64(10), qint64(20)}) {
                if (region.bandwidthList.contains(bandwidth))
                    expected.append({region.regionId, bandwidth, concurrent});
            }
        }
    }
    QCOMPARE(run.totalCount(), expected.size());
    for (int i = 0; i < run.totalCount(); ++i) {
        const MatrixCell &cell = run.cells().at(i);
        QCOMPARE(std::make_tuple(cell.accessRegion, cell.bandwidth, cell.concurrent), expected.at(i));
        QCOMPARE(cell.state, MatrixCell::State::Pending);
    }
    QCOMPARE(run.cells().constFirst().accessRegion, QStringLiteral("Shenzhen")); // request order, not sorted
    QCOMPARE(run.doneCount(), 0);
    QVERIFY(!run.eta());

    MatrixRequest narrowed = requestFor({QStringLiteral("Taipei")});
    narrowed.concurrents = {5, 1};
    MatrixRun small(m_api, narrowed);
    QCOMPARE(small.totalCount(), 2 * 6);
    QCOMPARE(small.cells().at(0).concurrent, 1);
    QCOMPARE(small.cells().at(6).concurrent, 5);
    const CheckRequest check = narrowed.checkFor(small.cells().at(6));
    QCOMPARE(check.accessRegion, QStringLiteral("Taipei"));
    QCOMPARE(check.originRegion, Origin);
    QCOMPARE(check.bandwidth, 1);
    QCOMPARE(check.concurrent, 5);
    QCOMPARE(check.networkType, QStringLiteral("normal"));
}

void tst_Matrix::answersFollowCapacity()
{
    MatrixRun run(m_api, requestFor({QStringLiteral("Taipei"), QStringLiteral("Nanjing")}));
    QSignalSpy finished(&run, &MatrixRun::finished);
    QSignalSpy progress(&run, &MatrixRun::progress);
    QSignalSpy changed(&run, &MatrixRun::cellChanged);
    run.start();
    QVERIFY(run.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!run.isRunning());
    QVERIFY(!run.wasCancelled());
    QCOMPARE(run.totalCount(), 18 + 24);
    QCOMPARE(run.doneCount(), run.totalCount());
    QCOMPARE(progress.size(), run.totalCount());
    QCOMPARE(progress.constLast(), (QList<QVariant>{run.totalCount(), run.totalCount()}));
    QCOMPARE(changed.size(), 2 * run.totalCount()); // Running, then the answer
    QCOMPARE(m_server->requestCount(Check), run.totalCount());
    for (const MatrixCell &cell : run.cells()) {
        const auto want = expectedCanCreate(cell) ? MatrixCell::State::CanCreate : MatrixCell::State::CannotCreate;
        QVERIFY2(cell.state == want, qPrintable(cell.accessRegion + QLatin1Char(' ') + QString::number(cell.bandwidth)
                                                + QLatin1Char('x') + QString::number(cell.concurrent) + QLatin1Char(' ')
                                                + cell.error.code() + QLatin1Char(' ') + cell.error.message()));
        QVERIFY(!cell.requestId.isEmpty());
        QVERIFY(cell.checkedAt.isValid());
    }

    const QList<MatrixSummary> summaries = run.summaries();
    QCOMPARE(summaries.size(), 2);
    for (const MatrixSummary &summary : summaries) {
        const FakeAccessRegion *fake = m_server->data().accessRegion(summary.accessRegion);
        const FakeCapacity capacity = fake->capacity.value(QStringLiteral("normal"));
        int can = 0;
        std::pair<qint64, qint64> largest{0, 0}; // the capacity rule makes one configuration the largest
        for (const qint64 b : fake->bandwidths) {
            for (const qint64 c : fake->concurrents) {
                if (b > capacity.maxBandwidth || c > capacity.maxConcurrent)
                    continue;
                ++can;
                largest = {std::max(largest.first, b), std::max(largest.second, c)};
            }
        }
        QCOMPARE(summary.canCreate, can);
        QCOMPARE(summary.cannotCreate, int(fake->bandwidths.size() * fake->concurrents.size()) - can);
        QCOMPARE(summary.errors, 0);
        QCOMPARE(summary.largest, (QList<std::pair<qint64, qint64>>{largest}));
    }
    QCOMPARE(summaries.at(0).largest, (QList<std::pair<qint64, qint64>>{{10, 2}})); // Taipei: 10 Mbps, 2 × 10,000
}

void tst_Matrix::pacingKeepsWithinTheLimiter()
{
    // Five slots, a 300 ms window, on a clock the test shares with the limiter and the run: never more
    // than five requests out at once, and any six consecutive requests reach the server at least a
    // window apart (so the server never counts more than five in one window).
    QElapsedTimer elapsed;
    elapsed.start();
    const RateLimiter::Clock clock = [&elapsed] { return std::chrono::milliseconds(elapsed.elapsed()); };
    useLimiter(5, 300ms, clock);
    m_server->setRateLimit(FakeGaapServer::DefaultRateLimit);
    MatrixRun run(m_api, requestFor({QStringLiteral("Taipei")}), nullptr, clock);
    QList<qint64> arrivals;
    int maxBusy = 0;
    int maxOutstanding = 0;
    connect(m_server.get(), &FakeGaapServer::requestAnswered, this, [&](const QString &action) {
        if (action != Check)
            return;
        arrivals.append(elapsed.elapsed());
        maxBusy = std::max(maxBusy, m_limiter->busySlots(Check));
        maxOutstanding = std::max(maxOutstanding, m_server->requestCount(Check) - run.doneCount());
    });
    QSignalSpy finished(&run, &MatrixRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(run.doneCount(), 18);
    QCOMPARE(arrivals.size(), 18);
    QVERIFY2(maxBusy <= 5, qPrintable(QString::number(maxBusy)));
    QVERIFY2(maxOutstanding <= 5, qPrintable(QString::number(maxOutstanding)));
    for (qsizetype i = 0; i + 5 < arrivals.size(); ++i)
        QVERIFY2(arrivals.at(i + 5) - arrivals.at(i) >= 300 - 5,
                 qPrintable(QString::number(arrivals.at(i + 5) - arrivals.at(i))));
    QCOMPARE(m_server->errorCount(QStringLiteral("RequestLimitExceeded")), 0);
    QCOMPARE(m_limiter->busySlots(Check), 0);
}

void tst_Matrix::defaultPaceNeverHitsTheServerLimit()
{
    useLimiter(RateLimiter::DefaultLimit, RateLimiter::DefaultWindow); // 20 per 1020 ms, as in the app
    m_server->setRateLimit(FakeGaapServer::DefaultRateLimit);
    MatrixRequest request = requestFor({QStringLiteral("Shenzhen")});
    request.concurrents = {1, 2, 5, 10, 20, 30, 50};
    request.bandwidths = {5, 10, 20, 50, 100, 200, 500, 1000, 2000};
    MatrixRun run(m_api, request);
    QSignalSpy finished(&run, &MatrixRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(run.totalCount(), 63);
    QCOMPARE(run.doneCount(), 63);
    QCOMPARE(m_server->errorCount(QStringLiteral("RequestLimitExceeded")), 0);
    QCOMPARE(m_server->requestCount(Check), 63);
    for (const MatrixCell &cell : run.cells())
        QVERIFY2(cell.state != MatrixCell::State::Error, qPrintable(cell.error.code()));
}

void tst_Matrix::cancelKeepsPartialResults()
{
    useLimiter(2, 200ms); // slow enough to cancel in the middle
    MatrixRun run(m_api, requestFor({QStringLiteral("Taipei")}));
    QSignalSpy finished(&run, &MatrixRun::finished);
    int sentAtCancel = -1;
    int outAtCancel = -1;
    connect(&run, &MatrixRun::progress, this, [&](int done) {
        if (done == 4 && sentAtCancel < 0) {
            sentAtCancel = m_server->requestCount(Check);
            outAtCancel = m_limiter->busySlots(Check);
            run.cancel();
        }
    });
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(run.wasCancelled());
    QVERIFY(!run.isRunning());
    QCOMPARE(run.doneCount(), 4);
    for (const MatrixCell &cell : run.cells())
        QVERIFY(cell.isDone() || cell.state == MatrixCell::State::Pending);
    QCOMPARE(m_limiter->busySlots(Check), 0);
    QTest::qWait(700); // well over two windows: nothing more may reach the server
    QVERIFY2(m_server->requestCount(Check) <= sentAtCancel + outAtCancel,
             qPrintable(
                 QStringLiteral("%1 > %2 + %3").arg(m_server->requestCount(Check)).arg(sentAtCancel).arg(outAtCancel)));
    QCOMPARE(finished.size(), 1);
    run.cancel(); // not running: nothing happens
    QCOMPARE(finished.size(), 1);

    run.start(); // resumes with the cells still pending
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY(!run.wasCancelled());
    QCOMPARE(run.doneCount(), run.totalCount());
}

void tst_Matrix::errorsCanBeRechecked()
{
    FakeFault failing;
    failing.action = Check;
    failing.count = 3;
    failing.errorCode = QStringLiteral("InternalError");
    m_server->addFault(failing);
    MatrixRun run(m_api, requestFor({QStringLiteral("Taipei")}));
    QSignalSpy finished(&run, &MatrixRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run.doneCount(), run.totalCount());
    int errors = 0;
    for (const MatrixCell &cell : run.cells()) {
        if (cell.state != MatrixCell::State::Error)
            continue;
        ++errors;
        QCOMPARE(cell.error.code(), QStringLiteral("InternalError"));
        QVERIFY(!cell.requestId.isEmpty());
    }
    QCOMPARE(errors, 3);
    QCOMPARE(run.summaries().constFirst().errors, 3);

    run.recheckFailed();
    QVERIFY(run.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(m_server->requestCount(Check), run.totalCount() + 3);
    for (const MatrixCell &cell : run.cells())
        QCOMPARE(cell.state, expectedCanCreate(cell) ? MatrixCell::State::CanCreate : MatrixCell::State::CannotCreate);
    QCOMPARE(run.summaries().constFirst().errors, 0);

    run.recheckFailed(); // nothing failed: an empty run that ends at once
    QCOMPARE(finished.size(), 3);
    QVERIFY(!run.isRunning());
}

void tst_Matrix::etaFromThePace()
{
    // One request at a time; the run's clock is the test's, so the estimate is exact.
    useLimiter(1, 20ms);
    std::chrono::milliseconds now{1000};
    MatrixRequest request = requestFor({QStringLiteral("Taipei")});
    request.concurrents = {1};
    MatrixRun run(m_api, request, nullptr, [&now] { return now; });
    QCOMPARE(run.totalCount(), 6);
    std::optional<std::chrono::milliseconds> before;
    std::optional<std::chrono::milliseconds> after;
    connect(&run, &MatrixRun::progress, this, [&](int done) {
        if (done == 2) {
            before = run.eta();
        } else if (done == 3) {
            now += 3000ms; // three answers in three seconds, three cells left
            after = run.eta();
        }
    });
    QSignalSpy finished(&run, &MatrixRun::finished);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!before);
    QVERIFY(after.has_value());
    QCOMPARE(after->count(), 3000);
    QVERIFY(!run.eta()); // finished
}

// "Largest that can be created" is every configuration no other one that can be created exceeds in both
// bandwidth and concurrency: 100 Mbps × 2 and 50 Mbps × 10 are both listed; it picked one of them before.
void tst_Matrix::largestKeepsEveryUnbeatenConfiguration()
{
    MatrixSummary summary;
    for (const auto &[bandwidth, concurrent] :
         QList<std::pair<qint64, qint64>>{{50, 2}, {100, 2}, {50, 10}, {100, 1}, {20, 20}, {10, 5}, {20, 10}})
        summary.addCreatable(bandwidth, concurrent);
    QCOMPARE(summary.canCreate, 7);
    QCOMPARE(summary.largest, (QList<std::pair<qint64, qint64>>{{100, 2}, {50, 10}, {20, 20}}));
    summary.addCreatable(100, 20); // larger than all of them
    QCOMPARE(summary.largest, (QList<std::pair<qint64, qint64>>{{100, 20}}));
}

QTEST_GUILESS_MAIN(tst_Matrix)
#include "tst_matrix.moc"
