#include "cli/cliapistack.h"

#include "cli/clioutput.h"
#include "core/credentials/environmentcredentials.h"
#include "core/settings/appsettings.h"
#include "core/settings/translationloader.h"

#include <QTimer>

#include <utility>

namespace {

ApiStack::Options cliStackOptions()
{
    ApiStack::Options options;
    options.diskCache = false; // every run asks the server
    return options;
}

} // namespace

CliApiStack::CliApiStack(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(AppSettings::open())
    , m_registry(m_settings.get())
    , m_profiles(&m_registry, store)
    , m_stack(&m_profiles, cliStackOptions())
{
    connect(&m_stack, &ApiStack::credentialsReady, this, &CliApiStack::credentialsReady);
    connect(&m_stack, &ApiStack::credentialsFailed, this,
            [this](const QString &, const QString &message) { credentialsFailed(message); });
}

CliApiStack::~CliApiStack() = default;

void CliApiStack::configure(const CliInvocation &invocation)
{
    m_endpoint = invocation.endpoint;
    // A profile's own endpoint counts unless --endpoint or --site was given; the Environment profile
    // (no endpoint of its own) follows the invocation's.
    m_stack.setEndpointOverride(invocation.endpointGiven ? std::optional<Endpoint>(invocation.endpoint) : std::nullopt);
    m_stack.setDefaultEndpoint(invocation.endpoint);
    m_stack.setTimeout(invocation.timeout);
    m_stack.setLanguage(TranslationLoader::apiLanguage(TranslationLoader::localeFromTag(invocation.language)));
}

void CliApiStack::loadCredentials(const CliInvocation &invocation, const std::function<void(ExitCode)> &done)
{
    if (!invocation.profile.isEmpty())
        return useProfile(invocation.profile, done);
    if (const QString problem = EnvironmentCredentials::problem(); !problem.isEmpty()) {
        writeError(problem);
        return done(ExitCode::CredentialError);
    }
    if (const std::optional<Credentials> fromEnvironment = EnvironmentCredentials::read()) {
        m_stack.useCredentials(m_endpoint, *fromEnvironment);
        return done(ExitCode::Success);
    }
    const QString fallback = m_profiles.defaultProfileName();
    if (!fallback.isEmpty())
        return useProfile(fallback, done);
    if (const QList<Profile> stored = m_registry.profiles(); !stored.isEmpty()) {
        QStringList names;
        for (const Profile &profile : stored)
            names.append(profile.name);
        writeError(QCoreApplication::translate("CliRunner",
                                               "No default profile. Name one with --profile NAME (profiles: %1), or "
                                               "make one the default: gaap-capacity-cli profile set-default NAME.")
                       .arg(names.join(QStringLiteral(", "))));
        return done(ExitCode::CredentialError);
    }
    writeTo(stderr, QCoreApplication::translate(
                        "CliRunner", "gaap-capacity-cli: No credentials: add a profile (gaap-capacity-cli profile add "
                                     "NAME), or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and "
                                     "TENCENTCLOUD_TOKEN for temporary keys). Create a key in the CAM console under "
                                     "API Key Management.\n"));
    done(ExitCode::CredentialError);
}

void CliApiStack::useProfile(const QString &name, const std::function<void(ExitCode)> &done)
{
    m_profileName = name;
    m_done = done;
    m_stack.useProfile(name); // credentialsReady() or credentialsFailed()
}

void CliApiStack::credentialsReady(const QString & /*name*/)
{
    if (const auto done = std::exchange(m_done, nullptr))
        done(ExitCode::Success);
}

void CliApiStack::credentialsFailed(const QString &message)
{
    writeError(message);
    if (const auto done = std::exchange(m_done, nullptr))
        done(ExitCode::CredentialError);
}
