#pragma once

#include "cli/clicommandspec.h"

class CheckCall;
class QDateTime;
struct CheckResult;

// gaap-capacity-cli check: whether a connection can be created (CheckProxyCreate), recorded in the
// history. Exit code 0: it can; 1: it cannot. With --output tccli-create or terraform it prints the order of a
// connection that can be created instead, for the tool that creates it.
class CliCheckCommand final
{
public:
    static CliCommandSpec spec();

private:
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static void run(CliRunner &runner);
    static QString helpNotes();
    // Prints the hand-over of an answer "can be created", or says on stderr that there is none (exit code 1).
    static void handOver(CliRunner &runner, const CheckResult &result, const QDateTime &sentAt);
    static void record(CliRunner &runner, const CheckCall *call);
};
