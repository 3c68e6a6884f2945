#include "cli/clifindcommand.h"

#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitable.h"
#include "core/session/searchexport.h"

#include <algorithm>

namespace {

QString money(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QString::number(amount, 'f', 2), currency).trimmed();
}

QString largest(const QList<qint64> &values)
{
    return values.isEmpty() ? QStringLiteral("-") : QString::number(*std::max_element(values.cbegin(), values.cend()));
}

// Why a region is where it is in the ranking, for people.
QString note(const RequirementSearch &search, const SearchCandidate &c)
{
    const Requirement &r = search.requirement();
    switch (c.state) {
    case SearchCandidate::State::NotOffered:
        if (!c.bandwidth)
            return CliRunner::tr("offers at most %1 Mbps").arg(largest(c.region.bandwidthList));
        return CliRunner::tr("offers at most %1 × 10,000 connections").arg(largest(c.region.concurrentList));
    case SearchCandidate::State::Unusable:
        return CliRunner::tr("the server's entry cannot be used (%1)").arg(c.region.problem);
    case SearchCandidate::State::Failed: return c.error.describe();
    case SearchCandidate::State::CannotCreate: return CliRunner::tr("no capacity for this configuration now");
    case SearchCandidate::State::CanCreate:
        if (!c.quote && !c.priceError.isNone())
            return CliRunner::tr("price unavailable: %1").arg(c.priceError.code());
        if (c.quote && r.billing == PriceRequest::Billing::Traffic) {
            const std::optional<double> flow =
                c.quote->discountFlowUnitPrice ? c.quote->discountFlowUnitPrice : c.quote->flowUnitPrice;
            if (flow)
                return CliRunner::tr("plus %1 per GB of traffic").arg(money(*flow, c.quote->currency));
        }
        return {};
    case SearchCandidate::State::Waiting: break;
    }
    return CliRunner::tr("not answered");
}

QString answer(const SearchCandidate &c)
{
    switch (c.state) {
    case SearchCandidate::State::CanCreate: return CliRunner::tr("can be created");
    case SearchCandidate::State::CannotCreate: return CliRunner::tr("cannot be created");
    case SearchCandidate::State::NotOffered: return CliRunner::tr("not offered");
    case SearchCandidate::State::Failed: return CliRunner::tr("check failed");
    case SearchCandidate::State::Unusable: return CliRunner::tr("unusable");
    case SearchCandidate::State::Waiting: break;
    }
    return CliRunner::tr("pending");
}

} // namespace

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
    arguments.require(
        {QStringLiteral("origin-region"), QStringLiteral("min-bandwidth"), QStringLiteral("min-concurrent")},
        QStringLiteral("find"));
    CliConnection::readConnection(arguments, invocation);
    Requirement &requirement = invocation.find;
    requirement.originRegion = invocation.accessRegions.originRegion;
    requirement.ipVersion = invocation.accessRegions.ipVersion;
    requirement.packageType = invocation.accessRegions.packageType;
    requirement.networkType = invocation.check.networkType;
    requirement.minBandwidth = arguments.positiveInteger(QStringLiteral("min-bandwidth"));
    requirement.minConcurrent = arguments.positiveInteger(QStringLiteral("min-concurrent"));
    requirement.billing = CliConnection::readBilling(arguments);
    CliConnection::validate(arguments, invocation.accessRegions);
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
    const SearchCandidate &c = m_search->candidates().at(index);
    HistoryEntry entry;
    entry.checkedAt = c.checkedAt;
    entry.request = c.checkRequest(m_search->requirement());
    if (c.state == SearchCandidate::State::Failed) {
        if (c.error.refusedBeforeSending())
            return; // never sent: not a check
        entry.errorCode = c.error.code();
    } else {
        entry.canCreate = c.state == SearchCandidate::State::CanCreate;
    }
    entry.requestId = c.requestId;
    entry.source = QStringLiteral("cli");
    m_runner.record(entry);
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
        const std::optional<double> cost = c.dailyCost(search.requirement());
        out.rows.append({QString::number(++rank),
                         c.region.regionName.isEmpty()
                             ? c.region.regionId
                             : CliRunner::tr("%1 (%2)").arg(c.region.regionName, c.region.regionId),
                         c.bandwidth ? CliRunner::tr("%1 Mbps").arg(*c.bandwidth) : QStringLiteral("-"),
                         c.concurrent ? CliRunner::tr("%1 × 10,000").arg(*c.concurrent) : QStringLiteral("-"),
                         answer(c), cost ? money(*cost, c.quote->currency) : QStringLiteral("-"), note(search, c)});
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
