#include "cli/clicheckcommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clireport.h"
#include "cli/clirunner.h"
#include "core/gaap/gaapcall.h"

#include <QCoreApplication>

CliCommandSpec CliCheckCommand::spec()
{
    return {CliInvocation::Command::Check,
            "check",
            QT_TRANSLATE_NOOP("CliParser", "Ask whether a connection can be created (CheckProxyCreate). Exit code 0: "
                                           "it can; 1: it cannot."),
            "  gaap-capacity-cli check --origin-region SouthChina --access-region Hongkong --bandwidth 10 "
            "--concurrent 2\n"
            "  gaap-capacity-cli check --origin-region EastChina --access-region Japan --bandwidth 50 --concurrent 5 "
            "--network-type normal --output json\n",
            CliOptions::connection(CliConnection::optionNames() + QStringList{QStringLiteral("group-id")}),
            &parse,
            &run};
}

void CliCheckCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    CliConnection::readSingleConnection(arguments, invocation, QStringLiteral("check"));
    CliConnection::validate(arguments, invocation.check);
}

void CliCheckCommand::run(CliRunner &runner)
{
    CliConnection::withOfferedRegion(runner, [&runner](const AccessRegionDetail &offered) {
        CheckCall *call = runner.api().checkProxyCreate(runner.invocation().check, &offered);
        QObject::connect(call, &GaapCall::finished, &runner, [&runner, call] {
            record(runner, call);
            if (!call->isOk())
                return runner.fail(call->error());
            const CheckResult &result = call->result();
            runner.show(CliReport::check(runner.invocation().check, result), call->response(),
                        result.canCreate ? ExitCode::Success : ExitCode::CannotCreate);
        });
    });
}

void CliCheckCommand::record(CliRunner &runner, const CheckCall *call)
{
    // A request refused before sending is not a check.
    if (call->error().refusedBeforeSending())
        return;
    HistoryEntry entry;
    entry.request = runner.invocation().check;
    if (call->isOk()) {
        entry.canCreate = call->result().canCreate;
        entry.requestId = call->result().requestId;
    } else {
        entry.errorCode = call->error().code();
        entry.requestId = call->error().requestId();
    }
    if (entry.requestId.isEmpty())
        entry.requestId = call->requestId();
    entry.source = QStringLiteral("cli");
    runner.record(entry);
}
