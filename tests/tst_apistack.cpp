// ApiStack, the composition root of the app and the CLI: which endpoint a profile's requests go to,
// switching profile (the key read from the keychain, the lists and a running check forgotten), a key
// that cannot be read, the stack's lists and check against the in-process fake GAAP server, and the origin
// regions of one QualityType (sent only when chosen, cached apart).
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "core/session/apistack.h"
#include "core/session/checksession.h"
#include "core/session/regioncache.h"
#include "core/session/regionlists.h"
#include "support/credentialjobwait.h"
#include "support/fakeapistack.h"
#include "support/fakegaapserver.h"
#include "support/memorycredentialstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_ApiStack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void endpointPrecedence();
    void profileKeyThenLists();
    void switchingForgetsListsAndCheck();
    void unreadableKeyIsReported();
    void emptyProfileHasNoCredentials();
    void qualityTypeIsSentAndCachedApart();

private:
    void saveProfile(const QString &name, const QString &endpoint, const Credentials &credentials);
    std::unique_ptr<ApiStack> newStack();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileRegistry> m_registry;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ProfileManager> m_profiles;
    std::unique_ptr<FakeGaapServer> m_server;
};

void tst_ApiStack::init()
{
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    qunsetenv("TENCENTCLOUD_TOKEN");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    m_registry = std::make_unique<ProfileRegistry>(m_settings.get());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_profiles = std::make_unique<ProfileManager>(m_registry.get(), m_store.get());
    m_server = std::make_unique<FakeGaapServer>();
    QVERIFY(m_server->listenOnLoopback() != 0);
}

void tst_ApiStack::cleanup()
{
    m_server.reset();
    m_profiles.reset();
    m_store.reset();
    m_registry.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_ApiStack::saveProfile(const QString &name, const QString &endpoint, const Credentials &credentials)
{
    const JobOutcome saved = waitFor(m_profiles->save(Profile{name, endpoint, false}, credentials));
    QVERIFY2(saved.isOk(), saved.describe().constData());
}

std::unique_ptr<ApiStack> tst_ApiStack::newStack()
{
    ApiStack::Options options;
    options.cacheDirectory = m_dir->filePath(u"regions"_s);
    return std::make_unique<ApiStack>(m_profiles.get(), options);
}

void tst_ApiStack::endpointPrecedence()
{
    saveProfile(u"intl"_s, u"international"_s, demoCredentialsOf(*m_server));
    saveProfile(u"local"_s, m_server->url().toString(), demoCredentialsOf(*m_server));
    auto stack = newStack();
    QCOMPARE(stack->endpointFor(u"intl"_s), Endpoint::international());
    QCOMPARE(stack->endpointFor(u"local"_s), endpointOf(*m_server));
    QCOMPARE(stack->endpointFor(u"missing"_s), Endpoint::china()); // the default site

    stack->setDefaultEndpoint(Endpoint::international());
    QCOMPARE(stack->endpointFor(u"missing"_s), Endpoint::international());
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "env-key");
    QCOMPARE(stack->endpointFor(ProfileRegistry::environmentProfileName()), Endpoint::international());

    const Endpoint override = *Endpoint::fromUserInput(u"https://gaap.example.com"_s);
    stack->setEndpointOverride(override);
    QCOMPARE(stack->endpointFor(u"intl"_s), override);
    QCOMPARE(stack->endpointFor(u"local"_s), override);
}

void tst_ApiStack::profileKeyThenLists()
{
    saveProfile(u"demo"_s, m_server->url().toString(), demoCredentialsOf(*m_server));
    auto stack = newStack();
    QSignalSpy changed(stack.get(), &ApiStack::profileChanged);
    QSignalSpy ready(stack.get(), &ApiStack::credentialsReady);
    QSignalSpy failed(stack.get(), &ApiStack::credentialsFailed);

    stack->useProfile(u"demo"_s);
    QCOMPARE(changed.count(), 1); // at once, before the key is read
    QCOMPARE(changed.at(0).at(0).toString(), u"demo"_s);
    QCOMPARE(stack->endpoint(), endpointOf(*m_server));
    QCOMPARE(stack->profile(), u"demo"_s);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toString(), u"demo"_s);
    QCOMPARE(failed.count(), 0);
    QVERIFY(stack->hasCredentials());
    QCOMPARE(m_registry->lastUsedProfile(), u"demo"_s); // the app opens with it next time

    // The fake server accepts only correctly signed requests: the key read from the store signs them.
    stack->regions()->loadOriginRegions();
    QTRY_COMPARE(stack->regions()->originStatus().state, RegionLists::ListState::Fresh);
    QCOMPARE(stack->regions()->originRegions().size(), m_server->data().destRegions().size());
}

void tst_ApiStack::switchingForgetsListsAndCheck()
{
    saveProfile(u"first"_s, m_server->url().toString(), demoCredentialsOf(*m_server));
    saveProfile(u"second"_s, u"international"_s, demoCredentialsOf(*m_server));
    auto stack = newStack();
    QSignalSpy ready(stack.get(), &ApiStack::credentialsReady);
    stack->useProfile(u"first"_s);
    QTRY_COMPARE(ready.count(), 1);
    stack->regions()->loadOriginRegions();
    QTRY_COMPARE(stack->regions()->originStatus().state, RegionLists::ListState::Fresh);
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    silent.count = -1;
    m_server->addFault(silent);
    CheckRequest request = checkAtNormalCapacity(&m_server->data().accessRegions().constFirst());
    QSignalSpy finished(stack->checks(), &CheckSession::checkFinished);
    stack->checks()->check(request);
    QVERIFY(stack->checks()->isChecking());

    stack->useProfile(u"second"_s);
    QVERIFY(!stack->checks()->isChecking());
    QVERIFY(stack->regions()->originRegions().isEmpty());
    QCOMPARE(stack->regions()->originStatus().state, RegionLists::ListState::Empty);
    QCOMPARE(stack->endpoint(), Endpoint::international());
    QVERIFY(!stack->hasCredentials()); // the first profile's key is not used for the second
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(ready.at(1).at(0).toString(), u"second"_s);
    QVERIFY(stack->hasCredentials());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0); // the forgotten check never reports
}

void tst_ApiStack::unreadableKeyIsReported()
{
    saveProfile(u"locked"_s, u"china"_s, demoCredentialsOf(*m_server));
    auto stack = newStack();
    QSignalSpy ready(stack.get(), &ApiStack::credentialsReady);
    QSignalSpy failed(stack.get(), &ApiStack::credentialsFailed);
    m_store->setFailure(CredentialError(CredentialError::Kind::AccessDenied, u"the keyring is locked"_s));

    stack->useProfile(u"locked"_s);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"locked"_s);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(ready.count(), 0);
    QVERIFY(!stack->hasCredentials());
}

void tst_ApiStack::emptyProfileHasNoCredentials()
{
    auto stack = newStack();
    stack->useCredentials(endpointOf(*m_server), demoCredentialsOf(*m_server));
    QVERIFY(stack->hasCredentials());
    QSignalSpy changed(stack.get(), &ApiStack::profileChanged);
    QSignalSpy ready(stack.get(), &ApiStack::credentialsReady);
    QSignalSpy failed(stack.get(), &ApiStack::credentialsFailed);
    stack->useProfile(QString());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!stack->hasCredentials());
    QTest::qWait(20);
    QCOMPARE(ready.count() + failed.count(), 0);
}

namespace {

QStringList idsOf(const QList<RegionDetail> &regions)
{
    QStringList ids;
    for (const RegionDetail &region : regions)
        ids.append(region.regionId);
    return ids;
}

QStringList idsOf(const QList<FakeDestRegion> &regions)
{
    QStringList ids;
    for (const FakeDestRegion &region : regions)
        ids.append(region.id);
    return ids;
}

} // namespace

void tst_ApiStack::qualityTypeIsSentAndCachedApart()
{
    const QStringList gold = idsOf(m_server->data().destRegions(0));
    const QStringList silver = idsOf(m_server->data().destRegions(1));
    QVERIFY2(!silver.isEmpty() && silver.size() < gold.size(), "the data lists no origin for silver only, or all");
    const auto sentParameters = [this] { return QJsonDocument::fromJson(m_server->lastRequest().body).object(); };
    auto stack = newStack();
    stack->useCredentials(endpointOf(*m_server), demoCredentialsOf(*m_server));
    RegionLists *lists = stack->regions();

    // By default no QualityType is sent: the API's default (gold).
    QVERIFY(!stack->originQuery().qualityType);
    lists->loadOriginRegions();
    QTRY_COMPARE(lists->originStatus().state, RegionLists::ListState::Fresh);
    QCOMPARE(sentParameters(), QJsonObject());
    QCOMPARE(idsOf(lists->originRegions()), gold);

    // Silver: the shown list is forgotten at once, and the next load asks for QualityType 1.
    QSignalSpy changed(lists, &RegionLists::originRegionsChanged);
    stack->setOriginQuery({QualityType::Silver});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lists->originStatus().state, RegionLists::ListState::Empty);
    QVERIFY(lists->originRegions().isEmpty());
    lists->loadOriginRegions();
    QTRY_COMPARE(lists->originStatus().state, RegionLists::ListState::Fresh);
    QCOMPARE(sentParameters(), QJsonObject({{u"QualityType"_s, 1}}));
    QCOMPARE(idsOf(lists->originRegions()), silver);
    QVERIFY(stack->createRegionLists()->originQuery() == OriginRegionQuery{QualityType::Silver});

    // Each list under a key of its own.
    const Endpoint endpoint = stack->endpoint();
    const ApiClient::Language language = stack->client()->language();
    const QString unsetKey = RegionCache::originRegionsKey(endpoint, language);
    const QString goldKey = RegionCache::originRegionsKey(endpoint, language, {QualityType::Gold});
    const QString silverKey = RegionCache::originRegionsKey(endpoint, language, {QualityType::Silver});
    QCOMPARE(QSet<QString>({unsetKey, goldKey, silverKey}).size(), 3);
    const auto cachedCount = [&stack](const QString &key) {
        const std::optional<RegionCache::Entry> entry = stack->cache()->load(key);
        return entry ? entry->response.value(u"DestRegionSet"_s).toArray().size() : -1;
    };
    QCOMPARE(cachedCount(silverKey), silver.size());
    QCOMPARE(cachedCount(unsetKey), gold.size());
    QCOMPARE(cachedCount(goldKey), -1);

    // From the cache alone (the server does not answer): silver shows the silver list, gold nothing cached.
    FakeFault silent;
    silent.kind = FakeFault::Kind::NoAnswer;
    silent.count = -1;
    m_server->addFault(silent);
    auto second = newStack();
    second->useCredentials(endpointOf(*m_server), demoCredentialsOf(*m_server));
    second->setOriginQuery({QualityType::Silver});
    second->regions()->loadOriginRegions();
    QCOMPARE(second->regions()->originStatus().state, RegionLists::ListState::Cached);
    QCOMPARE(idsOf(second->regions()->originRegions()), silver);
    second->setOriginQuery({QualityType::Gold});
    second->regions()->loadOriginRegions();
    QCOMPARE(second->regions()->originStatus().state, RegionLists::ListState::Loading);
    QVERIFY(second->regions()->originRegions().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApiStack)
#include "tst_apistack.moc"
