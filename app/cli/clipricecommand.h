#pragma once

#include "cli/clicommandspec.h"

// gaap-capacity-cli price: the price of a connection (InquiryPriceCreateProxy).
class CliPriceCommand final
{
public:
    static CliCommandSpec spec();

private:
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static void run(CliRunner &runner);
};
