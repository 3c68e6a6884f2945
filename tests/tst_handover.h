#pragma once

// Handing an order over (the app never creates anything): RequestExport's tccli CreateProxy command, Terraform
// resource and console URLs, exactly; the command run through a real shell with a fake tccli; and the result
// card's hand-over buttons (tst_handover_card.cpp): enabled for "Can be created" only, what they copy, the web
// console per site.
#include "core/gaap/gaaptypes.h"

#include <QList>
#include <QObject>
#include <QUrl>

class tst_Handover final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RequestExport (tst_handover.cpp)
    void tccliCreateProxyCommand_data();
    void tccliCreateProxyCommand();
    void createProxyCommandRunsInAShell_data();
    void createProxyCommandRunsInAShell();
    void terraform_data();
    void terraform();
    void consoleUrl_data();
    void consoleUrl();

    // The result card (tst_handover_card.cpp)
    void onlyCreatableAnswersAreHandedOver_data();
    void onlyCreatableAnswersAreHandedOver();
    void copiesTheOrder();
    void webConsoleOfTheSite_data();
    void webConsoleOfTheSite();
    void keyboardReachesTheHandOver();

public:
    // The checked connection of most rows: Hongkong from SouthChina, 10 Mbps, 20,000 connections.
    static CheckRequest basicRequest();
};

// Takes the URLs QDesktopServices::openUrl() is given (setUrlHandler), so that no browser starts.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};
