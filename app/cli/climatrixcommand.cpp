#include "cli/climatrixcommand.h"

#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/climatrix.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitable.h"
#include "cli/terminalinput.h"
#include "core/gaap/gaapcall.h"
#include "core/history/historyrecording.h"
#include "core/history/resultexport.h"

#include <algorithm>

namespace {

// The values in `wanted` that none of `regions` offers; `offered` gets what they do offer, sorted.
QList<qint64> unoffered(const QList<qint64> &wanted, const QList<AccessRegionDetail> &regions,
                        QList<qint64> AccessRegionDetail::*list, QList<qint64> &offered)
{
    for (const AccessRegionDetail &region : regions) {
        for (const qint64 value : region.*list) {
            if (!offered.contains(value))
                offered.append(value);
        }
    }
    std::sort(offered.begin(), offered.end());
    QList<qint64> missing;
    for (const qint64 value : wanted) {
        if (!offered.contains(value))
            missing.append(value);
    }
    return missing;
}

QString joined(const QList<qint64> &values)
{
    QStringList parts;
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.join(QStringLiteral(", "));
}

} // namespace

CliCommandSpec CliMatrixCommand::spec()
{
    return {CliInvocation::Command::Matrix,
            "matrix",
            QT_TRANSLATE_NOOP("CliParser", "Check every access region x bandwidth x concurrency an origin region "
                                           "offers, or a subset (CheckProxyCreate for each cell)."),
            "  gaap-capacity-cli matrix --origin-region SouthChina\n"
            "  gaap-capacity-cli matrix --origin-region SouthChina --access-region Hongkong --access-region Japan\n"
            "  gaap-capacity-cli matrix --origin-region EastChina --access-region Japan --bandwidth 10,50 "
            "--concurrent 2 --network-type cn2 --output csv > matrix.csv\n",
            CliOptions::connection(CliConnection::optionNames()),
            &parse,
            &run,
            true,
            &CliMatrix::helpNotes};
}

CliMatrixCommand::CliMatrixCommand(CliRunner &runner)
    : QObject(&runner)
    , m_runner(runner)
{
}

CliMatrixCommand::~CliMatrixCommand() = default;

void CliMatrixCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    arguments.require({QStringLiteral("origin-region")}, QStringLiteral("matrix"));
    CliConnection::readConnection(arguments, invocation);
    invocation.matrixAccessRegions = arguments.listValues(QStringLiteral("access-region"));
    invocation.matrixBandwidths = positiveIntegers(arguments, QStringLiteral("bandwidth"));
    invocation.matrixConcurrents = positiveIntegers(arguments, QStringLiteral("concurrent"));
    CliConnection::validate(arguments, invocation.accessRegions);
}

// Repeated or comma-separated positive whole numbers, each once.
QList<qint64> CliMatrixCommand::positiveIntegers(CliArguments &arguments, const QString &name)
{
    QList<qint64> out;
    for (const QString &text : arguments.listValues(name)) {
        const std::optional<qint64> value = CliArguments::toPositive(text);
        if (!value)
            arguments.fail(CliMatrix::tr("--%1 must be a positive whole number (got \"%2\").").arg(name, text));
        else if (!out.contains(*value))
            out.append(*value);
    }
    return out;
}

void CliMatrixCommand::run(CliRunner &runner)
{
    auto *command = new CliMatrixCommand(runner);
    AccessRegionsCall *call = runner.api().accessRegions(runner.invocation().accessRegions);
    runner.whenAnswered(call, [command, call] { command->choose(call->regions()); });
}

void CliMatrixCommand::choose(const QList<AccessRegionDetail> &offered)
{
    const QStringList wanted = m_runner.invocation().matrixAccessRegions;
    QStringList available;
    QList<AccessRegionDetail> chosen;
    for (const AccessRegionDetail &region : offered) {
        available.append(region.regionId);
        if (wanted.isEmpty() && region.isUsable())
            chosen.append(region);
        else if (wanted.isEmpty())
            writeError(
                CliRunner::tr("warning: access region \"%1\" is left out: the server's entry cannot be used (%2).")
                    .arg(region.regionId, region.problem));
    }
    QStringList unknown;
    for (const QString &id : wanted) {
        const qsizetype at = available.indexOf(id);
        if (at < 0)
            unknown.append(id);
        else if (!offered.at(at).isUsable())
            return m_runner.failUsage(CliRunner::tr("The server's entry for access region %1 cannot be used (%2). "
                                                    "Choose another access region, or try again later.")
                                          .arg(id, offered.at(at).problem));
        else
            chosen.append(offered.at(at));
    }
    const QString origin = m_runner.invocation().accessRegions.originRegion;
    if (!unknown.isEmpty())
        return m_runner.failUsage(CliConnection::notServing(unknown.join(QStringLiteral("\", \"")), origin, available));
    if (chosen.isEmpty())
        return m_runner.failUsage(CliRunner::tr("No access region serves origin region \"%1\" with these "
                                                "options.")
                                      .arg(origin));
    start(chosen);
}

QString CliMatrixCommand::unofferedProblem(const QList<AccessRegionDetail> &chosen) const
{
    const CliInvocation &invocation = m_runner.invocation();
    QList<qint64> bandwidths;
    QList<qint64> concurrents;
    const QList<qint64> missingBandwidths =
        unoffered(invocation.matrixBandwidths, chosen, &AccessRegionDetail::bandwidthList, bandwidths);
    const QList<qint64> missingConcurrents =
        unoffered(invocation.matrixConcurrents, chosen, &AccessRegionDetail::concurrentList, concurrents);
    if (!missingBandwidths.isEmpty())
        return CliRunner::tr("--bandwidth %1 is not offered by the chosen access "
                             "regions; they offer: %2.")
            .arg(joined(missingBandwidths), joined(bandwidths));
    if (!missingConcurrents.isEmpty())
        return CliRunner::tr("--concurrent %1 is not offered by the chosen access "
                             "regions; they offer: %2.")
            .arg(joined(missingConcurrents), joined(concurrents));
    return {};
}

void CliMatrixCommand::start(const QList<AccessRegionDetail> &chosen)
{
    if (const QString problem = unofferedProblem(chosen); !problem.isEmpty())
        return m_runner.failUsage(problem);
    const CliInvocation &invocation = m_runner.invocation();
    MatrixRequest request;
    request.originRegion = invocation.accessRegions.originRegion;
    request.ipVersion = invocation.accessRegions.ipVersion;
    request.packageType = invocation.accessRegions.packageType;
    request.networkType = invocation.check.networkType;
    request.accessRegions = chosen;
    request.bandwidths = invocation.matrixBandwidths;
    request.concurrents = invocation.matrixConcurrents;
    m_matrix = std::make_unique<MatrixRun>(&m_runner.api(), request);
    if (m_matrix->totalCount() == 0)
        return m_runner.failUsage(
            CliRunner::tr("The chosen access regions offer none of these bandwidth and concurrency combinations."));

    connect(m_matrix.get(), &MatrixRun::cellChanged, this, &CliMatrixCommand::recordCell);
    if (TerminalInput::stderrIsTerminal()) {
        connect(m_matrix.get(), &MatrixRun::progress, this, &CliMatrixCommand::showProgress);
        showProgress(0, m_matrix->totalCount());
    }
    connect(m_matrix.get(), &MatrixRun::finished, this, &CliMatrixCommand::finish, Qt::QueuedConnection);
    m_runner.setInterruptHandler([this] {
        m_interrupted = true;
        m_matrix->cancel(); // no more requests; finished() prints what was answered
    });
    m_matrix->start();
}

void CliMatrixCommand::recordCell(int index)
{
    const MatrixCell &cell = m_matrix->cells().at(index);
    if (!cell.isDone())
        return;
    // Profile and endpoint are filled in by record().
    m_runner.record(HistoryRecording::fromCell(m_matrix->request(), cell, QString(), Endpoint::china()));
}

void CliMatrixCommand::showProgress(int done, int total)
{
    const QString line = CliMatrix::progressLine(done, total, m_matrix->eta());
    const int width = CliTable::displayWidth(line);
    const int blank = std::max(0, m_progressWidth - width);
    m_progressWidth = width;
    writeTo(stderr, u'\r' + line + QString(blank, u' '));
}

void CliMatrixCommand::finish()
{
    if (m_progressWidth > 0)
        writeTo(stderr, u'\r' + QString(m_progressWidth, u' ') + u'\r');
    const MatrixRequest &request = m_matrix->request();
    const QList<MatrixCell> &cells = m_matrix->cells();
    switch (m_runner.invocation().output) {
    case OutputFormat::Json: writeTo(stdout, ResultExport::matrixJson(request, cells)); break;
    case OutputFormat::Csv: writeTo(stdout, ResultExport::matrixCsv(request, cells)); break;
    case OutputFormat::Table: writeTo(stdout, CliMatrix::text(request, cells, m_matrix->summaries())); break;
    }
    if (m_interrupted) {
        writeError(CliRunner::tr("Interrupted: %1 of %n cell(s) answered; the answered ones are in the history "
                                 "(gaap-capacity-cli history). The cells not answered are marked pending.",
                                 nullptr, m_matrix->totalCount())
                       .arg(m_matrix->doneCount()));
        return m_runner.end(ExitCode::Interrupted);
    }
    const ExitCode code = CliMatrix::exitCode(cells);
    if (code == ExitCode::Success)
        return m_runner.end(code);
    m_runner.fail(code, failureSummary());
}

QString CliMatrixCommand::failureSummary() const
{
    const QList<MatrixCell> &cells = m_matrix->cells();
    const auto isError = [](const MatrixCell &cell) { return cell.state == MatrixCell::State::Error; };
    const qsizetype count = cells.size() - m_matrix->doneCount() + std::count_if(cells.cbegin(), cells.cend(), isError);
    QString message = CliRunner::tr("%1 of %n check(s) failed.", nullptr, static_cast<int>(cells.size())).arg(count);
    const auto failed = std::find_if(cells.cbegin(), cells.cend(), isError);
    if (failed != cells.cend())
        message += u' '
                   + CliRunner::tr("First failure (%1, %2 Mbps, concurrency %3): %4")
                         .arg(failed->accessRegion)
                         .arg(failed->bandwidth)
                         .arg(failed->concurrent)
                         .arg(failed->error.describe());
    return message;
}
