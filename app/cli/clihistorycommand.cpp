#include "cli/clihistorycommand.h"

#include "cli/cliarguments.h"
#include "cli/climatrix.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "core/history/resultexport.h"

CliCommandSpec CliHistoryCommand::spec()
{
    return {CliInvocation::Command::History,
            "history",
            QT_TRANSLATE_NOOP("CliParser",
                              "List the checks recorded so far (time, profile, parameters, result, RequestId)."),
            "  gaap-capacity-cli history\n"
            "  gaap-capacity-cli history --since 2024-05-01 --region Hongkong --outcome can\n"
            "  gaap-capacity-cli history --since 2024-05-01T08:00 --output json\n",
            options(),
            &parse,
            &run,
            false,
            &helpNotes};
}

QList<QCommandLineOption> CliHistoryCommand::options()
{
    return {{QStringLiteral("since"),
             CliMatrix::tr(
                 "Only checks made at or after DATE: YYYY-MM-DD or an ISO 8601 date-time, in local time unless it "
                 "ends in Z or an offset."),
             QStringLiteral("date")},
            {QStringLiteral("region"), CliMatrix::tr("Only checks whose origin or access region is this region ID."),
             QStringLiteral("id")},
            {QStringLiteral("outcome"), CliMatrix::tr("Only checks with this result: can, cannot or error."),
             QStringLiteral("result")}};
}

QString CliHistoryCommand::helpNotes()
{
    return CliMatrix::tr(
        "Lists the checks recorded by gaap-capacity-cli check and matrix and by the app, newest first.\n"
        "The history is a SQLite database in the application data directory, shared with the app; it\n"
        "holds no secrets. Needs no credentials. json and csv are the app's history export formats.\n"
        "\n"
        "Exit codes of history: 0 when the history could be read, even when nothing matches; 2 for a bad\n"
        "option; 3 when the history database cannot be opened (corrupt, locked or unwritable), with the\n"
        "reason on stderr. A check whose history cannot be written prints one warning and keeps its exit\n"
        "code.\n");
}

void CliHistoryCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    HistoryFilter &filter = invocation.history;
    filter.region = arguments.value(QStringLiteral("region")).trimmed();
    if (arguments.isSet(QStringLiteral("since"))) {
        const QString text = arguments.value(QStringLiteral("since"));
        if (const std::optional<QDateTime> since = parseSince(text))
            filter.since = *since;
        else
            arguments.fail(CliMatrix::tr("--since must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as "
                                         "2024-05-01T08:00 (got \"%1\").")
                               .arg(text));
    }
    const QString outcome = arguments.value(QStringLiteral("outcome"));
    if (outcome == QLatin1String("can"))
        filter.outcome = HistoryFilter::Outcome::CanCreate;
    else if (outcome == QLatin1String("cannot"))
        filter.outcome = HistoryFilter::Outcome::CannotCreate;
    else if (outcome == QLatin1String("error"))
        filter.outcome = HistoryFilter::Outcome::Error;
    else if (!outcome.isEmpty())
        arguments.fail(CliMatrix::tr("--outcome must be one of can, cannot, error (got \"%1\").").arg(outcome));
}

std::optional<QDateTime> CliHistoryCommand::parseSince(const QString &text)
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

void CliHistoryCommand::run(CliRunner &runner)
{
    HistoryStore store;
    if (!store.isAvailable())
        return runner.fail(ExitCode::ApiFailure, store.problem());
    HistoryFilter filter = runner.invocation().history;
    filter.limit = HistoryFilter::NoLimit;
    const OutputFormat format = runner.invocation().output;
    if (!print(store, filter, format) && format == OutputFormat::Table)
        writeTo(stderr, CliRunner::tr("No recorded checks match.") + u'\n');
    runner.end(ExitCode::Success);
}

bool CliHistoryCommand::print(const HistoryStore &store, const HistoryFilter &filter, OutputFormat format)
{
    if (format == OutputFormat::Table)
        return printTable(store, filter);
    bool first = true;
    writeTo(stdout, format == OutputFormat::Json ? ResultExport::historyJsonStart() : ResultExport::historyCsvHeader());
    store.forEach(filter, [format, &first](const HistoryEntry &entry) {
        writeTo(stdout, format == OutputFormat::Json ? ResultExport::historyJsonElement(entry, first)
                                                     : ResultExport::historyCsvLine(entry));
        first = false;
        return true;
    });
    if (format == OutputFormat::Json)
        writeTo(stdout, ResultExport::historyJsonEnd(first));
    return !first;
}

bool CliHistoryCommand::printTable(const HistoryStore &store, const HistoryFilter &wanted)
{
    // Both passes see the same entries: none recorded after the first one starts.
    HistoryFilter filter = wanted;
    if (!filter.until.isValid())
        filter.until = QDateTime::currentDateTimeUtc();
    QList<int> widths;
    CliTable::widen(widths, header());
    qint64 rows = 0;
    store.forEach(filter, [&widths, &rows](const HistoryEntry &entry) {
        CliTable::widen(widths, row(entry));
        ++rows;
        return true;
    });
    if (rows == 0)
        return false;
    writeTo(stdout, CliTable::line(header(), widths));
    qint64 printed = 0;
    store.forEach(filter, [&widths, &printed, rows](const HistoryEntry &entry) {
        writeTo(stdout, CliTable::line(row(entry), widths));
        return ++printed < rows;
    });
    return true;
}

QString CliHistoryCommand::outcomeText(const HistoryEntry &entry)
{
    if (!entry.canCreate)
        return CliMatrix::tr("error %1").arg(entry.errorCode);
    return *entry.canCreate ? CliMatrix::tr("can") : CliMatrix::tr("cannot");
}

QStringList CliHistoryCommand::header()
{
    return {CliMatrix::tr("Time"),   CliMatrix::tr("Profile"),   CliMatrix::tr("Origin"),
            CliMatrix::tr("Access"), CliMatrix::tr("Bandwidth"), CliMatrix::tr("Concurrency"),
            CliMatrix::tr("Result"), CliMatrix::tr("RequestId")};
}

QStringList CliHistoryCommand::row(const HistoryEntry &entry)
{
    return {entry.checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.profile,
            entry.request.originRegion,
            entry.request.accessRegion,
            QString::number(entry.request.bandwidth),
            QString::number(entry.request.concurrent),
            outcomeText(entry),
            entry.requestId.isEmpty() ? QStringLiteral("-") : entry.requestId};
}
