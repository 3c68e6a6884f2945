#include "cli/climatrix.h"

#include "cli/clitable.h"
#include "core/api/apierror.h"

#include <QHash>

#include <algorithm>

QString CliMatrix::helpNotes()
{
    return tr("Repeat --access-region, --bandwidth and --concurrent, or separate values with commas, to check a\n"
              "subset; without them every access region serving the origin is checked with every bandwidth and\n"
              "concurrency it offers. --output table prints one grid per access region (rows: concurrency,\n"
              "columns: bandwidth; yes, no or ERR) and its largest creatable configuration; json and csv give\n"
              "one object or row per cell, as the app exports them. Progress goes to stderr when it is a\n"
              "terminal. Every cell is recorded in the history (gaap-capacity-cli history).\n"
              "\n"
              "Exit codes of matrix: 0 when every cell was answered, whatever the answers; 2 for an access\n"
              "region, bandwidth or concurrency the origin does not offer; the code of the error when the access\n"
              "regions cannot be loaded. When cells fail, the partial matrix is still printed (ERR cells) and the\n"
              "code is 4 if any cell failed on the network, else 5 if the key was rejected, else 3.\n");
}

ExitCode CliMatrix::exitCode(const QList<MatrixCell> &cells)
{
    bool network = false;
    bool credentials = false;
    bool failed = false;
    for (const MatrixCell &cell : cells) {
        if (cell.state == MatrixCell::State::CanCreate || cell.state == MatrixCell::State::CannotCreate)
            continue;
        failed = true;
        if (cell.state != MatrixCell::State::Error)
            continue; // never answered
        const ExitCode code = exitCodeFor(cell.error);
        network = network || code == ExitCode::NetworkFailure;
        credentials = credentials || code == ExitCode::CredentialError;
    }
    if (!failed)
        return ExitCode::Success;
    if (network)
        return ExitCode::NetworkFailure;
    if (credentials)
        return ExitCode::CredentialError;
    return ExitCode::ApiFailure;
}

QString CliMatrix::text(const MatrixRequest &request, const QList<MatrixCell> &cells,
                        const QList<MatrixSummary> &summaries)
{
    QString out;
    for (const AccessRegionDetail &region : request.accessRegions) {
        const QString block = regionText(request, region, cells);
        if (block.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u'\n';
        out += block;
        const auto summary = std::find_if(summaries.cbegin(), summaries.cend(), [&region](const MatrixSummary &s) {
            return s.accessRegion == region.regionId;
        });
        if (summary != summaries.cend())
            out += summaryLine(*summary);
    }
    return out;
}

QString CliMatrix::regionText(const MatrixRequest &request, const AccessRegionDetail &region,
                              const QList<MatrixCell> &cells)
{
    const MatrixAxes axes = MatrixAxes::of(cells, region.regionId);
    if (axes.bandwidths.isEmpty())
        return {};
    QHash<QPair<qint64, qint64>, MatrixCell::State> states;
    for (const MatrixCell &cell : cells) {
        if (cell.accessRegion == region.regionId)
            states.insert({cell.bandwidth, cell.concurrent}, cell.state);
    }
    const QString name = region.regionName.isEmpty() || region.regionName == region.regionId
                             ? region.regionId
                             : QStringLiteral("%1 (%2)").arg(region.regionId, region.regionName);
    CliTable grid;
    grid.header.append(tr("Concurrent \\ Mbps"));
    for (const qint64 bandwidth : axes.bandwidths)
        grid.header.append(QString::number(bandwidth));
    for (const qint64 concurrent : axes.concurrents) {
        QStringList row{QString::number(concurrent)};
        for (const qint64 bandwidth : axes.bandwidths)
            row.append(cellText(states.value({bandwidth, concurrent}, MatrixCell::State::Pending)));
        grid.rows.append(row);
    }
    return tr("Access region %1, origin %2:").arg(name, request.originRegion) + u'\n' + grid.toText();
}

QString CliMatrix::summaryLine(const MatrixSummary &summary)
{
    const QString counts =
        tr("%1 can, %2 cannot, %n error(s)", nullptr, summary.errors).arg(summary.canCreate).arg(summary.cannotCreate);
    QStringList sizes;
    for (const auto &[bandwidth, concurrent] : summary.largest)
        sizes.append(tr("%1 Mbps, concurrency %2").arg(bandwidth).arg(concurrent));
    if (sizes.size() == 1)
        return tr("Largest that can be created: %1 (%2)").arg(sizes.constFirst(), counts) + u'\n';
    if (!sizes.isEmpty())
        return tr("Largest that can be created, none larger than another in both: %1 (%2)")
                   .arg(sizes.join(QStringLiteral("; ")), counts)
               + u'\n';
    if (summary.canCreate + summary.cannotCreate == 0 && summary.errors > 0)
        return tr("No answer: %n check(s) failed; see the cells", nullptr, summary.errors) + u'\n';
    if (summary.answered() == 0)
        return tr("Not checked") + u'\n';
    return tr("None of the checked configurations can be created (%1)").arg(counts) + u'\n';
}

QString CliMatrix::cellText(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::CanCreate: return tr("yes");
    case MatrixCell::State::CannotCreate: return tr("no");
    case MatrixCell::State::Error: return tr("ERR");
    case MatrixCell::State::Pending:
    case MatrixCell::State::Running: break;
    }
    return QStringLiteral("-");
}

QString CliMatrix::progressLine(int done, int total, std::optional<std::chrono::milliseconds> eta)
{
    if (!eta)
        return tr("checked %1/%2").arg(done).arg(total);
    const qint64 seconds = (eta->count() + 999) / 1000;
    return tr("checked %1/%2, ETA %3 s").arg(done).arg(total).arg(seconds);
}
