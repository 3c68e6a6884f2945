// How long one capacity check takes from CheckSession::check() to its answer, against the in-process
// fake GAAP server (loopback, signature checked). Prints figures; not a pass/fail test.
//   build/<preset>/tests/bench/bench_check [rounds]
#include "core/api/apiclient.h"
#include "core/api/ratelimiter.h"
#include "core/gaap/gaapapi.h"
#include "core/session/checksession.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;

    FakeGaapServer server;
    if (server.listenOnLoopback() == 0)
        return 1;
    FakeApiStackOptions options;
    options.diskCache = false;
    FakeApiStack fake(server, options);
    CheckSession &session = fake.checks();

    // A configuration the data offers: the first access region serving its first origin.
    const FakeAccessRegion &access = server.data().accessRegions().constFirst();
    CheckRequest request;
    request.accessRegion = access.id;
    request.originRegion = access.destRegions.constFirst();
    request.bandwidth = access.bandwidths.constFirst();
    request.concurrent = access.concurrents.constFirst();

    std::vector<double> milliseconds;
    QElapsedTimer timer;
    int done = 0;
    int failures = 0;
    const auto next = [&] {
        timer.start();
        session.check(request);
    };
    QObject::connect(&session, &CheckSession::checkFinished, &application, [&](const CheckOutcome &outcome) {
        milliseconds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!outcome.result)
            ++failures;
        if (++done == rounds)
            QCoreApplication::quit();
        else
            QTimer::singleShot(60, &application, next); // one at a time, well under the 20/s ceiling
    });
    QTimer::singleShot(0, &application, next);
    QCoreApplication::exec();

    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("bench_check: %d checks (CheckProxyCreate, signed, loopback fake server), %d failed\n", rounds,
                failures);
    std::printf("  fastest %.1f ms, median %.1f ms, slowest %.1f ms\n",
                milliseconds.empty() ? 0.0 : milliseconds.front(),
                milliseconds.empty() ? 0.0 : milliseconds[milliseconds.size() / 2],
                milliseconds.empty() ? 0.0 : milliseconds.back());
    return failures == 0 ? 0 : 1;
}
