#include "support/fakeapistack.h"

#include "core/common/secretstring.h"

namespace {

ApiStack::Options stackOptions(RateLimiter *limiter, bool diskCache, const QString &cacheDirectory)
{
    ApiStack::Options options;
    options.limiter = limiter;
    options.diskCache = diskCache;
    options.cacheDirectory = cacheDirectory;
    return options;
}

} // namespace

Endpoint endpointOf(const FakeGaapServer &server)
{
    return *Endpoint::fromUserInput(server.url().toString());
}

Credentials demoCredentialsOf(const FakeGaapServer &server)
{
    const FakeCredential demo = server.demoCredential();
    return {demo.secretId, SecretString(demo.secretKey), SecretString()};
}

void useFakeServer(ApiClient &client, const FakeGaapServer &server)
{
    client.setEndpoint(endpointOf(server));
    client.setCredentials(demoCredentialsOf(server));
}

FakeApiStack::FakeApiStack(const FakeGaapServer &server, const FakeApiStackOptions &options)
    : m_limiter(options.requestsPerInterval, options.interval, options.clock)
    , m_stack(options.profiles,
              stackOptions(&m_limiter, options.diskCache, m_cacheDir.filePath(QStringLiteral("regions"))))
{
    m_stack.api()->setRetryPolicy(options.retries);
    useServer(server);
}

void FakeApiStack::useServer(const FakeGaapServer &server)
{
    m_stack.useCredentials(endpointOf(server), demoCredentialsOf(server));
}
