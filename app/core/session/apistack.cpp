#include "core/session/apistack.h"

#include "core/credentials/credentialstore.h"
#include "core/credentials/profilemanager.h"
#include "core/gaap/gaapapi.h"
#include "core/session/checksession.h"
#include "core/session/grouplist.h"
#include "core/session/profileverifier.h"
#include "core/session/regioncache.h"
#include "core/session/regionlists.h"

ApiStack::ApiStack(ProfileManager *profiles, QObject *parent)
    : ApiStack(profiles, Options(), parent)
{
}

ApiStack::ApiStack(ProfileManager *profiles, const Options &options, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_client(std::make_unique<ApiClient>(&m_network))
    , m_api(std::make_unique<GaapApi>(m_client.get(), options.limiter))
    , m_cache(options.diskCache ? std::make_unique<RegionCache>(options.cacheDirectory) : nullptr)
    , m_regions(std::make_unique<RegionLists>(m_api.get(), m_cache.get()))
    , m_checks(std::make_unique<CheckSession>(m_api.get(), m_regions.get()))
    , m_groups(std::make_unique<GroupList>(m_api.get()))
    , m_verifier(std::make_unique<ProfileVerifier>(&m_network, options.limiter))
{
    connect(m_api.get(), &GaapApi::clockSkewDetected, this, &ApiStack::clockSkewDetected);
}

ApiStack::~ApiStack()
{
    delete m_credentialJob;
    // The lists, the check and the verifier stop their calls before the API objects go away.
    m_verifier.reset();
    m_groups.reset();
    m_checks.reset();
    m_regions.reset();
}

std::unique_ptr<RegionLists> ApiStack::createRegionLists() const
{
    auto lists = std::make_unique<RegionLists>(m_api.get(), nullptr);
    lists->setOriginQuery(originQuery());
    return lists;
}

void ApiStack::setOriginQuery(const OriginRegionQuery &query)
{
    m_regions->setOriginQuery(query);
}

const OriginRegionQuery &ApiStack::originQuery() const
{
    return m_regions->originQuery();
}

void ApiStack::setLanguage(ApiClient::Language language)
{
    m_client->setLanguage(language);
    m_verifier->setLanguage(language);
}

void ApiStack::setTimeout(std::chrono::milliseconds timeout)
{
    m_client->setTimeout(timeout);
    m_verifier->setTimeout(timeout);
}

Endpoint ApiStack::endpointFor(const QString &profile) const
{
    if (!m_profiles)
        return m_endpointOverride.value_or(m_defaultEndpoint);
    return m_profiles->endpointFor(profile, m_endpointOverride, m_defaultEndpoint);
}

void ApiStack::forgetSession(const Endpoint &endpoint)
{
    delete m_credentialJob;
    m_checks->cancelCheck();
    m_regions->reset();
    m_groups->reset();
    m_client->setCredentials({});
    m_client->setEndpoint(endpoint);
}

void ApiStack::useProfile(const QString &name)
{
    m_profile = name;
    const Endpoint endpoint = endpointFor(name);
    forgetSession(endpoint);
    Q_EMIT profileChanged(name, endpoint);
    if (name.isEmpty() || !m_profiles)
        return;
    CredentialJob *job = m_profiles->credentials(name);
    m_credentialJob = job;
    connect(job, &CredentialJob::finished, this, [this, job, name] {
        if (job != m_credentialJob)
            return; // another profile was chosen meanwhile
        m_credentialJob = nullptr;
        if (!job->isOk()) {
            Q_EMIT credentialsFailed(name, job->error().message());
            return;
        }
        m_client->setCredentials(job->credentials());
        if (name != ProfileRegistry::environmentProfileName())
            m_profiles->registry()->setLastUsedProfile(name); // the app opens with it next time
        Q_EMIT credentialsReady(name);
    });
}

void ApiStack::useCredentials(const Endpoint &endpoint, const Credentials &credentials)
{
    m_profile.clear();
    forgetSession(endpoint);
    m_client->setCredentials(credentials);
}
