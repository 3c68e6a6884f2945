#include "cli/cliwatchcommand.h"

#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "cli/cliparser.h"
#include "cli/clirunner.h"
#include "core/common/csvtext.h"
#include "core/history/historyrecording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

CliCommandSpec CliWatchCommand::spec()
{
    return {CliInvocation::Command::Watch,
            "watch",
            QT_TRANSLATE_NOOP("CliParser",
                              "Check a connection again and again (CheckProxyCreate) and print each change of the "
                              "answer; or, with --min-bandwidth and --min-concurrent instead of --access-region, "
                              "--bandwidth and --concurrent, search every access region serving the origin again and "
                              "again (as find does, without prices). Exit code 0 as soon as it can be created; 1 when "
                              "--max-time passes first."),
            "  gaap-capacity-cli watch --origin-region SouthChina --access-region Hongkong --bandwidth 100 "
            "--concurrent 10\n"
            "  gaap-capacity-cli watch --origin-region SouthChina --access-region Hongkong --bandwidth 100 "
            "--concurrent 10 --interval 60 --max-time 3600 && echo 'order it now'\n"
            "  gaap-capacity-cli watch --origin-region SouthChina --min-bandwidth 50 --min-concurrent 5 "
            "--output json\n",
            CliOptions::connection(CliConnection::optionNames()
                                   + QStringList{QStringLiteral("group-id"), QStringLiteral("min-bandwidth"),
                                                 QStringLiteral("min-concurrent"), QStringLiteral("interval"),
                                                 QStringLiteral("max-time")}),
            &parse,
            &run};
}

CliWatchCommand::CliWatchCommand(CliRunner &runner)
    : QObject(&runner)
    , m_runner(runner)
{
}

CliWatchCommand::~CliWatchCommand() = default;

void CliWatchCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    invocation.watchSearch =
        arguments.isSet(QStringLiteral("min-bandwidth")) || arguments.isSet(QStringLiteral("min-concurrent"));
    if (invocation.watchSearch) {
        for (const QString &single : {QStringLiteral("access-region"), QStringLiteral("bandwidth"),
                                      QStringLiteral("concurrent"), QStringLiteral("group-id")}) {
            if (arguments.isSet(single))
                arguments.fail(CliParser::tr("--%1 is for watching one connection; with --min-bandwidth and "
                                             "--min-concurrent the watch searches every access region serving the "
                                             "origin. Give one or the other.")
                                   .arg(single));
        }
        CliConnection::readRequirement(arguments, invocation, QStringLiteral("watch"));
    } else {
        CliConnection::readSingleConnection(arguments, invocation, QStringLiteral("watch"));
    }
    invocation.watchInterval = CapacityWatch::DefaultInterval;
    if (arguments.isSet(QStringLiteral("interval"))) {
        const qint64 seconds = arguments.positiveInteger(QStringLiteral("interval"));
        if (seconds < CapacityWatch::MinimumInterval.count())
            arguments.fail(CliParser::tr("--interval must be at least %1 seconds (got %2): Tencent Cloud is asked "
                                         "for every check.")
                               .arg(CapacityWatch::MinimumInterval.count())
                               .arg(seconds));
        invocation.watchInterval = std::chrono::seconds(seconds);
    }
    if (arguments.isSet(QStringLiteral("max-time")))
        invocation.watchMaxTime = std::chrono::seconds(arguments.positiveInteger(QStringLiteral("max-time")));
    if (!invocation.watchSearch)
        CliConnection::validate(arguments, invocation.check);
}

void CliWatchCommand::run(CliRunner &runner)
{
    auto *command = new CliWatchCommand(runner);
    const CliInvocation &invocation = runner.invocation();
    if (invocation.watchSearch)
        return command->start(
            std::make_unique<CapacityWatch>(&runner.api(), invocation.find, invocation.watchInterval));
    CliConnection::withOfferedRegion(runner, [command, &runner](const AccessRegionDetail &offered) {
        auto watch = std::make_unique<CapacityWatch>(&runner.api(), runner.invocation().check,
                                                     runner.invocation().watchInterval);
        watch->setOfferedRegion(offered);
        command->start(std::move(watch));
    });
}

void CliWatchCommand::start(std::unique_ptr<CapacityWatch> watch)
{
    const CliInvocation &invocation = m_runner.invocation();
    m_watch = std::move(watch);
    connect(m_watch.get(), &CapacityWatch::answered, this, &CliWatchCommand::answered);
    connect(m_watch.get(), &CapacityWatch::changed, this, &CliWatchCommand::print);
    if (invocation.watchMaxTime)
        QTimer::singleShot(*invocation.watchMaxTime, this, &CliWatchCommand::timeUp);
    m_watch->start();
}

void CliWatchCommand::answered(const WatchAnswer &answer)
{
    record(answer);
    if (cannotWatch(answer)) {
        m_watch->stop();
        if (answer.state == WatchAnswer::State::Failed)
            return m_runner.fail(answer.error);
        const Requirement &r = *m_watch->requirement();
        return m_runner.fail(ExitCode::UsageError,
                             CliRunner::tr("No access region serving %1 offers at least %2 Mbps and %3 × 10,000 "
                                           "connections, so there is nothing to watch; find lists what each one "
                                           "offers.")
                                 .arg(r.originRegion)
                                 .arg(r.minBandwidth)
                                 .arg(r.minConcurrent));
    }

    if (answer.state == WatchAnswer::State::CanCreate) {
        m_watch->stop(); // printed by changed(): it was "cannot" or a failure before, or the first answer
        return m_runner.end(ExitCode::Success);
    }
    if (answer.state != WatchAnswer::State::Failed) {
        m_failuresInARow = 0;
        return;
    }
    const ExitCode code = exitCodeFor(answer.error);
    if (code == ExitCode::NetworkFailure || answer.error.refusedBeforeSending()) {
        m_failuresInARow = answer.error.refusedBeforeSending() ? PersistentFailures : 0;
        if (m_failuresInARow == 0)
            return;
    } else if (++m_failuresInARow < PersistentFailures) {
        return;
    }
    m_watch->stop();
    m_runner.fail(answer.error);
}

void CliWatchCommand::record(const WatchAnswer &answer)
{
    // Profile and endpoint are filled in by record().
    QList<HistoryEntry> entries =
        HistoryRecording::fromWatch(m_watch->request(), m_watch->requirement(), answer, QString(), Endpoint::china());
    for (HistoryEntry &entry : entries) {
        entry.source = QStringLiteral("cli");
        m_runner.record(entry);
    }
}

bool CliWatchCommand::cannotWatch(const WatchAnswer &answer) const
{
    if (!m_watch->isSearch())
        return false;
    // The access regions could not be listed at the first search, and not for the network (an unknown origin, a
    // key without rights): as when one connection is watched, that ends the watch before it starts.
    if (answer.state == WatchAnswer::State::Failed)
        return m_watch->checks() == 1 && answer.candidates.isEmpty()
               && exitCodeFor(answer.error) != ExitCode::NetworkFailure;
    // No access region offers that much: nothing was checked, nothing will be.
    return answer.state == WatchAnswer::State::CannotCreate
           && std::none_of(answer.candidates.cbegin(), answer.candidates.cend(), [](const SearchCandidate &c) {
                  return c.state == SearchCandidate::State::CanCreate || c.state == SearchCandidate::State::CannotCreate
                         || c.state == SearchCandidate::State::Failed;
              });
}

void CliWatchCommand::print(const WatchAnswer &answer)
{
    if (cannotWatch(answer))
        return; // answered() ends the watch with a message instead
    const bool search = m_watch->isSearch();
    const QString time = answer.checkedAt.toUTC().toString(Qt::ISODate);
    switch (m_runner.invocation().output) {
    case OutputFormat::Json: {
        QJsonObject line{{QStringLiteral("CheckedAt"), time},
                         {QStringLiteral("Result"), answer.resultWord()},
                         {QStringLiteral("ErrorCode"), answer.error.code()},
                         {QStringLiteral("RequestId"), answer.requestId}};
        if (search) {
            QJsonArray regions;
            for (const CheckRequest &c : answer.creatable)
                regions.append(QJsonObject{{QStringLiteral("AccessRegion"), c.accessRegion},
                                           {QStringLiteral("Bandwidth"), c.bandwidth},
                                           {QStringLiteral("Concurrent"), c.concurrent}});
            line.insert(QStringLiteral("AccessRegions"), regions);
        }
        writeTo(stdout, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        break;
    }
    case OutputFormat::Csv: {
        QStringList header{QStringLiteral("CheckedAt"), QStringLiteral("Result"), QStringLiteral("ErrorCode"),
                           QStringLiteral("RequestId")};
        QStringList row{time, answer.resultWord(), answer.error.code(), answer.requestId};
        if (search) {
            // AccessRegion:Bandwidth:Concurrent of each, separated by semicolons.
            QStringList regions;
            for (const CheckRequest &c : answer.creatable)
                regions.append(QStringLiteral("%1:%2:%3").arg(c.accessRegion).arg(c.bandwidth).arg(c.concurrent));
            header.append(QStringLiteral("AccessRegions"));
            row.append(regions.join(u';'));
        }
        if (!std::exchange(m_headerPrinted, true))
            writeTo(stdout, CsvText::line(header));
        writeTo(stdout, CsvText::line(row));
        break;
    }
    case OutputFormat::Table: {
        const QString local = answer.checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString requestId = answer.requestId.isEmpty() ? QStringLiteral("-") : answer.requestId;
        const QString text = tableText(answer);
        writeTo(stdout, search && answer.state != WatchAnswer::State::Failed
                            ? QStringLiteral("%1  %2\n").arg(local, text)
                            : QStringLiteral("%1  %2  RequestId %3\n").arg(local, text, requestId));
        break;
    }
    }
}

QString CliWatchCommand::tableText(const WatchAnswer &answer) const
{
    if (answer.state == WatchAnswer::State::Failed)
        return CliRunner::tr("check failed: %1 (%2)").arg(answer.error.title(), answer.error.code());
    if (!m_watch->isSearch())
        return answer.state == WatchAnswer::State::CanCreate ? CliRunner::tr("can be created")
                                                             : CliRunner::tr("cannot be created");
    QStringList regions;
    for (const CheckRequest &c : answer.creatable)
        regions.append(CliRunner::tr("%1 (%2 Mbps × %3)").arg(c.accessRegion).arg(c.bandwidth).arg(c.concurrent));
    const auto failed =
        std::count_if(answer.candidates.cbegin(), answer.candidates.cend(),
                      [](const SearchCandidate &c) { return c.state == SearchCandidate::State::Failed; });
    QString text = regions.isEmpty() ? CliRunner::tr("no access region can serve it")
                                     : CliRunner::tr("can be created in %n access region(s): %1", nullptr,
                                                     static_cast<int>(regions.size()))
                                           .arg(regions.join(CliRunner::tr(", ")));
    if (failed > 0)
        text += CliRunner::tr(" (%n check(s) failed)", nullptr, static_cast<int>(failed));
    return text;
}

void CliWatchCommand::timeUp()
{
    if (!m_watch || !m_watch->isRunning())
        return;
    m_watch->stop();
    const std::optional<WatchAnswer> &last = m_watch->lastAnswer();
    const qint64 seconds = m_runner.invocation().watchMaxTime->count();
    if (last && last->state == WatchAnswer::State::Failed)
        return m_runner.fail(exitCodeFor(last->error),
                             CliRunner::tr("--max-time (%1 s) passed; the last check failed: %2")
                                 .arg(seconds)
                                 .arg(last->error.describe()));
    if (m_watch->isSearch())
        return m_runner.fail(ExitCode::CannotCreate,
                             CliRunner::tr("--max-time (%1 s) passed and still no access region can serve it (%n "
                                           "search(es)).",
                                           nullptr, m_watch->checks())
                                 .arg(seconds));
    m_runner.fail(ExitCode::CannotCreate,
                  CliRunner::tr("--max-time (%1 s) passed and the connection still cannot be created (%n check(s)).",
                                nullptr, m_watch->checks())
                      .arg(seconds));
}
