#include "cli/clirunner.h"

#include "cli/clioutput.h"
#include "core/settings/appsettings.h"
#include "cli/clireport.h"
#include "cli/clitable.h"
#include "core/credentials/environmentcredentials.h"
#include "core/gaap/requestvalidator.h"
#include "core/settings/translationloader.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

ExitCode exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None: return ExitCode::Success;
    case Kind::InvalidInput: return ExitCode::UsageError;
    case Kind::MissingCredentials: return ExitCode::CredentialError;
    case Kind::Service: {
        static const QStringList credentialCodes{
            QStringLiteral("AuthFailure.SecretIdNotFound"), QStringLiteral("AuthFailure.SignatureFailure"),
            QStringLiteral("AuthFailure.InvalidSecretId"), QStringLiteral("AuthFailure.TokenFailure")};
        return credentialCodes.contains(error.code()) ? ExitCode::CredentialError : ExitCode::ApiFailure;
    }
    case Kind::InvalidJson:
    case Kind::MalformedResponse:
    case Kind::BodyTooLarge: return ExitCode::ApiFailure;
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionClosed:
    case Kind::TlsFailure:
    case Kind::Proxy:
    case Kind::Timeout:
    case Kind::HttpStatus:
    case Kind::Cancelled:
    case Kind::Network: return ExitCode::NetworkFailure;
    }
    return ExitCode::ApiFailure;
}

CliRunner::CliRunner(const CliInvocation &invocation, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_settings(AppSettings::open())
    , m_registry(m_settings.get())
    , m_profiles(&m_registry, store)
    , m_client(&m_network)
    , m_api(&m_client)
{
    m_client.setEndpoint(invocation.endpoint);
    m_client.setTimeout(invocation.timeout);
    const QLocale locale = TranslationLoader::localeFromTag(invocation.language);
    m_client.setLanguage(TranslationLoader::prefersChinese(locale) ? ApiClient::Language::Chinese
                                                                   : ApiClient::Language::English);
    // The CLI prints the history's problems itself, once; the log line says the same again.
    if (!invocation.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("gaap.history.warning=false"));
    if (invocation.verbose) {
        m_client.setTracing(true);
        connect(&m_client, &ApiClient::traced, this, [](const QString &text) { writeTo(stderr, text + u'\n'); });
    }
    connect(&m_api, &GaapApi::clockSkewDetected, this, [](qint64 seconds) {
        // `seconds` is the server's time minus ours.
        const QString text = seconds > 0
                                 ? QCoreApplication::translate("CliRunner",
                                                               "Warning: this computer's clock is %1 seconds behind "
                                                               "Tencent Cloud's; the request was repeated with the "
                                                               "corrected time. Please synchronise the clock.\n")
                                 : QCoreApplication::translate("CliRunner",
                                                               "Warning: this computer's clock is %1 seconds ahead of "
                                                               "Tencent Cloud's; the request was repeated with the "
                                                               "corrected time. Please synchronise the clock.\n");
        writeTo(stderr, text.arg(qAbs(seconds)));
    });
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_invocation.command == CliInvocation::Command::History) // needs no credentials
        return QTimer::singleShot(0, this, [this] { runHistory(); });
    if (!m_invocation.profile.isEmpty())
        return useProfile(m_invocation.profile);
    if (const std::optional<Credentials> fromEnvironment = EnvironmentCredentials::read())
        return run(*fromEnvironment);
    const QString fallback = m_profiles.defaultProfileName();
    if (!fallback.isEmpty())
        return useProfile(fallback);
    writeTo(stderr, QCoreApplication::translate("CliRunner",
                                                "gaap-capacity-cli: No credentials: add a profile (gaap-capacity-cli profile add NAME), or "
                                                "set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and "
                                                "TENCENTCLOUD_TOKEN for temporary keys). Create a key in the CAM "
                                                "console under API Key Management.\n"));
    QTimer::singleShot(0, this, [this] { end(ExitCode::CredentialError); });
}

void CliRunner::useProfile(const QString &name)
{
    m_profileName = name;
    const std::optional<Profile> profile = m_profiles.profile(name);
    if (profile && !m_invocation.endpointGiven)
        m_client.setEndpoint(profile->resolvedEndpoint());
    CredentialJob *job = m_profiles.credentials(name);
    connect(job, &CredentialJob::finished, this, [this, job, name] {
        if (!job->isOk()) {
            writeTo(stderr, QStringLiteral("gaap-capacity-cli: %1\n").arg(job->error().message()));
            return end(ExitCode::CredentialError);
        }
        if (name != ProfileRegistry::environmentProfileName())
            m_registry.setLastUsedProfile(name);
        run(job->credentials());
    });
}

void CliRunner::run(const Credentials &credentials)
{
    m_client.setCredentials(credentials);
    switch (m_invocation.command) {
    case CliInvocation::Command::OriginRegions: runOriginRegions(); break;
    case CliInvocation::Command::AccessRegions: runAccessRegions(); break;
    case CliInvocation::Command::Check: runCheck(); break;
    case CliInvocation::Command::Price: runPrice(); break;
    case CliInvocation::Command::Matrix: runMatrix(); break;
    case CliInvocation::Command::History: runHistory(); break;
    }
}

void CliRunner::runOriginRegions()
{
    DestRegionsCall *call = m_api.destRegions();
    connect(call, &GaapCall::finished, this, [this, call] {
        if (!call->isOk())
            return fail(call->error());
        print(CliReport::originRegions(call->regions()), call->response());
        end(ExitCode::Success);
    });
}

void CliRunner::runAccessRegions()
{
    AccessRegionsCall *call = m_api.accessRegions(m_invocation.accessRegions);
    connect(call, &GaapCall::finished, this, [this, call] {
        if (!call->isOk())
            return fail(call->error());
        print(CliReport::accessRegions(call->regions()), call->response());
        end(ExitCode::Success);
    });
}

void CliRunner::withOfferedRegion(std::function<void(const AccessRegionDetail &)> next)
{
    AccessRegionsCall *call = m_api.accessRegions(m_invocation.accessRegions);
    connect(call, &GaapCall::finished, this, [this, call, next = std::move(next)] {
        if (!call->isOk())
            return fail(call->error());
        const QString wanted = m_invocation.check.accessRegion;
        QStringList available;
        for (const AccessRegionDetail &region : call->regions()) {
            if (region.regionId == wanted)
                return next(region);
            available.append(region.regionId);
        }
        failUsage(QCoreApplication::translate("CliRunner",
                                              "Access region \"%1\" does not serve origin region \"%2\" with these "
                                              "options. Access regions that do: %3.")
                      .arg(wanted, m_invocation.accessRegions.originRegion,
                           available.isEmpty() ? QStringLiteral("-") : available.join(QStringLiteral(", "))));
    });
}

void CliRunner::runCheck()
{
    withOfferedRegion([this](const AccessRegionDetail &offered) {
        CheckCall *call = m_api.checkProxyCreate(m_invocation.check, &offered);
        connect(call, &GaapCall::finished, this, [this, call] {
            recordCheck(call);
            if (!call->isOk())
                return fail(call->error());
            print(CliReport::check(m_invocation.check, call->result()), call->response());
            end(call->result().canCreate ? ExitCode::Success : ExitCode::CannotCreate);
        });
    });
}

void CliRunner::runPrice()
{
    withOfferedRegion([this](const AccessRegionDetail &offered) {
        PriceCall *call = m_api.inquirePrice(m_invocation.price, &offered);
        connect(call, &GaapCall::finished, this, [this, call] {
            if (!call->isOk())
                return fail(call->error());
            print(CliReport::price(m_invocation.price, call->quote()), call->response());
            end(ExitCode::Success);
        });
    });
}

void CliRunner::print(const CliTable &table, const QJsonObject &response)
{
    switch (m_invocation.output) {
    case OutputFormat::Json: writeTo(stdout, QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Indented))); break;
    case OutputFormat::Csv: writeTo(stdout, table.toCsv()); break;
    case OutputFormat::Table: writeTo(stdout, table.toText()); break;
    }
}

void CliRunner::fail(const ApiError &error)
{
    writeTo(stderr, QStringLiteral("gaap-capacity-cli: %1\n").arg(error.describe()));
    end(exitCodeFor(error));
}

void CliRunner::failUsage(const QString &message)
{
    writeTo(stderr, QStringLiteral("gaap-capacity-cli: %1\n").arg(message));
    end(ExitCode::UsageError);
}

void CliRunner::end(ExitCode code)
{
    Q_EMIT finished(static_cast<int>(code));
}
