#pragma once

// Points the app's ApiClient at an in-process fake GAAP server, signing with the server's demo key
// (a long-term key, no token): what every test and benchmark of the API stack starts with.
#include "apiclient.h"
#include "endpoint.h"
#include "fakegaapserver.h"
#include "secretstring.h"

inline void useFakeServer(ApiClient &client, const FakeGaapServer &server)
{
    client.setEndpoint(*Endpoint::fromUserInput(server.url().toString()));
    const FakeCredential demo = server.demoCredential();
    client.setCredentials({demo.secretId, SecretString(demo.secretKey), SecretString()});
}
