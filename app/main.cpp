#include "core/api/endpoint.h"
#include "core/common/gaapversion.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "core/history/historystore.h"
#include "core/session/apistack.h"
#include "core/session/watchlist.h"
#include "core/settings/appsettings.h"
#include "core/settings/preferences.h"
#include "core/settings/translationloader.h"
#include "ui/common/colourscheme.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// The command line: --endpoint, --language and --profile, plus --help and --version.
struct Arguments
{
    QCommandLineOption endpoint{QStringLiteral("endpoint"),
                                QStringLiteral("API endpoint URL (https://…, or http:// on loopback)."),
                                QStringLiteral("url")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QStringLiteral("User-interface language: zh-CN or en-US (default: the one chosen in Settings)."),
        QStringLiteral("tag")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QStringLiteral("Use this credential profile instead of the default one."),
                               QStringLiteral("name")};
    QCommandLineParser parser;

    explicit Arguments(const QApplication &application)
    {
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({endpoint, language, profile});
        parser.process(application);
    }
};

void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("gaap-capacity"));
    QApplication::setApplicationDisplayName(QStringLiteral(GAAP_APPLICATION_NAME));
    QApplication::setOrganizationName(QStringLiteral(GAAP_ORGANIZATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(GAAP_ORGANIZATION_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(GAAP_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gaap_capacity_check.GaapCapacity"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gaap-capacity.svg")));
}

void reportOnStderr(const QString &message)
{
    std::fprintf(stderr, "gaap-capacity: %s\n", qPrintable(message));
}

// --endpoint: nullopt without the option; false (after telling the user) when it is unusable.
bool readEndpointOverride(const Arguments &arguments, std::optional<Endpoint> *endpoint)
{
    if (!arguments.parser.isSet(arguments.endpoint))
        return true;
    QString error;
    *endpoint = Endpoint::fromUserInput(arguments.parser.value(arguments.endpoint), &error);
    if (*endpoint)
        return true;
    reportOnStderr(error);
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Invalid endpoint"), error);
    return false;
}

// Shown after the window: an unknown --profile, then (on the first run) the Profiles dialog.
void greet(MainWindow *window, const QString &unknownProfile, bool firstRun)
{
    if (unknownProfile.isEmpty()) {
        if (firstRun)
            QTimer::singleShot(0, window, &MainWindow::openProfiles);
        return;
    }
    const QString message =
        QCoreApplication::translate("main", "There is no profile named \"%1\". Add it in Settings > Profiles, "
                                            "or run gaap-capacity-cli profile list to see the names.")
            .arg(unknownProfile);
    reportOnStderr(message);
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("main", "Unknown Profile"), message,
                                QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (firstRun) // one dialog at a time: the Profiles dialog follows the message
        QObject::connect(box, &QMessageBox::finished, window, &MainWindow::openProfiles);
    box->open();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    describeApplication();
    const Arguments arguments(application);

    auto settings = AppSettings::open();
    Preferences preferences(settings.get());
    applyProxy(preferences.proxy());
    if (preferences.colourScheme() != Preferences::ColourScheme::System)
        ColourScheme::apply(preferences.colourScheme());
    const QString languageTag = arguments.parser.isSet(arguments.language) ? arguments.parser.value(arguments.language)
                                                                           : preferences.uiLanguage();
    const QLocale locale = TranslationLoader::localeFromTag(languageTag);
    TranslationLoader::install(&application, locale);

    std::optional<Endpoint> endpointOverride;
    if (!readEndpointOverride(arguments, &endpointOverride))
        return 2;

    // Everything below lives as long as main(); each piece only borrows the ones made before it.
    ProfileRegistry registry(settings.get());
    KeychainCredentialStore store;
    ProfileManager profiles(&registry, &store);
    ApiStack stack(&profiles);
    stack.setLanguage(TranslationLoader::apiLanguage(locale));
    stack.setTimeout(preferences.requestTimeout());
    stack.setDefaultEndpoint(preferences.defaultEndpoint());
    stack.setEndpointOverride(endpointOverride);

    QString profileName = profiles.startupProfileName();
    QString unknownProfile;
    if (const QString wanted = arguments.parser.value(arguments.profile); !wanted.isEmpty())
        (profiles.profile(wanted) ? profileName : unknownProfile) = wanted;

    // Every check and matrix cell goes here; a corrupt or locked database only disables history.
    HistoryStore history;
    WatchList watches(settings.get()); // kept in the settings file; they run with the profile they were made with
    MainWindow window(&stack, &profiles, &preferences);
    window.setHistoryStore(&history);
    window.setWatchList(&watches);
    window.setCurrentProfile(profileName);
    window.restoreOrFitGeometry(preferences.windowGeometry()); // saved again when the window closes
    window.show();
    greet(&window, unknownProfile, profiles.profiles().isEmpty());
    return QApplication::exec();
}
