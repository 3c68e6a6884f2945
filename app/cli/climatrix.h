#pragma once

#include "cli/exitcode.h"
#include "core/session/matrixrun.h"

#include <QCoreApplication>

#include <chrono>
#include <optional>

// What gaap-capacity-cli matrix prints: its grids, progress line and help notes, and its exit-code rule.
// (The history command's texts are translated in this class's context too: CliMatrix::tr().)
class CliMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(CliMatrix)

public:
    // The matrix command's exit codes and output, for its --help.
    static QString helpNotes();
    // 0 when every cell got a CheckFlag answer; else 4 when any cell failed on the network, 5 when the key
    // was rejected, 3 otherwise (an error answer or an unreadable one).
    static ExitCode exitCode(const QList<MatrixCell> &cells);
    // One block per access region (rows concurrency, columns bandwidth, cells yes/no/ERR) and its summary.
    static QString text(const MatrixRequest &request, const QList<MatrixCell> &cells,
                        const QList<MatrixSummary> &summaries);
    static QString progressLine(int done, int total, std::optional<std::chrono::milliseconds> eta);

private:
    static QString regionText(const MatrixRequest &request, const AccessRegionDetail &region,
                              const QList<MatrixCell> &cells);
    static QString summaryLine(const MatrixSummary &summary);
    static QString cellText(MatrixCell::State state);
};
