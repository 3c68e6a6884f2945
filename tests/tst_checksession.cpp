// RegionCache and RequestExport, and the fixture the CheckSession tests share (see tst_checksession.h).
#include "tst_checksession.h"

#include "core/gaap/requestexport.h"
#include "support/fakeapistack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace std::chrono_literals;
using ListState = RegionLists::ListState;

void tst_CheckSession::init()
{
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_fake = std::make_unique<FakeApiStack>(*m_server);
    m_cache = m_fake->cache();
    m_client = &m_fake->client();
    m_api = &m_fake->api();
}

void tst_CheckSession::cleanup()
{
    m_fake.reset();
    m_server.reset();
}

QString tst_CheckSession::onlyCacheFile() const
{
    const QStringList files = QDir(m_cache->directory()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    return files.size() == 1 ? QDir(m_cache->directory()).filePath(files.constFirst()) : QString();
}

const FakeAccessRegion *tst_CheckSession::partialRegion() const
{
    return m_server->data().partlyCreatableRegion();
}

CheckRequest tst_CheckSession::routeWithin() const
{
    return checkAtNormalCapacity(partialRegion());
}

AccessRegionQuery tst_CheckSession::queryFor(const QString &origin) const
{
    AccessRegionQuery query;
    query.originRegion = origin;
    return query;
}

QSet<QString> tst_CheckSession::servedIds(const QString &origin) const
{
    QSet<QString> ids;
    for (const FakeAccessRegion &access : m_server->data().accessRegions()) {
        if (access.destRegions.contains(origin) && access.ipVersions.contains(QStringLiteral("IPv4"))
            && access.packageTypes.contains(QStringLiteral("Thunder")))
            ids.insert(access.id);
    }
    return ids;
}

void tst_CheckSession::loadOrigins(RegionLists &session)
{
    session.loadOriginRegions();
    QTRY_VERIFY_WITH_TIMEOUT(!session.originStatus().refreshing && session.originStatus().state != ListState::Loading,
                             15000);
    QVERIFY2(session.originStatus().state == ListState::Fresh, qPrintable(session.originStatus().error.describe()));
}

void tst_CheckSession::loadAccess(RegionLists &session, const AccessRegionQuery &query)
{
    session.loadAccessRegions(query);
    QTRY_VERIFY_WITH_TIMEOUT(!session.accessStatus().refreshing && session.accessStatus().state != ListState::Loading,
                             15000);
    QVERIFY2(session.accessStatus().state == ListState::Fresh, qPrintable(session.accessStatus().error.describe()));
}

// ---- RegionCache -------------------------------------------------------------------------------

void tst_CheckSession::cacheRoundTrip()
{
    const QJsonObject response{{QStringLiteral("TotalCount"), 1},
                               {QStringLiteral("DestRegionSet"),
                                QJsonArray{QJsonObject{{QStringLiteral("RegionId"), QStringLiteral("SouthChina")}}}}};
    const QDateTime fetchedAt = QDateTime::fromString(QStringLiteral("2024-05-06T07:08:09.123Z"), Qt::ISODateWithMs);
    QVERIFY(fetchedAt.isValid());
    const QString key = RegionCache::originRegionsKey(Endpoint::china(), ApiClient::Language::Chinese);

    QVERIFY(!m_cache->load(key));                  // absent
    QVERIFY(!QDir(m_cache->directory()).exists()); // created on the first store only
    QVERIFY(m_cache->store(key, response, fetchedAt));
    const std::optional<RegionCache::Entry> entry = m_cache->load(key);
    QVERIFY(entry);
    QCOMPARE(entry->response, response);
    QCOMPARE(entry->fetchedAt, fetchedAt);
    QCOMPARE(entry->fetchedAt.timeSpec(), Qt::UTC);

    // One file with a portable name (no temporary file left behind), readable JSON inside.
    const QString path = onlyCacheFile();
    QVERIFY(!path.isEmpty());
    static const QRegularExpression portable(QStringLiteral("^[A-Za-z0-9._-]{1,120}\\.json$"));
    QVERIFY2(portable.match(QFileInfo(path).fileName()).hasMatch(), qPrintable(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("fetchedAt")).toString(), QStringLiteral("2024-05-06T07:08:09.123Z"));
    QCOMPARE(root.value(QStringLiteral("response")).toObject(), response);

    // Storing again replaces the entry.
    const QDateTime later = fetchedAt.addSecs(60);
    QVERIFY(m_cache->store(key, QJsonObject{{QStringLiteral("TotalCount"), 0}}, later));
    QCOMPARE(m_cache->load(key)->fetchedAt, later);
    QVERIFY(!onlyCacheFile().isEmpty());

    // The default directory is the per-user cache.
    QVERIFY(RegionCache().directory().endsWith(QLatin1String("/regions")));
}

void tst_CheckSession::cacheKeysDiffer()
{
    const Endpoint china = Endpoint::china();
    const Endpoint intl = Endpoint::international();
    const Endpoint local1 = *Endpoint::fromUserInput(QStringLiteral("http://127.0.0.1:8081"));
    const Endpoint local2 = *Endpoint::fromUserInput(QStringLiteral("http://127.0.0.1:8082"));
    const auto en = ApiClient::Language::English;
    const auto zh = ApiClient::Language::Chinese;
    const auto query = [](const char *origin, const char *ip, const char *package) {
        return AccessRegionQuery{QLatin1String(origin), QLatin1String(ip), QLatin1String(package)};
    };

    const QStringList keys{
        RegionCache::originRegionsKey(china, en),
        RegionCache::originRegionsKey(china, zh),
        RegionCache::originRegionsKey(intl, en),
        RegionCache::originRegionsKey(local1, en),
        RegionCache::originRegionsKey(local2, en),
        RegionCache::accessRegionsKey(china, en, query("SouthChina", "", "")),
        RegionCache::accessRegionsKey(china, zh, query("SouthChina", "", "")),
        RegionCache::accessRegionsKey(intl, en, query("SouthChina", "", "")),
        RegionCache::accessRegionsKey(china, en, query("NorthChina", "", "")),
        RegionCache::accessRegionsKey(china, en, query("SouthChina", "IPv4", "")),
        RegionCache::accessRegionsKey(china, en, query("SouthChina", "IPv6", "")),
        RegionCache::accessRegionsKey(china, en, query("SouthChina", "", "Thunder")),
        RegionCache::accessRegionsKey(china, en, query("SouthChina", "", "Accelerator")),
        RegionCache::accessRegionsKey(china, en, query("SouthChina", "IPv6", "Accelerator")),
        // Fields that would collide if they were simply concatenated.
        RegionCache::accessRegionsKey(china, en, query("South", "China", "")),
        RegionCache::accessRegionsKey(china, en, query("South/China", "", "")),
    };
    const QSet<QString> unique(keys.cbegin(), keys.cend());
    QCOMPARE(unique.size(), keys.size());
    // Stable: the same inputs give the same key.
    QCOMPARE(RegionCache::originRegionsKey(china, en), keys.constFirst());

    // Every key is stored in its own file.
    for (const QString &key : keys)
        QVERIFY(m_cache->store(key, QJsonObject{{QStringLiteral("Key"), key}}, QDateTime::currentDateTimeUtc()));
    QCOMPARE(QDir(m_cache->directory()).entryList(QDir::Files).size(), keys.size());
    for (const QString &key : keys)
        QCOMPARE(m_cache->load(key)->response.value(QStringLiteral("Key")).toString(), key);
}

void tst_CheckSession::cacheRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("{\"fetchedAt\": \"2024-05-06T07:08:09Z\", \"resp");
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
    QTest::newRow("no date") << QByteArray("{\"response\": {}}");
    QTest::newRow("date is a number") << QByteArray("{\"fetchedAt\": 1714979289, \"response\": {}}");
    QTest::newRow("bad date") << QByteArray("{\"fetchedAt\": \"yesterday\", \"response\": {}}");
    QTest::newRow("no response") << QByteArray("{\"fetchedAt\": \"2024-05-06T07:08:09Z\"}");
    QTest::newRow("response is an array") << QByteArray("{\"fetchedAt\": \"2024-05-06T07:08:09Z\", \"response\": []}");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
    QTest::newRow("directory") << QByteArray("<dir>");
}

void tst_CheckSession::cacheRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    const QString key = RegionCache::originRegionsKey(Endpoint::china(), ApiClient::Language::English);
    QVERIFY(m_cache->store(key, QJsonObject{{QStringLiteral("TotalCount"), 0}}, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_cache->load(key));
    const QString path = onlyCacheFile();
    QVERIFY(!path.isEmpty());
    if (content == "<dir>") {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkdir(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^region cache: ")));
    QVERIFY(!m_cache->load(key));
}

void tst_CheckSession::cacheStaleness()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2024-05-06T12:00:00Z"), Qt::ISODate);
    QVERIFY(!RegionCache::isStale(now, now));
    QVERIFY(!RegionCache::isStale(now.addSecs(-23 * 3600), now));
    QVERIFY(RegionCache::isStale(now.addSecs(-24 * 3600), now));
    QVERIFY(RegionCache::isStale(now.addDays(-2), now));
    QVERIFY(!RegionCache::isStale(now.addSecs(3600), now)); // a little clock difference
    QVERIFY(RegionCache::isStale(now.addDays(2), now));     // a clock that was badly wrong
    QVERIFY(RegionCache::isStale(QDateTime(), now));
}

// ---- RequestExport -----------------------------------------------------------------------------

void tst_CheckSession::tccliCommand_data()
{
    QTest::addColumn<CheckRequest>("request");
    QTest::addColumn<QString>("endpoint"); // empty: the China site
    QTest::addColumn<QString>("expected");

    const QString head = QStringLiteral("tccli gaap CheckProxyCreate --cli-unfold-argument ");
    CheckRequest basic;
    basic.accessRegion = QStringLiteral("Hongkong");
    basic.originRegion = QStringLiteral("SouthChina");
    basic.bandwidth = 10;
    basic.concurrent = 2;
    QTest::newRow("required only")
        << basic << QString()
        << head + QStringLiteral("--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2");
    QTest::newRow("same host as a custom endpoint")
        << basic << QStringLiteral("https://gaap.tencentcloudapi.com")
        << head + QStringLiteral("--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2");

    CheckRequest full = basic;
    full.groupId = QStringLiteral("lg-1a2b3c4d");
    full.ipVersion = QStringLiteral("IPv6");
    full.networkType = QStringLiteral("cn2");
    full.packageType = QStringLiteral("Thunder");
    QTest::newRow("every option, international")
        << full << QStringLiteral("https://gaap.intl.tencentcloudapi.com")
        << head
               + QStringLiteral("--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2 "
                                "--GroupId lg-1a2b3c4d --IPAddressVersion IPv6 --NetworkType cn2 --PackageType Thunder "
                                "--endpoint gaap.intl.tencentcloudapi.com");

    CheckRequest odd = basic;
    odd.accessRegion = QStringLiteral("Hong Kong's");
    odd.originRegion = QStringLiteral("$(rm -rf ~);`x`");
    odd.groupId = QStringLiteral("lg_1.2-3");
    QTest::newRow("quoted values, loopback endpoint")
        << odd << QStringLiteral("http://127.0.0.1:8443")
        << head
               + QStringLiteral("--AccessRegion 'Hong Kong'\\''s' --RealServerRegion '$(rm -rf ~);`x`' --Bandwidth 10 "
                                "--Concurrent 2 --GroupId lg_1.2-3 --endpoint 'http://127.0.0.1:8443'");
    // A plain-http endpoint (loopback only) keeps its scheme: a bare host would make tccli use HTTPS.
    QTest::newRow("http loopback endpoint")
        << basic << QStringLiteral("http://localhost:8080/")
        << head
               + QStringLiteral("--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2 "
                                "--endpoint 'http://localhost:8080'");
    QTest::newRow("https custom endpoint with a port")
        << basic << QStringLiteral("https://gaap.example.com:8443")
        << head
               + QStringLiteral("--AccessRegion Hongkong --RealServerRegion SouthChina --Bandwidth 10 --Concurrent 2 "
                                "--endpoint 'gaap.example.com:8443'");

    CheckRequest empty;
    QTest::newRow("empty regions") << empty << QString()
                                   << head
                                          + QStringLiteral("--AccessRegion '' --RealServerRegion '' --Bandwidth 0 "
                                                           "--Concurrent 0");
}

void tst_CheckSession::tccliCommand()
{
    QFETCH(CheckRequest, request);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    const Endpoint target = endpoint.isEmpty() ? Endpoint::china() : *Endpoint::fromUserInput(endpoint);
    QCOMPARE(RequestExport::tccliCommand(request, target), expected);
}

void tst_CheckSession::requestJson()
{
    CheckRequest request;
    request.accessRegion = QStringLiteral("Hongkong");
    request.originRegion = QStringLiteral("SouthChina");
    request.bandwidth = 10;
    request.concurrent = 2;
    QCOMPARE(RequestExport::requestJson(request), QStringLiteral("{\n"
                                                                 "    \"AccessRegion\": \"Hongkong\",\n"
                                                                 "    \"Bandwidth\": 10,\n"
                                                                 "    \"Concurrent\": 2,\n"
                                                                 "    \"RealServerRegion\": \"SouthChina\"\n"
                                                                 "}\n"));
    request.groupId = QStringLiteral("lg-1a2b3c4d");
    request.networkType = QStringLiteral("cn2");
    const QJsonDocument parsed = QJsonDocument::fromJson(RequestExport::requestJson(request).toUtf8());
    QCOMPARE(parsed.object(), request.toParameters());
    QVERIFY(!RequestExport::requestJson(request).contains(QLatin1String("Http3Supported")));
}

QTEST_GUILESS_MAIN(tst_CheckSession)
