#pragma once

#include "core/api/endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

// A named set of credentials: the secrets live in the keychain under the profile's name; only the
// name and where it talks to live here.
struct Profile
{
    QString name;
    QString endpoint;             // Endpoint's stored form: "china", "international" or a custom URL
    bool fromEnvironment = false; // the read-only profile made from TENCENTCLOUD_* variables
};

// The profile list in QSettings (non-secret): names, endpoints, the default and the last used one.
class ProfileRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRegistry)

public:
    explicit ProfileRegistry(QSettings *settings);

    static QString environmentProfileName() { return QStringLiteral("Environment"); }
    // Letters, digits, space, '.', '_' and '-'; 1 to 64 characters; not "Environment".
    static bool isValidName(const QString &name, QString *error = nullptr);

    [[nodiscard]] QList<Profile> profiles() const; // stored ones, sorted by name
    [[nodiscard]] std::optional<Profile> profile(const QString &name) const;
    // Adds or updates; false (with a translated error) when the name or endpoint is not allowed.
    bool save(const Profile &profile, QString *error = nullptr);
    void remove(const QString &name);

    [[nodiscard]] QString defaultProfile() const;
    void setDefaultProfile(const QString &name);
    [[nodiscard]] QString lastUsedProfile() const;
    void setLastUsedProfile(const QString &name);

private:
    QSettings *m_settings;
};
