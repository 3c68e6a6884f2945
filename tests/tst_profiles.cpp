// Profiles without a real keychain: ProfileRegistry on a throw-away INI file, ProfileManager over
// MemoryCredentialStore, the read-only Environment profile, CredentialError messages, importing tccli and
// SDK key files from a fake home directory, and SecretString's redacted debug output.
#include "core/common/secretstring.h"
#include "core/credentials/credentialimport.h"
#include "core/credentials/credentialstore.h"
#include "core/credentials/profilemanager.h"
#include "core/credentials/profileregistry.h"
#include "support/credentialjobwait.h"
#include "support/memorycredentialstore.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const char *const EnvironmentVariables[] = {"TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_TOKEN"};

QStringList namesOf(const QList<Profile> &profiles)
{
    QStringList names;
    for (const Profile &profile : profiles)
        names.append(profile.name);
    return names;
}

Credentials credentials(const QString &id, const QString &key, const QString &token = {})
{
    return {id, SecretString(key), SecretString(token)};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class tst_Profiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // ProfileRegistry
    void registrySaveListRemove();
    void registryDefaultFollowsProfiles();
    void registryLastUsed();
    void registryNames_data();
    void registryNames();
    void registryEndpoints_data();
    void registryEndpoints();

    // ProfileManager
    void managerSave();
    void managerSaveRefused_data();
    void managerSaveRefused();
    void managerSaveTrimsSpaces();
    void managerSaveStoreFailure();
    void managerRemove();
    void managerRemoveKeyAlreadyGone();
    void managerRemoveStoreFailureKeepsProfile();
    void managerUnknownProfile();
    void managerEndpointFor();
    void environmentProfile();
    void environmentProfileNeedsIdAndKey_data();
    void environmentProfileNeedsIdAndKey();
    void environmentProfileIsReadOnly();
    void controlCharactersInKeysAreRefused_data();
    void controlCharactersInKeysAreRefused();
    void defaultProfileName();
    void startupProfileName();

    // CredentialError
    void errorMessages_data();
    void errorMessages();

    // CredentialImport
    void tccliImport();
    void tccliEndpoint_data();
    void tccliEndpoint();
    void tccliErrors_data();
    void tccliErrors();
    void sdkImport();
    void sdkErrors_data();
    void sdkErrors();

    // SecretString
    void secretsRedactedInDebug();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileRegistry> m_registry;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ProfileManager> m_manager;
    QList<std::optional<QByteArray>> m_savedEnvironment;
    int m_settingsNumber = 0;
};

void tst_Profiles::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    for (const char *name : EnvironmentVariables)
        m_savedEnvironment.append(qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name))
                                                                  : std::nullopt);
}

void tst_Profiles::init()
{
    for (const char *name : EnvironmentVariables)
        qunsetenv(name);
    // A fresh settings file for every test function.
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_settingsNumber)), QSettings::IniFormat);
    m_registry = std::make_unique<ProfileRegistry>(m_settings.get());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_manager = std::make_unique<ProfileManager>(m_registry.get(), m_store.get());
}

void tst_Profiles::cleanup()
{
    m_manager.reset();
    m_store.reset();
    m_registry.reset();
    m_settings.reset();
    for (qsizetype i = 0; i < m_savedEnvironment.size(); ++i) {
        const char *name = EnvironmentVariables[i];
        if (m_savedEnvironment.at(i))
            qputenv(name, *m_savedEnvironment.at(i));
        else
            qunsetenv(name);
    }
}

// ---- ProfileRegistry ----------------------------------------------------------------------------

void tst_Profiles::registrySaveListRemove()
{
    ProfileRegistry &registry = *m_registry;
    QVERIFY(registry.profiles().isEmpty());
    QVERIFY(registry.save({u"staging"_s, u"international"_s, false}));
    QVERIFY(registry.save({u"Alpha"_s, u"https://gaap.example.com"_s, false}));
    QVERIFY(registry.save({u"beta"_s, QString(), false}));
    QCOMPARE(namesOf(registry.profiles()), (QStringList{u"Alpha"_s, u"beta"_s, u"staging"_s}));
    for (const Profile &profile : registry.profiles())
        QVERIFY(!profile.fromEnvironment);

    const std::optional<Profile> staging = registry.profile(u"staging"_s);
    QVERIFY(staging);
    QCOMPARE(staging->name, u"staging"_s);
    QCOMPARE(staging->endpoint, u"international"_s);
    QCOMPARE(registry.profile(u"beta"_s)->endpoint, u"china"_s);                      // empty means china
    QCOMPARE(registry.profile(u"Alpha"_s)->endpoint, u"https://gaap.example.com/"_s); // Endpoint::toStored()
    QVERIFY(!registry.profile(u"missing"_s));

    // Saving again updates, it does not duplicate.
    QVERIFY(registry.save({u"staging"_s, u"china"_s, false}));
    QCOMPARE(registry.profiles().size(), 3);
    QCOMPARE(registry.profile(u"staging"_s)->endpoint, u"china"_s);

    // A second registry on the same file sees the same list (it was written, not only cached).
    {
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(namesOf(ProfileRegistry(&reread).profiles()), (QStringList{u"Alpha"_s, u"beta"_s, u"staging"_s}));
    }

    registry.remove(u"beta"_s);
    QVERIFY(!registry.profile(u"beta"_s));
    QCOMPARE(namesOf(registry.profiles()), (QStringList{u"Alpha"_s, u"staging"_s}));
    registry.remove(u"missing"_s); // harmless
    QCOMPARE(registry.profiles().size(), 2);
}

void tst_Profiles::registryDefaultFollowsProfiles()
{
    ProfileRegistry &registry = *m_registry;
    QCOMPARE(registry.defaultProfile(), QString());
    QVERIFY(registry.save({u"zulu"_s, u"china"_s, false}));
    QCOMPARE(registry.defaultProfile(), u"zulu"_s); // the first profile becomes the default
    QVERIFY(registry.save({u"alpha"_s, u"china"_s, false}));
    QVERIFY(registry.save({u"mike"_s, u"china"_s, false}));
    QCOMPARE(registry.defaultProfile(), u"zulu"_s); // later ones do not take it

    registry.remove(u"zulu"_s);
    QCOMPARE(registry.defaultProfile(), QString()); // never moves to another profile by itself
    registry.setDefaultProfile(u"mike"_s);
    QCOMPARE(registry.defaultProfile(), u"mike"_s);
    registry.remove(u"alpha"_s);
    QCOMPARE(registry.defaultProfile(), u"mike"_s); // removing another profile leaves it alone
    registry.remove(u"mike"_s);
    QCOMPARE(registry.defaultProfile(), QString());
    QVERIFY(registry.profiles().isEmpty());
}

void tst_Profiles::registryLastUsed()
{
    ProfileRegistry &registry = *m_registry;
    QCOMPARE(registry.lastUsedProfile(), QString());
    QVERIFY(registry.save({u"one"_s, u"china"_s, false}));
    QVERIFY(registry.save({u"two"_s, u"china"_s, false}));
    registry.setLastUsedProfile(u"two"_s);
    QCOMPARE(registry.lastUsedProfile(), u"two"_s);
    registry.remove(u"one"_s);
    QCOMPARE(registry.lastUsedProfile(), u"two"_s);
    registry.remove(u"two"_s);
    QCOMPARE(registry.lastUsedProfile(), QString()); // forgotten with its profile
}

void tst_Profiles::registryNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("prod") << u"prod"_s << true;
    QTest::newRow("staging-2") << u"staging-2"_s << true;
    QTest::newRow("customer a.b_c") << u"customer a.b_c"_s << true;
    QTest::newRow("64 characters") << QString(64, u'x') << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("leading space") << u" lead"_s << false;
    QTest::newRow("trailing space") << u"trail "_s << false;
    QTest::newRow("65 characters") << QString(65, u'x') << false;
    QTest::newRow("trailing newline") << u"prod\n"_s << false;
    QTest::newRow("line break inside") << u"pr\nod"_s << false;
    QTest::newRow("Environment") << u"Environment"_s << false;
    QTest::newRow("environment") << u"environment"_s << false;
}

void tst_Profiles::registryNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString error = u"untouched"_s;
    QCOMPARE(ProfileRegistry::isValidName(name, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    // save() applies the same rule, and a refused name is not written.
    QString saveError;
    QCOMPARE(m_registry->save({name, u"china"_s, false}, &saveError), valid);
    QCOMPARE(saveError.isEmpty(), valid);
    QCOMPARE(m_registry->profiles().size(), valid ? 1 : 0);
    QCOMPARE(m_settings->allKeys().isEmpty(), !valid);
}

void tst_Profiles::registryEndpoints_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("stored"); // Endpoint's stored form, as the registry writes it back
    QTest::newRow("china") << u"china"_s << true << u"china"_s;
    QTest::newRow("empty") << QString() << true << u"china"_s;
    QTest::newRow("international") << u"international"_s << true << u"international"_s;
    QTest::newRow("china by URL") << u"https://gaap.tencentcloudapi.com"_s << true << u"china"_s;
    QTest::newRow("intl by URL") << u"https://gaap.intl.tencentcloudapi.com:443/"_s << true << u"international"_s;
    QTest::newRow("https://x") << u"https://x"_s << true << u"https://x/"_s;
    QTest::newRow("http loopback") << u"http://127.0.0.1:1"_s << true << u"http://127.0.0.1:1/"_s;
    QTest::newRow("http elsewhere") << u"http://example.com"_s << false << QString();
    QTest::newRow("Chinese word") << u"China"_s << false << QString();
}

void tst_Profiles::registryEndpoints()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(Endpoint::fromStored(endpoint, &error).has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(m_registry->save({u"p"_s, endpoint, false}), valid);
    QCOMPARE(m_registry->profile(u"p"_s).has_value(), valid);
    if (valid) {
        QFETCH(QString, stored);
        QCOMPARE(m_registry->profile(u"p"_s)->endpoint, stored);
        QCOMPARE(Endpoint::fromStored(stored)->toStored(), stored);
    }
}

// ---- ProfileManager -----------------------------------------------------------------------------

void tst_Profiles::managerSave()
{
    QSignalSpy changed(m_manager.get(), &ProfileManager::profilesChanged);
    const JobOutcome saved = waitFor(m_manager->save({u"prod"_s, u"international"_s, false},
                                                     credentials(u"AKIDprod"_s, u"keyProd"_s, u"tokenProd"_s)));
    QVERIFY(saved.finished);
    QVERIFY2(saved.isOk(), qPrintable(saved.error.message()));
    QVERIFY(m_store->contains(u"prod"_s));
    QCOMPARE(m_store->size(), 1);
    QCOMPARE(namesOf(m_registry->profiles()), QStringList{u"prod"_s});
    QCOMPARE(namesOf(m_manager->profiles()), QStringList{u"prod"_s});
    QCOMPARE(m_manager->profile(u"prod"_s)->endpoint, u"international"_s);
    QCOMPARE(changed.size(), 1);

    const JobOutcome read = waitFor(m_manager->credentials(u"prod"_s));
    QVERIFY2(read.isOk(), qPrintable(read.error.message()));
    QCOMPARE(read.credentials.secretId, u"AKIDprod"_s);
    QCOMPARE(read.credentials.secretKey.reveal(), u"keyProd"_s);
    QCOMPARE(read.credentials.sessionToken.reveal(), u"tokenProd"_s);
}

void tst_Profiles::managerSaveRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    const QString id = u"AKIDgood"_s;
    const QString key = u"goodKey"_s;
    QTest::newRow("empty name") << QString() << u"china"_s << id << key;
    QTest::newRow("slash in name") << u"a/b"_s << u"china"_s << id << key;
    QTest::newRow("Environment") << u"Environment"_s << u"china"_s << id << key;
    QTest::newRow("http endpoint") << u"p"_s << u"http://example.com"_s << id << key;
    QTest::newRow("space inside key") << u"p"_s << u"china"_s << id << u"good Key"_s;
    QTest::newRow("tab inside id") << u"p"_s << u"china"_s << u"AKID\tgood"_s << key;
    QTest::newRow("line break inside key") << u"p"_s << u"china"_s << id << u"good\nKey"_s;
    QTest::newRow("no key") << u"p"_s << u"china"_s << id << QString();
    QTest::newRow("only spaces as id") << u"p"_s << u"china"_s << u"   "_s << key;
}

void tst_Profiles::managerSaveRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, endpoint);
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QSignalSpy changed(m_manager.get(), &ProfileManager::profilesChanged);
    const JobOutcome saved = waitFor(m_manager->save({name, endpoint, false}, credentials(secretId, secretKey)));
    QVERIFY(saved.finished);
    QCOMPARE(saved.kind(), CredentialError::Kind::InvalidProfile);
    QVERIFY(!saved.error.message().isEmpty());
    QCOMPARE(m_store->size(), 0);
    QVERIFY(m_registry->profiles().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void tst_Profiles::managerSaveTrimsSpaces()
{
    const JobOutcome saved = waitFor(
        m_manager->save({u"p"_s, u"china"_s, false}, credentials(u"  AKIDspaced \t"_s, u" keySpaced\n"_s, u" tok "_s)));
    QVERIFY2(saved.isOk(), qPrintable(saved.error.message()));
    const JobOutcome read = waitFor(m_manager->credentials(u"p"_s));
    QVERIFY2(read.isOk(), qPrintable(read.error.message()));
    QCOMPARE(read.credentials.secretId, u"AKIDspaced"_s);
    QCOMPARE(read.credentials.secretKey.reveal(), u"keySpaced"_s);
    QCOMPARE(read.credentials.sessionToken.reveal(), u"tok"_s);
}

void tst_Profiles::managerSaveStoreFailure()
{
    m_store->setFailure({CredentialError::Kind::NoBackend, u"no secret service"_s});
    QSignalSpy changed(m_manager.get(), &ProfileManager::profilesChanged);
    const JobOutcome saved =
        waitFor(m_manager->save({u"p"_s, u"china"_s, false}, credentials(u"AKIDgood"_s, u"goodKey"_s)));
    QVERIFY(saved.finished);
    QCOMPARE(saved.kind(), CredentialError::Kind::NoBackend);
    QVERIFY(m_registry->profiles().isEmpty());
    QVERIFY(!m_manager->profile(u"p"_s));
    QVERIFY(m_settings->allKeys().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void tst_Profiles::managerRemove()
{
    QVERIFY(waitFor(m_manager->save({u"a"_s, u"china"_s, false}, credentials(u"AKIDa"_s, u"keyA"_s))).isOk());
    QVERIFY(waitFor(m_manager->save({u"b"_s, u"china"_s, false}, credentials(u"AKIDb"_s, u"keyB"_s))).isOk());
    QCOMPARE(m_store->size(), 2);

    QSignalSpy changed(m_manager.get(), &ProfileManager::profilesChanged);
    const JobOutcome removed = waitFor(m_manager->remove(u"a"_s));
    QVERIFY2(removed.isOk(), qPrintable(removed.error.message()));
    QVERIFY(!m_store->contains(u"a"_s));
    QVERIFY(m_store->contains(u"b"_s));
    QCOMPARE(namesOf(m_registry->profiles()), QStringList{u"b"_s});
    QCOMPARE(m_registry->defaultProfile(), QString()); // "a" was the default; "b" is not made it silently
    QCOMPARE(changed.size(), 1);

    const JobOutcome again = waitFor(m_manager->remove(u"a"_s));
    QCOMPARE(again.kind(), CredentialError::Kind::InvalidProfile);
}

void tst_Profiles::managerRemoveKeyAlreadyGone()
{
    // Listed, but the keychain has no entry (deleted elsewhere): removing still cleans the list.
    QVERIFY(m_registry->save({u"orphan"_s, u"china"_s, false}));
    const JobOutcome removed = waitFor(m_manager->remove(u"orphan"_s));
    QVERIFY(removed.finished);
    QCOMPARE(removed.kind(), CredentialError::Kind::NotFound);
    QVERIFY(!m_registry->profile(u"orphan"_s));
    QVERIFY(m_registry->profiles().isEmpty());
}

void tst_Profiles::managerRemoveStoreFailureKeepsProfile()
{
    QVERIFY(waitFor(m_manager->save({u"kept"_s, u"china"_s, false}, credentials(u"AKIDk"_s, u"keyK"_s))).isOk());
    m_store->setFailure({CredentialError::Kind::AccessDenied, u"locked"_s});
    const JobOutcome removed = waitFor(m_manager->remove(u"kept"_s));
    QCOMPARE(removed.kind(), CredentialError::Kind::AccessDenied);
    QVERIFY(m_registry->profile(u"kept"_s)); // its key is still in the keychain, so it stays listed
    QVERIFY(m_store->contains(u"kept"_s));
}

void tst_Profiles::managerUnknownProfile()
{
    const JobOutcome read = waitFor(m_manager->credentials(u"nobody"_s));
    QVERIFY(read.finished);
    QCOMPARE(read.kind(), CredentialError::Kind::InvalidProfile);
    QVERIFY(read.error.message().contains(u"nobody"_s));
    // Environment is unknown too while its variables are unset.
    QCOMPARE(waitFor(m_manager->credentials(u"Environment"_s)).kind(), CredentialError::Kind::InvalidProfile);
    QVERIFY(!m_manager->profile(u"Environment"_s));
}

void tst_Profiles::managerEndpointFor()
{
    // --endpoint wins over the profile's own endpoint, which wins over the default site.
    QVERIFY(m_registry->save({u"intl"_s, u"international"_s, false}));
    QVERIFY(m_registry->save({u"local"_s, u"http://127.0.0.1:8080"_s, false}));
    const Endpoint fallback = Endpoint::china();
    const Endpoint given = *Endpoint::fromUserInput(u"http://127.0.0.1:9999"_s);
    QCOMPARE(m_manager->endpointFor(u"intl"_s, std::nullopt, fallback), Endpoint::international());
    QCOMPARE(m_manager->endpointFor(u"local"_s, std::nullopt, fallback),
             *Endpoint::fromUserInput(u"http://127.0.0.1:8080"_s));
    QCOMPARE(m_manager->endpointFor(u"intl"_s, given, fallback), given);
    QCOMPARE(m_manager->endpointFor(u"nobody"_s, std::nullopt, Endpoint::international()), Endpoint::international());
    QCOMPARE(m_manager->endpointFor(QString(), given, fallback), given);

    // The Environment profile has no endpoint of its own: the default site decides.
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDfromEnvironment");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyFromEnvironment");
    const QString environment = ProfileRegistry::environmentProfileName();
    QVERIFY(m_manager->profile(environment));
    QCOMPARE(m_manager->endpointFor(environment, std::nullopt, Endpoint::international()), Endpoint::international());
    QCOMPARE(m_manager->endpointFor(environment, std::nullopt, Endpoint::china()), Endpoint::china());
    QCOMPARE(m_manager->endpointFor(environment, given, Endpoint::international()), given);
}

void tst_Profiles::environmentProfile()
{
    QVERIFY(m_registry->save({u"aaa"_s, u"china"_s, false}));
    QCOMPARE(namesOf(m_manager->profiles()), QStringList{u"aaa"_s});

    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDfromEnvironment");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyFromEnvironment");
    qputenv("TENCENTCLOUD_TOKEN", "tokenFromEnvironment");
    const QList<Profile> profiles = m_manager->profiles();
    QCOMPARE(namesOf(profiles), (QStringList{u"Environment"_s, u"aaa"_s})); // first, before "aaa"
    QVERIFY(profiles.constFirst().fromEnvironment);
    QVERIFY(!profiles.at(1).fromEnvironment);
    QVERIFY(m_manager->profile(u"Environment"_s));
    QVERIFY(m_manager->profile(u"Environment"_s)->fromEnvironment);
    QCOMPARE(namesOf(m_registry->profiles()), QStringList{u"aaa"_s}); // never stored

    const JobOutcome read = waitFor(m_manager->credentials(u"Environment"_s));
    QVERIFY2(read.isOk(), qPrintable(read.error.message()));
    QCOMPARE(read.credentials.secretId, u"AKIDfromEnvironment"_s);
    QCOMPARE(read.credentials.secretKey.reveal(), u"keyFromEnvironment"_s);
    QCOMPARE(read.credentials.sessionToken.reveal(), u"tokenFromEnvironment"_s);
}

void tst_Profiles::environmentProfileNeedsIdAndKey_data()
{
    QTest::addColumn<QByteArray>("secretId");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<bool>("listed");
    QTest::newRow("both") << QByteArray("AKIDenv") << QByteArray("keyEnv") << true;
    QTest::newRow("id only") << QByteArray("AKIDenv") << QByteArray() << false;
    QTest::newRow("key only") << QByteArray() << QByteArray("keyEnv") << false;
    QTest::newRow("blank key") << QByteArray("AKIDenv") << QByteArray("   ") << false;
}

void tst_Profiles::environmentProfileNeedsIdAndKey()
{
    QFETCH(QByteArray, secretId);
    QFETCH(QByteArray, secretKey);
    QFETCH(bool, listed);
    if (!secretId.isEmpty())
        qputenv("TENCENTCLOUD_SECRET_ID", secretId);
    if (!secretKey.isEmpty())
        qputenv("TENCENTCLOUD_SECRET_KEY", secretKey);
    QCOMPARE(namesOf(m_manager->profiles()).contains(u"Environment"_s), listed);
    QCOMPARE(m_manager->profile(u"Environment"_s).has_value(), listed);
}

// A line break or an escape in a key would reach the Authorization or X-TC-Token header: refused, naming
// the variable (the Environment profile) or the field (a key typed or imported for a profile).
void tst_Profiles::controlCharactersInKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("CR LF in the SecretId")
        << QByteArray("TENCENTCLOUD_SECRET_ID") << QByteArray("AKIDenv\r\nX-Evil: 1");
    QTest::newRow("LF in the SecretKey") << QByteArray("TENCENTCLOUD_SECRET_KEY") << QByteArray("key\nX-Evil: 1");
    QTest::newRow("CR LF in the token") << QByteArray("TENCENTCLOUD_TOKEN") << QByteArray("tok\r\nX-Evil: 1");
    QTest::newRow("escape in the token") << QByteArray("TENCENTCLOUD_TOKEN") << QByteArray("tok\x1b[2Jen");
}

void tst_Profiles::controlCharactersInKeysAreRefused()
{
    QFETCH(QByteArray, variable);
    QFETCH(QByteArray, value);
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyEnv");
    qputenv(variable.constData(), value);
    const JobOutcome read = waitFor(m_manager->credentials(u"Environment"_s));
    QCOMPARE(read.kind(), CredentialError::Kind::InvalidProfile);
    QVERIFY2(read.error.message().contains(QString::fromLatin1(variable)), read.describe().constData());
    QVERIFY(!read.error.message().contains(u"X-Evil"_s));

    Credentials typed = credentials(u"AKIDtyped"_s, u"keyTyped"_s);
    if (variable.endsWith("TOKEN"))
        typed.sessionToken = SecretString(QString::fromLatin1(value));
    else if (variable.endsWith("KEY"))
        typed.secretKey = SecretString(QString::fromLatin1(value));
    else
        typed.secretId = QString::fromLatin1(value);
    QVERIFY(!ProfileManager::checkCredentials(typed).isEmpty());
    QCOMPARE(waitFor(m_manager->save({u"typed"_s, u"china"_s, false}, typed)).kind(),
             CredentialError::Kind::InvalidProfile);
    QCOMPARE(m_store->size(), 0);
}

void tst_Profiles::environmentProfileIsReadOnly()
{
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyEnv");
    const std::optional<Profile> environment = m_manager->profile(u"Environment"_s);
    QVERIFY(environment);
    const JobOutcome saved = waitFor(m_manager->save(*environment, credentials(u"AKIDother"_s, u"keyOther"_s)));
    QCOMPARE(saved.kind(), CredentialError::Kind::InvalidProfile);
    QVERIFY(!saved.error.message().isEmpty());
    // Any profile flagged as coming from the environment is refused, whatever its name.
    QCOMPARE(waitFor(m_manager->save({u"copy"_s, u"china"_s, true}, credentials(u"AKIDother"_s, u"keyOther"_s))).kind(),
             CredentialError::Kind::InvalidProfile);
    QCOMPARE(m_store->size(), 0);
    QVERIFY(m_registry->profiles().isEmpty());
    QCOMPARE(waitFor(m_manager->remove(u"Environment"_s)).kind(), CredentialError::Kind::InvalidProfile);
    QVERIFY(m_manager->profile(u"Environment"_s));
}

void tst_Profiles::defaultProfileName()
{
    QCOMPARE(m_manager->defaultProfileName(), QString());
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyEnv");
    QCOMPARE(m_manager->defaultProfileName(), u"Environment"_s); // nothing stored: the environment
    QVERIFY(m_registry->save({u"stored"_s, u"china"_s, false}));
    QCOMPARE(m_manager->defaultProfileName(), u"stored"_s); // the stored default wins
    m_registry->setDefaultProfile(u"vanished"_s);
    QCOMPARE(m_manager->defaultProfileName(), u"Environment"_s); // a default that no longer exists
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    QCOMPARE(m_manager->defaultProfileName(), QString());
}

// The app opens with what the CLI would use without --profile: the environment's key when set, else the profile
// used last (by either), else the default, else the first.
void tst_Profiles::startupProfileName()
{
    QCOMPARE(m_manager->startupProfileName(), QString());
    QVERIFY(m_registry->save({u"zulu"_s, u"china"_s, false}));
    QVERIFY(m_registry->save({u"alpha"_s, u"china"_s, false}));
    QCOMPARE(m_manager->startupProfileName(), u"zulu"_s); // the default
    m_registry->setLastUsedProfile(u"alpha"_s);
    QCOMPARE(m_manager->startupProfileName(), u"alpha"_s); // the last used
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDenv");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyEnv");
    QCOMPARE(m_manager->startupProfileName(), u"Environment"_s); // as the CLI: the environment first
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    QCOMPARE(m_manager->startupProfileName(), u"alpha"_s);
    m_registry->remove(u"alpha"_s);
    QCOMPARE(m_manager->startupProfileName(), u"zulu"_s);
    m_registry->remove(u"zulu"_s); // the default: none is made the default in its place
    QVERIFY(m_registry->save({u"mike"_s, u"china"_s, false}));
    QVERIFY(m_registry->save({u"bravo"_s, u"china"_s, false}));
    QCOMPARE(m_registry->defaultProfile(), u"mike"_s); // the first one saved with no default
    m_registry->remove(u"mike"_s);
    QCOMPARE(m_registry->defaultProfile(), QString());
    QCOMPARE(m_manager->startupProfileName(), u"bravo"_s); // the first, shown as chosen in the window
}

// ---- CredentialError ----------------------------------------------------------------------------

void tst_Profiles::errorMessages_data()
{
    QTest::addColumn<CredentialError::Kind>("kind");
    QTest::addColumn<QString>("detail");
    using Kind = CredentialError::Kind;
    QTest::newRow("NotFound") << Kind::NotFound << u"Entry not found"_s;
    QTest::newRow("NoBackend") << Kind::NoBackend << u"The name org.freedesktop.secrets was not provided"_s;
    QTest::newRow("AccessDenied") << Kind::AccessDenied << u"Cannot create an item in a locked collection"_s;
    QTest::newRow("Timeout") << Kind::Timeout << u"no answer from the keychain"_s;
    QTest::newRow("InvalidData") << Kind::InvalidData << u"not a GAAP Capacity Check entry"_s;
    QTest::newRow("InvalidProfile") << Kind::InvalidProfile << u"There is no profile named \"x\"."_s;
    QTest::newRow("Other") << Kind::Other << u"Unknown error"_s;
    QTest::newRow("NotFound, no detail") << Kind::NotFound << QString();
    QTest::newRow("NoBackend, no detail") << Kind::NoBackend << QString();
    QTest::newRow("AccessDenied, no detail") << Kind::AccessDenied << QString();
    QTest::newRow("Timeout, no detail") << Kind::Timeout << QString();
    QTest::newRow("InvalidData, no detail") << Kind::InvalidData << QString();
    QTest::newRow("Other, no detail") << Kind::Other << QString();
}

void tst_Profiles::errorMessages()
{
    QFETCH(CredentialError::Kind, kind);
    QFETCH(QString, detail);
    const CredentialError error(kind, detail);
    QCOMPARE(error.kind(), kind);
    QVERIFY(!error.isNone());
    QCOMPARE(error.detail(), detail);
    QVERIFY2(!error.message().trimmed().isEmpty(), qPrintable(detail));
    if (kind == CredentialError::Kind::InvalidProfile || kind == CredentialError::Kind::Other)
        QVERIFY(error.message().contains(detail));

    const CredentialError none;
    QVERIFY(none.isNone());
    QVERIFY(none.message().isEmpty());
}

// ---- CredentialImport ---------------------------------------------------------------------------

void tst_Profiles::tccliImport()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString credentialPath = home.filePath(u".tccli/work.credential"_s);
    QVERIFY(writeFile(credentialPath, R"({
    "secretId": " AKIDfromTccli ",
    "secretKey": "keyFromTccli",
    "token": "tokenFromTccli"
})"));
    QVERIFY(writeFile(home.filePath(u".tccli/work.configure"_s), R"({
    "_sys_param": {"arrayCount": 10, "output": "json", "region": "ap-guangzhou", "warning": "off"},
    "cvm": {"endpoint": "cvm.tencentcloudapi.com", "version": "2017-03-12"},
    "gaap": {"endpoint": "gaap.intl.tencentcloudapi.com", "version": "2018-05-29"}
})"));
    // Another profile beside it is not read.
    QVERIFY(writeFile(home.filePath(u".tccli/default.credential"_s),
                      R"({"secretId": "AKIDdefault", "secretKey": "keyDefault"})"));

    const CredentialImport::Result result = CredentialImport::fromTccli(home.path(), u"work"_s);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.credentials.secretId, u"AKIDfromTccli"_s);
    QCOMPARE(result.credentials.secretKey.reveal(), u"keyFromTccli"_s);
    QCOMPARE(result.credentials.sessionToken.reveal(), u"tokenFromTccli"_s);
    QCOMPARE(result.endpoint, u"international"_s);
    QCOMPARE(result.sourceFiles, QStringList{QDir::cleanPath(credentialPath)});
}

void tst_Profiles::tccliEndpoint_data()
{
    QTest::addColumn<QByteArray>("configure"); // empty: no .configure file
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("no configure file") << QByteArray() << QString();
    QTest::newRow("china host") << QByteArray(R"({"gaap": {"endpoint": "gaap.tencentcloudapi.com"}})") << u"china"_s;
    QTest::newRow("international host") << QByteArray(R"({"gaap": {"endpoint": "gaap.intl.tencentcloudapi.com"}})")
                                        << u"international"_s;
    QTest::newRow("no gaap section") << QByteArray(R"({"cvm": {"endpoint": "cvm.tencentcloudapi.com"}})") << u"china"_s;
    QTest::newRow("custom host") << QByteArray(R"({"gaap": {"endpoint": "gaap.example.com"}})")
                                 << u"https://gaap.example.com"_s;
}

void tst_Profiles::tccliEndpoint()
{
    QFETCH(QByteArray, configure);
    QFETCH(QString, endpoint);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(writeFile(home.filePath(u".tccli/default.credential"_s),
                      R"({"secretId": "AKIDdefault", "secretKey": "keyDefault"})"));
    if (!configure.isEmpty())
        QVERIFY(writeFile(home.filePath(u".tccli/default.configure"_s), configure));
    const CredentialImport::Result result = CredentialImport::fromTccli(home.path(), u"default"_s);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.endpoint, endpoint);
    QVERIFY(result.credentials.sessionToken.isEmpty());
    QCOMPARE(result.sourceFiles.size(), 1);
}

void tst_Profiles::tccliErrors_data()
{
    QTest::addColumn<QByteArray>("credential"); // empty: no file
    QTest::newRow("missing file") << QByteArray();
    QTest::newRow("cvm-role") << QByteArray(R"({"type": "cvm-role", "role": "gaap-reader"})");
    QTest::newRow("cvm-role with keys") << QByteArray(
        R"({"type": "cvm-role", "secretId": "AKIDx", "secretKey": "keyX"})");
    QTest::newRow("empty keys") << QByteArray(R"({"secretId": "", "secretKey": ""})");
    QTest::newRow("no key") << QByteArray(R"({"secretId": "AKIDx"})");
    QTest::newRow("not JSON") << QByteArray("secretId=AKIDx\nsecretKey=keyX\n");
}

void tst_Profiles::tccliErrors()
{
    QFETCH(QByteArray, credential);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!credential.isEmpty())
        QVERIFY(writeFile(home.filePath(u".tccli/default.credential"_s), credential));
    const CredentialImport::Result result = CredentialImport::fromTccli(home.path(), u"default"_s);
    QVERIFY(!result.isOk());
    QVERIFY(!result.error.trimmed().isEmpty());
    QVERIFY(result.sourceFiles.isEmpty());
}

void tst_Profiles::sdkImport()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(u".tencentcloud/credentials"_s);
    QVERIFY(writeFile(path, "# Tencent Cloud SDK credentials\n"
                            "; written by hand\n"
                            "[other]\n"
                            "secret_id = AKIDotherSection\n"
                            "secret_key = keyOtherSection\n"
                            "\n"
                            "  [default]  \n"
                            "# the one we want\n"
                            "secret_id   =   AKIDfromSdk\n"
                            "secret_key=keyFromSdk\n"
                            "region = ap-guangzhou\n"
                            "[later]\n"
                            "secret_key = keyLaterSection\n"));
    const CredentialImport::Result result = CredentialImport::fromSdkFile(home.path());
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.credentials.secretId, u"AKIDfromSdk"_s);
    QCOMPARE(result.credentials.secretKey.reveal(), u"keyFromSdk"_s);
    QVERIFY(result.credentials.sessionToken.isEmpty());
    QCOMPARE(result.endpoint, u"china"_s);
    QCOMPARE(result.sourceFiles, QStringList{QDir::cleanPath(path)});
}

void tst_Profiles::sdkErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file
    QTest::newRow("missing file") << QByteArray();
    QTest::newRow("no secret_key") << QByteArray("[default]\nsecret_id = AKIDx\n");
    QTest::newRow("no secret_id") << QByteArray("[default]\nsecret_key = keyX\n");
    QTest::newRow("empty values") << QByteArray("[default]\nsecret_id =\nsecret_key = \n");
    QTest::newRow("keys in another section") << QByteArray("[prod]\nsecret_id = AKIDx\nsecret_key = keyX\n");
    QTest::newRow("commented out") << QByteArray("[default]\n# secret_id = AKIDx\n; secret_key = keyX\n");
}

void tst_Profiles::sdkErrors()
{
    QFETCH(QByteArray, content);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!content.isEmpty())
        QVERIFY(writeFile(home.filePath(u".tencentcloud/credentials"_s), content));
    const CredentialImport::Result result = CredentialImport::fromSdkFile(home.path());
    QVERIFY(!result.isOk());
    QVERIFY(!result.error.trimmed().isEmpty());
    QVERIFY(result.sourceFiles.isEmpty());
}

// ---- SecretString -------------------------------------------------------------------------------

void tst_Profiles::secretsRedactedInDebug()
{
    const QString key = u"superSecretKeyValue1234"_s;
    const QString token = u"superSecretTokenValue5678"_s;
    const Credentials parts = credentials(u"AKIDvisible"_s, key, token);

    QString text;
    {
        QDebug debug(&text);
        debug << parts.secretId << parts.secretKey << parts.sessionToken << SecretString() << Credentials().secretKey;
        debug.nospace() << parts.secretKey;
        debug.noquote() << parts.sessionToken;
    }
    QVERIFY2(text.contains(u"AKIDvisible"_s), qPrintable(text)); // the SecretId is not a secret
    QVERIFY2(!text.contains(key), qPrintable(text));
    QVERIFY2(!text.contains(token), qPrintable(text));
    QVERIFY2(text.contains(u"<redacted>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"empty"_s), qPrintable(text));

    // The hint shows at most the last four characters.
    QCOMPARE(parts.secretKey.maskedHint(), u"****1234"_s);
    QCOMPARE(SecretString(u"short"_s).maskedHint(), u"****"_s);
}

QTEST_GUILESS_MAIN(tst_Profiles)

#include "tst_profiles.moc"
