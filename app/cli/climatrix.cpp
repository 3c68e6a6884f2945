#include "cli/climatrix.h"

#include "core/api/apierror.h"

#include <QCommandLineParser>
#include <QHash>

#include <algorithm>

namespace {

// Values of a repeatable option; each value may also hold several, separated by commas.
QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !out.contains(trimmed))
                out.append(trimmed);
        }
    }
    return out;
}

QList<qint64> positiveIntegers(const QCommandLineParser &parser, const QString &name, QString &error)
{
    QList<qint64> out;
    for (const QString &text : listValues(parser, name)) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value <= 0) {
            if (error.isEmpty())
                error = CliMatrix::tr("--%1 must be a positive whole number (got \"%2\").").arg(name, text);
            continue;
        }
        if (!out.contains(value))
            out.append(value);
    }
    return out;
}

QString cellText(MatrixCell::State state)
{
    switch (state) {
    case MatrixCell::State::CanCreate: return CliMatrix::tr("yes");
    case MatrixCell::State::CannotCreate: return CliMatrix::tr("no");
    case MatrixCell::State::Error: return CliMatrix::tr("ERR");
    case MatrixCell::State::Pending:
    case MatrixCell::State::Running: break;
    }
    return QStringLiteral("-");
}

} // namespace

QStringList CliMatrix::matrixOptionNames()
{
    return {QStringLiteral("origin-region"), QStringLiteral("access-region"), QStringLiteral("bandwidth"),
            QStringLiteral("concurrent"),    QStringLiteral("ip-version"),    QStringLiteral("network-type"),
            QStringLiteral("package-type")};
}

QStringList CliMatrix::historyOptionNames()
{
    return {QStringLiteral("since"), QStringLiteral("region"), QStringLiteral("outcome")};
}

std::optional<QCommandLineOption> CliMatrix::historyOption(const QString &name)
{
    if (name == QLatin1String("since"))
        return QCommandLineOption(name,
                                  tr("Only checks made at or after DATE: YYYY-MM-DD or an ISO 8601 date-time, "
                                     "in local time unless it ends in Z or an offset."),
                                  QStringLiteral("date"));
    if (name == QLatin1String("region"))
        return QCommandLineOption(name, tr("Only checks whose origin or access region is this region ID."),
                                  QStringLiteral("id"));
    if (name == QLatin1String("outcome"))
        return QCommandLineOption(name, tr("Only checks with this result: can, cannot or error."),
                                  QStringLiteral("result"));
    return std::nullopt;
}

void CliMatrix::parse(const QCommandLineParser &parser, CliInvocation &invocation, QString &error)
{
    if (invocation.command == CliInvocation::Command::Matrix) {
        invocation.matrixAccessRegions = listValues(parser, QStringLiteral("access-region"));
        invocation.matrixBandwidths = positiveIntegers(parser, QStringLiteral("bandwidth"), error);
        invocation.matrixConcurrents = positiveIntegers(parser, QStringLiteral("concurrent"), error);
        return;
    }
    if (invocation.command != CliInvocation::Command::History)
        return;
    HistoryFilter &filter = invocation.history;
    filter.region = parser.value(QStringLiteral("region")).trimmed();
    if (parser.isSet(QStringLiteral("since"))) {
        const QString text = parser.value(QStringLiteral("since"));
        if (const std::optional<QDateTime> since = parseSince(text))
            filter.since = *since;
        else if (error.isEmpty())
            error = tr("--since must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2024-05-01T08:00 "
                       "(got \"%1\").")
                        .arg(text);
    }
    const QString outcome = parser.value(QStringLiteral("outcome"));
    if (outcome == QLatin1String("can"))
        filter.outcome = HistoryFilter::Outcome::CanCreate;
    else if (outcome == QLatin1String("cannot"))
        filter.outcome = HistoryFilter::Outcome::CannotCreate;
    else if (outcome == QLatin1String("error"))
        filter.outcome = HistoryFilter::Outcome::Error;
    else if (!outcome.isEmpty() && error.isEmpty())
        error = tr("--outcome must be one of can, cannot, error (got \"%1\").").arg(outcome);
}

QString CliMatrix::helpNotes(CliInvocation::Command command)
{
    if (command == CliInvocation::Command::Matrix)
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
    if (command == CliInvocation::Command::History)
        return tr("Lists the checks recorded by gaap-capacity-cli check and matrix and by the app, newest first.\n"
                  "The history is a SQLite database in the application data directory, shared with the app; it\n"
                  "holds no secrets. Needs no credentials. json and csv are the app's history export formats.\n"
                  "\n"
                  "Exit codes of history: 0 when the history could be read, even when nothing matches; 2 for a bad\n"
                  "option; 3 when the history database cannot be opened (corrupt, locked or unwritable), with the\n"
                  "reason on stderr. A check whose history cannot be written prints one warning and keeps its exit\n"
                  "code.\n");
    return {};
}

std::optional<QDateTime> CliMatrix::parseSince(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return QDateTime(date, QTime(0, 0)).toUTC(); // local midnight
    const QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime.toUTC();
}

ExitCode CliMatrix::matrixExitCode(const QList<MatrixCell> &cells)
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

QString CliMatrix::matrixText(const MatrixRequest &request, const QList<MatrixCell> &cells,
                              const QList<MatrixSummary> &summaries)
{
    QString out;
    for (const AccessRegionDetail &region : request.accessRegions) {
        const MatrixAxes axes = MatrixAxes::of(cells, region.regionId);
        const QList<qint64> &bandwidths = axes.bandwidths;
        const QList<qint64> &concurrents = axes.concurrents;
        if (bandwidths.isEmpty())
            continue;
        QHash<QPair<qint64, qint64>, MatrixCell::State> states;
        for (const MatrixCell &cell : cells) {
            if (cell.accessRegion == region.regionId)
                states.insert({cell.bandwidth, cell.concurrent}, cell.state);
        }

        if (!out.isEmpty())
            out += u'\n';
        const QString name = region.regionName.isEmpty() || region.regionName == region.regionId
                                 ? region.regionId
                                 : QStringLiteral("%1 (%2)").arg(region.regionId, region.regionName);
        out += tr("Access region %1, origin %2:").arg(name, request.originRegion) + u'\n';
        CliTable grid;
        grid.header.append(tr("Concurrent \\ Mbps"));
        for (const qint64 bandwidth : bandwidths)
            grid.header.append(QString::number(bandwidth));
        for (const qint64 concurrent : concurrents) {
            QStringList row{QString::number(concurrent)};
            for (const qint64 bandwidth : bandwidths)
                row.append(cellText(states.value({bandwidth, concurrent}, MatrixCell::State::Pending)));
            grid.rows.append(row);
        }
        out += grid.toText();

        const auto summary = std::find_if(summaries.cbegin(), summaries.cend(), [&region](const MatrixSummary &s) {
            return s.accessRegion == region.regionId;
        });
        if (summary == summaries.cend())
            continue;
        const QString counts =
            tr("%1 can, %2 cannot, %3 errors").arg(summary->canCreate).arg(summary->cannotCreate).arg(summary->errors);
        if (summary->largest)
            out += tr("Largest that can be created: %1 Mbps, concurrency %2 (%3)")
                       .arg(summary->largest->first)
                       .arg(summary->largest->second)
                       .arg(counts)
                   + u'\n';
        else
            out += tr("Nothing checked here can be created (%1)").arg(counts) + u'\n';
    }
    return out;
}

QString CliMatrix::progressLine(int done, int total, std::optional<std::chrono::milliseconds> eta)
{
    if (!eta)
        return tr("checked %1/%2").arg(done).arg(total);
    const qint64 seconds = (eta->count() + 999) / 1000;
    return tr("checked %1/%2, ETA %3 s").arg(done).arg(total).arg(seconds);
}

QString CliMatrix::outcomeText(const HistoryEntry &entry)
{
    if (!entry.canCreate)
        return tr("error %1").arg(entry.errorCode);
    return *entry.canCreate ? tr("can") : tr("cannot");
}

CliTable CliMatrix::historyTable(const QList<HistoryEntry> &entries)
{
    CliTable table{{tr("Time"), tr("Profile"), tr("Origin"), tr("Access"), tr("Bandwidth"), tr("Concurrency"),
                    tr("Result"), tr("RequestId")},
                   {}};
    for (const HistoryEntry &entry : entries) {
        table.rows.append({entry.checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.profile,
                           entry.request.realServerRegion, entry.request.accessRegion,
                           QString::number(entry.request.bandwidth), QString::number(entry.request.concurrent),
                           outcomeText(entry), entry.requestId.isEmpty() ? QStringLiteral("-") : entry.requestId});
    }
    return table;
}
