#pragma once

#include "cli/clicommandspec.h"
#include "cli/clitable.h"
#include "core/history/historystore.h"

#include <QDateTime>

#include <optional>

// gaap-capacity-cli history: the checks recorded by check, matrix and the app, newest first. Needs no
// credentials. Its texts keep the translation context they were written in: CliMatrix::tr().
class CliHistoryCommand final
{
public:
    static CliCommandSpec spec();
    // DATE = YYYY-MM-DD (local midnight) or an ISO 8601 date-time (local unless it has Z or an offset); UTC.
    static std::optional<QDateTime> parseSince(const QString &text);

private:
    static QStringList header();
    static QStringList row(const HistoryEntry &entry);
    // Every matching entry, one at a time (no cap, nothing held in memory): CSV and JSON as they are read,
    // the table in two passes (column widths, then the lines). False when nothing matched.
    static bool print(const HistoryStore &store, const HistoryFilter &filter, OutputFormat format);
    static bool printTable(const HistoryStore &store, const HistoryFilter &wanted);
    static QString outcomeText(const HistoryEntry &entry);
    static QList<QCommandLineOption> options();
    static QString helpNotes();
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static void run(CliRunner &runner);
};
