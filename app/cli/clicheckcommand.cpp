#include "cli/clicheckcommand.h"

#include "cli/cliconnection.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "cli/cliparser.h"
#include "cli/clireport.h"
#include "cli/clirunner.h"
#include "core/gaap/gaapcall.h"
#include "core/gaap/requestexport.h"

#include <QCoreApplication>
#include <QDateTime>

CliCommandSpec CliCheckCommand::spec()
{
    return {CliInvocation::Command::Check,
            "check",
            QT_TRANSLATE_NOOP("CliParser", "Ask whether a connection can be created (CheckProxyCreate). Exit code 0: "
                                           "it can; 1: it cannot."),
            "  gaap-capacity-cli check --origin-region SouthChina --access-region Hongkong --bandwidth 10 "
            "--concurrent 2\n"
            "  gaap-capacity-cli check --origin-region EastChina --access-region Japan --bandwidth 50 --concurrent 5 "
            "--network-type normal --output json\n"
            "  gaap-capacity-cli check --origin-region SouthChina --access-region Hongkong --bandwidth 10 "
            "--concurrent 2 --output terraform --billing-type traffic > gaap.tf\n",
            CliOptions::connection(CliConnection::optionNames()
                                   + QStringList{QStringLiteral("group-id"), QStringLiteral("billing-type")}),
            &parse,
            &run,
            true,
            &helpNotes};
}

QString CliCheckCommand::helpNotes()
{
    return CliParser::tr(
        "Hand-over: --output tccli-create prints a tccli CreateProxy command and --output terraform a\n"
        "tencentcloud_gaap_proxy resource for the connection, and nothing else, when CheckProxyCreate answers that\n"
        "it can be created. The project and the name are left to you: the command stops until GAAP_PROJECT_ID and\n"
        "GAAP_PROXY_NAME are set, and the resource has REPLACE_ME placeholders. --billing-type (bandwidth or\n"
        "traffic) adds BillingType to them; it is accepted with these two outputs only. When the connection cannot\n"
        "be created, stdout stays empty, stderr says so and the exit code is 1. This tool never creates anything.\n");
}

void CliCheckCommand::parse(CliArguments &arguments, CliInvocation &invocation)
{
    CliConnection::readSingleConnection(arguments, invocation, QStringLiteral("check"));
    invocation.handoverBilling = CliConnection::readBilling(arguments);
    if (invocation.handoverBilling && invocation.handover == HandoverFormat::None)
        arguments.fail(CliParser::tr("--billing-type goes with --output tccli-create or --output terraform only: it "
                                     "is part of the order handed over, not of the check (price takes it too)."));
    CliConnection::validate(arguments, invocation.check);
}

void CliCheckCommand::run(CliRunner &runner)
{
    CliConnection::withOfferedRegion(runner, [&runner](const AccessRegionDetail &offered) {
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        CheckCall *call = runner.api().checkProxyCreate(runner.invocation().check, &offered);
        QObject::connect(call, &GaapCall::finished, &runner, [&runner, call, sentAt] {
            record(runner, call);
            if (!call->isOk())
                return runner.fail(call->error());
            const CheckResult &result = call->result();
            if (runner.invocation().handover != HandoverFormat::None)
                return handOver(runner, result, sentAt);
            runner.show(CliReport::check(runner.invocation().check, result), call->response(),
                        result.canCreate ? ExitCode::Success : ExitCode::CannotCreate);
        });
    });
}

void CliCheckCommand::handOver(CliRunner &runner, const CheckResult &result, const QDateTime &sentAt)
{
    const CliInvocation &invocation = runner.invocation();
    if (!result.canCreate)
        return runner.fail(ExitCode::CannotCreate,
                           CliRunner::tr("CheckProxyCreate answered that this connection cannot be created "
                                         "(RequestId %1), so there is nothing to hand over.")
                               .arg(result.requestId));
    if (invocation.handover == HandoverFormat::TccliCreate)
        writeTo(stdout, RequestExport::tccliCreateProxyCommand(invocation.check, runner.stack().client().endpoint(),
                                                               invocation.handoverBilling)
                            + u'\n');
    else
        writeTo(stdout,
                RequestExport::terraform(invocation.check, invocation.handoverBilling, sentAt, result.requestId));
    runner.end(ExitCode::Success);
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
