#include "cli/cligroupscommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/cliparser.h"
#include "cli/clireport.h"
#include "cli/clirunner.h"
#include "core/gaap/proxygroupscall.h"

#include <QCoreApplication>
#include <QJsonArray>

CliCommandSpec CliGroupsCommand::spec()
{
    CliCommandSpec spec{CliInvocation::Command::Groups,
                        "groups",
                        QT_TRANSLATE_NOOP("CliParser", "List the account's connection groups, with whether each takes "
                                                       "a new connection (DescribeProxyGroupList)."),
                        "  gaap-capacity-cli groups\n"
                        "  gaap-capacity-cli groups --origin-region Hongkong\n"
                        "  gaap-capacity-cli groups --origin-region SouthChina --output csv\n",
                        CliOptions::connection({QStringLiteral("origin-region")}),
                        &parse,
                        &run};
    spec.helpNotes = &helpNotes;
    return spec;
}

QString CliGroupsCommand::helpNotes()
{
    return CliParser::tr(
        "Lists the groups of every project (of one origin region with --origin-region), asking page\n"
        "after page. Only a group whose status is RUNNING takes a new connection: pass its ID to\n"
        "check --group-id. The table says the status in words; csv and json give the API's Status.\n"
        "json prints the pages as one Response: TotalCount, ProxyGroupList (each group as the API sent\n"
        "it, with AcceptsNewConnections) and the RequestId of the last page.\n");
}

void CliGroupsCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    invocation.groups.originRegion = arguments.value(QStringLiteral("origin-region"));
    CliConnection::validate(arguments, invocation.groups);
}

QJsonObject CliGroupsCommand::jsonResponse(const ProxyGroupsCall &call)
{
    QJsonObject response = call.response();
    QJsonArray list = response.value(QLatin1String("ProxyGroupList")).toArray();
    for (qsizetype i = 0; i < list.size() && i < call.groups().size(); ++i) {
        if (!list.at(i).isObject())
            continue; // a broken entry stays as the API sent it
        QJsonObject group = list.at(i).toObject();
        group.insert(QStringLiteral("AcceptsNewConnections"), call.groups().at(i).acceptsNewConnections());
        list.replace(i, group);
    }
    response.insert(QStringLiteral("ProxyGroupList"), list);
    return response;
}

void CliGroupsCommand::run(CliRunner &runner)
{
    ProxyGroupsCall *call = runner.api().proxyGroups(runner.invocation().groups);
    runner.whenAnswered(call, [&runner, call] {
        const bool words = runner.invocation().output == OutputFormat::Table;
        runner.show(CliReport::groups(call->groups(), words), jsonResponse(*call));
    });
}
