#pragma once

#include "core/api/endpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>

class QSettings;

// How requests reach the Internet. No proxy password is ever stored: when a proxy asks for one, Qt
// asks through QNetworkAccessManager::proxyAuthenticationRequired.
struct ProxySettings
{
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host;     // Manual only
    quint16 port = 0; // Manual only

    friend bool operator==(const ProxySettings &a, const ProxySettings &b)
    {
        return a.mode == b.mode && a.host == b.host && a.port == b.port;
    }
    friend bool operator!=(const ProxySettings &a, const ProxySettings &b) { return !(a == b); }
};

// The user's preferences in the shared AppSettings store (non-secret values only), typed, with
// defaults and limits applied on every read so a hand-edited file cannot break the app.
class Preferences final
{
public:
    static constexpr std::chrono::seconds DefaultRequestTimeout{30};
    static constexpr std::chrono::seconds MinRequestTimeout{5};
    static constexpr std::chrono::seconds MaxRequestTimeout{300};

    explicit Preferences(QSettings *settings);

    // Where requests go when the profile in use names no endpoint (China unless changed).
    [[nodiscard]] Endpoint defaultEndpoint() const;
    void setDefaultEndpoint(const Endpoint &endpoint);

    // "" (the system language) or one of TranslationLoader::languageTags(); anything else reads as "".
    [[nodiscard]] QString uiLanguage() const;
    void setUiLanguage(const QString &tag);

    // The colours of the windows: the desktop's, or Fusion light or dark. Stored as "light" / "dark" (none: the
    // system's); anything else reads as System.
    enum class ColourScheme { System, Light, Dark };
    [[nodiscard]] ColourScheme colourScheme() const;
    void setColourScheme(ColourScheme scheme);

    // Clamped to MinRequestTimeout…MaxRequestTimeout on read and on write.
    [[nodiscard]] std::chrono::seconds requestTimeout() const;
    void setRequestTimeout(std::chrono::seconds timeout);

    [[nodiscard]] ProxySettings proxy() const;
    void setProxy(const ProxySettings &proxy);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // What the check form had chosen for one profile (empty when nothing was stored).
    [[nodiscard]] QJsonObject lastSelections(const QString &profile) const;
    void setLastSelections(const QString &profile, const QJsonObject &selections);

private:
    QSettings *m_settings;
};

// Makes every QNetworkAccessManager in the process use `proxy`: the system configuration, no proxy
// at all, or one HTTP proxy. A Manual proxy without a host falls back to the system configuration.
void applyProxy(const ProxySettings &proxy);

// "host" is a bare host name or IP address; false (with a translated reason) otherwise.
bool isValidProxyHost(const QString &host, QString *error = nullptr);
