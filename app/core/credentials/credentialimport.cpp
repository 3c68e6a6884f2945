#include "core/credentials/credentialimport.h"

#include "core/api/endpoint.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QString endpointFromHost(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("gaap.tencentcloudapi.com"))
        return Endpoint::chinaName();
    if (trimmed == QLatin1String("gaap.intl.tencentcloudapi.com"))
        return Endpoint::internationalName();
    return trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed;
}

} // namespace

CredentialImport::Result CredentialImport::fromTccli(const QString &homeDirectory, const QString &profile)
{
    Result result;
    const QDir directory(QDir(homeDirectory).filePath(QStringLiteral(".tccli")));
    QFile credentialFile(directory.filePath(profile + QStringLiteral(".credential")));
    if (!credentialFile.open(QIODevice::ReadOnly)) {
        result.error = tr("No tccli profile \"%1\": %2 cannot be read.").arg(profile, credentialFile.fileName());
        return result;
    }
    const QJsonObject credential = QJsonDocument::fromJson(credentialFile.readAll()).object();
    if (credential.value(QLatin1String("type")).toString() == QLatin1String("cvm-role")) {
        result.error = tr("The tccli profile \"%1\" uses an instance role, which has no key to import.").arg(profile);
        return result;
    }
    result.credentials.secretId = credential.value(QLatin1String("secretId")).toString().trimmed();
    result.credentials.secretKey = SecretString(credential.value(QLatin1String("secretKey")).toString().trimmed());
    result.credentials.sessionToken = SecretString(credential.value(QLatin1String("token")).toString().trimmed());
    if (!result.credentials.isComplete()) {
        result.error = tr("%1 has no secretId and secretKey.").arg(credentialFile.fileName());
        return result;
    }
    result.sourceFiles.append(credentialFile.fileName());

    QFile configureFile(directory.filePath(profile + QStringLiteral(".configure")));
    if (configureFile.open(QIODevice::ReadOnly)) {
        const QJsonObject configure = QJsonDocument::fromJson(configureFile.readAll()).object();
        result.endpoint = endpointFromHost(
            configure.value(QLatin1String("gaap")).toObject().value(QLatin1String("endpoint")).toString());
    }
    return result;
}

CredentialImport::Result CredentialImport::fromSdkFile(const QString &homeDirectory)
{
    Result result;
    QFile file(QDir(homeDirectory).filePath(QStringLiteral(".tencentcloud/credentials")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result.error = tr("%1 cannot be read.").arg(file.fileName());
        return result;
    }
    QTextStream in(&file);
    QString section;
    QString secretKey;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (section != QLatin1String("default") || equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QLatin1String("secret_id"))
            result.credentials.secretId = value;
        else if (key == QLatin1String("secret_key"))
            secretKey = value;
    }
    result.credentials.secretKey = SecretString(secretKey);
    if (!result.credentials.isComplete()) {
        result.error = tr("%1 has no [default] secret_id and secret_key.").arg(file.fileName());
        return result;
    }
    result.endpoint = Endpoint::chinaName();
    result.sourceFiles.append(file.fileName());
    return result;
}
