#include "core/gaap/requestexport.h"

#include <QJsonDocument>
#include <QStringList>

namespace {

bool isPlainShellWord(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
                           || c == u'_' || c == u'-';
        if (!plain)
            return false;
    }
    return true;
}

// POSIX shell: single quotes keep everything literal; a single quote itself becomes '\''.
QString shellQuoted(const QString &value)
{
    if (isPlainShellWord(value))
        return value;
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

void addOption(QStringList &words, const char *option, const QString &value)
{
    words.append(QLatin1String("--") + QLatin1String(option));
    words.append(shellQuoted(value));
}

void addOptionIfSet(QStringList &words, const char *option, const QString &value)
{
    if (!value.isEmpty())
        addOption(words, option, value);
}

} // namespace

namespace RequestExport {

QString tccliCommand(const CheckRequest &request, const Endpoint &endpoint)
{
    QStringList words{QStringLiteral("tccli"), QStringLiteral("gaap"), QStringLiteral("CheckProxyCreate"),
                      QStringLiteral("--cli-unfold-argument")};
    addOption(words, "AccessRegion", request.accessRegion);
    addOption(words, "RealServerRegion", request.originRegion);
    addOption(words, "Bandwidth", QString::number(request.bandwidth));
    addOption(words, "Concurrent", QString::number(request.concurrent));
    addOptionIfSet(words, "GroupId", request.groupId);
    addOptionIfSet(words, "IPAddressVersion", request.ipVersion);
    addOptionIfSet(words, "NetworkType", request.networkType);
    addOptionIfSet(words, "PackageType", request.packageType);
    // tccli's --endpoint takes a host name (HTTPS); the China site is its default. A plain-http endpoint (loopback
    // only, such as the fake server) keeps its scheme, which a bare host would lose.
    const QByteArray host = endpoint.hostHeader();
    if (endpoint.url().scheme() == QLatin1String("http"))
        addOption(words, "endpoint", QStringLiteral("http://") + QString::fromUtf8(host));
    else if (host != Endpoint::china().hostHeader())
        addOption(words, "endpoint", QString::fromUtf8(host));
    return words.join(u' ');
}

QString requestJson(const CheckRequest &request)
{
    return QString::fromUtf8(QJsonDocument(request.toParameters()).toJson(QJsonDocument::Indented));
}

} // namespace RequestExport
