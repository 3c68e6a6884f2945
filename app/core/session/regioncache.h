#pragma once

#include "core/api/apiclient.h"
#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

// Region lists on disk (non-secret), with the time they were fetched, so the form is filled at once
// on start and refreshed in the background. One JSON file per list in the cache directory.
class RegionCache final
{
public:
    struct Entry
    {
        QJsonObject response; // the API's inner Response object, as received
        QDateTime fetchedAt;  // UTC
    };

    static constexpr std::chrono::hours StaleAfter{24};

    // `directory` empty: <QStandardPaths::CacheLocation>/regions.
    explicit RegionCache(QString directory = {});

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] std::optional<Entry> load(const QString &key) const; // nullopt when absent or unreadable
    bool store(const QString &key, const QJsonObject &response, const QDateTime &fetchedAt);

    // Keys: one per endpoint, language and query (a silver list is never served as the gold one, nor the
    // list asked for without a QualityType as either).
    static QString originRegionsKey(const Endpoint &endpoint, ApiClient::Language language,
                                    const OriginRegionQuery &query = {});
    static QString accessRegionsKey(const Endpoint &endpoint, ApiClient::Language language,
                                    const AccessRegionQuery &query);
    static bool isStale(const QDateTime &fetchedAt, const QDateTime &now);

private:
    QString m_directory;
};
