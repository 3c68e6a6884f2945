#pragma once

#include "cli/clicommandspec.h"

class CheckCall;

// gaap-capacity-cli check: whether a connection can be created (CheckProxyCreate), recorded in the
// history. Exit code 0: it can; 1: it cannot.
class CliCheckCommand final
{
public:
    static CliCommandSpec spec();

private:
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static void run(CliRunner &runner);
    static void record(CliRunner &runner, const CheckCall *call);
};
