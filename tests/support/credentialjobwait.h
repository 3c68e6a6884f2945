#pragma once

// Waiting for a CredentialJob (they are asynchronous and delete themselves) in tests.
#include "core/credentials/credentialstore.h"

#include <QtCore/qtestsupport_core.h>

#include <memory>

// What a CredentialJob ended with, copied before the job deletes itself.
struct JobOutcome
{
    bool finished = false;
    CredentialError error;
    Credentials credentials;
    [[nodiscard]] bool isOk() const { return finished && error.isNone(); }
    [[nodiscard]] CredentialError::Kind kind() const { return error.kind(); }
    [[nodiscard]] QByteArray describe() const
    {
        return finished ? (error.detail() + QStringLiteral(" / ") + error.message()).toUtf8()
                        : QByteArrayLiteral("did not finish");
    }
};

// Waits up to `timeoutMs` for `job` (nullptr: not finished); JobOutcome::finished says whether it did.
inline JobOutcome waitFor(CredentialJob *job, int timeoutMs = 5000)
{
    auto outcome = std::make_shared<JobOutcome>();
    if (!job)
        return *outcome;
    QObject::connect(job, &CredentialJob::finished, job, [job, outcome] {
        outcome->finished = true;
        outcome->error = job->error();
        outcome->credentials = job->credentials();
    });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome->finished; }, timeoutMs));
    return *outcome;
}
