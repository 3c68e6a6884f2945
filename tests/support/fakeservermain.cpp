// gaap-fake-server: the fake GAAP API on loopback, for the offline demo and for scripts.
// Prints its base URL as the only line on stdout, then serves until killed. Never installed.
#include "support/fakegaapserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gaap-fake-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake Tencent Cloud GAAP API on 127.0.0.1 that checks TC3-HMAC-SHA256 signatures like the real service. "
        "Faults: POST /_fake/faults {\"kind\":…} (endless-list: DescribeProxyGroupList pages that never end), "
        "DELETE /_fake/faults; clock: POST /_fake/clock {\"offset\":s}; "
        "statistics: GET /_fake/stats."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data file (default: the built-in gaap-fake-data.json)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption clockOption(
        QStringLiteral("clock-offset"),
        QStringLiteral("Run the server's clock this many seconds ahead (negative: behind)."), QStringLiteral("seconds"),
        QStringLiteral("0"));
    parser.addOption(portOption);
    parser.addOption(dataOption);
    parser.addOption(clockOption);
    parser.process(application);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "gaap-fake-server: --port must be a number from 0 to 65535\n");
        return 2;
    }

    FakeGaapData data = FakeGaapData::builtIn();
    if (parser.isSet(dataOption)) {
        QString error;
        std::optional<FakeGaapData> loaded = FakeGaapData::fromFile(parser.value(dataOption), &error);
        if (!loaded) {
            std::fprintf(stderr, "gaap-fake-server: %s\n", qPrintable(error));
            return 2;
        }
        data = std::move(*loaded);
    }

    FakeGaapServer server(std::move(data));
    server.setClockOffset(parser.value(clockOption).toLongLong());
    if (server.listenOnLoopback(static_cast<quint16>(port)) == 0) {
        std::fprintf(stderr, "gaap-fake-server: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.url().port());
    std::printf("%s\n", qPrintable(base));
    std::fflush(stdout);
    std::fprintf(stderr,
                 "gaap-fake-server: serving %lld origin and %lld access regions and %lld connection groups on %s; "
                 "demo SecretId %s\n",
                 static_cast<long long>(server.data().destRegions().size()),
                 static_cast<long long>(server.data().accessRegions().size()),
                 static_cast<long long>(server.data().proxyGroups().size()), qPrintable(base),
                 qPrintable(server.demoCredential().secretId));
    return QCoreApplication::exec();
}
