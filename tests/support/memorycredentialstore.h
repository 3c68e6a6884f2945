#pragma once

#include "core/credentials/credentialstore.h"

#include <QHash>

// A CredentialStore in memory, for tests; can be told to fail like a real keychain.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr)
        : CredentialStore(parent)
    {
    }

    // Every following operation fails with this error (None: back to normal).
    void setFailure(const CredentialError &error) { m_failure = error; }
    // Operations never finish (a keychain that does not answer).
    void setUnresponsive(bool unresponsive) { m_unresponsive = unresponsive; }
    [[nodiscard]] bool contains(const QString &profile) const { return m_entries.contains(profile); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

    CredentialJob *read(const QString &profile) override;
    CredentialJob *write(const QString &profile, const Credentials &credentials) override;
    CredentialJob *remove(const QString &profile) override;

private:
    CredentialJob *start();

    QHash<QString, QByteArray> m_entries; // serialized, as a keychain would hold them
    CredentialError m_failure;
    bool m_unresponsive = false;
};
