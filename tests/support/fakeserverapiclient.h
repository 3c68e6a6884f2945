#pragma once

// Points the app's ApiClient at an in-process fake GAAP server, signing with the server's demo key
// (a long-term key, no token): what every test and benchmark of the API stack starts with.
#include "core/api/apiclient.h"
#include "core/api/endpoint.h"
#include "support/fakegaapserver.h"
#include "core/gaap/gaaptypes.h"
#include "core/common/secretstring.h"

inline void useFakeServer(ApiClient &client, const FakeGaapServer &server)
{
    client.setEndpoint(*Endpoint::fromUserInput(server.url().toString()));
    const FakeCredential demo = server.demoCredential();
    client.setCredentials({demo.secretId, SecretString(demo.secretKey), SecretString()});
}

// A check of `access` (its first origin) at exactly its normal capacity: the largest configuration
// that can be created. An empty request when `access` is nullptr.
inline CheckRequest checkAtNormalCapacity(const FakeAccessRegion *access)
{
    CheckRequest request;
    if (!access)
        return request;
    const FakeCapacity capacity = access->capacity.value(QStringLiteral("normal"));
    request.accessRegion = access->id;
    request.realServerRegion = access->destRegions.constFirst();
    request.bandwidth = capacity.maxBandwidth;
    request.concurrent = capacity.maxConcurrent;
    return request;
}
