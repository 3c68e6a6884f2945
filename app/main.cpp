#include "endpoint.h"
#include "gaapversion.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>

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
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            QStringLiteral("API endpoint URL (https://…, or http:// on loopback)."),
                                            QStringLiteral("url"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("User-interface language: zh-CN or en-US."),
                                            QStringLiteral("tag"));
    parser.addOption(endpointOption);
    parser.addOption(languageOption);
    parser.process(application);

    TranslationLoader::install(&application, TranslationLoader::localeFromTag(parser.value(languageOption)));

    Endpoint endpoint = Endpoint::china();
    if (parser.isSet(endpointOption)) {
        QString error;
        const auto parsed = Endpoint::fromUserInput(parser.value(endpointOption), &error);
        if (!parsed) {
            std::fprintf(stderr, "gaap-capacity: %s\n", qPrintable(error));
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Invalid endpoint"), error);
            return 2;
        }
        endpoint = *parsed;
    }

    MainWindow window(endpoint);
    window.show();
    return QApplication::exec();
}
