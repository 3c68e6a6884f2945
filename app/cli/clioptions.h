#pragma once

#include "cli/cliinvocation.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class CliArguments;

// The options gaap-capacity-cli's commands share: the global ones (endpoint, credentials, language,
// timeout, output) and those that describe a connection (origin, access region, bandwidth, ...).
// Their descriptions are translated as CliParser's.
class CliOptions final
{
public:
    // --endpoint, --site, --profile, --language, --timeout, --output, --verbose.
    static QList<QCommandLineOption> global();
    // The names of the global options that take a value.
    static QStringList globalValueNames();
    // origin-region, access-region, bandwidth, concurrent, group-id, ip-version, network-type,
    // package-type and billing-type, in the order of `names`.
    static QList<QCommandLineOption> connection(const QStringList &names);

    // Reads the global options into `invocation`.
    static void readGlobal(CliArguments &arguments, CliInvocation &invocation);
    // "json" and "csv" as themselves; anything else is a table.
    static OutputFormat outputFormat(const QString &text);
    // "tccli-create" and "terraform" as themselves; anything else is no hand-over.
    static HandoverFormat handoverFormat(const QString &text);

private:
    static QCommandLineOption connectionOption(const QString &name);
    static void readEndpoint(CliArguments &arguments, CliInvocation &invocation);
    static void readTimeout(CliArguments &arguments, CliInvocation &invocation);
    // --output: table, json or csv; check also takes tccli-create and terraform (the other commands refuse them).
    static void readOutput(CliArguments &arguments, CliInvocation &invocation);
};
