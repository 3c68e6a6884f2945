#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where API calls go. Built only through the factories, so an Endpoint is always usable:
// https anywhere, plain http only to a loopback host (127.0.0.0/8, ::1, localhost).
class Endpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    enum class Site { China, International, Custom };

    static Endpoint china();         // https://gaap.tencentcloudapi.com
    static Endpoint international(); // https://gaap.intl.tencentcloudapi.com
    // Accepts "https://host[:port][/]" and, for loopback hosts only, "http://…". On failure
    // returns nullopt and a translated message naming the problem and the fix.
    static std::optional<Endpoint> fromUserInput(const QString &text, QString *errorMessage = nullptr);

    // The stored form, as profiles, settings and the CLI's --site/profile options write it: "china",
    // "international" or the URL of a custom endpoint. Reading also takes "" (China) and any form
    // fromUserInput() takes; unusable text gives nullopt and fromUserInput()'s message.
    static std::optional<Endpoint> fromStored(const QString &text, QString *errorMessage = nullptr);
    // The same, with unusable text read as China, so a hand-edited settings file cannot break the app.
    static Endpoint fromStoredOrChina(const QString &text);
    [[nodiscard]] QString toStored() const;
    static QString chinaName() { return QStringLiteral("china"); }
    static QString internationalName() { return QStringLiteral("international"); }

    [[nodiscard]] Site site() const { return m_site; }
    [[nodiscard]] QUrl url() const { return m_url; }
    // The Host header value, with ":port" only when the port is not the scheme's default.
    [[nodiscard]] QByteArray hostHeader() const;
    // The credential-scope service stays "gaap" whatever the host is.
    [[nodiscard]] static QByteArray service() { return QByteArrayLiteral("gaap"); }
    [[nodiscard]] QString toString() const { return m_url.toString(); }

    static bool isLoopbackHost(const QString &host);

    friend bool operator==(const Endpoint &a, const Endpoint &b) { return a.m_url == b.m_url; }

private:
    Endpoint(Site site, QUrl url);

    Site m_site;
    QUrl m_url;
};
