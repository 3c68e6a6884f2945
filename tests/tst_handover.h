#pragma once

// Handing an order over (the app never creates anything): RequestExport's tccli CreateProxy command, Terraform
// resource and console URLs, exactly; the command run through a real shell with a fake tccli.
#include "core/gaap/gaaptypes.h"

#include <QObject>

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

public:
    // The checked connection of most rows: Hongkong from SouthChina, 10 Mbps, 20,000 connections.
    static CheckRequest basicRequest();
};
