#pragma once

// What widget tests against the in-process fake GAAP server share: a profile holding the server's demo key, and
// the check of one of its routes.
#include "core/gaap/gaaptypes.h"
#include "support/appcontext.h"
#include "support/fakegaapserver.h"

#include <QObject>
#include <QTest>

namespace DemoProfile {

// Saves profile `name` with the server's URL and demo key into `app`'s (in-memory) keychain; false when that
// failed or did not finish within 5 s.
inline bool save(AppContext &app, const FakeGaapServer &server, const QString &name)
{
    const FakeCredential demo = server.demoCredential();
    CredentialJob *job = app.profiles.save({name, server.url().toString(), false},
                                           {demo.secretId, SecretString(demo.secretKey), SecretString()});
    if (!job)
        return false;
    bool saved = false;
    QObject::connect(job, &CredentialJob::finished, job, [&saved] { saved = true; });
    return QTest::qWaitFor([&saved] { return saved; }, 5000);
}

// The CheckProxyCreate request of `route`.
inline CheckRequest checkOf(const FakeRoute &route)
{
    CheckRequest request;
    request.originRegion = route.origin;
    request.accessRegion = route.access;
    request.bandwidth = route.bandwidth;
    request.concurrent = route.concurrent;
    return request;
}

} // namespace DemoProfile
