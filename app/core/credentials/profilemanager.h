#pragma once

#include "core/credentials/credentialstore.h"
#include "core/credentials/profileregistry.h"

#include <QCoreApplication>
#include <QObject>

// Profiles as people use them: the list (ProfileRegistry), their secrets (CredentialStore) and the
// read-only "Environment" profile made from TENCENTCLOUD_SECRET_ID / _KEY / _TOKEN.
class ProfileManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManager)

public:
    ProfileManager(ProfileRegistry *registry, CredentialStore *store, QObject *parent = nullptr);

    // The Environment profile first (when its variables are set), then the stored ones.
    [[nodiscard]] QList<Profile> profiles() const;
    [[nodiscard]] std::optional<Profile> profile(const QString &name) const;
    [[nodiscard]] ProfileRegistry *registry() const { return m_registry; }
    // The profile to use when none is named: the stored default, else Environment when set.
    [[nodiscard]] QString defaultProfileName() const;
    // The profile the app opens with: Environment when its variables are set (as the CLI without --profile);
    // else the last one used (by the app or the CLI); else the default; else the first.
    [[nodiscard]] QString startupProfileName() const;
    // Where requests signed with `name` go: `override` (--endpoint) when given, else the profile's own
    // endpoint, else `fallback` (the default site of the Settings). The Environment profile has no
    // endpoint of its own: it follows `fallback`.
    [[nodiscard]] Endpoint endpointFor(const QString &name, const std::optional<Endpoint> &override,
                                       const Endpoint &fallback) const;

    CredentialJob *credentials(const QString &name);
    // The keychain first, then the list, so the list never names a profile without its key.
    // Leading and trailing spaces of the SecretId and SecretKey are dropped.
    CredentialJob *save(const Profile &profile, const Credentials &credentials);
    CredentialJob *remove(const QString &name);

    // Checks a key pair before it is stored; empty when fine, else a translated reason.
    static QString checkCredentials(const Credentials &credentials);

Q_SIGNALS:
    void profilesChanged();

private:
    CredentialJob *refused(const QString &reason);

    ProfileRegistry *m_registry;
    CredentialStore *m_store;
};
