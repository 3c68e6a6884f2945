#include "core/settings/appsettings.h"
#include "core/api/endpoint.h"
#include "core/common/gaapversion.h"
#include "core/history/historystore.h"
#include "core/credentials/keychaincredentialstore.h"
#include "ui/mainwindow.h"
#include "core/settings/preferences.h"
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "core/session/profileverifier.h"
#include "core/settings/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gaap-capacity"));
    QApplication::setApplicationDisplayName(QStringLiteral(GAAP_APPLICATION_NAME));
    QApplication::setOrganizationName(QStringLiteral(GAAP_ORGANIZATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(GAAP_ORGANIZATION_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(GAAP_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gaap_capacity_check.GaapCapacity"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gaap-capacity.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            QStringLiteral("API endpoint URL (https://…, or http:// on loopback)."),
                                            QStringLiteral("url"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("User-interface language: zh-CN or en-US (default: the one chosen in Settings)."),
        QStringLiteral("tag"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Use this credential profile instead of the default one."),
                                           QStringLiteral("name"));
    parser.addOption(endpointOption);
    parser.addOption(languageOption);
    parser.addOption(profileOption);
    parser.process(application);

    auto settings = AppSettings::open();
    Preferences preferences(settings.get());
    applyProxy(preferences.proxy());

    const QLocale locale = TranslationLoader::localeFromTag(parser.isSet(languageOption) ? parser.value(languageOption)
                                                                                         : preferences.uiLanguage());
    TranslationLoader::install(&application, locale);

    std::optional<Endpoint> endpointOverride;
    if (parser.isSet(endpointOption)) {
        QString error;
        const auto parsed = Endpoint::fromUserInput(parser.value(endpointOption), &error);
        if (!parsed) {
            std::fprintf(stderr, "gaap-capacity: %s\n", qPrintable(error));
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Invalid endpoint"), error);
            return 2;
        }
        endpointOverride = *parsed;
    }

    // Everything below lives as long as main(); each piece only borrows the ones made before it.
    ProfileRegistry registry(settings.get());
    KeychainCredentialStore store;
    ProfileManager profiles(&registry, &store);
    QNetworkAccessManager network;
    ProfileVerifier verifier(&network);
    verifier.setLanguage(TranslationLoader::prefersChinese(locale) ? ApiClient::Language::Chinese
                                                                   : ApiClient::Language::English);
    verifier.setTimeout(preferences.requestTimeout());

    QString profileName = profiles.defaultProfileName();
    QString unknownProfile;
    if (parser.isSet(profileOption)) {
        if (profiles.profile(parser.value(profileOption)))
            profileName = parser.value(profileOption);
        else
            unknownProfile = parser.value(profileOption);
    }
    const Endpoint endpoint = profiles.endpointFor(profileName, endpointOverride, preferences.defaultEndpoint());

    // Every check and matrix cell goes here; a corrupt or locked database only disables history.
    HistoryStore history;
    MainWindow window(endpoint, &profiles, &verifier, &preferences);
    window.setHistoryStore(&history);
    window.setEndpointOverride(endpointOverride);
    window.setApiLanguage(TranslationLoader::prefersChinese(locale) ? ApiClient::Language::Chinese
                                                                    : ApiClient::Language::English);
    window.setCurrentProfile(profileName);
    window.restoreGeometry(preferences.windowGeometry()); // saved again when the window closes
    QObject::connect(&window, &MainWindow::preferencesChanged, &verifier,
                     [&preferences, &verifier] { verifier.setTimeout(preferences.requestTimeout()); });
    window.show();

    const bool firstRun = profiles.profiles().isEmpty();
    if (!unknownProfile.isEmpty()) {
        const QString message =
            QCoreApplication::translate("main", "There is no profile named \"%1\". Add it in Settings > Profiles, "
                                                "or run gaap-capacity-cli profile list to see the names.")
                .arg(unknownProfile);
        std::fprintf(stderr, "gaap-capacity: %s\n", qPrintable(message));
        auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("main", "Unknown Profile"),
                                    message, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (firstRun) // one dialog at a time: the Profiles dialog follows the message
            QObject::connect(box, &QMessageBox::finished, &window, &MainWindow::openProfiles);
        box->open();
    } else if (firstRun) {
        QTimer::singleShot(0, &window, &MainWindow::openProfiles);
    }
    return QApplication::exec();
}
