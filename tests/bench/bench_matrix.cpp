// A capacity matrix of at least 200 checks against the in-process fake GAAP server (loopback, signatures
// checked, 20 requests/s enforced), paced by the app's default limiter. Prints figures; not a pass/fail
// test, but exits 1 when a cell failed.
//   build/<preset>/tests/bench/bench_matrix
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/gaap/gaapapi.h"
#include "core/session/matrixrun.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);

    FakeGaapServer server;
    if (server.listenOnLoopback() == 0)
        return 1;
    FakeApiStackOptions options; // the app's pacing: 20 per 1020 ms
    options.diskCache = false;
    FakeApiStack fake(server, options);
    GaapApi &api = fake.api();

    // Every access region that serves Hongkong, with everything it offers.
    MatrixRequest request;
    request.originRegion = QStringLiteral("Hongkong");
    request.networkType = QStringLiteral("normal");
    for (const FakeAccessRegion &access : server.data().accessRegions()) {
        if (!access.destRegions.contains(request.originRegion))
            continue;
        AccessRegionDetail detail;
        detail.regionId = access.id;
        detail.bandwidthList = access.bandwidths;
        detail.concurrentList = access.concurrents;
        request.accessRegions.append(detail);
    }
    MatrixRun run(&api, request);
    if (run.totalCount() < 200) {
        std::printf("bench_matrix: only %d cells in the fake data\n", run.totalCount());
        return 1;
    }

    QElapsedTimer timer;
    // Responsiveness: a 10 ms heartbeat on the same event loop; the longest gap between two beats is how
    // long a window would have been unable to repaint or take input during the run.
    QElapsedTimer heartbeat;
    qint64 longestGapMs = 0;
    QTimer beat;
    beat.setInterval(10);
    QObject::connect(&beat, &QTimer::timeout, &application,
                     [&] { longestGapMs = std::max(longestGapMs, heartbeat.restart()); });
    QObject::connect(&run, &MatrixRun::finished, &application, &QCoreApplication::quit);
    QTimer::singleShot(0, &application, [&] {
        timer.start();
        heartbeat.start();
        beat.start();
        run.start();
    });
    QCoreApplication::exec();
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    int failed = 0;
    for (const MatrixCell &cell : run.cells()) {
        if (cell.state == MatrixCell::State::Error || !cell.isDone())
            ++failed;
    }
    const int n = run.totalCount();
    const double ideal = n / 20.0;
    std::printf("bench_matrix: %d cells (CheckProxyCreate, %lld access regions, signed, loopback fake server)\n", n,
                static_cast<long long>(request.accessRegions.size()));
    std::printf("  wall %.2f s, ideal N / 20 s = %.2f s, ratio %.3f\n", wall, ideal, wall / ideal);
    std::printf("  RequestLimitExceeded at the server: %d; failed cells: %d; requests: %d\n",
                server.errorCount(QStringLiteral("RequestLimitExceeded")), failed,
                server.requestCount(QStringLiteral("CheckProxyCreate")));
    std::printf("  event loop: longest gap between 10 ms heartbeats %lld ms (fake server on the same thread)\n",
                static_cast<long long>(longestGapMs));
    return failed == 0 ? 0 : 1;
}
