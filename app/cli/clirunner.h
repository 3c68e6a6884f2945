#pragma once

#include "apiclient.h"
#include "cliinvocation.h"
#include "exitcode.h"
#include "gaapapi.h"
#include "profilemanager.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>

#include <functional>
#include <memory>

class ApiError;
class CredentialStore;
struct CliTable;

// Runs one parsed command against the API and prints its answer; emits finished() with the exit code.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(const CliInvocation &invocation, CredentialStore *store, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // --profile NAME, else the environment's key, else the default profile.
    void useProfile(const QString &name);
    void run(const Credentials &credentials);
    void runOriginRegions();
    void runAccessRegions();
    void runCheck();
    void runPrice();
    // Loads the access regions of the origin, finds the requested one and hands it on; an access
    // region that does not serve the origin ends the run with a usage error.
    void withOfferedRegion(std::function<void(const AccessRegionDetail &)> next);

    void print(const CliTable &table, const QJsonObject &response);
    void fail(const ApiError &error);
    void failUsage(const QString &message);
    void end(ExitCode code);

    CliInvocation m_invocation;
    std::unique_ptr<QSettings> m_settings;
    ProfileRegistry m_registry;
    ProfileManager m_profiles;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    GaapApi m_api;
};
