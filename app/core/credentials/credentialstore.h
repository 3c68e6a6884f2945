#pragma once

#include "core/api/credentials.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <utility>

// Why the keychain could not give or take a secret.
class CredentialError final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialError)

public:
    enum class Kind {
        None,
        NotFound,       // no entry for this profile
        NoBackend,      // no Secret Service / KWallet / Keychain / Credential Manager
        AccessDenied,   // locked, or the user refused
        Timeout,        // the keychain never answered
        InvalidData,    // an entry that is not ours
        InvalidProfile, // refused before touching the keychain; detail() says why (translated)
        Other,
    };

    CredentialError() = default;
    CredentialError(Kind kind, QString detail)
        : m_kind(kind)
        , m_detail(std::move(detail))
    {
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isNone() const { return m_kind == Kind::None; }
    [[nodiscard]] QString detail() const { return m_detail; } // the backend's own words, not translated
    // Translated: what happened and what to do.
    [[nodiscard]] QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

// One asynchronous keychain operation. Emits finished() exactly once, then deletes itself.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    explicit CredentialJob(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    [[nodiscard]] bool isOk() const { return m_error.isNone(); }
    [[nodiscard]] const CredentialError &error() const { return m_error; }
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; } // after a read
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // For stores: ends the job (only the first call counts).
    void finish(const CredentialError &error, const Credentials &credentials = {});

Q_SIGNALS:
    void finished();

private:
    CredentialError m_error;
    Credentials m_credentials;
    bool m_finished = false;
};

// Where profile secrets live: one entry per profile. Every operation is asynchronous: no nested
// event loops, no blocking waits.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual CredentialJob *read(const QString &profile) = 0;
    virtual CredentialJob *write(const QString &profile, const Credentials &credentials) = 0;
    virtual CredentialJob *remove(const QString &profile) = 0;

protected:
    // The entry's bytes: a small JSON object; the SecretId is kept with the key.
    static QByteArray serialize(const Credentials &credentials);
    static bool deserialize(const QByteArray &data, Credentials *credentials);
};
