#include "core/credentials/environmentcredentials.h"

#include "core/common/servertext.h"

#include <QCoreApplication>
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

QString problem()
{
    for (const char *name : {"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_TOKEN"}) {
        if (ServerText::hasControlCharacters(qEnvironmentVariable(name).trimmed()))
            return QCoreApplication::translate("EnvironmentCredentials",
                                               "%1 holds a line break or another control character, which would "
                                               "end the request header it is sent in. Set it again to the value "
                                               "from the CAM console (API key management), on one line.")
                .arg(QLatin1String(name));
    }
    return {};
}

} // namespace EnvironmentCredentials
