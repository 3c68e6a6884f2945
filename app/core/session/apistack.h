#pragma once

#include "core/api/apiclient.h"
#include "core/api/endpoint.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class CheckSession;
class CredentialJob;
class GaapApi;
class GroupList;
struct OriginRegionQuery;
class ProfileManager;
class ProfileVerifier;
class RateLimiter;
class RegionCache;
class RegionLists;

// The composition root of everything that talks to GAAP, for the app, the CLI and the tests: one
// network manager, the signing ApiClient, GaapApi paced by a RateLimiter, the region cache, the
// region lists, the connection groups and the check session of the current profile, and a
// ProfileVerifier on the same network manager. Switching profile points the client at the profile's endpoint and reads
// its key from the keychain (asynchronously); nothing else builds network or API objects.
class ApiStack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiStack)

public:
    struct Options
    {
        RateLimiter *limiter = nullptr; // nullptr: RateLimiter::shared(), one budget for the whole process
        bool diskCache = true;          // keep region lists on disk (RegionCache)
        QString cacheDirectory;         // empty: RegionCache's default directory
    };

    // `profiles` may be nullptr when credentials are only given through useCredentials() (tests).
    explicit ApiStack(ProfileManager *profiles, QObject *parent = nullptr);
    ApiStack(ProfileManager *profiles, const Options &options, QObject *parent = nullptr);
    ~ApiStack() override;

    [[nodiscard]] QNetworkAccessManager *network() { return &m_network; }
    [[nodiscard]] ApiClient *client() const { return m_client.get(); }
    [[nodiscard]] GaapApi *api() const { return m_api.get(); }
    [[nodiscard]] RegionCache *cache() const { return m_cache.get(); } // nullptr without the disk cache
    [[nodiscard]] RegionLists *regions() const { return m_regions.get(); }
    [[nodiscard]] CheckSession *checks() const { return m_checks.get(); }
    // The connection groups of the check form's origin region (GroupId).
    [[nodiscard]] GroupList *groups() const { return m_groups.get(); }
    [[nodiscard]] ProfileVerifier *verifier() const { return m_verifier.get(); }
    // More lists over the same API, without the disk cache: the matrix picks access regions with
    // them without disturbing the check form's. They start with originQuery().
    [[nodiscard]] std::unique_ptr<RegionLists> createRegionLists() const;
    // Which origin regions the app lists (DescribeDestRegions' QualityType; default: none sent, the API's gold):
    // regions()' query (RegionLists::setOriginQuery: its list is forgotten until it is loaded again), which the
    // lists created afterwards start with too.
    void setOriginQuery(const OriginRegionQuery &query);
    [[nodiscard]] const OriginRegionQuery &originQuery() const;

    // The language Tencent Cloud answers in (error messages, region names) and the request timeout,
    // for the profile's client and the verifier alike.
    void setLanguage(ApiClient::Language language);
    void setTimeout(std::chrono::milliseconds timeout);

    // Where a profile's requests go: the override (--endpoint) when set, else the profile's own
    // endpoint, else the default (Settings > Default site). Takes effect at the next useProfile().
    void setEndpointOverride(const std::optional<Endpoint> &endpoint) { m_endpointOverride = endpoint; }
    void setDefaultEndpoint(const Endpoint &endpoint) { m_defaultEndpoint = endpoint; }
    [[nodiscard]] Endpoint endpointFor(const QString &profile) const;

    // Switches to `name`: stops the lists and any check, points the client at the profile's endpoint,
    // then reads the key. Emits profileChanged() at once, then credentialsReady() or
    // credentialsFailed() (not for an empty name, which only clears the credentials).
    void useProfile(const QString &name);
    // Uses a key pair directly, without a profile (the CLI's environment variables, tests).
    void useCredentials(const Endpoint &endpoint, const Credentials &credentials);
    [[nodiscard]] QString profile() const { return m_profile; }
    [[nodiscard]] Endpoint endpoint() const { return m_client->endpoint(); }
    [[nodiscard]] bool hasCredentials() const { return m_client->hasCredentials(); }

Q_SIGNALS:
    void profileChanged(const QString &name, const Endpoint &endpoint);
    void credentialsReady(const QString &name);
    void credentialsFailed(const QString &name, const QString &message);
    // The server's clock differs from ours by `seconds`; requests are now signed with that correction.
    void clockSkewDetected(qint64 seconds);

private:
    void forgetSession(const Endpoint &endpoint);

    ProfileManager *m_profiles;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<GaapApi> m_api;
    std::unique_ptr<RegionCache> m_cache;
    std::unique_ptr<RegionLists> m_regions;
    std::unique_ptr<CheckSession> m_checks;
    std::unique_ptr<GroupList> m_groups;
    std::unique_ptr<ProfileVerifier> m_verifier;
    std::optional<Endpoint> m_endpointOverride;
    Endpoint m_defaultEndpoint = Endpoint::china();
    QString m_profile;
    QPointer<CredentialJob> m_credentialJob;
};
