#include "core/session/regioncache.h"

#include "core/common/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <utility>

namespace {

// A cache file bigger than any answer the client accepts is not ours.
constexpr qint64 MaxFileBytes = ApiClient::MaxResponseBytes + 64 * 1024;
constexpr int ReadablePrefixLength = 48;

const QString FetchedAtKey = QStringLiteral("fetchedAt");
const QString ResponseKey = QStringLiteral("response");

// Each part percent-encoded (so '/' never appears inside one) and joined with '/': unambiguous.
QString joinKey(const QStringList &parts)
{
    QStringList encoded;
    for (const QString &part : parts)
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(part)));
    return encoded.join(u'/');
}

QString languagePart(ApiClient::Language language)
{
    return QString::fromLatin1(ApiClient::languageTag(language));
}

bool isSafeFileChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
           || c == u'_';
}

// "<readable prefix>-<SHA-1 of the key>.json": safe on every file system, unique per key.
QString fileNameFor(const QString &key)
{
    QString readable = key.left(ReadablePrefixLength);
    for (QChar &c : readable) {
        if (!isSafeFileChar(c))
            c = u'_';
    }
    if (readable.startsWith(u'.'))
        readable[0] = u'_';
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return readable + u'-' + QString::fromLatin1(hash) + QStringLiteral(".json");
}

} // namespace

RegionCache::RegionCache(QString directory)
    : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/regions");
}

std::optional<RegionCache::Entry> RegionCache::load(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    QFile file(QDir(m_directory).filePath(fileNameFor(key)));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGaapNet) << "region cache: cannot read" << file.fileName() << file.errorString();
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        qCWarning(lcGaapNet) << "region cache: ignoring oversized" << file.fileName();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxFileBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcGaapNet) << "region cache: ignoring malformed" << file.fileName();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue fetchedAt = root.value(FetchedAtKey);
    const QJsonValue response = root.value(ResponseKey);
    if (!fetchedAt.isString() || !response.isObject()) {
        qCWarning(lcGaapNet) << "region cache: ignoring wrongly shaped" << file.fileName();
        return std::nullopt;
    }
    QDateTime when = QDateTime::fromString(fetchedAt.toString(), Qt::ISODateWithMs);
    if (!when.isValid()) {
        qCWarning(lcGaapNet) << "region cache: ignoring" << file.fileName() << "with an unreadable date";
        return std::nullopt;
    }
    return Entry{response.toObject(), when.toUTC()};
}

bool RegionCache::store(const QString &key, const QJsonObject &response, const QDateTime &fetchedAt)
{
    if (key.isEmpty() || !fetchedAt.isValid())
        return false;
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcGaapNet) << "region cache: cannot create" << m_directory;
        return false;
    }
    const QJsonObject root{{FetchedAtKey, fetchedAt.toUTC().toString(Qt::ISODateWithMs)}, {ResponseKey, response}};
    QSaveFile file(QDir(m_directory).filePath(fileNameFor(key)));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcGaapNet) << "region cache: cannot write" << file.fileName() << file.errorString();
        return false;
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcGaapNet) << "region cache: cannot write" << file.fileName() << file.errorString();
        return false;
    }
    return true;
}

QString RegionCache::originRegionsKey(const Endpoint &endpoint, ApiClient::Language language,
                                      const OriginRegionQuery &query)
{
    QStringList parts{QStringLiteral("dest-regions"), languagePart(language), endpoint.toString()};
    // Without a QualityType the key is the one of the versions before it was sent (their caches stay valid).
    if (query.qualityType)
        parts.append(QStringLiteral("quality-") + GaapValues::qualityTypeName(*query.qualityType));
    return joinKey(parts);
}

QString RegionCache::accessRegionsKey(const Endpoint &endpoint, ApiClient::Language language,
                                      const AccessRegionQuery &query)
{
    return joinKey({QStringLiteral("access-regions"), languagePart(language), endpoint.toString(), query.originRegion,
                    query.ipVersion, query.packageType});
}

bool RegionCache::isStale(const QDateTime &fetchedAt, const QDateTime &now)
{
    if (!fetchedAt.isValid() || !now.isValid())
        return true;
    const qint64 age = fetchedAt.secsTo(now);
    const qint64 limit = std::chrono::duration_cast<std::chrono::seconds>(StaleAfter).count();
    // A date far in the future means a clock was wrong: trust it no more than an old one.
    return age >= limit || age < -limit;
}
