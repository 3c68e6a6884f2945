#include "core/api/endpoint.h"

#include <QHostAddress>

#include <utility>

namespace {

const char ChinaUrl[] = "https://gaap.tencentcloudapi.com/";
const char InternationalUrl[] = "https://gaap.intl.tencentcloudapi.com/";

void setError(QString *target, const QString &message)
{
    if (target)
        *target = message;
}

} // namespace

Endpoint::Endpoint(Site site, QUrl url)
    : m_site(site)
    , m_url(std::move(url))
{
}

Endpoint Endpoint::china()
{
    return Endpoint(Site::China, QUrl(QLatin1String(ChinaUrl)));
}

Endpoint Endpoint::international()
{
    return Endpoint(Site::International, QUrl(QLatin1String(InternationalUrl)));
}

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<Endpoint> Endpoint::fromUserInput(const QString &text, QString *errorMessage)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(errorMessage, tr("The endpoint is empty. Enter a URL such as https://gaap.tencentcloudapi.com."));
        return std::nullopt;
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        setError(errorMessage, tr("\"%1\" is not a valid endpoint URL. Enter a URL such as "
                                  "https://gaap.tencentcloudapi.com.")
                                   .arg(trimmed));
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        setError(errorMessage, tr("The endpoint must start with https:// (found \"%1\").").arg(url.scheme()));
        return std::nullopt;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        setError(errorMessage, tr("Plain http:// is only allowed for a server on this computer (localhost, "
                                  "127.0.0.1 or ::1), because keys and answers would travel unencrypted. "
                                  "Use https://%1 instead.")
                                   .arg(url.host()));
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        setError(errorMessage, tr("The endpoint must be a bare server address such as "
                                  "https://gaap.tencentcloudapi.com, without a path, query or user name."));
        return std::nullopt;
    }
    url.setScheme(scheme);
    url.setPath(QStringLiteral("/"));
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() == 0) {
        setError(errorMessage, tr("The endpoint's port must be between 1 and 65535."));
        return std::nullopt;
    }
    if (url.port() == defaultPort)
        url.setPort(-1);

    const QUrl chinaUrl{QLatin1String(ChinaUrl)};
    const QUrl internationalUrl{QLatin1String(InternationalUrl)};
    if (url == chinaUrl)
        return china();
    if (url == internationalUrl)
        return international();
    return Endpoint(Site::Custom, url);
}

std::optional<Endpoint> Endpoint::fromStored(const QString &text, QString *errorMessage)
{
    if (text.isEmpty() || text == chinaName())
        return china();
    if (text == internationalName())
        return international();
    return fromUserInput(text, errorMessage);
}

Endpoint Endpoint::fromStoredOrChina(const QString &text)
{
    return fromStored(text).value_or(china());
}

QString Endpoint::toStored() const
{
    switch (m_site) {
    case Site::China: return chinaName();
    case Site::International: return internationalName();
    case Site::Custom: break;
    }
    return toString();
}

QByteArray Endpoint::hostHeader() const
{
    QString host = m_url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':')) // IPv6 literal
        host = u'[' + host + u']';
    const int defaultPort = m_url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = m_url.port(defaultPort);
    if (port != defaultPort)
        host += u':' + QString::number(port);
    return host.toLatin1();
}
