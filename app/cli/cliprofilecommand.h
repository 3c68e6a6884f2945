#pragma once

#include "cli/clicommandspec.h"
#include "cli/cliparser.h"
#include "core/credentials/credentialimport.h"

#include <QObject>
#include <QStringList>

#include <functional>

// gaap-capacity-cli profile list | add NAME | remove NAME | set-default NAME | import-tccli [NAME] |
// import-sdk [NAME]. Secrets are read from stdin (or typed without echo), never from arguments.
// Its options are read with CliArguments like every command's, by a parser of its own (its options
// and help differ from the other commands').
class CliProfileCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProfileCommand)

public:
    // True when the arguments ask for the profile command: the first argument that is neither an option
    // nor the value of a global option is "profile".
    static bool handles(const QStringList &arguments);
    static CliParser::Outcome parse(const QStringList &arguments);
    static CliCommandSpec spec();
    ~CliProfileCommand() override;

private:
    static QList<QCommandLineOption> options();
    static QString helpText();
    static CliParser::Outcome failure(const QString &message);
    // The subcommand, its NAME and options, into invocation.profileAction.
    static void readAction(CliArguments &arguments, QStringList positional, CliInvocation &invocation);
    static QString readEndpoint(CliArguments &arguments);
    static void readName(CliArguments &arguments, const QString &command, CliProfileAction &action);
    static void readKind(CliArguments &arguments, const QString &command, CliProfileAction &action);
    static void run(CliRunner &runner);

    explicit CliProfileCommand(CliRunner &runner);
    void list();
    void add();
    void store(const Credentials &credentials); // add's second half: into the keychain
    void remove();
    void setDefault();
    void import(const CredentialImport::Result &imported);
    void offerToDelete(const QStringList &files);
    void save(const QString &endpoint, const Credentials &credentials, const std::function<void()> &afterSaving);
    [[nodiscard]] const CliProfileAction &action() const;

    CliRunner &m_runner;
};
