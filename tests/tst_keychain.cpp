// The real keychain: KeychainCredentialStore through QtKeychain and libsecret to a Secret Service, and
// gaap-capacity-cli's profiles end to end (key in the keychain, never in a file or on the screen), plus the two
// ways a keychain fails: none on the bus (fast error), and one that never answers (timeout).
//
// Needs a session bus with an unlocked Secret Service. `bash packaging/dev.sh test` (and CI) provide a private
// one with a throw-away gnome-keyring; without it this test fails on purpose instead of skipping.
#include "core/common/gaapversion.h"
#include "core/credentials/credentialstore.h"
#include "core/credentials/keychaincredentialstore.h"
#include "support/credentialjobwait.h"
#include "support/fakegaapdata.h"
#include "support/processrun.h"
#include "support/secretscan.h"
#include "support/secretservice.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeychainWaitMs = 20000;

// A keychain over D-Bus can take a while on a loaded machine.
JobOutcome waitForKeychain(CredentialJob *job)
{
    return waitFor(job, KeychainWaitMs);
}

} // namespace

class tst_Keychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void storeRoundTrip();
    void storeProfilesAreSeparate();
    void storeForeignEntryIsInvalidData();
    void cliEndToEnd_data();
    void cliEndToEnd();
    void cliWithoutSecretService_data();
    void cliWithoutSecretService();
    void cliWithSilentSecretService();
    void cliWithLockedKeyring();

private:
    // A started helper process (killed in cleanup()) that printed `*firstLine`; false when it did not.
    bool startHelper(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                     QString *firstLine);
    // A session bus of the test's own (dbus-daemon, killed in cleanup()); false when it did not start.
    bool startPrivateBus(QString *address);
    // gaap-capacity-cli with `input` on stdin; its output is kept for the secret scan.
    ProcessOutcome runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                          const QByteArray &input = {}, int waitMs = 30000);
    // The environment of every program the test starts (isolatedEnvironment()) with the CLI's keychain
    // entries under a service name of this run; with a non-null `home`, HOME and XDG directories inside it.
    QProcessEnvironment cleanEnvironment(const QString &home = {}) const;

    std::unique_ptr<KeychainCredentialStore> m_store; // a service name of its own for this run
    QString m_serviceName;
    QStringList m_storeProfiles; // removed in cleanupTestCase
    FakeGaapData m_data = FakeGaapData::builtIn();
    FakeRoute m_route;
    std::vector<RunningProcess> m_helpers;
    QStringList m_captured; // every stdout and stderr of the CLI in this test function
};

void tst_Keychain::initTestCase()
{
    if (const QString problem = secretServiceProblem(); !problem.isEmpty())
        QFAIL(qPrintable(problem));

    m_serviceName = u"gaap-capacity-check-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<KeychainCredentialStore>(m_serviceName);

    const std::optional<FakeRoute> route = m_data.creatableRoute();
    QVERIFY2(route, "the fake server's data has no access region whose smallest offer is within its normal capacity");
    m_route = *route;
    QVERIFY(m_data.credentials().size() >= 2);
    QVERIFY(m_data.credentials().at(0).token.isEmpty());
    QVERIFY(!m_data.credentials().at(1).token.isEmpty());
}

void tst_Keychain::cleanup()
{
    m_helpers.clear(); // kills them
    m_captured.clear();
}

void tst_Keychain::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &profile : std::as_const(m_storeProfiles))
        static_cast<void>(waitForKeychain(m_store->remove(profile))); // best effort: the keyring is thrown away anyway
}

bool tst_Keychain::startHelper(const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &environment, QString *firstLine)
{
    RunningProcess helper = startProcessForLine(program, arguments, environment, firstLine);
    if (!helper)
        return false;
    m_helpers.push_back(std::move(helper));
    return true;
}

bool tst_Keychain::startPrivateBus(QString *address)
{
    return startHelper(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s}, cleanEnvironment(),
                       address)
           && address->startsWith(u"unix:"_s);
}

ProcessOutcome tst_Keychain::runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                                    const QByteArray &input, int waitMs)
{
    const ProcessOutcome outcome = runProcess(QStringLiteral(GAAP_CLI_PATH), arguments, environment, input, waitMs);
    m_captured << outcome.out << outcome.err;
    return outcome;
}

QProcessEnvironment tst_Keychain::cleanEnvironment(const QString &home) const
{
    QProcessEnvironment env = isolatedEnvironment();
    // The CLI's entries go under a service name of this run, never the real one.
    env.insert(u"GAAP_KEYCHAIN_SERVICE"_s, m_serviceName + u"-cli"_s);
    // The keyring daemon keeps its own XDG_DATA_HOME: the CLI only reaches it over the bus.
    if (!home.isNull())
        placeHomeIn(env, home);
    return env;
}

// ---- KeychainCredentialStore --------------------------------------------------------------------

void tst_Keychain::storeRoundTrip()
{
    const QString profile = u"round trip"_s;
    m_storeProfiles << profile;
    const Credentials first{u"AKIDroundTrip1"_s, SecretString(u"keyRoundTrip1"_s), SecretString()};
    const JobOutcome written = waitForKeychain(m_store->write(profile, first));
    QVERIFY2(written.isOk(), written.describe().constData());

    JobOutcome read = waitForKeychain(m_store->read(profile));
    QVERIFY2(read.isOk(), read.describe().constData());
    QCOMPARE(read.credentials.secretId, first.secretId);
    QCOMPARE(read.credentials.secretKey.reveal(), first.secretKey.reveal());
    QVERIFY(read.credentials.sessionToken.isEmpty());

    // Overwrite, now with a session token.
    const Credentials second{u"AKIDroundTrip2"_s, SecretString(u"keyRoundTrip2"_s), SecretString(u"tokenRoundTrip2"_s)};
    const JobOutcome overwritten = waitForKeychain(m_store->write(profile, second));
    QVERIFY2(overwritten.isOk(), overwritten.describe().constData());
    read = waitForKeychain(m_store->read(profile));
    QVERIFY2(read.isOk(), read.describe().constData());
    QCOMPARE(read.credentials.secretId, second.secretId);
    QCOMPARE(read.credentials.secretKey.reveal(), second.secretKey.reveal());
    QCOMPARE(read.credentials.sessionToken.reveal(), second.sessionToken.reveal());

    const JobOutcome removed = waitForKeychain(m_store->remove(profile));
    QVERIFY2(removed.isOk(), removed.describe().constData());
    read = waitForKeychain(m_store->read(profile));
    QVERIFY(read.finished);
    QCOMPARE(read.kind(), CredentialError::Kind::NotFound);
    QVERIFY(!read.error.message().isEmpty());
}

void tst_Keychain::storeProfilesAreSeparate()
{
    const QString a = u"profile-a"_s;
    const QString b = u"profile-b"_s;
    m_storeProfiles << a << b;
    QVERIFY(waitForKeychain(m_store->write(a, {u"AKIDa"_s, SecretString(u"keyA"_s), SecretString()})).isOk());
    QVERIFY(waitForKeychain(m_store->write(b, {u"AKIDb"_s, SecretString(u"keyB"_s), SecretString()})).isOk());
    QCOMPARE(waitForKeychain(m_store->read(a)).credentials.secretKey.reveal(), u"keyA"_s);
    QCOMPARE(waitForKeychain(m_store->read(b)).credentials.secretKey.reveal(), u"keyB"_s);
    QVERIFY(waitForKeychain(m_store->remove(a)).isOk());
    QCOMPARE(waitForKeychain(m_store->read(a)).kind(), CredentialError::Kind::NotFound);
    const JobOutcome stillThere = waitForKeychain(m_store->read(b));
    QVERIFY2(stillThere.isOk(), stillThere.describe().constData());
    QCOMPARE(stillThere.credentials.secretId, u"AKIDb"_s);

    // The same profile name under another service is another entry.
    KeychainCredentialStore other(m_serviceName + u"-other"_s);
    QCOMPARE(waitForKeychain(other.read(b)).kind(), CredentialError::Kind::NotFound);
    QVERIFY(waitForKeychain(m_store->remove(b)).isOk());
}

void tst_Keychain::storeForeignEntryIsInvalidData()
{
    const QString profile = u"foreign"_s;
    m_storeProfiles << profile;
    QKeychain::WritePasswordJob foreign(m_serviceName);
    foreign.setAutoDelete(false);
    foreign.setKey(profile);
    foreign.setTextData(u"hunter2, not JSON"_s);
    QSignalSpy done(&foreign, &QKeychain::Job::finished);
    foreign.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, KeychainWaitMs);
    QVERIFY2(foreign.error() == QKeychain::NoError, qPrintable(foreign.errorString()));

    const JobOutcome read = waitForKeychain(m_store->read(profile));
    QVERIFY(read.finished);
    QCOMPARE(read.kind(), CredentialError::Kind::InvalidData);
    QVERIFY(read.credentials.secretKey.isEmpty());
}

// ---- gaap-capacity-cli --------------------------------------------------------------------------

void tst_Keychain::cliEndToEnd_data()
{
    QTest::addColumn<int>("credentialIndex");
    QTest::newRow("long-term key") << 0;
    QTest::newRow("temporary key with token") << 1;
}

void tst_Keychain::cliEndToEnd()
{
    QFETCH(int, credentialIndex);
    const FakeCredential key = m_data.credentials().at(credentialIndex);
    const SecretScan secrets({key.secretKey, key.token}); // tst_secretsaudit scans a whole session

    QTemporaryDir temp;
    QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));
    const QProcessEnvironment env = cleanEnvironment(temp.path());

    QString url;
    QVERIFY(startHelper(QStringLiteral(GAAP_FAKE_SERVER_PATH), {}, cleanEnvironment(), &url));
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));

    // The profile's keychain entry lives under the app's own service name.
    KeychainCredentialStore appKeychain(m_serviceName + u"-cli"_s);
    const QString profile = u"e2e"_s;

    QByteArray input = key.secretId.toUtf8() + '\n' + key.secretKey.toUtf8() + '\n';
    if (!key.token.isEmpty())
        input += key.token.toUtf8() + '\n';
    // The key is tried before it is stored: a wrong one is refused now, not at the first check.
    const QByteArray wrong =
        key.secretId.toUtf8() + "\nwrongSecretKeyForTheFakeGaapServer99\n" + key.token.toUtf8() + '\n';
    const ProcessOutcome refused = runCli({u"profile"_s, u"add"_s, profile, u"--endpoint"_s, url}, env, wrong);
    QVERIFY2(refused.finished && refused.exitCode == 5 && refused.err.contains(u"not saved"_s)
                 && refused.err.contains(u"AuthFailure"_s),
             refused.describe().constData());
    QCOMPARE(waitForKeychain(appKeychain.read(profile)).kind(), CredentialError::Kind::NotFound);
    const ProcessOutcome added = runCli({u"profile"_s, u"add"_s, profile, u"--endpoint"_s, url}, env, input);
    QVERIFY2(added.finished && added.exitCode == 0, added.describe().constData());
    QVERIFY2(added.err.contains(u"The key works"_s), added.describe().constData());
    QVERIFY2(added.err.contains(u"It is the default profile"_s), added.describe().constData()); // said, not silent

    // The key went to the keychain, token included.
    const JobOutcome stored = waitForKeychain(appKeychain.read(profile));
    QVERIFY2(stored.isOk(), stored.describe().constData());
    QCOMPARE(stored.credentials.secretId, key.secretId);
    QCOMPARE(stored.credentials.secretKey.reveal(), key.secretKey);
    QCOMPARE(stored.credentials.sessionToken.reveal(), key.token);

    // A check signed with the key from the keychain, sent to the endpoint stored with the profile.
    const QStringList check{u"--profile"_s,
                            profile,
                            u"check"_s,
                            u"--origin-region"_s,
                            m_route.origin,
                            u"--access-region"_s,
                            m_route.access,
                            u"--bandwidth"_s,
                            QString::number(m_route.bandwidth),
                            u"--concurrent"_s,
                            QString::number(m_route.concurrent)};
    const ProcessOutcome checked = runCli(check, env);
    QVERIFY2(checked.finished && checked.exitCode == 0, checked.describe().constData());
    QVERIFY2(checked.out.contains(u"Can be created"_s), checked.describe().constData());
    const ProcessOutcome verbose = runCli(check + QStringList{u"--verbose"_s}, env);
    QVERIFY2(verbose.finished && verbose.exitCode == 0, verbose.describe().constData());
    QVERIFY2(verbose.err.contains(u"X-TC-Action"_s), verbose.describe().constData());

    const ProcessOutcome listed = runCli({u"profile"_s, u"list"_s, u"--output"_s, u"json"_s}, env);
    QVERIFY2(listed.finished && listed.exitCode == 0, listed.describe().constData());
    const QJsonArray profiles = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0)[u"Name"_s].toString(), profile);
    QCOMPARE(profiles.at(0)[u"Source"_s].toString(), u"keychain"_s);
    QCOMPARE(profiles.at(0)[u"Default"_s].toBool(), true);
    const ProcessOutcome table = runCli({u"profile"_s, u"list"_s}, env);
    QVERIFY2(table.finished && table.exitCode == 0, table.describe().constData());
    QVERIFY2(table.out.contains(u"\ne2e "_s), table.describe().constData());

    // Nothing on disk holds a secret; the settings file (naming the profile) is among the files scanned.
    const SecretScan::TreeReport written = secrets.scanTree(temp.path());
    QVERIFY2(written.isClean(), written.describe().constData());
    QVERIFY2(written.scanned.contains(temp.filePath(u"config/" GAAP_ORGANIZATION_NAME "/gaap-capacity.conf"_s)),
             qPrintable(written.scanned.join(u", "_s)));

    // A second profile does not become the default; when the default is removed, no other one silently
    // takes its place: a command without --profile says so and names the profiles.
    const ProcessOutcome second = runCli({u"profile"_s, u"add"_s, u"second"_s, u"--endpoint"_s, url}, env, input);
    QVERIFY2(second.finished && second.exitCode == 0, second.describe().constData());
    QVERIFY2(!second.err.contains(u"default"_s), second.describe().constData());
    const ProcessOutcome removed = runCli({u"profile"_s, u"remove"_s, profile}, env);
    QVERIFY2(removed.finished && removed.exitCode == 0, removed.describe().constData());
    QCOMPARE(waitForKeychain(appKeychain.read(profile)).kind(), CredentialError::Kind::NotFound);
    const ProcessOutcome noDefault = runCli({u"origin-regions"_s, u"--endpoint"_s, url}, env);
    QVERIFY2(noDefault.finished && noDefault.exitCode == 5 && noDefault.err.contains(u"No default profile"_s)
                 && noDefault.err.contains(u"profiles: second"_s),
             noDefault.describe().constData());
    QCOMPARE(runCli({u"profile"_s, u"remove"_s, u"second"_s}, env).exitCode, 0);
    const ProcessOutcome after = runCli({u"profile"_s, u"list"_s, u"--output"_s, u"json"_s}, env);
    QVERIFY2(after.finished && after.exitCode == 0, after.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).array().size(), 0);

    const SecretScan::TreeReport afterRemoval = secrets.scanTree(temp.path());
    QVERIFY2(afterRemoval.isClean(), afterRemoval.describe().constData());
    QVERIFY(m_captured.size() >= 14);
    for (const QString &text : std::as_const(m_captured))
        QVERIFY2(!secrets.foundIn(text), qPrintable(u"a secret was printed:\n"_s + text));
}

void tst_Keychain::cliWithoutSecretService_data()
{
    QTest::addColumn<bool>("autolaunch");
    QTest::newRow("a bus address with no bus") << false;
    // No bus address but an X11 display: D-Bus would be autolaunched with dbus-launch, which is not there
    // (or finds no display). The error was shown raw: Failed to execute child process "dbus-launch".
    QTest::newRow("no bus address, an X11 display") << true;
}

void tst_Keychain::cliWithoutSecretService()
{
    QFETCH(bool, autolaunch);
    QTemporaryDir temp;
    QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));
    QProcessEnvironment env = cleanEnvironment(temp.path());
    if (autolaunch) {
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"DISPLAY"_s, u":97"_s);
    } else {
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + temp.filePath(u"no-such-bus"_s));
    }

    const FakeCredential key = m_data.credentials().at(0);
    const QByteArray input = key.secretId.toUtf8() + '\n' + key.secretKey.toUtf8() + '\n';
    // Fails fast: well within the 10 s wait.
    const ProcessOutcome added = runCli({u"profile"_s, u"add"_s, u"x"_s, u"--no-verify"_s}, env, input, 10000);
    QVERIFY2(added.finished, added.describe().constData());
    QVERIFY2(added.exitCode == 5, added.describe().constData());
    // What to do, and what works without a keychain.
    QVERIFY2(added.err.contains(u"No keychain service is available"_s)
                 && added.err.contains(u"TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"_s),
             added.describe().constData());
    QVERIFY2(!added.err.contains(key.secretKey), added.describe().constData());

    // The failed save left no profile behind.
    const ProcessOutcome listed = runCli({u"profile"_s, u"list"_s, u"--output"_s, u"json"_s}, env, {}, 10000);
    QVERIFY2(listed.finished && listed.exitCode == 0, listed.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

void tst_Keychain::cliWithSilentSecretService()
{
    QTemporaryDir temp;
    QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));

    // A private bus, so the silent service never stands in for the real one.
    QString address;
    QVERIFY(startPrivateBus(&address));
    QProcessEnvironment busEnv = cleanEnvironment();
    busEnv.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    QString ready;
    QVERIFY(startHelper(QStringLiteral(GAAP_SILENT_SECRET_SERVICE_PATH), {}, busEnv, &ready));
    QCOMPARE(ready, u"ready"_s);

    QProcessEnvironment env = cleanEnvironment(temp.path());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    env.insert(u"GAAP_KEYCHAIN_TIMEOUT_MS"_s, u"1500"_s);
    const FakeCredential key = m_data.credentials().at(0);
    const QByteArray input = key.secretId.toUtf8() + '\n' + key.secretKey.toUtf8() + '\n';
    const ProcessOutcome added = runCli({u"profile"_s, u"add"_s, u"x"_s, u"--no-verify"_s}, env, input, 10000);
    QVERIFY2(added.finished, added.describe().constData());
    QVERIFY2(added.exitCode == 5, added.describe().constData());
    QVERIFY2(added.err.contains(u"did not answer"_s), added.describe().constData());

    // The silent service is still there (it was the one not answering), and no profile was listed.
    QCOMPARE(m_helpers.back()->state(), QProcess::Running);
    const ProcessOutcome listed = runCli({u"profile"_s, u"list"_s, u"--output"_s, u"json"_s}, env, {}, 10000);
    QVERIFY2(listed.finished && listed.exitCode == 0, listed.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
}

// A locked keyring: libsecret reports the profile's entry as missing. The CLI says that the keychain is locked
// (unlock it), not that the profile has no key (enter it again). A private bus and keyring, locked over D-Bus.
void tst_Keychain::cliWithLockedKeyring()
{
    QTemporaryDir temp;
    QVERIFY2(temp.isValid(), qPrintable(temp.errorString()));
    QString address;
    QVERIFY(startPrivateBus(&address));
    QProcessEnvironment keyringEnv = cleanEnvironment(temp.filePath(u"keyring"_s));
    keyringEnv.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    // A runtime directory of its own: in the session's (dev.sh sets XDG_RUNTIME_DIR) it would find the
    // session's keyring daemon, unlock that one and exit.
    const QString runtime = temp.filePath(u"runtime"_s);
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    keyringEnv.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    keyringEnv.remove(u"GNOME_KEYRING_CONTROL"_s);
    // It prints nothing when its control directory is the default one: "started" says that sh runs it.
    QString started;
    QVERIFY(startHelper(
        u"sh"_s,
        {u"-c"_s, u"echo started; printf x | exec gnome-keyring-daemon --foreground --unlock --components=secrets"_s},
        keyringEnv, &started));
    QCOMPARE(started, u"started"_s);

    QProcessEnvironment env = cleanEnvironment(temp.filePath(u"home"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    const FakeCredential key = m_data.credentials().at(0);
    const QByteArray input = key.secretId.toUtf8() + '\n' + key.secretKey.toUtf8() + '\n';
    const QStringList add{u"profile"_s, u"add"_s, u"x"_s, u"--endpoint"_s, u"http://127.0.0.1:9"_s, u"--no-verify"_s};
    ProcessOutcome added = runCli(add, env, input, 10000);
    for (int attempt = 0; attempt < 20 && added.exitCode != 0; ++attempt) { // until the daemon owns its name
        QTest::qWait(250);
        added = runCli(add, env, input, 10000);
    }
    QVERIFY2(added.finished && added.exitCode == 0, added.describe().constData());

    const QString connection = u"tst_keychain-locked"_s;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(address, connection);
        QVERIFY(bus.isConnected());
        QDBusMessage lock = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                           u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
        lock << QVariant::fromValue(
            QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
        const QDBusMessage reply = bus.call(lock);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    }
    QDBusConnection::disconnectFromBus(connection);

    const ProcessOutcome used = runCli({u"--profile"_s, u"x"_s, u"origin-regions"_s}, env, {}, 15000);
    QVERIFY2(used.finished && used.exitCode == 5, used.describe().constData());
    QVERIFY2(used.err.contains(u"locked"_s) && !used.err.contains(u"no key"_s), used.describe().constData());
}

QTEST_GUILESS_MAIN(tst_Keychain)

#include "tst_keychain.moc"
