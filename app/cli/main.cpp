#include "gaapversion.h"
#include "translationloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkProxyFactory>

#include <cstdio>

namespace {

// Exit codes scripts can rely on.
enum ExitCode { Success = 0, UsageError = 2 };

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language"))
            return arguments.at(i + 1);
    }
    return qEnvironmentVariable("GAAP_LANGUAGE");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gaap-capacity-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(GAAP_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(GAAP_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAAP_VERSION_STRING));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Translators must be in place before the help text is built.
    TranslationLoader::install(&application,
                               TranslationLoader::localeFromTag(languageFromArguments(application.arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Asks Tencent Cloud GAAP whether an acceleration connection can be "
                                           "created, and what it would cost."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("language"),
                                        QCoreApplication::translate("cli", "Language of messages: zh-CN or en-US."),
                                        QStringLiteral("tag")));

    if (!parser.parse(application.arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("gaap-capacity-cli %s\n", GAAP_VERSION_STRING);
        return Success;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().isEmpty()) {
        std::printf("%s", qPrintable(parser.helpText()));
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    }

    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "Unknown command \"%1\". Run gaap-capacity-cli --help "
                                                               "for the list of commands.")
                                .arg(parser.positionalArguments().constFirst())));
    return UsageError;
}
