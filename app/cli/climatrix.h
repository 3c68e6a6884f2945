#pragma once

#include "cli/cliinvocation.h"
#include "cli/clitable.h"
#include "cli/exitcode.h"
#include "core/history/historystore.h"
#include "core/session/matrixrun.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <chrono>
#include <optional>

class QCommandLineParser;

// The matrix and history commands of gaap-capacity-cli: their options, help notes, exit-code rule and the
// text they print. The running is in CliRunner (clirunnermatrix.cpp).
class CliMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(CliMatrix)

public:
    static QStringList matrixOptionNames();
    static QStringList historyOptionNames(); // since, region, outcome
    // The options only history has; nullopt for any other name.
    static std::optional<QCommandLineOption> historyOption(const QString &name);
    // Reads the matrix lists (repeated or comma-separated) or the history filter into `invocation`;
    // sets `error` (when still empty) on a bad value.
    static void parse(const QCommandLineParser &parser, CliInvocation &invocation, QString &error);
    // Extra help for the command (its exit-code rule), empty for the other commands.
    static QString helpNotes(CliInvocation::Command command);

    // DATE = YYYY-MM-DD (local midnight) or an ISO 8601 date-time (local unless it has Z or an offset); UTC.
    static std::optional<QDateTime> parseSince(const QString &text);

    // 0 when every cell got a CheckFlag answer; else 4 when any cell failed on the network, 5 when the key
    // was rejected, 3 otherwise (an error answer or an unreadable one).
    static ExitCode matrixExitCode(const QList<MatrixCell> &cells);
    // One block per access region (rows concurrency, columns bandwidth, cells yes/no/ERR) and its summary.
    static QString matrixText(const MatrixRequest &request, const QList<MatrixCell> &cells,
                              const QList<MatrixSummary> &summaries);
    static QString progressLine(int done, int total, std::optional<std::chrono::milliseconds> eta);
    static CliTable historyTable(const QList<HistoryEntry> &entries);
    static QString outcomeText(const HistoryEntry &entry);
};
