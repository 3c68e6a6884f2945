#include "cli/clifindcommand.h"

#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitable.h"
#include "core/history/historyrecording.h"
#include "core/session/searchexport.h"
#include "core/session/searchtext.h"

#include <algorithm>

CliCommandSpec CliFindCommand::spec()
{
    return {CliInvocation::Command::Find,
            "find",
            QT_TRANSLATE_NOOP("CliParser",
                              "Find the access regions that can serve at least a bandwidth and a concurrency from an "
                              "origin region, cheapest first (CheckProxyCreate and InquiryPriceCreateProxy for each). "
                              "Exit code 0: at least one can be created; 1: none can."),
            "  gaap-capacity-cli find --origin-region SouthChina --min-bandwidth 50 --min-concurrent 5\n"
            "  gaap-capacity-cli find --origin-region Hongkong --min-bandwidth 10 --min-concurrent 2 "
            "--billing-type traffic --output json\n",
            CliOptions::connection({QStringLiteral("origin-region"), QStringLiteral("min-bandwidth"),
                                    QStringLiteral("min-concurrent"), QStringLiteral("billing-type"),
                                    QStringLiteral("ip-version"), QStringLiteral("package-type"),
                                    QStringLiteral("network-type")}),
            &parse,
            &run};
}

CliFindCommand::CliFindCommand(CliRunner &runner)
    : QObject(&runner)
    , m_runner(runner)
{
}

CliFindCommand::~CliFindCommand() = default;

void CliFindCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    CliConnection::readRequirement(arguments, invocation, QStringLiteral("find"));
    invocation.find.billing = CliConnection::readBilling(arguments);
}

void CliFindCommand::run(CliRunner &runner)
{
    (new CliFindCommand(runner))->start();
}

void CliFindCommand::start()
{
    m_search = std::make_unique<RequirementSearch>(&m_runner.api(), m_runner.invocation().find);
    connect(m_search.get(), &RequirementSearch::checkAnswered, this, &CliFindCommand::recordCheck);
    connect(m_search.get(), &RequirementSearch::finished, this, &CliFindCommand::finish, Qt::QueuedConnection);
    m_runner.setInterruptHandler([this] {
        m_interrupted = true;
        m_search->cancel(); // no more requests; finished() prints what was answered
    });
    m_search->start();
}

void CliFindCommand::recordCheck(int index)
{
    // Profile and endpoint are filled in by record().
    std::optional<HistoryEntry> entry = HistoryRecording::fromCandidate(
        m_search->requirement(), m_search->candidates().at(index), QString(), Endpoint::china());
    if (!entry)
        return;
    entry->source = QStringLiteral("cli");
    m_runner.record(*entry);
}

CliTable CliFindCommand::table(const RequirementSearch &search)
{
    CliTable out;
    out.header = QStringList{CliRunner::tr("#"),           CliRunner::tr("Access region"), CliRunner::tr("Bandwidth"),
                             CliRunner::tr("Concurrency"), CliRunner::tr("Answer"),        CliRunner::tr("Daily cost"),
                             CliRunner::tr("Note")};
    int rank = 0;
    for (const int index : search.ranked()) {
        const SearchCandidate &c = search.candidates().at(index);
        out.rows.append({QString::number(++rank),
                         c.region.regionName.isEmpty()
                             ? c.region.regionId
                             : CliRunner::tr("%1 (%2)").arg(c.region.regionName, c.region.regionId),
                         c.bandwidth ? CliRunner::tr("%1 Mbps").arg(*c.bandwidth) : QStringLiteral("-"),
                         c.concurrent ? CliRunner::tr("%1 × 10,000").arg(*c.concurrent) : QStringLiteral("-"),
                         SearchText::answer(c), SearchText::dailyCost(search.requirement(), c),
                         SearchText::note(search.requirement(), c)});
    }
    return out;
}

void CliFindCommand::finish()
{
    if (!m_search->error().isNone() && !m_interrupted)
        return m_runner.fail(m_search->error());
    switch (m_runner.invocation().output) {
    case OutputFormat::Json: writeTo(stdout, SearchExport::json(*m_search)); break;
    case OutputFormat::Csv: writeTo(stdout, SearchExport::csv(*m_search)); break;
    case OutputFormat::Table: writeTo(stdout, table(*m_search).toText()); break;
    }
    if (const QStringList currencies = m_search->currencies(); currencies.size() > 1)
        writeError(CliRunner::tr("warning: the prices are in %1; they are ranked within each currency, not against "
                                 "each other.")
                       .arg(currencies.join(QStringLiteral(", "))));
    if (m_interrupted) {
        writeError(CliRunner::tr("Interrupted: %1 of %n access region(s) answered; the answered checks are in the "
                                 "history (gaap-capacity-cli history).",
                                 nullptr, static_cast<int>(m_search->candidates().size()))
                       .arg(m_search->doneCount()));
        return m_runner.end(ExitCode::Interrupted);
    }
    if (m_search->canCreateAny())
        return m_runner.end(ExitCode::Success);
    const QList<SearchCandidate> &candidates = m_search->candidates();
    const auto failed = std::find_if(candidates.cbegin(), candidates.cend(), [](const SearchCandidate &c) {
        return c.state == SearchCandidate::State::Failed;
    });
    if (failed != candidates.cend())
        return m_runner.fail(exitCodeFor(failed->error),
                             CliRunner::tr("No access region can be created as far as the answers go, and a check "
                                           "failed (%1): %2")
                                 .arg(failed->region.regionId, failed->error.describe()));
    const Requirement &r = m_search->requirement();
    m_runner.fail(ExitCode::CannotCreate,
                  CliRunner::tr("No access region serving %1 can be created with at least %2 Mbps and %3 × 10,000 "
                                "connections now. Ask for less, or try another origin region.")
                      .arg(r.originRegion)
                      .arg(r.minBandwidth)
                      .arg(r.minConcurrent));
}
