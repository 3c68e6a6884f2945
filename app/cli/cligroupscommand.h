#pragma once

#include "cli/clicommandspec.h"

#include <QJsonObject>

class ProxyGroupsCall;

// gaap-capacity-cli groups: the account's connection groups (DescribeProxyGroupList, every page), with whether
// each takes a new connection (check --group-id).
class CliGroupsCommand final
{
public:
    static CliCommandSpec spec();
    // What --output json prints: the pages as one Response, each group object with AcceptsNewConnections.
    static QJsonObject jsonResponse(const ProxyGroupsCall &call);

private:
    static QString helpNotes();
    static void parse(CliArguments &arguments, CliInvocation &invocation);
    static void run(CliRunner &runner);
};
