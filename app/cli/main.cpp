#include "cli/clioutput.h"
#include "cli/cliparser.h"
#include "cli/clirunner.h"
#include "core/common/gaapversion.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/settings/translationloader.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gaap-capacity-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(GAAP_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(GAAP_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAAP_VERSION_STRING));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Translators go in before any text is built, so help and errors are translated too.
    const QStringList arguments = QCoreApplication::arguments();
    QString language = CliParser::languageArgument(arguments);
    if (language.isEmpty())
        language = qEnvironmentVariable("GAAP_LANGUAGE");
    TranslationLoader::install(&application, TranslationLoader::localeFromTag(language));

    const CliParser::Outcome parsed = CliParser::parse(arguments);
    if (!parsed.standardOutput.isEmpty())
        writeTo(stdout, parsed.standardOutput);
    if (!parsed.standardError.isEmpty())
        writeTo(stderr, parsed.standardError);
    if (!parsed.invocation)
        return static_cast<int>(exitCodeAfterOutput(parsed.exitCode));

    KeychainCredentialStore keychain;
    CliRunner runner(*parsed.invocation, &keychain);
    QObject::connect(&runner, &CliRunner::finished, &application,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    return static_cast<int>(exitCodeAfterOutput(static_cast<ExitCode>(QCoreApplication::exec())));
}
