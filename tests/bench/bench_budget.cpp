// Several gaap-capacity-cli matrices at once on one key, against the in-process fake GAAP server that allows
// 20 requests per second and action (signatures checked): the processes share one request budget
// (SharedBudget). Prints, for three matrices, and for three plus a fourth process with a budget of its own
// (GAAP_SHARED_BUDGET_DIR elsewhere: "another machine" on the account), the time against the ideal (all
// cells ÷ 20/s), the server's RequestLimitExceeded answers and the failed cells. Exits 1 when a cell failed.
//   build/<preset>/tests/bench/bench_budget
#include "support/fakegaapserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Outcome
{
    qint64 cells = 0;
    qint64 failed = 0;
    double seconds = 0;
    int refusals = 0;
};

// Every access region of Hongkong at 10 to 200 Mbps and 2 to 20 × 10,000 connections: 241 cells in the fake
// server's data.
QStringList matrixArguments(const QString &url)
{
    return {QStringLiteral("matrix"),
            QStringLiteral("--origin-region"),
            QStringLiteral("Hongkong"),
            QStringLiteral("--bandwidth"),
            QStringLiteral("10,20,50,100,200"),
            QStringLiteral("--concurrent"),
            QStringLiteral("2,5,10,20"),
            QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("--endpoint"),
            url};
}

Outcome run(FakeGaapServer &server, int sharing, int ignoring, const QString &home)
{
    const int refusedBefore = server.errorCount(QStringLiteral("RequestLimitExceeded"));
    std::vector<std::unique_ptr<QProcess>> clis;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < sharing + ignoring; ++i) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), server.demoCredential().secretId);
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), server.demoCredential().secretKey);
        env.insert(QStringLiteral("GAAP_SHARED_BUDGET_DIR"),
                   home + (i < sharing ? QStringLiteral("/budget") : QStringLiteral("/other-machine")));
        auto cli = std::make_unique<QProcess>();
        cli->setProcessEnvironment(env);
        cli->start(QStringLiteral(GAAP_CLI_PATH), matrixArguments(server.url().toString()));
        clis.push_back(std::move(cli));
    }
    const auto running = [&clis] {
        for (const auto &cli : clis)
            if (cli->state() != QProcess::NotRunning)
                return true;
        return false;
    };
    while (running())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    Outcome outcome;
    outcome.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    for (const auto &cli : clis) {
        for (const QJsonValue &cell : QJsonDocument::fromJson(cli->readAllStandardOutput()).array()) {
            ++outcome.cells;
            outcome.failed += cell.toObject().value(QStringLiteral("Result")).toString() == QLatin1String("error");
        }
    }
    outcome.refusals = server.errorCount(QStringLiteral("RequestLimitExceeded")) - refusedBefore;
    return outcome;
}

void print(const char *what, const Outcome &o)
{
    const double ideal = static_cast<double>(o.cells) / 20.0;
    std::printf("%s: %lld cells in %.2f s, ideal cells / 20/s = %.2f s, ratio %.3f; RequestLimitExceeded at the "
                "server: %d; failed cells: %lld\n",
                what, static_cast<long long>(o.cells), o.seconds, ideal, o.seconds / ideal, o.refusals,
                static_cast<long long>(o.failed));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    FakeGaapServer server;
    if (server.listenOnLoopback() == 0)
        return 1;
    server.setRateLimit(20);
    QTemporaryDir home;
    const Outcome three = run(server, 3, 0, home.path());
    print("3 processes sharing the budget", three);
    const Outcome machine = run(server, 3, 1, home.path());
    print("3 sharing + 1 with a budget of its own (another machine)", machine);
    return three.failed + machine.failed == 0 ? 0 : 1;
}
