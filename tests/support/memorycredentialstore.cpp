#include "support/memorycredentialstore.h"

CredentialJob *MemoryCredentialStore::start()
{
    auto *job = new CredentialJob(this);
    if (!m_unresponsive && !m_failure.isNone())
        job->finish(m_failure);
    return job;
}

CredentialJob *MemoryCredentialStore::read(const QString &profile)
{
    CredentialJob *job = start();
    if (job->isFinished() || m_unresponsive)
        return job;
    Credentials credentials;
    if (!m_entries.contains(profile))
        job->finish({CredentialError::Kind::NotFound, QStringLiteral("no entry")});
    else if (!deserialize(m_entries.value(profile), &credentials))
        job->finish({CredentialError::Kind::InvalidData, QStringLiteral("bad entry")});
    else
        job->finish({}, credentials);
    return job;
}

CredentialJob *MemoryCredentialStore::write(const QString &profile, const Credentials &credentials)
{
    CredentialJob *job = start();
    if (job->isFinished() || m_unresponsive)
        return job;
    m_entries.insert(profile, serialize(credentials));
    job->finish({});
    return job;
}

CredentialJob *MemoryCredentialStore::remove(const QString &profile)
{
    CredentialJob *job = start();
    if (job->isFinished() || m_unresponsive)
        return job;
    if (m_entries.remove(profile) == 0)
        job->finish({CredentialError::Kind::NotFound, QStringLiteral("no entry")});
    else
        job->finish({});
    return job;
}
