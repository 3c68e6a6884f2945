#pragma once

#include "core/credentials/credentialstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

// Profile secrets in the OS keychain through QtKeychain (Secret Service/KWallet, macOS Keychain,
// Windows Credential Manager). The insecure plaintext fallback is never enabled. QtKeychain has no
// timeout of its own, so each job gets one: a keychain that never answers ends as an error.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};
    // "gaap-capacity-check"; GAAP_KEYCHAIN_SERVICE replaces it (for tests, so that they never touch
    // the entries of a real desktop keyring).
    static QString defaultServiceName();

    explicit KeychainCredentialStore(QString serviceName = defaultServiceName(), QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    CredentialJob *read(const QString &profile) override;
    CredentialJob *write(const QString &profile, const Credentials &credentials) override;
    CredentialJob *remove(const QString &profile) override;

private:
    CredentialJob *run(QKeychain::Job *keychainJob, bool isRead);

    QString m_serviceName;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
