#include "core/credentials/environmentcredentials.h"

#include <QtGlobal>

namespace EnvironmentCredentials {

std::optional<Credentials> read()
{
    const QString secretId = qEnvironmentVariable("TENCENTCLOUD_SECRET_ID").trimmed();
    SecretString secretKey(qEnvironmentVariable("TENCENTCLOUD_SECRET_KEY").trimmed());
    if (secretId.isEmpty() || secretKey.isEmpty())
        return std::nullopt;
    return Credentials{secretId, std::move(secretKey),
                       SecretString(qEnvironmentVariable("TENCENTCLOUD_TOKEN").trimmed())};
}

} // namespace EnvironmentCredentials
