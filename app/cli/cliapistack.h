#pragma once

#include "cli/cliinvocation.h"
#include "cli/exitcode.h"
#include "core/api/apiclient.h"
#include "core/credentials/profilemanager.h"
#include "core/gaap/gaapapi.h"
#include "core/session/apistack.h"

#include <QObject>
#include <QSettings>

#include <functional>
#include <memory>

class CredentialStore;

// What gaap-capacity-cli builds for a run, in this one place: the settings and profiles, and the core's
// ApiStack (network, ApiClient, GaapApi) with the run's endpoint, timeout, language and credentials.
class CliApiStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApiStack)

public:
    explicit CliApiStack(CredentialStore *store, QObject *parent = nullptr);
    ~CliApiStack() override;

    [[nodiscard]] ProfileRegistry &registry() { return m_registry; }
    [[nodiscard]] ProfileManager &profiles() { return m_profiles; }
    [[nodiscard]] ApiClient &client() { return *m_stack.client(); }
    [[nodiscard]] GaapApi &api() { return *m_stack.api(); }
    [[nodiscard]] ProfileVerifier &verifier() { return *m_stack.verifier(); }
    // The profile whose key signs the requests (for the history).
    [[nodiscard]] QString profileName() const { return m_profileName; }

    // The invocation's endpoint, timeout and language.
    void configure(const CliInvocation &invocation);
    // The key: --profile NAME, else the environment's, else the default profile (and its endpoint unless
    // --endpoint or --site was given). Calls `done` with Success once the client has it, or prints why
    // there is none and calls `done` with CredentialError.
    void loadCredentials(const CliInvocation &invocation, const std::function<void(ExitCode)> &done);

private:
    void useProfile(const QString &name, const std::function<void(ExitCode)> &done);
    void credentialsReady(const QString &name);
    void credentialsFailed(const QString &message);

    std::unique_ptr<QSettings> m_settings;
    ProfileRegistry m_registry;
    ProfileManager m_profiles;
    ApiStack m_stack;
    Endpoint m_endpoint = Endpoint::china(); // --endpoint / --site, or China
    QString m_profileName = ProfileRegistry::environmentProfileName();
    std::function<void(ExitCode)> m_done; // of the running loadCredentials()
};
