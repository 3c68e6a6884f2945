#include "core/credentials/keychaincredentialstore.h"

#include "core/common/logging.h"
#include "core/credentials/keychainlockstate.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <utility>

namespace {

CredentialError errorFor(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: return {CredentialError::Kind::NotFound, detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return {CredentialError::Kind::NoBackend, detail};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return {CredentialError::Kind::AccessDenied, detail};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    // libsecret reports most situations as "OtherError"; say what they mean. No session bus (also when D-Bus
    // would be started for the X11 display: "Failed to execute child process “dbus-launch”", "Cannot autolaunch
    // D-Bus"), or no Secret Service on it: no backend. A keyring that is not created or not unlocked: access denied.
    static const char *const noBackend[] = {"org.freedesktop.secrets", "D-Bus",       "DBus",      "Could not connect",
                                            "No such interface",       "dbus-launch", "autolaunch"};
    for (const char *marker : noBackend) {
        if (detail.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return {CredentialError::Kind::NoBackend, detail};
    }
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("/org/freedesktop/secrets/collection/")))
        return {CredentialError::Kind::AccessDenied, detail};
    return {CredentialError::Kind::Other, detail};
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString serviceName, QObject *parent)
    : CredentialStore(parent)
    , m_serviceName(std::move(serviceName))
{
    // Test and diagnostic knob, not a setting: GAAP_KEYCHAIN_TIMEOUT_MS (milliseconds, used when > 0)
    // replaces DefaultTimeout, so tests can meet a keychain that never answers without a long wait.
    if (const int timeoutMs = qEnvironmentVariableIntValue("GAAP_KEYCHAIN_TIMEOUT_MS"); timeoutMs > 0)
        m_timeout = std::chrono::milliseconds(timeoutMs);
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::defaultServiceName()
{
    const QString override = qEnvironmentVariable("GAAP_KEYCHAIN_SERVICE");
    return override.isEmpty() ? QStringLiteral("gaap-capacity-check") : override;
}

CredentialJob *KeychainCredentialStore::read(const QString &profile)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setKey(profile);
    return run(job, true);
}

CredentialJob *KeychainCredentialStore::write(const QString &profile, const Credentials &credentials)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setKey(profile);
    job->setBinaryData(serialize(credentials));
    return run(job, false);
}

CredentialJob *KeychainCredentialStore::remove(const QString &profile)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setKey(profile);
    return run(job, false);
}

CredentialJob *KeychainCredentialStore::run(QKeychain::Job *keychainJob, bool isRead)
{
    keychainJob->setAutoDelete(false);
    keychainJob->setInsecureFallback(false); // never a plaintext copy
    auto *job = new CredentialJob(this);
    QPointer<CredentialJob> guard(job);

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [job, keychainJob] {
        qCWarning(lcGaapKeychain) << "keychain job timed out";
        keychainJob->disconnect(job);
        job->finish({CredentialError::Kind::Timeout, QStringLiteral("no answer from the keychain")});
    });
    connect(keychainJob, &QKeychain::Job::finished, this, [guard, keychainJob, isRead] {
        keychainJob->deleteLater();
        CredentialJob *const alive = guard.data(); // read once, then checked and used
        if (!alive || alive->isFinished())
            return;
        CredentialError error = errorFor(keychainJob->error(), keychainJob->errorString());
        // libsecret reports an entry of a locked keyring as missing: "enter the key again" would be wrong.
        if (error.kind() == CredentialError::Kind::NotFound && isRead && KeychainLockState::isLocked())
            error = {CredentialError::Kind::AccessDenied, keychainJob->errorString()};
        if (!error.isNone()) {
            qCInfo(lcGaapKeychain) << "keychain job failed:" << keychainJob->error() << keychainJob->errorString();
            alive->finish(error);
            return;
        }
        Credentials credentials;
        if (isRead) {
            const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(keychainJob);
            if (!deserialize(readJob->binaryData(), &credentials)) {
                alive->finish({CredentialError::Kind::InvalidData, QStringLiteral("not a GAAP Capacity Check entry")});
                return;
            }
        }
        alive->finish({}, credentials);
    });
    timer->start(m_timeout);
    keychainJob->start();
    return job;
}
