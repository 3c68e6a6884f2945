#include "cli/cliwatchcommand.h"

#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "cli/cliparser.h"
#include "cli/clirunner.h"
#include "core/common/csvtext.h"
#include "core/history/historyrecording.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

CliCommandSpec CliWatchCommand::spec()
{
    return {CliInvocation::Command::Watch,
            "watch",
            QT_TRANSLATE_NOOP("CliParser",
                              "Check a connection again and again (CheckProxyCreate) and print each change of the "
                              "answer. Exit code 0 as soon as it can be created; 1 when --max-time passes first."),
            "  gaap-capacity-cli watch --origin-region SouthChina --access-region Hongkong --bandwidth 100 "
            "--concurrent 10\n"
            "  gaap-capacity-cli watch --origin-region SouthChina --access-region Hongkong --bandwidth 100 "
            "--concurrent 10 --interval 60 --max-time 3600 && echo 'order it now'\n",
            CliOptions::connection(
                CliConnection::optionNames()
                + QStringList{QStringLiteral("group-id"), QStringLiteral("interval"), QStringLiteral("max-time")}),
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
    CliConnection::readSingleConnection(arguments, invocation, QStringLiteral("watch"));
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
    CliConnection::validate(arguments, invocation.check);
}

void CliWatchCommand::run(CliRunner &runner)
{
    auto *command = new CliWatchCommand(runner);
    CliConnection::withOfferedRegion(runner, [command](const AccessRegionDetail &offered) { command->start(offered); });
}

void CliWatchCommand::start(const AccessRegionDetail &offered)
{
    const CliInvocation &invocation = m_runner.invocation();
    m_watch = std::make_unique<CapacityWatch>(&m_runner.api(), invocation.check, invocation.watchInterval);
    m_watch->setOfferedRegion(offered);
    connect(m_watch.get(), &CapacityWatch::answered, this, &CliWatchCommand::answered);
    connect(m_watch.get(), &CapacityWatch::changed, this, &CliWatchCommand::print);
    if (invocation.watchMaxTime)
        QTimer::singleShot(*invocation.watchMaxTime, this, &CliWatchCommand::timeUp);
    m_watch->start();
}

void CliWatchCommand::answered(const WatchAnswer &answer)
{
    // Profile and endpoint are filled in by record().
    if (std::optional<HistoryEntry> entry =
            HistoryRecording::fromWatch(m_watch->request(), answer, QString(), Endpoint::china())) {
        entry->source = QStringLiteral("cli");
        m_runner.record(*entry);
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

void CliWatchCommand::print(const WatchAnswer &answer)
{
    const QString time = answer.checkedAt.toUTC().toString(Qt::ISODate);
    switch (m_runner.invocation().output) {
    case OutputFormat::Json: {
        const QJsonObject line{{QStringLiteral("CheckedAt"), time},
                               {QStringLiteral("Result"), answer.resultWord()},
                               {QStringLiteral("ErrorCode"), answer.error.code()},
                               {QStringLiteral("RequestId"), answer.requestId}};
        writeTo(stdout, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        break;
    }
    case OutputFormat::Csv:
        if (!std::exchange(m_headerPrinted, true))
            writeTo(stdout, CsvText::line({QStringLiteral("CheckedAt"), QStringLiteral("Result"),
                                           QStringLiteral("ErrorCode"), QStringLiteral("RequestId")}));
        writeTo(stdout, CsvText::line({time, answer.resultWord(), answer.error.code(), answer.requestId}));
        break;
    case OutputFormat::Table: {
        QString text;
        switch (answer.state) {
        case WatchAnswer::State::CanCreate: text = CliRunner::tr("can be created"); break;
        case WatchAnswer::State::CannotCreate: text = CliRunner::tr("cannot be created"); break;
        case WatchAnswer::State::Failed:
            text = CliRunner::tr("check failed: %1 (%2)").arg(answer.error.title(), answer.error.code());
            break;
        }
        const QString local = answer.checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        writeTo(stdout, QStringLiteral("%1  %2  RequestId %3\n")
                            .arg(local, text, answer.requestId.isEmpty() ? QStringLiteral("-") : answer.requestId));
        break;
    }
    }
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
    m_runner.fail(ExitCode::CannotCreate,
                  CliRunner::tr("--max-time (%1 s) passed and the connection still cannot be created (%n check(s)).",
                                nullptr, m_watch->checks())
                      .arg(seconds));
}
