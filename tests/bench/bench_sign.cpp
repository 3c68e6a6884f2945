// Signing cost per request: Tc3Signer::sign() on a CheckProxyCreate-sized body, in a loop.
// Prints figures; not a pass/fail test.
//   build/<preset>/tests/bench/bench_sign [requests]
#include "core/api/tc3signer.h"

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    const int requests = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;

    Tc3SigningInput input;
    input.secretId = QStringLiteral("AKIDfakeGaapCapacityCheck0000000001");
    input.secretKey = SecretString(QStringLiteral("fakeSecretKeyForTheFakeGaapServer01"));
    input.service = QByteArrayLiteral("gaap");
    input.host = QByteArrayLiteral("gaap.tencentcloudapi.com");
    input.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    input.body = QByteArrayLiteral(
        R"({"AccessRegion":"Hongkong","RealServerRegion":"SouthChina","Bandwidth":10,"Concurrent":2})");
    input.timestamp = 1700000000;

    // Warm-up, then the timed loop; the timestamp changes so nothing can be cached between requests.
    qsizetype sink = 0;
    for (int i = 0; i < 1000; ++i)
        sink += Tc3Signer::sign(input).authorization.size();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < requests; ++i) {
        input.timestamp = 1700000000 + i;
        sink += Tc3Signer::sign(input).authorization.size();
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("sign: %d requests in %.3f s: %.2f us/request, %.0f requests/s (checksum %lld)\n", requests, seconds,
                seconds * 1e6 / requests, requests / seconds, static_cast<long long>(sink));
    return 0;
}
