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
    // One of the pair alone: say which is missing rather than fall back to a profile without a word.
    const bool hasId = !qEnvironmentVariable("TENCENTCLOUD_SECRET_ID").trimmed().isEmpty();
    const bool hasKey = !qEnvironmentVariable("TENCENTCLOUD_SECRET_KEY").trimmed().isEmpty();
    if (hasId != hasKey) {
        const QLatin1String set(hasId ? "TENCENTCLOUD_SECRET_ID" : "TENCENTCLOUD_SECRET_KEY");
        const QLatin1String missing(hasId ? "TENCENTCLOUD_SECRET_KEY" : "TENCENTCLOUD_SECRET_ID");
        return QCoreApplication::translate("EnvironmentCredentials",
                                           "%1 is set but %2 is not. Set both to the key pair from the CAM console "
                                           "(API key management), or unset %1 to use a profile.")
            .arg(set, missing);
    }
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
