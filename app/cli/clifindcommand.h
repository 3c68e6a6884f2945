#pragma once

#include "cli/clicommandspec.h"
#include "core/session/requirementsearch.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

struct CliTable;

// gaap-capacity-cli find: the access regions that can serve at least --min-bandwidth Mbps and --min-concurrent
// × 10,000 connections from an origin (RequirementSearch), ranked by daily cost; each check is recorded in
// the history. Exit code 0: at least one can be created; 1: none can.
class CliFindCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliFindCommand)

public:
    static CliCommandSpec spec();
    ~CliFindCommand() override;

    // The table a person reads: rank, access region, the configuration checked, the answer, the daily cost and
    // why a region is not a candidate.
    [[nodiscard]] static CliTable table(const RequirementSearch &search);

private:
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static void run(CliRunner &runner);

    explicit CliFindCommand(CliRunner &runner);
    void start();
    void recordCheck(int index);
    void finish();

    CliRunner &m_runner;
    std::unique_ptr<RequirementSearch> m_search;
    bool m_interrupted = false;
};
