// GUI cold start: how long the real gaap-capacity program takes from being started to a populated
// window (origin and access region lists filled from the region cache, so an operator could pick and
// press Check), and its peak memory at that moment. Prints figures; not a pass/fail test, but exits 1
// when a run does not populate from the cache within 30 s.
//   build/<preset>/tests/bench/bench_gui_start [runs] [path/to/gaap-capacity]   (default 10 runs, the
//                                                                                 gaap-capacity of this build)
// How: an in-process fake GAAP server; a throw-away home (settings, data, cache) with the last choice
// of an origin region seeded, as a returning operator has it; the Environment profile (the fake data's
// demo key in TENCENTCLOUD_SECRET_ID / _KEY, no keychain); QT_QPA_PLATFORM=offscreen. A warm-up run
// fills the region cache from the server (its time is shown for reference), then each measured run is
// timed from QProcess::start() to the program's own "window populated" line (category gaap.ui, debug)
// on stderr. The peak resident set size (VmHWM) is read from /proc at that moment (Linux only).
#include "core/common/gaapversion.h"
#include "core/credentials/profileregistry.h"
#include "core/session/regioncache.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "support/fakegaapserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto PopulateTimeout = 30s;
constexpr int StopTimeoutMs = 5000;
constexpr QByteArrayView PopulatedMarker = "window populated:";

// One start of the program, up to its populated window.
struct GuiStart
{
    double milliseconds = 0;
    std::optional<qint64> peakKiB; // nullopt where /proc is absent
    QString populatedLine;         // "... window populated: 12 origin regions, 9 access regions, from cache"

    [[nodiscard]] bool fromCache() const { return populatedLine.endsWith(u"from cache"_s); }
};

// Linux only: the peak resident set size (VmHWM, kB) of a running process, from /proc/<pid>/status.
std::optional<qint64> peakResidentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    // Not atEnd(): /proc files report a size of 0.
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (!line.startsWith("VmHWM:"))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(6).simplified().split(' ').value(0).toLongLong(&ok); // "\t   51234 kB"
        return ok ? std::optional<qint64>(kib) : std::nullopt;
    }
    return std::nullopt;
}

// The settings, data and cache of this process and of the program it starts go to `home`, so the
// seeding and the cache check below use the product's own classes and paths.
void useThrowAwayHome(const QString &home)
{
    for (const auto &[variable, folder] : {std::pair{"HOME", ""}, std::pair{"XDG_CONFIG_HOME", "/config"},
                                           std::pair{"XDG_DATA_HOME", "/data"}, std::pair{"XDG_CACHE_HOME", "/cache"}})
        qputenv(variable, QFile::encodeName(home + QLatin1String(folder)));
    QCoreApplication::setOrganizationName(QStringLiteral(GAAP_ORGANIZATION_NAME));
    QCoreApplication::setApplicationName(u"gaap-capacity"_s);
}

// A returning operator: the Environment profile remembers `origin`, so the window loads its access regions.
void rememberOrigin(const QString &origin)
{
    const auto settings = AppSettings::open();
    Preferences(settings.get()).setLastSelections(ProfileRegistry::environmentProfileName(), {{u"origin"_s, origin}});
}

QProcessEnvironment programEnvironment(const FakeCredential &credential)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // with the throw-away home
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"gaap.ui.debug=true"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, credential.secretId);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, credential.secretKey);
    environment.remove(u"TENCENTCLOUD_TOKEN"_s);
    environment.remove(u"QT_MESSAGE_PATTERN"_s); // the default pattern ends the line with the message
    return environment;
}

void stopPolitely(QProcess &program)
{
    if (program.state() == QProcess::NotRunning)
        return;
    program.terminate();
    if (!program.waitForFinished(StopTimeoutMs)) {
        program.kill();
        program.waitForFinished(StopTimeoutMs);
    }
}

// Starts the program and waits (in an event loop, which also runs the fake server) for its
// "window populated" line; then stops it. nullopt, with `error` set, when it did not get there.
std::optional<GuiStart> startUntilPopulated(QProcess &program, QString *error)
{
    QEventLoop loop;
    QElapsedTimer clock;
    std::optional<GuiStart> start;
    QByteArray unfinishedLine;
    QByteArray lastLines; // the program's own words, for the error message
    QObject::connect(&program, &QProcess::readyReadStandardError, &loop, [&] {
        unfinishedLine += program.readAllStandardError();
        for (qsizetype end = unfinishedLine.indexOf('\n'); end >= 0; end = unfinishedLine.indexOf('\n')) {
            const QByteArray line = unfinishedLine.left(end);
            unfinishedLine.remove(0, end + 1);
            if (!line.contains(PopulatedMarker)) {
                lastLines.append(line).append('\n');
                lastLines = lastLines.right(2000);
                continue;
            }
            start = GuiStart{static_cast<double>(clock.nsecsElapsed()) / 1e6, peakResidentKiB(program.processId()),
                             QString::fromUtf8(line.trimmed())};
            loop.quit();
            return;
        }
    });
    QObject::connect(&program, &QProcess::finished, &loop, [&] {
        *error = u"gaap-capacity exited before its window was populated"_s;
        loop.quit();
    });
    QObject::connect(&program, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError failure) {
        if (failure != QProcess::FailedToStart)
            return;
        *error = u"cannot start "_s + program.program() + u": "_s + program.errorString();
        loop.quit();
    });
    QTimer::singleShot(PopulateTimeout, &loop, [&] {
        *error = u"the window was not populated within %1 s"_s.arg(PopulateTimeout.count());
        loop.quit();
    });
    clock.start();
    program.start();
    loop.exec();
    QObject::disconnect(&program, nullptr, &loop, nullptr); // stopping it is not an error
    stopPolitely(program);
    if (!start && !lastLines.isEmpty())
        *error += u"; its last output:\n"_s + QString::fromLocal8Bit(lastLines);
    return start;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double largest(const std::vector<double> &values)
{
    return *std::max_element(values.begin(), values.end());
}

QString mebibytes(double kib)
{
    return QString::number(kib / 1024, 'f', 1) + u" MiB"_s;
}

QString peakText(const std::optional<qint64> &kib)
{
    return kib ? mebibytes(static_cast<double>(*kib)) : u"n/a"_s;
}

// "peak RSS median 33.2 MiB (max 34.8 MiB)"; n/a unless every run had its peak read.
QString peakSummary(const std::vector<double> &peakKiBs, size_t runs)
{
    if (peakKiBs.size() != runs)
        return u"peak RSS n/a (no /proc)"_s;
    return u"peak RSS median %1 (max %2)"_s.arg(mebibytes(median(peakKiBs)), mebibytes(largest(peakKiBs)));
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_gui_start: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    const QString executable = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(GAAP_CAPACITY_EXECUTABLE);

    QTemporaryDir home;
    FakeGaapServer server;
    if (!home.isValid() || server.listenOnLoopback() == 0)
        return fail(u"cannot make a temporary home or listen on loopback"_s);
    useThrowAwayHome(home.path());
    rememberOrigin(server.data().accessRegions().constFirst().destRegions.constFirst());

    QProcess program;
    program.setProgram(executable);
    program.setArguments({u"--endpoint"_s, server.url().toString()});
    program.setProcessEnvironment(programEnvironment(server.demoCredential()));
    program.setStandardOutputFile(QProcess::nullDevice());

    // Warm-up: regions from the fake server, written to the cache; the OS file cache is warm after it.
    QString error;
    const std::optional<GuiStart> first = startUntilPopulated(program, &error);
    if (!first)
        return fail(u"warm-up run: "_s + error);
    const QStringList cached = QDir(RegionCache().directory()).entryList(QDir::Files);
    if (cached.size() < 2)
        return fail(
            u"the warm-up run left %1 region cache files, not the origin and the access list"_s.arg(cached.size()));

    std::vector<double> milliseconds;
    std::vector<double> peakKiBs;
    QString lastLine;
    for (int run = 1; run <= runs; ++run) {
        const std::optional<GuiStart> start = startUntilPopulated(program, &error);
        if (!start)
            return fail(u"run %1: "_s.arg(run) + error);
        if (!start->fromCache())
            return fail(u"run %1 did not use the region cache: "_s.arg(run) + start->populatedLine);
        milliseconds.push_back(start->milliseconds);
        lastLine = start->populatedLine;
        if (start->peakKiB)
            peakKiBs.push_back(static_cast<double>(*start->peakKiB));
    }

    std::printf("gui cold start: first run (empty region cache, regions from the fake server) %.0f ms, peak RSS %s\n",
                first->milliseconds, qPrintable(peakText(first->peakKiB)));
    std::printf("gui cold start: %d runs, to a populated window (cached regions) median %.0f ms (max %.0f ms), %s\n",
                runs, median(milliseconds), largest(milliseconds),
                qPrintable(peakSummary(peakKiBs, milliseconds.size())));
    std::printf("  platform plugin: offscreen (QT_QPA_PLATFORM); OS file cache warm (after the warm-up run); %s\n",
                qPrintable(lastLine.mid(lastLine.indexOf(u"window populated:"_s))));
    return 0;
}
