#include "core/settings/preferences.h"

#include "core/common/logging.h"
#include "core/settings/translationloader.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {

const QString DefaultEndpointKey = QStringLiteral("preferences/default-endpoint");
const QString UiLanguageKey = QStringLiteral("preferences/ui-language");
const QString ColourSchemeKey = QStringLiteral("preferences/colour-scheme");
const QString RequestTimeoutKey = QStringLiteral("preferences/request-timeout-seconds");
const QString ProxyModeKey = QStringLiteral("preferences/proxy-mode");
const QString ProxyHostKey = QStringLiteral("preferences/proxy-host");
const QString ProxyPortKey = QStringLiteral("preferences/proxy-port");
const QString WindowGeometryKey = QStringLiteral("window/geometry");
const QString LastSelectionsGroup = QStringLiteral("last-selections");

QString modeText(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::None: return QStringLiteral("none");
    case ProxySettings::Mode::Manual: return QStringLiteral("manual");
    case ProxySettings::Mode::System: break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode modeFromText(const QString &text)
{
    if (text == QLatin1String("none"))
        return ProxySettings::Mode::None;
    if (text == QLatin1String("manual"))
        return ProxySettings::Mode::Manual;
    return ProxySettings::Mode::System;
}

std::chrono::seconds clampTimeout(qint64 seconds)
{
    return std::chrono::seconds(
        std::clamp<qint64>(seconds, Preferences::MinRequestTimeout.count(), Preferences::MaxRequestTimeout.count()));
}

// Profile names are plain, but the environment profile and future ones must never reach QSettings'
// '/' and '\' group syntax: the key is the percent-encoded name.
QString selectionsKey(const QString &profile)
{
    return LastSelectionsGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(profile));
}

} // namespace

Preferences::Preferences(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

Endpoint Preferences::defaultEndpoint() const
{
    return Endpoint::fromStoredOrChina(m_settings->value(DefaultEndpointKey).toString());
}

void Preferences::setDefaultEndpoint(const Endpoint &endpoint)
{
    m_settings->setValue(DefaultEndpointKey, endpoint.toStored());
    m_settings->sync();
}

QString Preferences::uiLanguage() const
{
    const QString tag = m_settings->value(UiLanguageKey).toString();
    return TranslationLoader::languageTags().contains(tag) ? tag : QString();
}

void Preferences::setUiLanguage(const QString &tag)
{
    if (TranslationLoader::languageTags().contains(tag))
        m_settings->setValue(UiLanguageKey, tag);
    else
        m_settings->remove(UiLanguageKey); // the system language
    m_settings->sync();
}

Preferences::ColourScheme Preferences::colourScheme() const
{
    const QString value = m_settings->value(ColourSchemeKey).toString();
    if (value == QLatin1String("light"))
        return ColourScheme::Light;
    return value == QLatin1String("dark") ? ColourScheme::Dark : ColourScheme::System;
}

void Preferences::setColourScheme(ColourScheme scheme)
{
    if (scheme == ColourScheme::System)
        m_settings->remove(ColourSchemeKey);
    else
        m_settings->setValue(ColourSchemeKey,
                             scheme == ColourScheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
    m_settings->sync();
}

std::chrono::seconds Preferences::requestTimeout() const
{
    bool ok = false;
    const qint64 seconds = m_settings->value(RequestTimeoutKey).toLongLong(&ok);
    return ok ? clampTimeout(seconds) : DefaultRequestTimeout;
}

void Preferences::setRequestTimeout(std::chrono::seconds timeout)
{
    m_settings->setValue(RequestTimeoutKey, static_cast<qlonglong>(clampTimeout(timeout.count()).count()));
    m_settings->sync();
}

ProxySettings Preferences::proxy() const
{
    ProxySettings proxy;
    proxy.mode = modeFromText(m_settings->value(ProxyModeKey).toString());
    if (proxy.mode != ProxySettings::Mode::Manual)
        return proxy;
    proxy.host = m_settings->value(ProxyHostKey).toString().trimmed();
    bool ok = false;
    const int port = m_settings->value(ProxyPortKey).toInt(&ok);
    proxy.port = ok && port > 0 && port <= 65535 ? static_cast<quint16>(port) : quint16{0};
    return proxy;
}

void Preferences::setProxy(const ProxySettings &proxy)
{
    m_settings->setValue(ProxyModeKey, modeText(proxy.mode));
    if (proxy.mode == ProxySettings::Mode::Manual) {
        m_settings->setValue(ProxyHostKey, proxy.host.trimmed());
        m_settings->setValue(ProxyPortKey, int{proxy.port});
    } else {
        m_settings->remove(ProxyHostKey);
        m_settings->remove(ProxyPortKey);
    }
    m_settings->sync();
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(WindowGeometryKey).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(WindowGeometryKey, geometry);
    m_settings->sync();
}

QJsonObject Preferences::lastSelections(const QString &profile) const
{
    const QByteArray json = m_settings->value(selectionsKey(profile)).toString().toUtf8();
    return QJsonDocument::fromJson(json).object(); // empty when missing or damaged
}

void Preferences::setLastSelections(const QString &profile, const QJsonObject &selections)
{
    if (selections.isEmpty())
        m_settings->remove(selectionsKey(profile));
    else
        m_settings->setValue(selectionsKey(profile),
                             QString::fromUtf8(QJsonDocument(selections).toJson(QJsonDocument::Compact)));
    m_settings->sync();
}

void applyProxy(const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::None:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        qCDebug(lcGaapNet) << "proxy: none";
        return;
    case ProxySettings::Mode::Manual:
        if (isValidProxyHost(proxy.host) && proxy.port != 0) {
            QNetworkProxy::setApplicationProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host.trimmed(), proxy.port));
            qCDebug(lcGaapNet) << "proxy: http" << proxy.host << proxy.port;
            return;
        }
        qCWarning(lcGaapNet) << "the manual proxy has no usable host or port; using the system configuration";
        break;
    case ProxySettings::Mode::System: break;
    }
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    qCDebug(lcGaapNet) << "proxy: system configuration";
}

bool isValidProxyHost(const QString &host, QString *error)
{
    const QString trimmed = host.trimmed();
    QString problem;
    if (trimmed.isEmpty()) {
        problem = QCoreApplication::translate("Preferences", "Enter the proxy's host name or IP address.");
    } else if (trimmed.contains(QLatin1String("://"))) {
        problem = QCoreApplication::translate("Preferences", "Enter only the proxy's host name, without http:// "
                                                             "(for example proxy.example.com).");
    } else if (!QHostAddress(trimmed).isNull()) {
        problem.clear(); // an IPv4 or IPv6 address
    } else if (trimmed.contains(u':')) {
        problem = QCoreApplication::translate("Preferences", "Enter the proxy's port in the port field, not after "
                                                             "the host name.");
    } else {
        QUrl url;
        url.setHost(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || trimmed.contains(u'/') || trimmed.contains(u' '))
            problem =
                QCoreApplication::translate("Preferences", "\"%1\" is not a host name or IP address.").arg(trimmed);
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}
