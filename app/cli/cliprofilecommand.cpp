#include "cli/cliprofilecommand.h"

#include "cli/clioutput.h"
#include "core/settings/appsettings.h"
#include "cli/clitable.h"
#include "cli/terminalinput.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

QString helpText()
{
    return QCoreApplication::translate("CliProfileCommand", "Usage: gaap-capacity-cli profile <list|add|remove|set-default|import-tccli|import-sdk> [NAME] [options]\n"
              "\n"
              "Profiles keep a SecretId and SecretKey (and an optional session token) in the system keychain;\n"
              "only their names and endpoints are kept in the settings.\n"
              "\n"
              "  list                     list the profiles (--output table|json|csv)\n"
              "  add NAME                 add or replace a profile; reads the SecretId, the SecretKey and an\n"
              "                           optional token from stdin, one per line, or asks for them without\n"
              "                           echo on a terminal (--site china|international or --endpoint URL)\n"
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

bool askYesNo(const QString &question)
{
    writeTo(stderr, question + QStringLiteral(" [y/N] "));
    const QString answer = TerminalInput::readLine(true).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

bool CliProfileCommand::handles(const QStringList &arguments)
{
    // The global options that take a value: their value is not the command.
    static const QStringList valueOptions{QStringLiteral("--language"), QStringLiteral("--output"),
                                          QStringLiteral("--endpoint"), QStringLiteral("--site"),
                                          QStringLiteral("--timeout"), QStringLiteral("--profile")};
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

CliProfileCommand::CliProfileCommand(QStringList arguments, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_settings(AppSettings::open())
    , m_registry(m_settings.get())
    , m_manager(&m_registry, store)
{
}

CliProfileCommand::~CliProfileCommand() = default;

void CliProfileCommand::start()
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption site(QStringLiteral("site"), tr("china or international."), QStringLiteral("site"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), tr("A custom endpoint URL."), QStringLiteral("url"));
    const QCommandLineOption output(QStringLiteral("output"), tr("table, json or csv."), QStringLiteral("format"));
    const QCommandLineOption language(QStringLiteral("language"), tr("zh-CN or en-US."), QStringLiteral("tag"));
    const QCommandLineOption deleteSource(QStringLiteral("delete-source"), tr("Delete the imported plaintext file."));
    // Global options of the other commands: accepted here, --profile refused with a reason.
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("No effect on profile commands."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("No effect on profile commands."), QStringLiteral("seconds"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Not used: name the profile as an argument."),
                                     QStringLiteral("name"));
    parser.addOptions({site, endpoint, output, language, deleteSource, verbose, timeout, profile});
    if (!parser.parse(m_arguments))
        return fail(ExitCode::UsageError, parser.errorText());
    if (parser.isSet(profile))
        return fail(ExitCode::UsageError, tr("--profile does not apply here: name the profile after the command, "
                                             "for example: gaap-capacity-cli profile remove NAME."));
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // "profile"
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        writeTo(stdout, helpText());
        return end(parser.isSet(QStringLiteral("help")) ? ExitCode::Success : ExitCode::UsageError);
    }

    const QString command = positional.takeFirst();
    const QString name = positional.value(0);
    if (positional.size() > 1)
        return fail(ExitCode::UsageError, tr("Unexpected argument \"%1\".").arg(positional.at(1)));
    if (parser.isSet(site) && parser.isSet(endpoint))
        return fail(ExitCode::UsageError, tr("Use either --endpoint or --site, not both."));
    QString endpointText = parser.isSet(endpoint) ? parser.value(endpoint) : parser.value(site);
    if (parser.isSet(site) && endpointText != QLatin1String("china") && endpointText != QLatin1String("international"))
        return fail(ExitCode::UsageError, tr("--site must be china or international."));
    QString problem;
    if (!ProfileRegistry::isValidEndpoint(endpointText, &problem))
        return fail(ExitCode::UsageError, problem);
    if (const std::optional<Endpoint> parsed = Endpoint::fromUserInput(endpointText); parsed && parser.isSet(endpoint))
        endpointText = Profile::endpointText(*parsed);

    const QString format = parser.value(output);
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return fail(ExitCode::UsageError, tr("--output must be table, json or csv."));

    const bool needsName = command == QLatin1String("add") || command == QLatin1String("remove")
                           || command == QLatin1String("set-default");
    if (needsName && name.isEmpty())
        return fail(ExitCode::UsageError, tr("profile %1 needs a profile name.").arg(command));
    if (!name.isEmpty() && !ProfileRegistry::isValidName(name, &problem))
        return fail(ExitCode::UsageError, problem);

    if (command == QLatin1String("list"))
        return list(format == QLatin1String("json") ? OutputFormat::Json
                    : format == QLatin1String("csv") ? OutputFormat::Csv
                                                     : OutputFormat::Table);
    if (command == QLatin1String("add"))
        return add(name, endpointText);
    if (command == QLatin1String("remove"))
        return remove(name);
    if (command == QLatin1String("set-default"))
        return setDefault(name);
    const QString importName = name.isEmpty() ? QStringLiteral("default") : name;
    if (command == QLatin1String("import-tccli"))
        return import(importName, CredentialImport::fromTccli(QDir::homePath(), importName), parser.isSet(deleteSource));
    if (command == QLatin1String("import-sdk"))
        return import(importName, CredentialImport::fromSdkFile(QDir::homePath()), parser.isSet(deleteSource));
    fail(ExitCode::UsageError, tr("Unknown profile command \"%1\". Run gaap-capacity-cli profile --help.").arg(command));
}

void CliProfileCommand::list(OutputFormat format)
{
    const QString defaultName = m_manager.defaultProfileName();
    CliTable table{{tr("Name"), tr("Endpoint"), tr("Default"), tr("Stored in")}, {}};
    QJsonArray array;
    for (const Profile &profile : m_manager.profiles()) {
        const bool isDefault = profile.name == defaultName;
        const QString source = profile.fromEnvironment ? QStringLiteral("environment") : QStringLiteral("keychain");
        table.rows.append({profile.name, profile.endpoint, isDefault ? QStringLiteral("*") : QString(), source});
        array.append(QJsonObject{{QStringLiteral("Name"), profile.name},
                                 {QStringLiteral("Endpoint"), profile.endpoint},
                                 {QStringLiteral("Default"), isDefault},
                                 {QStringLiteral("Source"), source}});
    }
    if (format == OutputFormat::Json)
        writeTo(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else if (format == OutputFormat::Csv)
        writeTo(stdout, table.toCsv());
    else if (table.rows.isEmpty())
        say(tr("No profiles yet. Add one with: gaap-capacity-cli profile add NAME"));
    else
        writeTo(stdout, table.toText());
    end(ExitCode::Success);
}

void CliProfileCommand::add(const QString &name, const QString &endpoint)
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
        return fail(ExitCode::UsageError, problem);
    save(name, endpoint, credentials, [this, name] {
        say(tr("Profile \"%1\" saved; its key is in the system keychain.").arg(name));
        end(ExitCode::Success);
    });
}

void CliProfileCommand::save(const QString &name, const QString &endpoint, const Credentials &credentials,
                             const std::function<void()> &afterSaving)
{
    CredentialJob *job = m_manager.save({name, endpoint, false}, credentials);
    connect(job, &CredentialJob::finished, this, [this, job, afterSaving] {
        if (!job->isOk())
            return fail(job->error().kind() == CredentialError::Kind::InvalidProfile ? ExitCode::UsageError
                                                                                     : ExitCode::CredentialError,
                        job->error().message());
        afterSaving();
    });
}

void CliProfileCommand::remove(const QString &name)
{
    if (!m_registry.profile(name))
        return fail(ExitCode::UsageError, tr("There is no profile named \"%1\".").arg(name));
    CredentialJob *job = m_manager.remove(name);
    connect(job, &CredentialJob::finished, this, [this, job, name] {
        if (!job->isOk() && job->error().kind() != CredentialError::Kind::NotFound)
            return fail(ExitCode::CredentialError, job->error().message());
        say(tr("Profile \"%1\" removed, with its keychain entry.").arg(name));
        end(ExitCode::Success);
    });
}

void CliProfileCommand::setDefault(const QString &name)
{
    if (!m_registry.profile(name))
        return fail(ExitCode::UsageError, tr("There is no profile named \"%1\".").arg(name));
    m_registry.setDefaultProfile(name);
    say(tr("\"%1\" is now the default profile.").arg(name));
    end(ExitCode::Success);
}

void CliProfileCommand::import(const QString &name, const CredentialImport::Result &imported, bool deleteSource)
{
    if (!imported.isOk())
        return fail(ExitCode::CredentialError, imported.error);
    save(name, imported.endpoint, imported.credentials, [this, name, imported, deleteSource] {
        say(tr("Imported into profile \"%1\"; its key is in the system keychain.").arg(name));
        offerToDelete(imported.sourceFiles, deleteSource);
        end(ExitCode::Success);
    });
}

void CliProfileCommand::offerToDelete(const QStringList &files, bool deleteWithoutAsking)
{
    const QString list = files.join(QStringLiteral(", "));
    bool remove = deleteWithoutAsking;
    if (!remove && TerminalInput::stdinIsTerminal())
        remove = askYesNo(tr("%1 still holds the key in plain text. Delete it?").arg(list));
    if (!remove) {
        say(tr("Kept %1, which still holds the key in plain text. Delete it yourself, or run the import again "
               "with --delete-source.").arg(list));
        return;
    }
    for (const QString &file : files) {
        if (QFile::remove(file))
            say(tr("Deleted %1.").arg(file));
        else
            say(tr("Could not delete %1; delete it yourself.").arg(file));
    }
}

void CliProfileCommand::say(const QString &text)
{
    writeTo(stderr, text + u'\n');
}

void CliProfileCommand::fail(ExitCode code, const QString &message)
{
    writeTo(stderr, QStringLiteral("gaap-capacity-cli: %1\n").arg(message));
    end(code);
}

void CliProfileCommand::end(ExitCode code)
{
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(static_cast<int>(code)); });
}
