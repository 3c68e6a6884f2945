#include "core/credentials/profileregistry.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString DefaultKey = QStringLiteral("profiles-default");
const QString LastUsedKey = QStringLiteral("profiles-last-used");

QString keyFor(const QString &name)
{
    // QSettings keys treat '/' and '\' specially; names never contain them (isValidName).
    return ProfilesGroup + u'/' + name + QStringLiteral("/endpoint");
}

} // namespace

ProfileRegistry::ProfileRegistry(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

bool ProfileRegistry::isValidName(const QString &name, QString *error)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-][A-Za-z0-9 ._-]{0,63}")));
    QString problem;
    if (!shape.match(name).hasMatch() || name.endsWith(u' '))
        problem = tr("A profile name has 1 to 64 letters, digits, spaces, '.', '_' or '-' (got \"%1\").").arg(name);
    else if (name.compare(environmentProfileName(), Qt::CaseInsensitive) == 0)
        problem = tr("\"%1\" is reserved for the keys from the environment variables.").arg(name);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QList<Profile> ProfileRegistry::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(ProfilesGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &name : names) {
        if (isValidName(name))
            out.append({name, m_settings->value(keyFor(name)).toString(), false});
    }
    std::sort(out.begin(), out.end(),
              [](const Profile &a, const Profile &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return out;
}

std::optional<Profile> ProfileRegistry::profile(const QString &name) const
{
    if (!isValidName(name) || !m_settings->contains(keyFor(name)))
        return std::nullopt;
    return Profile{name, m_settings->value(keyFor(name)).toString(), false};
}

bool ProfileRegistry::save(const Profile &profile, QString *error)
{
    if (!isValidName(profile.name, error))
        return false;
    const std::optional<Endpoint> endpoint = Endpoint::fromStored(profile.endpoint, error);
    if (!endpoint)
        return false;
    m_settings->setValue(keyFor(profile.name), endpoint->toStored());
    if (defaultProfile().isEmpty())
        setDefaultProfile(profile.name);
    m_settings->sync();
    return true;
}

void ProfileRegistry::remove(const QString &name)
{
    if (!isValidName(name))
        return;
    m_settings->remove(ProfilesGroup + u'/' + name);
    // Another profile never becomes the default behind the user's back: the next command without --profile
    // would sign with another key.
    if (defaultProfile() == name)
        m_settings->remove(DefaultKey);
    if (lastUsedProfile() == name)
        m_settings->remove(LastUsedKey);
    m_settings->sync();
}

QString ProfileRegistry::defaultProfile() const
{
    return m_settings->value(DefaultKey).toString();
}

void ProfileRegistry::setDefaultProfile(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(DefaultKey);
    else
        m_settings->setValue(DefaultKey, name);
    m_settings->sync();
}

QString ProfileRegistry::lastUsedProfile() const
{
    return m_settings->value(LastUsedKey).toString();
}

void ProfileRegistry::setLastUsedProfile(const QString &name)
{
    m_settings->setValue(LastUsedKey, name);
    m_settings->sync();
}
