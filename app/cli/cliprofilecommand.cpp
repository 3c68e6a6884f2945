#include "cli/cliprofilecommand.h"

#include "cli/cliarguments.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitable.h"
#include "cli/exitcode.h"
#include "cli/terminalinput.h"
#include "core/api/endpoint.h"
#include "core/session/profileverifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace {

using Kind = CliProfileAction::Kind;

struct Subcommand
{
    const char *name;
    Kind kind;
    bool needsName;
};

constexpr std::array<Subcommand, 6> Subcommands{{{"list", Kind::List, false},
                                                 {"add", Kind::Add, true},
                                                 {"remove", Kind::Remove, true},
                                                 {"set-default", Kind::SetDefault, true},
                                                 {"import-tccli", Kind::ImportTccli, false},
                                                 {"import-sdk", Kind::ImportSdk, false}}};

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &subcommand : Subcommands) {
        if (name == QLatin1String(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

bool askYesNo(const QString &question)
{
    writeTo(stderr, question + QStringLiteral(" [y/N] "));
    const QString answer = TerminalInput::readLine(true).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

void say(const QString &text)
{
    writeTo(stderr, text + u'\n');
}

} // namespace

bool CliProfileCommand::handles(const QStringList &arguments)
{
    // The global options that take a value: their value is not the command.
    QStringList valueOptions;
    for (const QString &name : CliOptions::globalValueNames())
        valueOptions.append(QStringLiteral("--") + name);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u'-')) {
            if (valueOptions.contains(argument))
                ++i;
            continue;
        }
        return argument == QLatin1String("profile");
    }
    return false;
}

CliCommandSpec CliProfileCommand::spec()
{
    return {CliInvocation::Command::Profile,
            "profile",
            QT_TRANSLATE_NOOP("CliParser", "Manage keychain profiles."),
            "",
            options(),
            nullptr, // parse(arguments) reads the whole command line
            &run,
            false};
}

QList<QCommandLineOption> CliProfileCommand::options()
{
    return {{QStringLiteral("site"), tr("china or international."), QStringLiteral("site")},
            {QStringLiteral("endpoint"), tr("A custom endpoint URL."), QStringLiteral("url")},
            {QStringLiteral("output"), tr("table, json or csv."), QStringLiteral("format")},
            {QStringLiteral("language"), tr("zh-CN or en-US."), QStringLiteral("tag")},
            {QStringLiteral("delete-source"), tr("Delete the imported plaintext file.")},
            {QStringLiteral("no-verify"), tr("add: store the key without trying it first (for example offline).")},
            // Global options of the other commands: accepted here, --profile refused with a reason.
            {QStringLiteral("verbose"), tr("No effect on profile commands.")},
            {QStringLiteral("timeout"), tr("add: how long to wait when trying the key."), QStringLiteral("seconds")},
            {QStringLiteral("profile"), tr("Not used: name the profile as an argument."), QStringLiteral("name")}};
}

QString CliProfileCommand::helpText()
{
    return tr(
        "Usage: gaap-capacity-cli profile <list|add|remove|set-default|import-tccli|import-sdk> [NAME] [options]\n"
        "\n"
        "Profiles keep a SecretId and SecretKey (and an optional session token) in the system keychain;\n"
        "only their names and endpoints are kept in the settings.\n"
        "\n"
        "  list                     list the profiles (--output table|json|csv)\n"
        "  add NAME                 add or replace a profile; reads the SecretId, the SecretKey and an\n"
        "                           optional token from stdin, one per line, or asks for them without\n"
        "                           echo on a terminal (--site china|international or --endpoint URL);\n"
        "                           the key is tried first and refused if it does not work (--no-verify:\n"
        "                           store it without trying)\n"
        "  remove NAME              remove a profile and its keychain entry\n"
        "  set-default NAME         use NAME when no --profile is given and no environment key is set\n"
        "  import-tccli [NAME]      import tccli's profile NAME (default: default) from ~/.tccli\n"
        "  import-sdk [NAME]        import ~/.tencentcloud/credentials as profile NAME (default: default)\n"
        "\n"
        "After an import you are asked whether to delete the plaintext file; --delete-source deletes it\n"
        "without asking (for scripts). Nothing is deleted otherwise.\n"
        "\n"
        "Examples:\n"
        "  printf '%s\\n%s\\n' \"$SECRET_ID\" \"$SECRET_KEY\" | gaap-capacity-cli profile add prod\n"
        "  gaap-capacity-cli profile add intl --site international\n"
        "  gaap-capacity-cli --profile prod check --origin-region SouthChina --access-region Hongkong "
        "--bandwidth 10 --concurrent 2\n");
}

CliParser::Outcome CliProfileCommand::failure(const QString &message)
{
    return CliParser::Outcome::usageError(QStringLiteral("gaap-capacity-cli: %1").arg(message));
}

CliParser::Outcome CliProfileCommand::parse(const QStringList &arguments)
{
    CliArguments parsed(CliArguments::Version::Unknown, options());
    if (!parsed.parse(arguments))
        return failure(parsed.parserError());
    if (parsed.isSet(QStringLiteral("profile")))
        return failure(tr("--profile does not apply here: name the profile after the command, for example: "
                          "gaap-capacity-cli profile remove NAME."));
    QStringList positional = parsed.positional();
    if (!positional.isEmpty())
        positional.removeFirst(); // "profile"
    const bool help = parsed.isSet(QStringLiteral("help"));
    if (help || positional.isEmpty())
        return CliParser::Outcome::text(helpText(), help ? ExitCode::Success : ExitCode::UsageError);
    CliInvocation invocation;
    invocation.command = CliInvocation::Command::Profile;
    readAction(parsed, positional, invocation);
    if (parsed.failed())
        return failure(parsed.error());
    return CliParser::Outcome::run(invocation);
}

void CliProfileCommand::readAction(CliArguments &arguments, QStringList positional, CliInvocation &invocation)
{
    const QString command = positional.takeFirst();
    CliProfileAction &action = invocation.profileAction;
    action.name = positional.value(0);
    if (positional.size() > 1)
        arguments.fail(tr("Unexpected argument \"%1\".").arg(positional.at(1)));
    action.endpoint = readEndpoint(arguments);
    const QString format = arguments.value(QStringLiteral("output"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv"))
        arguments.fail(tr("--output must be table, json or csv."));
    invocation.output = CliOptions::outputFormat(format);
    readName(arguments, command, action);
    readKind(arguments, command, action);
}

// --site or --endpoint, as the profile stores it.
QString CliProfileCommand::readEndpoint(CliArguments &arguments)
{
    const bool site = arguments.isSet(QStringLiteral("site"));
    const bool endpoint = arguments.isSet(QStringLiteral("endpoint"));
    if (site && endpoint)
        arguments.fail(tr("Use either --endpoint or --site, not both."));
    QString text = arguments.value(endpoint ? QStringLiteral("endpoint") : QStringLiteral("site"));
    if (site && text != Endpoint::chinaName() && text != Endpoint::internationalName())
        arguments.fail(tr("--site must be china or international."));
    QString problem;
    if (!Endpoint::fromStored(text, &problem))
        arguments.fail(problem);
    if (const std::optional<Endpoint> given = Endpoint::fromUserInput(text); given && endpoint)
        text = given->toStored();
    return text;
}

void CliProfileCommand::readName(CliArguments &arguments, const QString &command, CliProfileAction &action)
{
    const Subcommand *subcommand = findSubcommand(command);
    if (subcommand && subcommand->needsName && action.name.isEmpty())
        arguments.fail(tr("profile %1 needs a profile name.").arg(command));
    QString problem;
    if (!action.name.isEmpty() && !ProfileRegistry::isValidName(action.name, &problem))
        arguments.fail(problem);
}

void CliProfileCommand::readKind(CliArguments &arguments, const QString &command, CliProfileAction &action)
{
    const Subcommand *subcommand = findSubcommand(command);
    if (!subcommand)
        return arguments.fail(tr("Unknown profile command \"%1\". Run gaap-capacity-cli profile --help.").arg(command));
    action.kind = subcommand->kind;
    const bool import = action.kind == Kind::ImportTccli || action.kind == Kind::ImportSdk;
    if (import && action.name.isEmpty())
        action.name = QStringLiteral("default");
    action.deleteSource = arguments.isSet(QStringLiteral("delete-source"));
    action.verify = !arguments.isSet(QStringLiteral("no-verify"));
}

CliProfileCommand::CliProfileCommand(CliRunner &runner)
    : QObject(&runner)
    , m_runner(runner)
{
}

CliProfileCommand::~CliProfileCommand() = default;

const CliProfileAction &CliProfileCommand::action() const
{
    return m_runner.invocation().profileAction;
}

void CliProfileCommand::run(CliRunner &runner)
{
    auto *command = new CliProfileCommand(runner);
    const CliProfileAction &action = command->action();
    switch (action.kind) {
    case Kind::List: return command->list();
    case Kind::Add: return command->add();
    case Kind::Remove: return command->remove();
    case Kind::SetDefault: return command->setDefault();
    case Kind::ImportTccli: return command->import(CredentialImport::fromTccli(QDir::homePath(), action.name));
    case Kind::ImportSdk: return command->import(CredentialImport::fromSdkFile(QDir::homePath()));
    }
}

void CliProfileCommand::list()
{
    const QString defaultName = m_runner.stack().profiles().defaultProfileName();
    CliTable table{
        {tr("Name"), tr("Endpoint"), tr("Default"), tr("Stored in")},
        {},
        {QStringLiteral("Name"), QStringLiteral("Endpoint"), QStringLiteral("Default"), QStringLiteral("Source")}};
    QJsonArray array;
    for (const Profile &profile : m_runner.stack().profiles().profiles()) {
        const bool isDefault = profile.name == defaultName;
        const QString source = profile.fromEnvironment ? QStringLiteral("environment") : QStringLiteral("keychain");
        table.rows.append({profile.name, profile.endpoint, isDefault ? QStringLiteral("*") : QString(), source});
        array.append(QJsonObject{{QStringLiteral("Name"), profile.name},
                                 {QStringLiteral("Endpoint"), profile.endpoint},
                                 {QStringLiteral("Default"), isDefault},
                                 {QStringLiteral("Source"), source}});
    }
    const OutputFormat format = m_runner.invocation().output;
    if (format == OutputFormat::Json)
        writeTo(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else if (format == OutputFormat::Csv)
        writeTo(stdout, table.toCsv());
    else if (table.rows.isEmpty())
        say(tr("No profiles yet. Add one with: gaap-capacity-cli profile add NAME"));
    else
        writeTo(stdout, table.toText());
    m_runner.end(ExitCode::Success);
}

void CliProfileCommand::add()
{
    const bool interactive = TerminalInput::stdinIsTerminal();
    if (interactive)
        writeTo(stderr, tr("SecretId: "));
    Credentials credentials;
    credentials.secretId = TerminalInput::readLine(true).trimmed();
    if (interactive)
        writeTo(stderr, tr("SecretKey (not shown): "));
    credentials.secretKey = SecretString(TerminalInput::readLine(false).trimmed());
    if (interactive)
        writeTo(stderr, tr("Session token, for temporary keys only (not shown; Enter to skip): "));
    credentials.sessionToken = SecretString(TerminalInput::readLine(false).trimmed());

    const QString problem = ProfileManager::checkCredentials(credentials);
    if (!problem.isEmpty())
        return m_runner.failUsage(problem);
    if (!action().verify)
        return store(credentials);
    // A wrong key is found now, not at the first check: one signed DescribeDestRegions to the profile's endpoint.
    ProfileVerifier &verifier = m_runner.stack().verifier();
    connect(&verifier, &ProfileVerifier::finished, this,
            [this, credentials, &verifier](bool ok, const QString &message) {
                if (!ok) {
                    writeError(message);
                    writeError(
                        tr("The profile was not saved. Check the key, or save it without trying with --no-verify (for "
                           "example offline)."));
                    return m_runner.end(exitCodeFor(verifier.lastError()));
                }
                say(message);
                store(credentials);
            });
    verifier.verify(Endpoint::fromStoredOrChina(action().endpoint), credentials);
}

void CliProfileCommand::store(const Credentials &credentials)
{
    const bool hadDefault = !m_runner.stack().registry().defaultProfile().isEmpty();
    save(action().endpoint, credentials, [this, hadDefault] {
        say(tr("Profile \"%1\" saved; its key is in the system keychain.").arg(action().name));
        if (!hadDefault && m_runner.stack().registry().defaultProfile() == action().name)
            say(tr("It is the default profile: commands without --profile use it (change with profile "
                   "set-default NAME)."));
        m_runner.end(ExitCode::Success);
    });
}

void CliProfileCommand::save(const QString &endpoint, const Credentials &credentials,
                             const std::function<void()> &afterSaving)
{
    CredentialJob *job = m_runner.stack().profiles().save({action().name, endpoint, false}, credentials);
    connect(job, &CredentialJob::finished, this, [this, job, afterSaving] {
        if (!job->isOk())
            return m_runner.fail(job->error().kind() == CredentialError::Kind::InvalidProfile
                                     ? ExitCode::UsageError
                                     : ExitCode::CredentialError,
                                 job->error().message());
        afterSaving();
    });
}

void CliProfileCommand::remove()
{
    const QString name = action().name;
    if (!m_runner.stack().registry().profile(name))
        return m_runner.failUsage(tr("There is no profile named \"%1\".").arg(name));
    CredentialJob *job = m_runner.stack().profiles().remove(name);
    connect(job, &CredentialJob::finished, this, [this, job, name] {
        if (!job->isOk() && job->error().kind() != CredentialError::Kind::NotFound)
            return m_runner.fail(ExitCode::CredentialError, job->error().message());
        say(tr("Profile \"%1\" removed, with its keychain entry.").arg(name));
        m_runner.end(ExitCode::Success);
    });
}

void CliProfileCommand::setDefault()
{
    const QString name = action().name;
    if (!m_runner.stack().registry().profile(name))
        return m_runner.failUsage(tr("There is no profile named \"%1\".").arg(name));
    m_runner.stack().registry().setDefaultProfile(name);
    say(tr("\"%1\" is now the default profile.").arg(name));
    m_runner.end(ExitCode::Success);
}

void CliProfileCommand::import(const CredentialImport::Result &imported)
{
    if (!imported.isOk())
        return m_runner.fail(ExitCode::CredentialError, imported.error);
    save(imported.endpoint, imported.credentials, [this, imported] {
        say(tr("Imported into profile \"%1\"; its key is in the system keychain.").arg(action().name));
        offerToDelete(imported.sourceFiles);
        m_runner.end(ExitCode::Success);
    });
}

void CliProfileCommand::offerToDelete(const QStringList &files)
{
    const QString list = files.join(QStringLiteral(", "));
    bool remove = action().deleteSource;
    if (!remove && TerminalInput::stdinIsTerminal())
        remove = askYesNo(tr("%1 still holds the key in plain text. Delete it?").arg(list));
    if (!remove) {
        say(tr("Kept %1, which still holds the key in plain text. Delete it yourself, or run the import again "
               "with --delete-source.")
                .arg(list));
        return;
    }
    for (const QString &file : files) {
        if (QFile::remove(file))
            say(tr("Deleted %1.").arg(file));
        else
            say(tr("Could not delete %1; delete it yourself.").arg(file));
    }
}
