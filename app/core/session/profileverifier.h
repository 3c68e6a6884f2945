#pragma once

#include "core/api/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QString>

class OriginRegionsCall;
class GaapApi;
class QNetworkAccessManager;
class RateLimiter;

// Tries a key pair before anyone relies on it: one DescribeDestRegions (paced by the shared
// RateLimiter), reported as a translated sentence. Widgets listen to finished(); they never see the
// network. A new verify() replaces the one still running.
class ProfileVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileVerifier)

public:
    // `limiter`: nullptr means the process-wide RateLimiter::shared(). ApiStack makes the app's one.
    explicit ProfileVerifier(QNetworkAccessManager *network, RateLimiter *limiter = nullptr, QObject *parent = nullptr);
    ~ProfileVerifier() override;

    // The language Tencent Cloud answers error messages in.
    void setLanguage(ApiClient::Language language) { m_client.setLanguage(language); }
    void setTimeout(std::chrono::milliseconds timeout) { m_client.setTimeout(timeout); }

    void verify(const Endpoint &endpoint, const Credentials &credentials);
    // Drops the running verification without emitting finished().
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_call.isNull(); }
    // Why the last verification failed (none when it worked): rejected key, network, …
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }

Q_SIGNALS:
    // ok: "The key works: …" with the RequestId; otherwise ApiError::describe() (explanation, raw
    // code and RequestId).
    void finished(bool ok, const QString &message);

private:
    ApiClient m_client;
    GaapApi *m_api; // a child: destroyed (with its calls) before m_client
    QPointer<OriginRegionsCall> m_call;
    ApiError m_lastError;
};
