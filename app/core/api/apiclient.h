#pragma once

#include "core/api/apicall.h"
#include "core/api/credentials.h"
#include "core/api/endpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QUrl;
struct Tc3Signature;

// Makes Tencent Cloud API 3.0 calls (version 2018-05-29, service "gaap") over an injected
// QNetworkAccessManager: builds the headers, signs with TC3-HMAC-SHA256, enforces the timeout and
// the response size limit, and turns every outcome into an ApiResult.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    enum class Language { English, Chinese };
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::milliseconds DefaultTimeout{30000};
    static constexpr qint64 MaxResponseBytes = qint64{10} * 1024 * 1024;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override; // calls still in flight are aborted without emitting finished()

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    [[nodiscard]] Endpoint endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    [[nodiscard]] bool hasCredentials() const { return m_credentials.isComplete(); }
    // Whose requests these are, for the shared request budget: the SecretId (an identifier, not a secret).
    [[nodiscard]] QString account() const { return m_credentials.secretId; }
    void setLanguage(Language language) { m_language = language; }
    [[nodiscard]] Language language() const { return m_language; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    // The clock requests are signed with (injected by tests); UTC.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Seconds added to the clock's reading, to correct a measured clock skew.
    void setClockOffset(qint64 seconds) { m_clockOffsetSeconds = seconds; }
    [[nodiscard]] qint64 clockOffset() const { return m_clockOffsetSeconds; }

    // With tracing on, traced() describes each exchange: the signing steps, the headers and the
    // answer. Secrets never appear: the token and most of the signature are masked.
    void setTracing(bool enabled) { m_tracing = enabled; }

    // Starts one call. The returned object belongs to this client and deletes itself after
    // emitting finished(); connect to it right away (it never finishes synchronously).
    ApiCall *call(const QString &action, const QJsonObject &parameters);

    static QByteArray contentType() { return QByteArrayLiteral("application/json"); }
    static QByteArray apiVersion() { return QByteArrayLiteral("2018-05-29"); }
    static QByteArray userAgent();
    static QByteArray languageTag(Language language);

Q_SIGNALS:
    void traced(const QString &text);

private:
    struct SentHeader
    {
        QByteArray name;
        QByteArray value;
    };
    void traceRequest(const QUrl &url, const QList<SentHeader> &headers, const QByteArray &body,
                      const Tc3Signature &signature);
    void traceResult(const ApiResult &result);

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint = Endpoint::china();
    Credentials m_credentials;
    Language m_language = Language::English;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    Clock m_clock;
    qint64 m_clockOffsetSeconds = 0;
    bool m_tracing = false;
};
