// The requirement search (find) against the in-process fake GAAP server (loopback, signatures checked,
// 20 requests/s per action enforced), paced by the app's default limiter: for every origin served by at least
// 8 access regions, the time from start to the last price, against the goal 1.2 × (requests ÷ 20 per action)
// seconds, where "requests" is the busiest action's count (checks and prices go out in parallel, each within
// its own 20 per second). Prints figures (median of 5 runs); exits 1 when a run fails or misses the goal.
//   build/<preset>/tests/bench/bench_find
#include "core/session/requirementsearch.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

    QMap<QString, int> served; // origin -> access regions serving it (IPv4, Thunder)
    for (const FakeAccessRegion &access : server.data().accessRegions()) {
        if (!access.ipVersions.contains(QStringLiteral("IPv4"))
            || !access.packageTypes.contains(QStringLiteral("Thunder")))
            continue;
        for (const QString &origin : access.destRegions)
            ++served[origin];
    }
    bool ok = true;
    int origins = 0;
    std::printf("bench_find: origin, access regions, checks, prices, median ms, goal ms, ratio to goal\n");
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        if (it.value() < 8)
            continue;
        ++origins;
        Requirement requirement;
        requirement.originRegion = it.key();
        requirement.minBandwidth = 10;
        requirement.minConcurrent = 2;
        QList<qint64> times;
        int checks = 0;
        int prices = 0;
        for (int run = 0; run < 5; ++run) {
            RequirementSearch search(&fake.api(), requirement);
            QEventLoop loop;
            QObject::connect(&search, &RequirementSearch::finished, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            search.start();
            loop.exec();
            times.append(timer.elapsed());
            checks = search.checksSent();
            prices = search.pricesSent();
            for (const SearchCandidate &c : search.candidates())
                ok = ok && c.state != SearchCandidate::State::Failed && c.priceError.isNone();
            ok = ok && search.error().isNone();
            QEventLoop settle; // the limiter's slots come free one window after their answers
            QTimer::singleShot(1100, &settle, &QEventLoop::quit);
            settle.exec();
        }
        std::sort(times.begin(), times.end());
        const qint64 median = times.at(times.size() / 2);
        const double goalMs = 1.2 * std::max(checks, prices) / 20.0 * 1000.0;
        const double ratio = static_cast<double>(median) / goalMs;
        ok = ok && ratio <= 1.0;
        std::printf("bench_find: %s, %d, %d, %d, %lld, %.0f, %.3f\n", qPrintable(it.key()), it.value(), checks, prices,
                    static_cast<long long>(median), goalMs, ratio);
    }
    if (origins == 0) {
        std::printf("bench_find: no origin with 8 access regions in the fake data\n");
        return 1;
    }
    std::printf("bench_find: %s\n", ok ? "every search within the goal, no failed check or price" : "FAILED");
    return ok ? 0 : 1;
}
