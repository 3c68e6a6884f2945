// CliRunner's matrix and history commands, and the recording of checks in the history.

#include "cli/clioutput.h"
#include "cli/climatrix.h"
#include "cli/clirunner.h"
#include "core/history/historyrecording.h"
#include "core/history/resultexport.h"
#include "cli/terminalinput.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>

namespace {

// The values in `wanted` that none of `regions` offers.
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

void CliRunner::runMatrix()
{
    AccessRegionsCall *call = m_api.accessRegions(m_invocation.accessRegions);
    connect(call, &GaapCall::finished, this, [this, call] {
        if (!call->isOk())
            return fail(call->error());
        const QStringList wanted = m_invocation.matrixAccessRegions;
        QStringList available;
        QList<AccessRegionDetail> chosen;
        for (const AccessRegionDetail &region : call->regions()) {
            available.append(region.regionId);
            if (wanted.isEmpty())
                chosen.append(region);
        }
        QStringList unknown;
        for (const QString &id : wanted) {
            const qsizetype at = available.indexOf(id);
            if (at < 0)
                unknown.append(id);
            else
                chosen.append(call->regions().at(at));
        }
        const QString origin = m_invocation.accessRegions.originRegion;
        const QString availableText = available.isEmpty() ? QStringLiteral("-") : available.join(QStringLiteral(", "));
        if (!unknown.isEmpty())
            return failUsage(tr("Access region \"%1\" does not serve origin region \"%2\" with these options. Access "
                                "regions that do: %3.")
                                 .arg(unknown.join(QStringLiteral("\", \"")), origin, availableText));
        if (chosen.isEmpty())
            return failUsage(tr("No access region serves origin region \"%1\" with these options.").arg(origin));
        startMatrix(chosen);
    });
}

void CliRunner::startMatrix(const QList<AccessRegionDetail> &offered)
{
    QList<qint64> bandwidths;
    QList<qint64> concurrents;
    const QList<qint64> missingBandwidths =
        unoffered(m_invocation.matrixBandwidths, offered, &AccessRegionDetail::bandwidthList, bandwidths);
    const QList<qint64> missingConcurrents =
        unoffered(m_invocation.matrixConcurrents, offered, &AccessRegionDetail::concurrentList, concurrents);
    if (!missingBandwidths.isEmpty())
        return failUsage(tr("--bandwidth %1 is not offered by the chosen access regions; they offer: %2.")
                             .arg(joined(missingBandwidths), joined(bandwidths)));
    if (!missingConcurrents.isEmpty())
        return failUsage(tr("--concurrent %1 is not offered by the chosen access regions; they offer: %2.")
                             .arg(joined(missingConcurrents), joined(concurrents)));

    MatrixRequest request;
    request.originRegion = m_invocation.accessRegions.originRegion;
    request.ipVersion = m_invocation.accessRegions.ipVersion;
    request.packageType = m_invocation.accessRegions.packageType;
    request.networkType = m_invocation.check.networkType;
    request.accessRegions = offered;
    request.bandwidths = m_invocation.matrixBandwidths;
    request.concurrents = m_invocation.matrixConcurrents;
    m_matrix = std::make_unique<MatrixRun>(&m_api, request);
    if (m_matrix->totalCount() == 0)
        return failUsage(tr("The chosen access regions offer none of these bandwidth and concurrency combinations."));

    const MatrixRun *run = m_matrix.get();
    connect(run, &MatrixRun::cellChanged, this, [this, run](int index) {
        const MatrixCell &cell = run->cells().at(index);
        if (!cell.isDone())
            return;
        // Profile and endpoint are filled in by record().
        HistoryEntry entry = HistoryRecording::fromCell(run->request(), cell, QString(), Endpoint::china());
        record(entry);
    });
    if (TerminalInput::stderrIsTerminal()) {
        connect(run, &MatrixRun::progress, this, &CliRunner::showProgress);
        showProgress(0, run->totalCount());
    }
    connect(run, &MatrixRun::finished, this, &CliRunner::finishMatrix, Qt::QueuedConnection);
    m_matrix->start();
}

void CliRunner::showProgress(int done, int total)
{
    const QString line = CliMatrix::progressLine(done, total, m_matrix->eta());
    const int width = CliTable::displayWidth(line);
    const int blank = std::max(0, m_progressWidth - width);
    m_progressWidth = width;
    writeTo(stderr, u'\r' + line + QString(blank, u' '));
}

void CliRunner::finishMatrix()
{
    if (m_progressWidth > 0)
        writeTo(stderr, u'\r' + QString(m_progressWidth, u' ') + u'\r');
    const MatrixRequest &request = m_matrix->request();
    const QList<MatrixCell> &cells = m_matrix->cells();
    switch (m_invocation.output) {
    case OutputFormat::Json: writeTo(stdout, ResultExport::matrixJson(request, cells)); break;
    case OutputFormat::Csv: writeTo(stdout, ResultExport::matrixCsv(request, cells)); break;
    case OutputFormat::Table: writeTo(stdout, CliMatrix::matrixText(request, cells, m_matrix->summaries())); break;
    }
    const ExitCode code = CliMatrix::matrixExitCode(cells);
    if (code != ExitCode::Success) {
        const auto failed = std::find_if(cells.cbegin(), cells.cend(),
                                         [](const MatrixCell &cell) { return cell.state == MatrixCell::State::Error; });
        const qsizetype count = cells.size() - m_matrix->doneCount()
                                + std::count_if(cells.cbegin(), cells.cend(), [](const MatrixCell &cell) {
                                      return cell.state == MatrixCell::State::Error;
                                  });
        QString message = tr("%1 of %2 checks failed.").arg(count).arg(cells.size());
        if (failed != cells.cend())
            message += u' '
                       + tr("First failure (%1, %2 Mbps, concurrency %3): %4")
                             .arg(failed->accessRegion)
                             .arg(failed->bandwidth)
                             .arg(failed->concurrent)
                             .arg(failed->error.describe());
        writeTo(stderr, QStringLiteral("gaap-capacity-cli: %1\n").arg(message));
    }
    end(code);
}

void CliRunner::runHistory()
{
    HistoryStore store;
    if (!store.isAvailable()) {
        writeTo(stderr, QStringLiteral("gaap-capacity-cli: %1\n").arg(store.problem()));
        return end(ExitCode::ApiFailure);
    }
    const QList<HistoryEntry> entries = store.entries(m_invocation.history);
    switch (m_invocation.output) {
    case OutputFormat::Json: writeTo(stdout, ResultExport::historyJson(entries)); break;
    case OutputFormat::Csv: writeTo(stdout, ResultExport::historyCsv(entries)); break;
    case OutputFormat::Table:
        if (entries.isEmpty())
            writeTo(stderr, tr("No recorded checks match.") + u'\n');
        else
            writeTo(stdout, CliMatrix::historyTable(entries).toText());
        break;
    }
    end(ExitCode::Success);
}

void CliRunner::recordCheck(const CheckCall *call)
{
    // A request refused before sending is not a check.
    const ApiError::Kind kind = call->error().kind();
    if (kind == ApiError::Kind::InvalidInput || kind == ApiError::Kind::MissingCredentials)
        return;
    HistoryEntry entry;
    entry.request = m_invocation.check;
    if (call->isOk()) {
        entry.canCreate = call->result().canCreate;
        entry.requestId = call->result().requestId;
    } else {
        entry.errorCode = call->error().code();
        entry.requestId = call->error().requestId();
    }
    if (entry.requestId.isEmpty())
        entry.requestId = call->requestId();
    entry.source = QStringLiteral("cli");
    record(entry);
}

void CliRunner::record(HistoryEntry entry)
{
    if (!m_history)
        m_history = std::make_unique<HistoryStore>();
    if (!entry.checkedAt.isValid())
        entry.checkedAt = QDateTime::currentDateTimeUtc();
    entry.profile = m_profileName;
    entry.endpoint = m_client.endpoint().toString();
    if ((!m_history->isAvailable() || !m_history->record(entry)) && !m_historyWarned) {
        m_historyWarned = true;
        const QString problem =
            m_history->problem().isEmpty() ? tr("the history database cannot be written.") : m_history->problem();
        writeTo(stderr,
                tr("gaap-capacity-cli: warning: this check is not recorded in the history: %1").arg(problem) + u'\n');
    }
}
