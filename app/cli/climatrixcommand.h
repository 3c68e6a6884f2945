#pragma once

#include "cli/clicommandspec.h"
#include "core/session/matrixrun.h"

#include <QObject>

#include <memory>

// gaap-capacity-cli matrix: CheckProxyCreate for every access region x bandwidth x concurrency an origin
// offers, or a subset; every cell is recorded in the history. What it prints is CliMatrix's.
class CliMatrixCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliMatrixCommand)

public:
    static CliCommandSpec spec();
    ~CliMatrixCommand() override;

private:
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static QList<qint64> positiveIntegers(CliArguments &arguments, const QString &name);
    static void run(CliRunner &runner);

    explicit CliMatrixCommand(CliRunner &runner);
    // The access regions asked for (all when none was named), or a usage error.
    void choose(const QList<AccessRegionDetail> &offered);
    // Checks the chosen regions offer the bandwidths and concurrencies asked for, then starts the run.
    void start(const QList<AccessRegionDetail> &chosen);
    [[nodiscard]] QString unofferedProblem(const QList<AccessRegionDetail> &chosen) const;
    void recordCell(int index);
    void showProgress(int done, int total);
    void finish();
    [[nodiscard]] QString failureSummary() const;

    CliRunner &m_runner;
    bool m_interrupted = false; // Ctrl+C: the partial grid is printed, exit 130
    std::unique_ptr<MatrixRun> m_matrix;
    int m_progressWidth = 0; // of the progress line on stderr, to blank it
};
