#include "core/credentials/credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

QString CredentialError::message() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::NotFound:
        return tr("The keychain has no key for this profile. Edit the profile and enter its SecretId and SecretKey "
                  "again.");
    case Kind::NoBackend:
        return tr("No keychain service is available. On Linux, install and start gnome-keyring or KWallet (a desktop "
                  "session normally does this); keys are never stored in plain text instead. Without a keychain, set "
                  "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY for the session: the Environment profile uses "
                  "them.");
    case Kind::AccessDenied:
        return tr("The keychain is locked or access was refused. Unlock it (for example by logging in again) and "
                  "allow GAAP Capacity Check to use it.");
    case Kind::Timeout:
        return tr("The keychain did not answer. It may be waiting for a password prompt: unlock it, then try again.");
    case Kind::InvalidData:
        return tr("The keychain entry for this profile is damaged. Remove the profile and add it again.");
    case Kind::InvalidProfile: return m_detail;
    case Kind::Other: return tr("The keychain reported a problem: %1").arg(m_detail);
    }
    return {};
}

void CredentialJob::finish(const CredentialError &error, const Credentials &credentials)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_credentials = credentials;
    // Always asynchronous, so that callers can connect after starting the job.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
}

QByteArray CredentialStore::serialize(const Credentials &credentials)
{
    QJsonObject object{{QStringLiteral("SecretId"), credentials.secretId},
                       {QStringLiteral("SecretKey"), credentials.secretKey.reveal()}};
    if (!credentials.sessionToken.isEmpty())
        object.insert(QStringLiteral("Token"), credentials.sessionToken.reveal());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool CredentialStore::deserialize(const QByteArray &data, Credentials *credentials)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    const QJsonValue id = object.value(QLatin1String("SecretId"));
    const QJsonValue key = object.value(QLatin1String("SecretKey"));
    if (!id.isString() || !key.isString() || id.toString().isEmpty() || key.toString().isEmpty())
        return false;
    credentials->secretId = id.toString();
    credentials->secretKey = SecretString(key.toString());
    credentials->sessionToken = SecretString(object.value(QLatin1String("Token")).toString());
    return true;
}
