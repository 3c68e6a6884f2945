#include "core/credentials/profilemanager.h"

#include "core/credentials/environmentcredentials.h"

#include <QRegularExpression>

ProfileManager::ProfileManager(ProfileRegistry *registry, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
{
}

QList<Profile> ProfileManager::profiles() const
{
    QList<Profile> out;
    if (EnvironmentCredentials::read())
        out.append({ProfileRegistry::environmentProfileName(), Endpoint::chinaName(), true});
    out.append(m_registry->profiles());
    return out;
}

std::optional<Profile> ProfileManager::profile(const QString &name) const
{
    if (name == ProfileRegistry::environmentProfileName()) {
        if (EnvironmentCredentials::read())
            return Profile{name, Endpoint::chinaName(), true};
        return std::nullopt;
    }
    return m_registry->profile(name);
}

Endpoint ProfileManager::endpointFor(const QString &name, const std::optional<Endpoint> &override,
                                     const Endpoint &fallback) const
{
    if (override)
        return *override;
    if (const std::optional<Profile> stored = profile(name);
        stored && !stored->fromEnvironment && !stored->endpoint.isEmpty())
        return Endpoint::fromStoredOrChina(stored->endpoint);
    return fallback;
}

QString ProfileManager::defaultProfileName() const
{
    const QString stored = m_registry->defaultProfile();
    if (!stored.isEmpty() && m_registry->profile(stored))
        return stored;
    return EnvironmentCredentials::read() ? ProfileRegistry::environmentProfileName() : QString();
}

QString ProfileManager::startupProfileName() const
{
    if (EnvironmentCredentials::read())
        return ProfileRegistry::environmentProfileName();
    for (const QString &name : {m_registry->lastUsedProfile(), m_registry->defaultProfile()}) {
        if (!name.isEmpty() && m_registry->profile(name))
            return name;
    }
    const QList<Profile> stored = m_registry->profiles();
    return stored.isEmpty() ? QString() : stored.constFirst().name;
}

CredentialJob *ProfileManager::refused(const QString &reason)
{
    auto *job = new CredentialJob(this);
    job->finish({CredentialError::Kind::InvalidProfile, reason});
    return job;
}

QString ProfileManager::checkCredentials(const Credentials &credentials)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (credentials.secretId.isEmpty() || credentials.secretKey.isEmpty())
        return tr("Enter both the SecretId and the SecretKey (CAM console, API key management).");
    if (credentials.secretId.contains(whitespace) || credentials.secretKey.reveal().contains(whitespace))
        return tr("The SecretId and SecretKey contain no spaces or line breaks; copy them again from the CAM "
                  "console.");
    if (credentials.hasControlCharacters())
        return tr("The session token holds a line break or another control character; copy it again.");
    return {};
}

CredentialJob *ProfileManager::credentials(const QString &name)
{
    if (name == ProfileRegistry::environmentProfileName()) {
        auto *job = new CredentialJob(this);
        if (const QString problem = EnvironmentCredentials::problem(); !problem.isEmpty())
            job->finish({CredentialError::Kind::InvalidProfile, problem});
        else if (const std::optional<Credentials> fromEnvironment = EnvironmentCredentials::read())
            job->finish({}, *fromEnvironment);
        else
            job->finish({CredentialError::Kind::InvalidProfile,
                         tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set.")});
        return job;
    }
    if (!m_registry->profile(name))
        return refused(tr("There is no profile named \"%1\".").arg(name));
    return m_store->read(name);
}

CredentialJob *ProfileManager::save(const Profile &profile, const Credentials &credentials)
{
    QString problem;
    if (profile.fromEnvironment || !ProfileRegistry::isValidName(profile.name, &problem)
        || !Endpoint::fromStored(profile.endpoint, &problem))
        return refused(problem.isEmpty() ? tr("The Environment profile cannot be changed.") : problem);
    Credentials cleaned{credentials.secretId.trimmed(), SecretString(credentials.secretKey.reveal().trimmed()),
                        SecretString(credentials.sessionToken.reveal().trimmed())};
    problem = checkCredentials(cleaned);
    if (!problem.isEmpty())
        return refused(problem);

    CredentialJob *job = m_store->write(profile.name, cleaned);
    connect(job, &CredentialJob::finished, this, [this, job, profile] {
        if (!job->isOk())
            return;
        m_registry->save(profile);
        Q_EMIT profilesChanged();
    });
    return job;
}

CredentialJob *ProfileManager::remove(const QString &name)
{
    if (!m_registry->profile(name))
        return refused(tr("There is no profile named \"%1\".").arg(name));
    CredentialJob *job = m_store->remove(name);
    connect(job, &CredentialJob::finished, this, [this, job, name] {
        // A key that is already gone still lets the profile go.
        if (!job->isOk() && job->error().kind() != CredentialError::Kind::NotFound)
            return;
        m_registry->remove(name);
        Q_EMIT profilesChanged();
    });
    return job;
}
